// The registrar works in St. Ingbert: its calendar days are Europe/Berlin days.
export const registrarTimeZone = 'Europe/Berlin';

const yearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: registrarTimeZone, year: 'numeric' });

export const berlinYear = (instant: Date): number => Number(yearFormat.format(instant));
