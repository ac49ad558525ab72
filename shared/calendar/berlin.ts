// The registrar works in St. Ingbert: its calendar days are Europe/Berlin days.
export const registrarTimeZone = 'Europe/Berlin';

const yearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: registrarTimeZone, year: 'numeric' });

export const berlinYear = (instant: Date): number => Number(yearFormat.format(instant));

// Every time staff see, in one format and in the registrar's zone, whatever the
// browser's zone: "Wed, 23 Dec 2026, 23:59".
const staffTimeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: registrarTimeZone,
});

export const formatBerlinTime = (instant: Date | string): string => staffTimeFormat.format(new Date(instant));
