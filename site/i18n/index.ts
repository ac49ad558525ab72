import { choiceLabels } from '@shared/i18n/choices';
import type { Locale } from '@shared/i18n/locales';
import choicesEn from '@shared/i18n/choices/en.json';
import siteEn from './en.json';

// The site's own words, plus the choices' labels it shares with the CMS's mail.
const en = { ...siteEn, ...choicesEn };

// English is the reference: every key exists there, other languages fall back
// to it key by key until they are translated (test/unit/i18n lists the gaps).
export type UiKey = keyof typeof en;
export type Translate = (key: UiKey) => string;

const files = import.meta.glob<Partial<Record<UiKey, string>>>('./*.json', { eager: true, import: 'default' });

export const uiStrings = (locale: Locale): Partial<Record<UiKey, string>> => ({
  ...files[`./${locale}.json`],
  ...choiceLabels[locale],
});

export const translator =
  (locale: Locale): Translate =>
  (key) =>
    uiStrings(locale)[key] ?? en[key];

export const missingKeys = (locale: Locale): UiKey[] =>
  (Object.keys(en) as UiKey[]).filter((key) => !uiStrings(locale)[key]);

// The same with the words editors gave in the CMS for this language (form
// labels, topic and category names): theirs win, the file is the fallback.
export const translatorWith = (locale: Locale, overrides: Partial<Record<string, string>> = {}): Translate => {
  const fromFiles = translator(locale);
  return (key) => overrides[key] || fromFiles(key);
};
