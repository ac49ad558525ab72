import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
} from 'payload';
import { berlinYear } from '@shared/calendar/berlin';
import { isSiteClient } from '../access/roles';
import { calendarForSave } from '../calendar';
import { nextCaseNumber, type NumberSeries } from '../collections/Cases/caseNumber';
import { intakeState, mailIntake } from '../hooks/context';
import { beginSqliteTransaction, commitSqliteTransaction } from '../utilities/sqliteTransaction';
import { receiptDeadlines, type DeadlineRule } from './deadlines';
import type { IntakeCollection, IntakeState } from './types';

type Data = Record<string, unknown>;
type Doc = { id: number | string };

// Every intake goes the same way, whether the public site filed it or staff
// entered a letter, a fax or a call:
//   validate → number → deadlines → store → receipt → evidence → mail → caseMoved → confirm
// - validate: the site's form through the shared zod schema (only what it accepts
//   is kept), or staff's entry checked against their role; the receipt time.
// - number: the next number of the record's series and year (C-, A-, E-).
// - deadlines: acknowledgement and answer, from the calendar in force (read once),
//   and an authority's 24-hour review.
// - store: Payload's own insert of the record, marked `intakeStep: stored`.
// - receipt … caseMoved: what follows the record, each step safe to repeat: the
//   receipt entry of the timeline, evidence files pointed at their case, the
//   outbox messages and their job (one write each), an escalated case moved on.
//   Then the record is marked `intakeStep: complete`.
// - confirm: the create response (the status link's token, handed out once).
// Payload's create operation runs them from four hooks (intakeHooks). All the
// writes from `number` on are one transaction: on the embedded database ours
// (utilities/sqliteTransaction.ts: one commit, one wait for the disk), on a
// MongoDB replica set Payload's own. A record stored in a transaction is stored
// `complete` at once (nothing of it survives a crash, nor needs completing).
// Without one (a standalone MongoDB) recovery.ts completes an intake a crash
// cut short by running the steps after the one it reached.
export const followUpSteps = ['receipt', 'evidence', 'mail', 'caseMoved'] as const;
export type FollowUpStep = (typeof followUpSteps)[number];

// What the record says about its intake: `stored` when Payload inserted it,
// then (only while the recovery works through it) the last step done, and
// `complete` at the end.
export const intakeProgress = ['stored', ...followUpSteps, 'complete'] as const;
export type IntakeProgress = (typeof intakeProgress)[number];

export type StepArgs<D> = { req: PayloadRequest; doc: D; state: IntakeState; repairing: boolean };

export type IntakePipeline<D extends Doc = Doc> = {
  collection: IntakeCollection;
  validate: (args: { data: Data; req: PayloadRequest; state: IntakeState }) => Promise<Data>;
  number?: { field: string; series: (data: Data) => NumberSeries };
  deadlines?: DeadlineRule;
  followUps: Partial<Record<FollowUpStep, (args: StepArgs<D>) => Promise<void>>>;
  confirm: (doc: D, state: IntakeState) => D;
  // For the recovery: what validation found the first time, from the record.
  restoreState: (req: PayloadRequest, doc: D) => Promise<IntakeState>;
};

const stepsAfter = (reached: IntakeProgress): FollowUpStep[] =>
  followUpSteps.slice(reached === 'stored' ? 0 : followUpSteps.indexOf(reached as FollowUpStep) + 1);

const markProgress = async (req: PayloadRequest, pipeline: IntakePipeline, id: Doc['id'], step: IntakeProgress) => {
  await req.payload.db.updateOne({
    collection: pipeline.collection,
    id,
    data: { intakeStep: step },
    req,
    returning: false,
  });
};

// The steps after `reached`, by name, then the record marked complete. The
// recovery marks each step as it goes, so a second crash resumes after it.
export const runFollowUps = async <D extends Doc>(
  pipeline: IntakePipeline<D>,
  { req, doc, state, repairing }: StepArgs<D>,
  reached: IntakeProgress = 'stored',
): Promise<void> => {
  for (const step of stepsAfter(reached)) {
    const run = pipeline.followUps[step];
    if (!run) continue;
    await run({ req, doc, state, repairing });
    if (repairing) await markProgress(req, pipeline as unknown as IntakePipeline, doc.id, step);
  }
  const storedComplete = (doc as unknown as { intakeStep?: IntakeProgress }).intakeStep === 'complete';
  if (!storedComplete) await markProgress(req, pipeline as unknown as IntakePipeline, doc.id, 'complete');
};

const inTransaction = (req: PayloadRequest): boolean =>
  typeof req.transactionID === 'string' || typeof req.transactionID === 'number';

// The pipeline's steps as the hooks of Payload's create operation, so the REST
// create (the site, the admin), the Local API and GraphQL all take it.
export const intakeHooks = <D extends Doc>(pipeline: IntakePipeline<D>) => {
  const validate: CollectionBeforeValidateHook = async ({ data = {}, operation, req, context }) => {
    if (operation !== 'create') return data;
    const mail = mailIntake.get(context);
    const state: IntakeState = mail
      ? { source: 'mail', acknowledge: mail.acknowledge }
      : { source: isSiteClient(req.user) ? 'site' : 'staff' };
    intakeState.set(context, state);
    return pipeline.validate({ data, req, state });
  };

  const prepare: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
    if (operation !== 'create') return data;
    const state = intakeState.get(context);
    // Validation passed: from here on every write is the intake's one transaction
    // (a number drawn for a record that then fails is given back).
    const opened = await beginSqliteTransaction(req);
    if (state) state.transaction = opened;
    const reached: IntakeProgress = inTransaction(req) ? 'complete' : 'stored';
    let next: Data = { ...data, intakeStep: reached };
    if (pipeline.number && !next[pipeline.number.field]) {
      const receivedAt = new Date((next.receivedAt as string | undefined) ?? Date.now());
      next[pipeline.number.field] = await nextCaseNumber({
        series: pipeline.number.series(next),
        year: berlinYear(receivedAt),
        req,
      });
    }
    if (pipeline.deadlines) {
      next = receiptDeadlines(next, pipeline.deadlines, await calendarForSave(req.payload, context));
    }
    return next;
  };

  const complete: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
    if (operation !== 'create') return doc;
    const state = intakeState.get(context) ?? { source: 'staff' };
    await runFollowUps(pipeline, { req, doc: doc as D, state, repairing: false });
    return doc;
  };

  // Last: commits the intake's transaction (a failed commit fails the create),
  // then the response gets what only the intake knows.
  const confirm: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
    const state = intakeState.get(context);
    if (operation !== 'create' || !state) return doc;
    await commitSqliteTransaction(req, state.transaction);
    state.transaction = undefined;
    return pipeline.confirm(doc as D, state);
  };

  return { validate, prepare, complete, confirm };
};
