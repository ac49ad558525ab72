import type { BusinessCalendar } from '@shared/calendar/businessDays';
import { effectiveAnswerDue } from '../../workflow/nextDeadline';
import { awaitingAnswer, type Status } from '../../workflow/lifecycle';
import { berlinMonth, unspecified } from '../tally';
import type { DeadlineRecord } from '../deadlines';

// What one record adds to the report's rollups. A rollup is a row of counters
// under a key; a record's change is what its new version adds minus what its
// old version added, so every save keeps the rollups equal to a full recount
// (test/int/rollups.test.ts).
//
// Two kinds of rows:
// - tally rows, one per month × channel × topic-or-category × language (for
//   escalations and feedback per month): received, status:<status>, open,
//   ack:met|missed, answer:met|missed, days:<business days to the answer>;
// - pending rows, one per channel × deadline × due instant: deadlines neither
//   kept nor waived yet. Whether such a deadline is "open" or "missed" depends
//   only on the clock, so the reader decides it from the due instant.

export type RollupKind = 'cases' | 'escalations' | 'feedback';

export type RollupDims = {
  kind: RollupKind;
  month?: string;
  channel?: string;
  segment?: string;
  language?: string;
  deadline?: 'ack' | 'answer';
  dueAt?: string;
};

export type Counts = Record<string, number>;
export type RollupDelta = { key: string; dims: RollupDims; counts: Counts };

export type RollupRecord = DeadlineRecord & {
  receivedAt?: string | null;
  status?: string | null;
  channel?: string | null;
  language?: string | null;
  complaint?: { topic?: string | null } | null;
  abuse?: { category?: string | null } | null;
};

const none = '-';

const tallyKey = (dims: RollupDims) =>
  ['t', dims.kind, dims.month, dims.channel ?? none, dims.segment ?? none, dims.language ?? none].join('|');
const pendingKey = (dims: RollupDims) => ['p', dims.kind, dims.channel ?? none, dims.deadline, dims.dueAt].join('|');

// A deadline's lasting outcome, as reports/deadlines.ts judges it without a
// clock: done in time or late, waived by a close, or still pending.
const lastingOutcome = (
  doneAt: string | null | undefined,
  dueAt: string | null | undefined,
  closedAt: string | null | undefined,
): 'met' | 'missed' | 'pending' | undefined => {
  if (!dueAt) return undefined;
  if (doneAt) return Date.parse(doneAt) <= Date.parse(dueAt) ? 'met' : 'missed';
  if (closedAt) return undefined;
  return 'pending';
};

export const contributions = (
  kind: RollupKind,
  record: RollupRecord | null | undefined,
  calendar: () => BusinessCalendar,
): RollupDelta[] => {
  if (!record?.receivedAt) return [];
  const month = berlinMonth(record.receivedAt);
  if (kind === 'feedback') {
    const dims: RollupDims = { kind, month };
    return [{ key: tallyKey(dims), dims, counts: { received: 1 } }];
  }
  const channel = kind === 'cases' ? record.channel || unspecified : undefined;
  const dims: RollupDims =
    kind === 'cases'
      ? {
          kind,
          month,
          channel,
          segment: (channel === 'abuse' ? record.abuse?.category : record.complaint?.topic) || unspecified,
          language: record.language || unspecified,
        }
      : { kind, month };
  const counts: Counts = { received: 1 };
  if (record.status) counts[`status:${record.status}`] = 1;
  if (kind === 'escalations' && awaitingAnswer.includes(record.status as Status)) counts.open = 1;
  const pending: RollupDelta[] = [];
  const closedAt = record.milestones?.closedAt;
  const deadlines = [
    ['ack', record.milestones?.acknowledgedAt, record.deadlines?.acknowledgementDueAt],
    // An extension's new date replaces the original answer deadline.
    ['answer', record.milestones?.answeredAt, effectiveAnswerDue(record as Parameters<typeof effectiveAnswerDue>[0])],
  ] as const;
  for (const [deadline, doneAt, dueAt] of deadlines) {
    const outcome = lastingOutcome(doneAt, dueAt, closedAt);
    if (outcome === 'met' || outcome === 'missed') counts[`${deadline}:${outcome}`] = 1;
    if (outcome === 'pending' && dueAt) {
      const pendingDims: RollupDims = { kind, channel, deadline, dueAt: new Date(dueAt).toISOString() };
      pending.push({ key: pendingKey(pendingDims), dims: pendingDims, counts: { n: 1 } });
    }
  }
  const answeredAt = record.milestones?.answeredAt;
  if (kind === 'cases' && answeredAt) {
    counts[`days:${calendar().businessDaysBetween(new Date(record.receivedAt), new Date(answeredAt))}`] = 1;
  }
  return [{ key: tallyKey(dims), dims, counts }, ...pending];
};

// Adds up deltas by key, dropping counters that cancel out: a save that
// changes nothing the report counts writes nothing.
export const combine = (added: readonly RollupDelta[], removed: readonly RollupDelta[] = []): RollupDelta[] => {
  const byKey = new Map<string, RollupDelta>();
  const add = (delta: RollupDelta, sign: 1 | -1) => {
    const entry = byKey.get(delta.key) ?? { key: delta.key, dims: delta.dims, counts: {} };
    for (const [name, value] of Object.entries(delta.counts))
      entry.counts[name] = (entry.counts[name] ?? 0) + sign * value;
    byKey.set(delta.key, entry);
  };
  for (const delta of added) add(delta, 1);
  for (const delta of removed) add(delta, -1);
  return [...byKey.values()].flatMap((entry) => {
    const counts = Object.fromEntries(Object.entries(entry.counts).filter(([, value]) => value !== 0));
    return Object.keys(counts).length ? [{ ...entry, counts }] : [];
  });
};
