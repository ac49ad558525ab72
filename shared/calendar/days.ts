import { registrarTimeZone } from './berlin';

// Calendar days as ISO strings (YYYY-MM-DD). Arithmetic on them runs in UTC,
// where every day has 24 hours, so daylight-saving switches cannot shift a count.
export type IsoDate = string;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: registrarTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The Berlin calendar day an instant falls on: 00:30 on a Saturday in Berlin is
// Saturday, although it is still Friday in UTC.
export const berlinDate = (instant: Date): IsoDate => dayFormat.format(instant);

const toUtcMidnight = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

export const addDays = (date: IsoDate, days: number): IsoDate => {
  const next = toUtcMidnight(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
};

// 0 = Sunday … 6 = Saturday
export const weekday = (date: IsoDate): number => toUtcMidnight(date).getUTCDay();

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: registrarTimeZone, timeZoneName: 'longOffset' });

// Berlin's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer).
const berlinOffsetMinutes = (instant: Date): number => {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

// 23:59:59.999 Berlin time on the given day, as an instant. Clocks change at
// night (02:00/03:00), never near midnight, so the offset at the guess is right.
// Asking ICU for the offset (formatToParts) is the dearest step of a deadline,
// and a day's end never changes, so each day's is kept (a few hundred days at
// most: deadlines fall within weeks of today).
const dayEnds = new Map<IsoDate, number>();
const KEEP_AT_MOST = 1_000;

export const endOfBerlinDay = (date: IsoDate): Date => {
  let end = dayEnds.get(date);
  if (end === undefined) {
    const wallClock = Date.parse(`${date}T23:59:59.999Z`);
    end = wallClock - berlinOffsetMinutes(new Date(wallClock)) * 60_000;
    if (dayEnds.size >= KEEP_AT_MOST) dayEnds.clear();
    dayEnds.set(date, end);
  }
  return new Date(end);
};
