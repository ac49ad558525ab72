import type { BusinessCalendar } from '@shared/calendar/businessDays';
import { localeCodes } from '@shared/i18n/locales';
import { abuseCategories } from '@shared/schemas/abuseReport';
import { complaintTopics } from '@shared/schemas/complaint';
import type { Case, Escalation, Feedback } from '../payload-types';
import { awaitingAnswer, caseStatuses } from '../workflow/lifecycle';
import { addTallies, deadlinePerformance, type DeadlineRecord } from './deadlines';
import { berlinMonth, countBy, median, monthSpan } from './tally';
import { channels, type Channel, type Figures } from './types';

// Only the fields the figures are made from: what figures.ts selects.
export type CaseRecord = Pick<Case, 'channel' | 'status' | 'language' | 'receivedAt' | 'complaint' | 'abuse'> &
  DeadlineRecord;
export type EscalationRecord = Pick<Escalation, 'status' | 'receivedAt'> & DeadlineRecord;
export type FeedbackRecord = Pick<Feedback, 'receivedAt'>;

export type Records = {
  cases: readonly CaseRecord[];
  escalations: readonly EscalationRecord[];
  feedback: readonly FeedbackRecord[];
};

const openStatuses = caseStatuses.filter((status) => status !== 'closed');

const perChannel = <T>(compute: (channel: Channel) => T): Record<Channel, T> =>
  Object.fromEntries(channels.map((channel) => [channel, compute(channel)])) as Record<Channel, T>;

// From the first month anything arrived to the current one, so a quiet month
// (or a quiet start of this one) shows as zero.
const reportMonths = ({ cases, escalations, feedback }: Records, now: Date): string[] => {
  const months = [...cases, ...escalations, ...feedback].map((record) => berlinMonth(record.receivedAt));
  const current = berlinMonth(now);
  const sorted = [...months, current].sort();
  return monthSpan(sorted[0] ?? current, sorted[sorted.length - 1] ?? current);
};

// The whole report from the records, with no database: what the dashboard and
// the CSV both show.
export const summarise = (records: Records, { calendar, now }: { calendar: BusinessCalendar; now: Date }): Figures => {
  const months = reportMonths(records, now);
  const casesOf = (channel: Channel) => records.cases.filter((record) => record.channel === channel);
  const byMonth = (received: readonly { receivedAt: string }[]) =>
    countBy(
      received.map((record) => berlinMonth(record.receivedAt)),
      months,
    );
  const caseDeadlines = perChannel((channel) => deadlinePerformance(casesOf(channel), now));

  return {
    generatedAt: now.toISOString(),
    months,
    cases: {
      byChannel: perChannel((channel) => casesOf(channel).length),
      byComplaintTopic: countBy(
        casesOf('complaint').map((record) => record.complaint?.topic),
        complaintTopics,
      ),
      byAbuseCategory: countBy(
        casesOf('abuse').map((record) => record.abuse?.category),
        abuseCategories,
      ),
      byLanguage: perChannel((channel) =>
        countBy(
          casesOf(channel).map((record) => record.language),
          localeCodes,
        ),
      ),
      byMonth: perChannel((channel) => byMonth(casesOf(channel))),
      openByStatus: perChannel((channel) =>
        countBy(
          casesOf(channel)
            .map((record) => record.status)
            .filter((status) => status !== 'closed'),
          openStatuses,
        ),
      ),
      deadlines: {
        ...caseDeadlines,
        all: {
          acknowledgement: addTallies(caseDeadlines.complaint.acknowledgement, caseDeadlines.abuse.acknowledgement),
          answer: addTallies(caseDeadlines.complaint.answer, caseDeadlines.abuse.answer),
        },
      },
      medianBusinessDaysToAnswer: perChannel((channel) =>
        median(
          casesOf(channel).flatMap((record) => {
            const answeredAt = record.milestones?.answeredAt;
            return answeredAt ? [calendar.businessDaysBetween(new Date(record.receivedAt), new Date(answeredAt))] : [];
          }),
        ),
      ),
    },
    escalations: {
      total: records.escalations.length,
      // An answered escalation owes nothing more (the final answer closed its
      // case), though its own status stays "answered": open means the final
      // answer is still owed, as in the escalations list filtered by status.
      open: records.escalations.filter((record) => awaitingAnswer.includes(record.status)).length,
      byMonth: byMonth(records.escalations),
      deadlines: deadlinePerformance(records.escalations, now),
    },
    feedback: {
      total: records.feedback.length,
      byMonth: byMonth(records.feedback),
    },
  };
};
