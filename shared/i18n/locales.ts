// The one list of languages. Astro's i18n routing, Payload's localization, the
// form validation messages and the site's UI strings all read it from here.
export const locales = [
  { code: 'nl', label: 'Nederlands', dateLocale: 'nl-NL' },
  { code: 'en', label: 'English', dateLocale: 'en-GB' },
  { code: 'de', label: 'Deutsch', dateLocale: 'de-DE' },
  { code: 'fr', label: 'Français', dateLocale: 'fr-FR' },
  { code: 'es', label: 'Español', dateLocale: 'es-ES' },
] as const;

export type Locale = (typeof locales)[number]['code'];

// One text in every language: a select option's or a label's words. Payload's
// admin picks the reader's language from such an object.
export type Words = Record<Locale, string>;

export const localeCodes = locales.map((locale) => locale.code) as [Locale, ...Locale[]];

// Dutch: the registrar's published page is Dutch.
export const defaultLocale: Locale = 'nl';

// English is what untranslated strings fall back to: more readers understand it than Dutch.
export const fallbackLocale: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (localeCodes as readonly string[]).includes(value);

// The reader's language as one of ours (the admin's i18n.language, a
// colleague's or a contact's stored language), English otherwise.
export const readerLocale = (language: unknown): Locale => (isLocale(language) ? language : fallbackLocale);

// One text in every language, from its words in each: a label object Payload
// translates itself (a select option, a collection's name).
export const inEveryLocale = (wordsIn: (locale: Locale) => string): Words =>
  Object.fromEntries(localeCodes.map((code) => [code, wordsIn(code)])) as Words;
