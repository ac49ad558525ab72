import { registrarTimeZone } from '../calendar/berlin';
import { locales, type Locale } from './locales';

// A deadline as a reader in that language writes dates, on the registrar's clock.
export const formatDeadline = (instant: Date | string, locale: Locale): string =>
  new Intl.DateTimeFormat(locales.find((entry) => entry.code === locale)?.dateLocale ?? 'en-GB', {
    dateStyle: 'full',
    timeZone: registrarTimeZone,
  }).format(new Date(instant));
