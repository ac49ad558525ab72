import { createLocalReq, type Payload, type TaskConfig } from 'payload';
import { mailDeadline } from '../mail/events/deadlineMail';
import type { Case, Escalation } from '../payload-types';
import { awaitingAnswer } from '../workflow/lifecycle';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';
import { scheduled } from './orphans';

const HOUR = 60 * 60 * 1000;

// Which deadline of a record falls inside the reminder window, if any.
const upcoming = (doc: WorkflowDoc, isCase: boolean, now: number, until: number) => {
  const within = (iso: string | null | undefined) => Boolean(iso && Date.parse(iso) > now && Date.parse(iso) <= until);
  const reminders: { deadline: 'acknowledgement' | 'answer' | 'finalAnswer'; dueAt: string }[] = [];
  const acknowledgementDue = doc.deadlines?.acknowledgementDueAt;
  if (doc.status === 'received' && acknowledgementDue && within(acknowledgementDue)) {
    reminders.push({ deadline: 'acknowledgement', dueAt: acknowledgementDue });
  }
  const answerDue = effectiveAnswerDue(doc);
  if (awaitingAnswer.includes(doc.status ?? 'received') && answerDue && within(answerDue)) {
    reminders.push({ deadline: isCase ? 'answer' : 'finalAnswer', dueAt: answerDue });
  }
  return reminders;
};

// Staff hear about a deadline the configured number of hours before it passes
// (the passing itself is mailed by markOverdue).
export const remindOfDeadlines = async (payload: Payload, now = new Date()): Promise<number> => {
  const req = await createLocalReq({}, payload);
  const settings = await payload.findGlobal({ slug: 'mail-settings', depth: 0, overrideAccess: true, req });
  const until = now.getTime() + (settings.reminderLeadHours ?? 24) * HOUR;
  let reminded = 0;
  for (const collection of ['cases', 'escalations'] as const) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { status: { in: [...awaitingAnswer] } },
          { 'deadlines.nextDeadlineAt': { less_than_equal: new Date(until).toISOString() } },
        ],
      },
      limit: 500,
      depth: 0,
      overrideAccess: true,
      req,
    });
    for (const doc of docs) {
      for (const reminder of upcoming(doc as WorkflowDoc, collection === 'cases', now.getTime(), until)) {
        const record =
          collection === 'cases' ? { collection, doc: doc as Case } : { collection, doc: doc as Escalation };
        await mailDeadline(req, record, { kind: 'deadlineSoon', ...reminder });
        reminded += 1;
      }
    }
  }
  return reminded;
};

export const remindDeadlinesTask: TaskConfig<'remindDeadlines'> = {
  slug: 'remindDeadlines',
  retries: 3,
  schedule: scheduled('*/15 * * * *', 'deadlines'),
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => ({ output: { reminded: await remindOfDeadlines(req.payload) } }),
};
