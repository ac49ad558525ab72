import type { BusinessCalendar } from './businessDays';
import { berlinDate } from './days';

// How pressing a record's next deadline is, in the words staff filter by. The
// "soon" window is two business days, as the work queues promise.
export const urgencies = ['overdue', 'today', 'soon', 'later', 'none'] as const;
export type Urgency = (typeof urgencies)[number];

export const urgencyLabels: Record<Urgency, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  soon: 'Due within 2 business days',
  later: 'Later',
  none: 'No open deadline',
};

// The work queue's order: what is overdue first, what owes nothing last.
export const urgencyRank = (urgency: Urgency): number => urgencies.indexOf(urgency);

const SOON_BUSINESS_DAYS = 2;

export const urgencyOf = (due: string | null | undefined, now: Date, calendar: BusinessCalendar): Urgency => {
  if (!due) return 'none';
  const dueAt = new Date(due);
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  if (berlinDate(dueAt) === berlinDate(now)) return 'today';
  return calendar.businessDaysBetween(now, dueAt) <= SOON_BUSINESS_DAYS ? 'soon' : 'later';
};
