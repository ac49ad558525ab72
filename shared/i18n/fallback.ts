import { defaultLocale, fallbackLocale, localeCodes, type Locale } from './locales';

// Where a language's missing content comes from, in order: English first (more
// readers understand it than Dutch), then the default language. Payload's
// per-locale `fallbackLocale` reads this, so a cleared Spanish intro shows the
// English one, never silently the Dutch one.
export const fallbackChain = (locale: Locale): Locale[] =>
  [fallbackLocale, defaultLocale].filter((code, index, all) => code !== locale && all.indexOf(code) === index);

// The languages a translation is made from: a change there makes it outdated.
// Dutch is the source of English; both are the source of the others.
export const sourceLocales = (locale: Locale): Locale[] =>
  locale === defaultLocale ? [] : locale === fallbackLocale ? [defaultLocale] : [defaultLocale, fallbackLocale];

export const translatedLocales = (): Locale[] => localeCodes.filter((code) => code !== defaultLocale);
