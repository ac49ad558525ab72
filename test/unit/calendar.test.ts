import { describe, expect, it } from 'vitest';
import { businessCalendar } from '@shared/calendar/businessDays';
import { berlinDate, endOfBerlinDay } from '@shared/calendar/days';
import { formatDeadline } from '@shared/i18n/formatDate';

const calendar = businessCalendar();
// The deadline as a Berlin wall-clock reading, which is what a customer is promised.
const berlin = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
  }).format(instant);
const due = (received: string, days: number, cal = calendar) => berlin(cal.deadline(new Date(received), days));

describe('business-day deadlines (BGB §§ 187, 188, 193 on business days)', () => {
  it('does not count the day of receipt: Monday 10:00 + 2 is the end of Wednesday', () => {
    expect(due('2026-03-02T09:00:00Z', 2)).toBe('2026-03-04 23:59:59,999');
  });

  it('counts from Monday for a Saturday submission: + 2 is the end of Tuesday', () => {
    expect(due('2026-03-07T11:00:00Z', 2)).toBe('2026-03-10 23:59:59,999');
  });

  it('skips the weekend: Thursday + 2 is the end of Monday', () => {
    expect(due('2026-03-05T12:00:00Z', 2)).toBe('2026-03-09 23:59:59,999');
  });

  it('skips Easter: received on Easter Monday 2026, + 2 is the end of Wednesday 8 April', () => {
    expect(due('2026-04-06T08:00:00Z', 2)).toBe('2026-04-08 23:59:59,999');
  });

  it('skips Good Friday and Easter Monday: Thursday 2 April + 2 is the end of Wednesday 8 April', () => {
    expect(due('2026-04-02T08:00:00Z', 2)).toBe('2026-04-08 23:59:59,999');
  });

  it('skips Christmas: 23 December 2026 + 2 is the end of Monday 28 December', () => {
    expect(due('2026-12-23T10:00:00Z', 2)).toBe('2026-12-28 23:59:59,999');
  });

  it.each([
    ['Corpus Christi', '2026-06-03T08:00:00Z', '2026-06-05 23:59:59,999'],
    ['Assumption Day (15 August 2025, a Friday)', '2025-08-14T08:00:00Z', '2025-08-18 23:59:59,999'],
    ['All Saints’ Day (1 November 2027, a Monday)', '2027-10-29T08:00:00Z', '2027-11-02 23:59:59,999'],
  ])('skips %s, a holiday in Saarland but not everywhere in Germany', (_name, received, expected) => {
    expect(due(received, 1)).toBe(expected);
  });

  it('skips closure days entered by staff (24 and 31 December)', () => {
    const withClosures = businessCalendar({ closureDays: ['2026-12-24', '2026-12-31'] });
    expect(due('2026-12-23T10:00:00Z', 2, withClosures)).toBe('2026-12-29 23:59:59,999');
    expect(withClosures.description).toContain('closure days 2026-12-24, 2026-12-31');
  });

  it('counts 10 business days across a weekend: Monday 2 March + 10 is the end of Monday 16 March', () => {
    expect(due('2026-03-02T09:00:00Z', 10)).toBe('2026-03-16 23:59:59,999');
  });

  it('is unaffected by the spring DST switch (29 March 2026)', () => {
    expect(due('2026-03-27T10:00:00Z', 1)).toBe('2026-03-30 23:59:59,999');
    expect(calendar.deadline(new Date('2026-03-27T10:00:00Z'), 1).toISOString()).toBe('2026-03-30T21:59:59.999Z');
  });

  it('is unaffected by the autumn DST switch (25 October 2026)', () => {
    expect(due('2026-10-23T10:00:00Z', 1)).toBe('2026-10-26 23:59:59,999');
    expect(calendar.deadline(new Date('2026-10-23T10:00:00Z'), 1).toISOString()).toBe('2026-10-26T22:59:59.999Z');
  });

  it('takes the Berlin day, not the UTC day: Saturday 00:30 in Berlin is Friday 23:30 UTC', () => {
    const saturdayInBerlin = new Date('2026-03-06T23:30:00Z');
    expect(berlinDate(saturdayInBerlin)).toBe('2026-03-07');
    expect(due(saturdayInBerlin.toISOString(), 2)).toBe('2026-03-10 23:59:59,999');
    // One hour earlier it is still Friday in Berlin too.
    expect(due('2026-03-06T22:30:00Z', 2)).toBe('2026-03-10 23:59:59,999');
    expect(due('2026-03-06T22:59:59Z', 1)).toBe('2026-03-09 23:59:59,999');
  });

  it('ends the day at 23:59:59.999 Berlin in winter and in summer', () => {
    expect(endOfBerlinDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfBerlinDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.999Z');
  });

  it("keeps each day's end: a caller changing the date it got does not move the next deadline", () => {
    endOfBerlinDay('2026-03-29').setUTCFullYear(1999);
    // The last Sunday of March: Berlin is on summer time by midnight.
    expect(endOfBerlinDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });

  it('writes a deadline as a reader in each language writes dates, on the Berlin clock', () => {
    // 23:30 UTC on a Friday is already Saturday in Berlin.
    const late = '2026-03-06T23:30:00Z';
    expect(formatDeadline(late, 'nl')).toBe('zaterdag 7 maart 2026');
    expect(formatDeadline(late, 'de')).toBe('Samstag, 7. März 2026');
    expect(formatDeadline(late, 'en')).toBe('Saturday, 7 March 2026');
    expect(formatDeadline(late, 'nl')).toBe('zaterdag 7 maart 2026');
  });

  it('counts the business days left until a deadline, and how far one is overdue', () => {
    const monday = new Date('2026-03-02T09:00:00Z');
    expect(calendar.businessDaysBetween(monday, new Date('2026-03-04T20:00:00Z'))).toBe(2);
    expect(calendar.businessDaysBetween(monday, new Date('2026-03-09T08:00:00Z'))).toBe(5);
    expect(calendar.businessDaysBetween(new Date('2026-03-09T08:00:00Z'), monday)).toBe(-5);
  });

  it('names the holiday data it used', () => {
    expect(calendar.description).toMatch(/^public holidays DE-SL \(date-holidays \d+\.\d+\.\d+\)$/);
  });
});
