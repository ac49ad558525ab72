import { registrarTimeZone } from '../calendar/berlin';
import { locales, type Locale } from './locales';

const dateLocale = (locale: Locale) => locales.find((entry) => entry.code === locale)?.dateLocale ?? 'en-GB';

// Building an Intl formatter loads its locale data and costs far more than
// formatting with it (about a millisecond each under load, several per filed
// complaint: the acknowledgement and the team's notices name the deadlines), so
// each one is made once per language and kept.
const kept = <F>(make: (locale: Locale) => F): ((locale: Locale) => F) => {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
};

const deadlineFormat = kept(
  (locale) => new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'full', timeZone: registrarTimeZone }),
);
const momentFormat = kept(
  (locale) =>
    new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone: registrarTimeZone }),
);
const countFormat = kept((locale) => new Intl.NumberFormat(dateLocale(locale)));

// A deadline as a reader in that language writes dates, on the registrar's clock.
export const formatDeadline = (instant: Date | string, locale: Locale): string =>
  deadlineFormat(locale).format(new Date(instant));

// A moment to the minute (a 24-hour review), with the time zone named.
export const formatMoment = (instant: Date | string, locale: Locale): string =>
  momentFormat(locale).format(new Date(instant)) + ' (Europe/Berlin)';

// A number as the reader writes it (10,000 · 10.000 · 10 000).
export const formatCount = (count: number, locale: Locale): string => countFormat(locale).format(count);
