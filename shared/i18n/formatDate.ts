import { registrarTimeZone } from '../calendar/berlin';
import { locales, type Locale } from './locales';

const dateLocale = (locale: Locale) => locales.find((entry) => entry.code === locale)?.dateLocale ?? 'en-GB';

// A deadline as a reader in that language writes dates, on the registrar's clock.
export const formatDeadline = (instant: Date | string, locale: Locale): string =>
  new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'full', timeZone: registrarTimeZone }).format(
    new Date(instant),
  );

// A moment to the minute (a 24-hour review), with the time zone named.
export const formatMoment = (instant: Date | string, locale: Locale): string =>
  new Intl.DateTimeFormat(dateLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: registrarTimeZone,
  }).format(new Date(instant)) + ' (Europe/Berlin)';

// A number as the reader writes it (10,000 · 10.000 · 10 000).
export const formatCount = (count: number, locale: Locale): string =>
  new Intl.NumberFormat(dateLocale(locale)).format(count);
