import { createLocalReq, type Payload } from 'payload';
import { staleBefore } from '../jobs/orphans';
import { casePipeline } from './cases';
import { escalationPipeline } from './escalations';
import { feedbackPipeline } from './feedback';
import { intakeProgress, runFollowUps, type IntakePipeline, type IntakeProgress } from './pipeline';

const pipelines = [casePipeline, escalationPipeline, feedbackPipeline] as unknown as IntakePipeline[];

const unfinished = intakeProgress.filter((step) => step !== 'complete');

// The embedded SQLite database runs without transactions (Payload's default
// there: libsql would wait for a second connection's lock while blocking the
// event loop that should release it). A server that dies between storing a new
// record and writing what follows it leaves the record with `intakeStep` short
// of `complete`. After JOBS_STALE_AFTER_SECONDS (it may still be in progress
// before that) the steps after the one it reached run, by name, each safe to
// repeat: the receipt entry is written if missing, messages already in the
// outbox are not queued again, evidence links are set rather than added, a
// case already escalated stays so.
const completeCollection = async (payload: Payload, pipeline: IntakePipeline, now: Date): Promise<number> => {
  const req = await createLocalReq({}, payload);
  const { docs } = await payload.find({
    collection: pipeline.collection,
    where: {
      and: [{ intakeStep: { in: unfinished } }, { createdAt: { less_than: staleBefore(now) } }],
    },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  });
  for (const found of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
    const state = await pipeline.restoreState(req, found);
    await runFollowUps(pipeline, { req, doc: found, state, repairing: true }, found.intakeStep as IntakeProgress);
  }
  if (docs.length) {
    payload.logger.warn(
      `Completed ${docs.length} ${pipeline.collection} whose intake a stopped server left half done.`,
    );
  }
  return docs.length;
};

export const completeInterruptedIntake = async (payload: Payload, now = new Date()): Promise<number> => {
  let completed = 0;
  for (const pipeline of pipelines) completed += await completeCollection(payload, pipeline, now);
  return completed;
};
