import type { BusinessCalendar } from '@shared/calendar/businessDays';
import { berlinDate } from '@shared/calendar/days';
import { deadlineRules } from '@shared/calendar/deadlines';
import { urgencyOf, urgencyRank } from '@shared/calendar/urgency';
import { abuseCategories } from '@shared/schemas/abuseReport';
import { complaintTopics } from '@shared/schemas/complaint';
import type { CaseStatus } from '../../cms/workflow/lifecycle';
import { nextDeadline } from '../../cms/workflow/nextDeadline';
import { staffDeadline } from '../../cms/workflow/urgency';
import type { WorkflowDoc } from '../../cms/workflow/types';
import type { Random } from './random';

const DAY = 24 * 60 * 60 * 1000;

// A desk's year: most cases closed, a working set open, a few overdue. Each
// status comes with the age range its cases plausibly have, in days.
const statuses = [
  ['received', 4],
  ['acknowledged', 8],
  ['inProgress', 18],
  ['answered', 10],
  ['escalated', 2],
  ['closed', 58],
] as const satisfies readonly (readonly [CaseStatus, number])[];
const ageDays: Record<CaseStatus, [number, number]> = {
  received: [0, 4],
  acknowledged: [1, 12],
  inProgress: [2, 25],
  answered: [5, 30],
  escalated: [30, 300],
  closed: [15, 365],
};
const languages = [
  ['nl', 50],
  ['en', 20],
  ['de', 15],
  ['fr', 10],
  ['es', 5],
] as const;
const receivedVia = [
  ['web', 85],
  ['email', 8],
  ['post', 4],
  ['phone', 2],
  ['fax', 1],
] as const;

// Deadlines depend only on the Berlin day of the event: computed once per day.
const memoisedDeadline = (calendar: BusinessCalendar) => {
  const known = new Map<string, string>();
  return (event: Date, days: number) => {
    const key = `${berlinDate(event)}+${days}`;
    let value = known.get(key);
    if (!value) known.set(key, (value = calendar.deadline(event, days).toISOString()));
    return value;
  };
};

const at = (time: number, now: number) => new Date(Math.min(time, now - 60_000));

// One row of the `cases` table (keys as Payload's drizzle schema names them),
// with deadlines, milestones, next deadline and urgency computed by the
// product's own workflow functions, as its hooks would have stored them.
export const caseRowFactory = ({
  calendar,
  now,
  random,
}: {
  calendar: BusinessCalendar;
  now: Date;
  random: Random;
}) => {
  const deadline = memoisedDeadline(calendar);
  const nowMs = now.getTime();
  return (index: number) => {
    const status = random.weighted(statuses);
    const channel = random.next() < 0.2 ? 'abuse' : 'complaint';
    const [low, high] = ageDays[status];
    const received = at(nowMs - random.between(low, high) * DAY, nowMs);
    const authority = channel === 'abuse' && random.next() < 0.05;
    const earlyClose = status === 'closed' && random.next() < 0.1;
    const answered = ['answered', 'escalated', 'closed'].includes(status) && !earlyClose;
    const answeredAt = answered ? at(received.getTime() + random.between(2, 12) * DAY, nowMs) : undefined;
    const extended = status === 'inProgress' && random.next() < 0.05;
    const doc: WorkflowDoc = {
      status,
      deadlines: {
        acknowledgementDueAt: deadline(received, deadlineRules.acknowledgement),
        answerDueAt: deadline(received, deadlineRules.answer),
        reviewDueAt: authority ? new Date(received.getTime() + DAY).toISOString() : null,
      },
      extension: extended ? { expectedAnswerAt: deadline(received, deadlineRules.answer * 2) } : null,
      escalationWindowEndsAt: answeredAt ? deadline(answeredAt, deadlineRules.escalationWindow) : null,
    };
    const urgency = urgencyOf(staffDeadline(doc), now, calendar);
    const owed = (due: string | null | undefined) => Boolean(due && Date.parse(due) < nowMs);
    const year = berlinDate(received).slice(0, 4);
    return {
      caseNumber: `${channel === 'abuse' ? 'A' : 'C'}-${year}-${String(index + 1).padStart(6, '0')}`,
      channel,
      language: random.weighted(languages),
      status,
      closeReason:
        status !== 'closed' ? null : earlyClose ? random.pick(['spam', 'duplicate', 'outOfScope']) : 'resolved',
      closeNote: earlyClose ? 'Not a complaint about our services.' : null,
      receivedVia: random.weighted(receivedVia),
      receivedAt: received.toISOString(),
      deadlines_acknowledgementDueAt: doc.deadlines?.acknowledgementDueAt,
      deadlines_answerDueAt: doc.deadlines?.answerDueAt,
      deadlines_reviewDueAt: doc.deadlines?.reviewDueAt,
      deadlines_nextDeadlineAt: nextDeadline(doc),
      deadlines_urgency: urgency,
      deadlines_urgencyRank: urgencyRank(urgency),
      deadlines_acknowledgementOverdue: status === 'received' && owed(doc.deadlines?.acknowledgementDueAt),
      deadlines_answerOverdue:
        ['received', 'acknowledged', 'inProgress'].includes(status) && owed(doc.deadlines?.answerDueAt),
      deadlines_calendar: calendar.description,
      extension_expectedAnswerAt: doc.extension?.expectedAnswerAt ?? null,
      extension_reason: extended ? 'Waiting for the previous registrar.' : null,
      extension_recordedAt: extended ? received.toISOString() : null,
      milestones_acknowledgedAt:
        status === 'received' ? null : at(received.getTime() + random.between(0.1, 1.5) * DAY, nowMs).toISOString(),
      milestones_answeredAt: answeredAt?.toISOString() ?? null,
      milestones_closedAt:
        status === 'closed' ? at((answeredAt ?? received).getTime() + 21 * DAY, nowMs).toISOString() : null,
      escalationWindowEndsAt: doc.escalationWindowEndsAt,
      reporter_name: `Reporter ${index + 1}`,
      reporter_email: `reporter${index + 1}@example.test`,
      complaint_topic: channel === 'complaint' ? random.pick(complaintTopics) : null,
      complaint_description: channel === 'complaint' ? 'My transfer has been pending for two weeks.' : null,
      complaint_expectedOutcome: channel === 'complaint' ? 'Complete the transfer.' : null,
      abuse_category: channel === 'abuse' ? random.pick(abuseCategories) : null,
      abuse_reporterType:
        channel === 'abuse' ? (authority ? 'authority' : random.pick(['individual', 'organisation'] as const)) : null,
      abuse_evidence: channel === 'abuse' ? 'The page imitates a bank login.' : null,
      abuse_goodFaith: channel === 'abuse' ? true : null,
      createdAt: received.toISOString(),
      updatedAt: (answeredAt ?? received).toISOString(),
    };
  };
};
