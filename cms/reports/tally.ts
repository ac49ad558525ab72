import type { Where } from 'payload';
import { addDays, berlinDate, endOfBerlinDay } from '@shared/calendar/days';
import type { Tally } from './types';

// Records without a value (a complaint entered by staff without a topic) are
// counted under this key rather than dropped, so the groups add up to the total.
export const unspecified = 'unspecified';

// Counts values into groups: every expected key in its given order, zero when
// nothing fell in it, then any unexpected value (old data, a removed option)
// in alphabetical order.
export const countBy = (values: readonly (string | null | undefined)[], expectedKeys: readonly string[]): Tally[] => {
  const counts = new Map<string, number>(expectedKeys.map((key) => [key, 0]));
  for (const value of values) {
    const key = value || unspecified;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const expected = new Set(expectedKeys);
  const unexpected = [...counts.keys()].filter((key) => !expected.has(key)).sort();
  return [...expectedKeys, ...unexpected].map((key) => ({ key, count: counts.get(key) ?? 0 }));
};

// The month (YYYY-MM) an instant falls in on the registrar's clock: 23:30 UTC
// on 31 March is already April in Berlin.
export const berlinMonth = (instant: Date | string): string => berlinDate(new Date(instant)).slice(0, 7);

const nextMonth = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
};

// The first instant of a Berlin month: where a list filtered to that month
// starts (and the previous one ends).
export const berlinMonthStart = (month: string): Date =>
  new Date(endOfBerlinDay(addDays(`${month}-01`, -1)).getTime() + 1);

// The Berlin month as a list filter on an instant field, as the admin's list
// would be filtered to see the records behind a monthly figure.
export const inBerlinMonth = (field: string, month: string): Where => ({
  and: [
    { [field]: { greater_than_equal: berlinMonthStart(month).toISOString() } },
    { [field]: { less_than: berlinMonthStart(nextMonth(month)).toISOString() } },
  ],
});

// Every month from the first to the last, both included.
export const monthSpan = (first: string, last: string): string[] => {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
};

// The middle value; the mean of the two middle ones for an even count.
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
  return (lower + upper) / 2;
};
