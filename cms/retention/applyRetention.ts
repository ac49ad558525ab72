import { createLocalReq, type Payload, type TaskConfig } from 'payload';
import { anonymiseCase, anonymiseFeedback, forgetInboundMail } from './anonymise';
import { scheduled } from '../jobs/orphans';

const monthsBefore = (now: Date, months: number) => {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
};

// Removes personal data from cases closed, and feedback received, longer ago
// than the retention settings allow. Counts, categories and dates stay.
export const applyRetention = async (
  payload: Payload,
  now = new Date(),
): Promise<{ cases: number; feedback: number }> => {
  const req = await createLocalReq({}, payload);
  const settings = await payload.findGlobal({ slug: 'retention-settings', depth: 0, overrideAccess: true, req });
  const cases = await payload.find({
    collection: 'cases',
    where: {
      and: [
        { status: { equals: 'closed' } },
        { 'milestones.closedAt': { less_than: monthsBefore(now, settings.caseMonths ?? 24) } },
        { anonymisedAt: { exists: false } },
      ],
    },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  });
  for (const doc of cases.docs) await anonymiseCase(req, doc.id, 'retention');
  const feedback = await payload.find({
    collection: 'feedback',
    where: {
      and: [
        { receivedAt: { less_than: monthsBefore(now, settings.feedbackMonths ?? 24) } },
        { anonymisedAt: { exists: false } },
      ],
    },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  });
  for (const doc of feedback.docs) await anonymiseFeedback(req, doc.id);
  // Mail that became no record (ignored, held and never released, failed) is
  // kept as long as a case would be, then removed with its raw file.
  await forgetInboundMail(req, {
    and: [
      { receivedAt: { less_than: monthsBefore(now, settings.caseMonths ?? 24) } },
      { case: { exists: false } },
      { feedback: { exists: false } },
    ],
  });
  return { cases: cases.docs.length, feedback: feedback.docs.length };
};

// Nightly, in batches of 200 per kind: a backlog clears over a few nights.
export const applyRetentionTask: TaskConfig<'applyRetention'> = {
  slug: 'applyRetention',
  retries: 3,
  schedule: scheduled('30 2 * * *', 'deadlines'),
  outputSchema: [
    { name: 'cases', type: 'number' },
    { name: 'feedback', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await applyRetention(req.payload) }),
};
