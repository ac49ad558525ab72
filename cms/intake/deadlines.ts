import type { PayloadRequest } from 'payload';
import type { BusinessCalendar } from '@shared/calendar/businessDays';
import { refuse } from '../workflow/errors';
import { nextDeadline } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';

// A minute of tolerance for clocks that differ between a staff member's browser and the server.
const CLOCK_SKEW_MS = 60_000;

// An authority's report (law enforcement, consumer protection, a CERT) must be
// reviewed within 24 hours (ICANN RAA 3.18), whatever the business days say,
// and whichever way it came in (the site's form or staff entering a letter).
const AUTHORITY_REVIEW_MS = 24 * 60 * 60 * 1000;

export type DeadlineRule = { acknowledgementDays: number; answerDays: number };

// Part of validation, so a refused record never takes a number.
export const checkReceivedAt = (collection: string, req: PayloadRequest, value: unknown): void => {
  if (value === undefined || value === null || value === '') return;
  const receivedAt = new Date(value as string);
  if (Number.isNaN(receivedAt.getTime())) refuse(collection, req, 'receivedAt', 'Enter a valid date and time.');
  if (receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    refuse(collection, req, 'receivedAt', 'The time of receipt cannot be in the future.');
  }
};

const reviewDue = (data: Record<string, unknown>, receivedAt: Date): string | undefined => {
  const abuse = data.abuse as { reporterType?: string } | undefined;
  return data.channel === 'abuse' && abuse?.reporterType === 'authority'
    ? new Date(receivedAt.getTime() + AUTHORITY_REVIEW_MS).toISOString()
    : undefined;
};

// On receipt: the acknowledgement and answer deadlines, counted from the real
// time of receipt with the calendar in force now, and stored so later calendar
// changes never move a promise already made.
export const receiptDeadlines = (
  data: Record<string, unknown>,
  rule: DeadlineRule,
  calendar: BusinessCalendar,
): Record<string, unknown> => {
  const receivedAt = new Date((data.receivedAt as string | undefined) ?? Date.now());
  const deadlines = {
    acknowledgementDueAt: calendar.deadline(receivedAt, rule.acknowledgementDays).toISOString(),
    answerDueAt: calendar.deadline(receivedAt, rule.answerDays).toISOString(),
    acknowledgementOverdue: false,
    answerOverdue: false,
    calendar: calendar.description,
    reviewDueAt: reviewDue(data, receivedAt),
  };
  const next = { ...data, status: 'received' as const, receivedAt: receivedAt.toISOString(), deadlines };
  return { ...next, deadlines: { ...deadlines, nextDeadlineAt: nextDeadline(next as WorkflowDoc) } };
};
