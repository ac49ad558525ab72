import { createLocalReq, type Payload, type PayloadRequest, type TaskConfig, type Where } from 'payload';
import { mailDeadline, type DeadlineRecord } from '../mail/events/deadlineMail';
import { relationId } from '../utilities/relationId';
import { awaitingAnswer } from '../workflow/lifecycle';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import { refreshUrgency } from '../workflow/urgency';
import { writeTimeline } from '../workflow/recordTimeline';
import { scheduled } from './orphans';

type Collection = 'cases' | 'escalations';

// Flags one kind of missed deadline on every record where it passed, once; the
// flag is what staff lists filter on, the timeline says when it was noticed.
const flag = async ({
  payload,
  req,
  collection,
  where,
  flagField,
  summary,
}: {
  payload: Payload;
  req: PayloadRequest;
  collection: Collection;
  where: Where;
  flagField: 'acknowledgementOverdue' | 'answerOverdue';
  summary: string;
}): Promise<number> => {
  const at = new Date().toISOString();
  const { docs } = await payload.find({ collection, where, limit: 500, depth: 0, overrideAccess: true });
  for (const doc of docs) {
    await payload.update({
      collection,
      id: doc.id,
      data: { deadlines: { ...doc.deadlines, [flagField]: true } },
      overrideAccess: true,
    });
    const isCase = 'caseNumber' in doc;
    const caseId = 'case' in doc ? (relationId(doc.case) as number) : doc.id;
    const channel = 'channel' in doc ? doc.channel : 'complaint';
    await writeTimeline({
      req,
      target: { caseId, escalationId: isCase ? undefined : doc.id, channel },
      entries: [{ type: 'overdue', summary }],
    });
    const isAcknowledgement = flagField === 'acknowledgementOverdue';
    await mailDeadline(req, { collection, doc } as DeadlineRecord, {
      kind: 'deadlinePassed',
      deadline: isAcknowledgement ? 'acknowledgement' : isCase ? 'answer' : 'finalAnswer',
      dueAt: (isAcknowledgement ? doc.deadlines?.acknowledgementDueAt : effectiveAnswerDue(doc)) ?? at,
    });
  }
  return docs.length;
};

export const markOverdueRecords = async (payload: Payload, now = new Date()): Promise<number> => {
  const at = now.toISOString();
  const req = await createLocalReq({}, payload);
  let flagged = 0;
  for (const collection of ['cases', 'escalations'] as const) {
    flagged += await flag({
      payload,
      req,
      collection,
      flagField: 'acknowledgementOverdue',
      summary: 'Acknowledgement deadline passed',
      where: {
        and: [
          { status: { equals: 'received' } },
          { 'deadlines.acknowledgementDueAt': { less_than: at } },
          { 'deadlines.acknowledgementOverdue': { not_equals: true } },
        ],
      },
    });
    // Without an extension the promised date counts; with one, the new date told to the customer.
    flagged += await flag({
      payload,
      req,
      collection,
      flagField: 'answerOverdue',
      summary: 'Answer deadline passed',
      where: {
        and: [
          { status: { in: [...awaitingAnswer] } },
          { 'deadlines.answerOverdue': { not_equals: true } },
          {
            or: [
              {
                and: [
                  { 'extension.expectedAnswerAt': { exists: false } },
                  { 'deadlines.answerDueAt': { less_than: at } },
                ],
              },
              { 'extension.expectedAnswerAt': { less_than: at } },
            ],
          },
        ],
      },
    });
  }
  return flagged;
};

// Runs every 15 minutes in the started product; idempotent, so a retry or an
// overlapping run changes nothing twice.
export const markOverdueTask: TaskConfig<'markOverdue'> = {
  slug: 'markOverdue',
  retries: 3,
  schedule: scheduled('*/15 * * * *', 'deadlines'),
  outputSchema: [
    { name: 'flagged', type: 'number' },
    { name: 'refreshed', type: 'number' },
  ],
  // The same pass moves records along the work queue's urgency as time passes.
  handler: async ({ req }) => ({
    output: { flagged: await markOverdueRecords(req.payload), refreshed: await refreshUrgency(req.payload) },
  }),
};
