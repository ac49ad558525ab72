import type { Payload } from 'payload';
import { localeCodes } from '@shared/i18n/locales';
import { abuseCategories } from '@shared/schemas/abuseReport';
import { complaintTopics } from '@shared/schemas/complaint';
import { caseStatuses } from '../../workflow/lifecycle';
import { addTallies, metPercent } from '../deadlines';
import { berlinMonth, monthSpan, unspecified } from '../tally';
import { channels, type Channel, type DeadlinePerformance, type Figures, type Tally } from '../types';
import type { Counts, RollupDims } from './contributions';
import { readRollupRows } from './store';

export type RollupRow = RollupDims & { counts: Counts };

// Counts weighted values into groups exactly as tally.ts's countBy does: every
// expected key in order (zero if empty), then unexpected ones alphabetically.
const countWeighted = (entries: Iterable<[string | undefined, number]>, expectedKeys: readonly string[]): Tally[] => {
  const counts = new Map<string, number>(expectedKeys.map((key) => [key, 0]));
  for (const [value, weight] of entries) {
    if (!weight) continue;
    const key = value || unspecified;
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  const expected = new Set(expectedKeys);
  const unexpected = [...counts.keys()].filter((key) => !expected.has(key)).sort();
  return [...expectedKeys, ...unexpected].map((key) => ({ key, count: counts.get(key) ?? 0 }));
};

// The median of integer values given as value → how many, as tally.ts's median.
const histogramMedian = (histogram: Map<number, number>): number | null => {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    return 0;
  };
  return (at(Math.ceil(total / 2) - 1) + at(Math.floor(total / 2))) / 2;
};

const sumOf = (rows: readonly RollupRow[], name: string) => rows.reduce((sum, row) => sum + (row.counts[name] ?? 0), 0);

const performance = (tallies: readonly RollupRow[], pending: readonly RollupRow[], now: Date): DeadlinePerformance => {
  const of = (deadline: 'ack' | 'answer') => {
    let [missed, open] = [sumOf(tallies, `${deadline}:missed`), 0];
    for (const row of pending) {
      if (row.deadline !== deadline) continue;
      const waiting = row.counts.n ?? 0;
      if (now.getTime() > Date.parse(row.dueAt ?? '')) missed += waiting;
      else open += waiting;
    }
    const met = sumOf(tallies, `${deadline}:met`);
    return { met, missed, open, metPercent: metPercent(met, missed) };
  };
  return { acknowledgement: of('ack'), answer: of('answer') };
};

// The report from the rollups: the same figures summarise.ts makes from every
// record, from a few hundred rows whatever the number of cases.
export const figuresFromRows = (rows: readonly RollupRow[], now: Date): Figures => {
  const tallies = rows.filter((row) => row.month && (row.counts.received ?? 0) > 0);
  const pending = rows.filter((row) => row.deadline && (row.counts.n ?? 0) > 0);
  const of = (kind: RollupRow['kind'], channel?: Channel) =>
    tallies.filter((row) => row.kind === kind && (channel === undefined || row.channel === channel));
  const pendingOf = (kind: RollupRow['kind'], channel?: Channel) =>
    pending.filter((row) => row.kind === kind && (channel === undefined || row.channel === channel));
  const perChannel = <T>(compute: (channel: Channel) => T) =>
    Object.fromEntries(channels.map((channel) => [channel, compute(channel)])) as Record<Channel, T>;

  const current = berlinMonth(now);
  const monthsSeen = [...tallies.map((row) => row.month as string), current].sort();
  const months = monthSpan(monthsSeen[0] ?? current, monthsSeen[monthsSeen.length - 1] ?? current);
  const byMonth = (selected: readonly RollupRow[]) =>
    countWeighted(
      selected.map((row) => [row.month, row.counts.received ?? 0]),
      months,
    );
  const caseDeadlines = perChannel((channel) => performance(of('cases', channel), pendingOf('cases', channel), now));
  const openStatuses = caseStatuses.filter((status) => status !== 'closed');

  return {
    generatedAt: now.toISOString(),
    months,
    cases: {
      byChannel: perChannel((channel) => sumOf(of('cases', channel), 'received')),
      byComplaintTopic: countWeighted(
        of('cases', 'complaint').map((row) => [row.segment, row.counts.received ?? 0]),
        complaintTopics,
      ),
      byAbuseCategory: countWeighted(
        of('cases', 'abuse').map((row) => [row.segment, row.counts.received ?? 0]),
        abuseCategories,
      ),
      byLanguage: perChannel((channel) =>
        countWeighted(
          of('cases', channel).map((row) => [row.language, row.counts.received ?? 0]),
          localeCodes,
        ),
      ),
      byMonth: perChannel((channel) => byMonth(of('cases', channel))),
      openByStatus: perChannel((channel) =>
        countWeighted(
          of('cases', channel).flatMap((row) =>
            Object.entries(row.counts).flatMap(([name, count]): [string, number][] =>
              name.startsWith('status:') && name !== 'status:closed' ? [[name.slice('status:'.length), count]] : [],
            ),
          ),
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
      medianBusinessDaysToAnswer: perChannel((channel) => {
        const histogram = new Map<number, number>();
        for (const row of of('cases', channel)) {
          for (const [name, count] of Object.entries(row.counts)) {
            if (!name.startsWith('days:')) continue;
            const days = Number(name.slice('days:'.length));
            histogram.set(days, (histogram.get(days) ?? 0) + count);
          }
        }
        return histogramMedian(histogram);
      }),
    },
    escalations: {
      total: sumOf(of('escalations'), 'received'),
      open: sumOf(of('escalations'), 'open'),
      byMonth: byMonth(of('escalations')),
      deadlines: performance(of('escalations'), pendingOf('escalations'), now),
    },
    feedback: {
      total: sumOf(of('feedback'), 'received'),
      byMonth: byMonth(of('feedback')),
    },
  };
};

export const readRollups = readRollupRows;

// The dashboard's figures: read from the rollups, not from every record.
export const figuresFromRollups = async (payload: Payload, { now = new Date() }: { now?: Date } = {}) =>
  figuresFromRows(await readRollups(payload), now);
