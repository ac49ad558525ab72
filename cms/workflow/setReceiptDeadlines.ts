import type { CollectionBeforeChangeHook } from 'payload';
import { registrarCalendar } from '../calendar';
import { refuse } from './errors';
import { nextDeadline } from './nextDeadline';
import type { WorkflowDoc } from './types';

// A minute of tolerance for clocks that differ between a staff member's browser and the server.
const CLOCK_SKEW_MS = 60_000;

// On receipt: the acknowledgement and answer deadlines, counted from the real
// time of receipt with the calendar in force now, and stored so later calendar
// changes never move a promise already made.
export const setReceiptDeadlines =
  ({
    acknowledgementDays,
    answerDays,
  }: {
    acknowledgementDays: number;
    answerDays: number;
  }): CollectionBeforeChangeHook =>
  async ({ data, operation, req, collection, context }) => {
    if (operation !== 'create') return data;
    const doc = data as WorkflowDoc;
    const receivedAt = new Date(doc.receivedAt ?? Date.now());
    if (Number.isNaN(receivedAt.getTime())) refuse(collection.slug, req, 'receivedAt', 'Enter a valid date and time.');
    if (receivedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      refuse(collection.slug, req, 'receivedAt', 'The time of receipt cannot be in the future.');
    }
    const calendar = await registrarCalendar(req.payload);
    const deadlines = {
      acknowledgementDueAt: calendar.deadline(receivedAt, acknowledgementDays).toISOString(),
      answerDueAt: calendar.deadline(receivedAt, answerDays).toISOString(),
      acknowledgementOverdue: false,
      answerOverdue: false,
      calendar: calendar.description,
      // Set by the intake for an authority's abuse report.
      reviewDueAt: typeof context.reviewDueAt === 'string' ? context.reviewDueAt : undefined,
    };
    const next = { ...doc, status: 'received' as const, receivedAt: receivedAt.toISOString(), deadlines };
    return { ...next, deadlines: { ...deadlines, nextDeadlineAt: nextDeadline(next) } };
  };
