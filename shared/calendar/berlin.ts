import { locales, type Locale } from '../i18n/locales';

// The registrar works in St. Ingbert: its calendar days are Europe/Berlin days.
export const registrarTimeZone = 'Europe/Berlin';

const yearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: registrarTimeZone, year: 'numeric' });

export const berlinYear = (instant: Date): number => Number(yearFormat.format(instant));

// Every time staff see, in one format and in the registrar's zone, whatever the
// browser's zone, in the reader's language: "Wed, 23 Dec 2026, 23:59",
// "wo 23 dec 2026, 23:59". Formatters are made once per language.
const staffTimeFormats = Object.fromEntries(
  locales.map(({ code, dateLocale }) => [
    code,
    new Intl.DateTimeFormat(dateLocale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: registrarTimeZone,
    }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

export const formatBerlinTime = (instant: Date | string, language: Locale = 'en'): string =>
  staffTimeFormats[language].format(new Date(instant));
