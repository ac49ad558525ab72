import { de as payloadDe } from '@payloadcms/translations/languages/de';
import { en as payloadEn } from '@payloadcms/translations/languages/en';
import { es as payloadEs } from '@payloadcms/translations/languages/es';
import { fr as payloadFr } from '@payloadcms/translations/languages/fr';
import { nl as payloadNl } from '@payloadcms/translations/languages/nl';
import type { Locale } from '@shared/i18n/locales';
import type { Translate } from './desk';
import { de } from './de';
import { en, type DeskTranslations } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { labelLanguages } from './labels';
import { repliesLanguages } from './replies';

export type { DeskKey } from './en';

// The admin speaks the desk's languages (shared/i18n/locales.ts): Payload's own
// chrome from @payloadcms/translations, the desk's labels from this folder,
// every field, collection and global label from ./labels/.
// Typed by Locale, so a language added there fails to compile here until it is
// given both.
const payloadLanguages: Record<Locale, typeof payloadEn> = {
  nl: payloadNl,
  en: payloadEn,
  de: payloadDe,
  fr: payloadFr,
  es: payloadEs,
};
const deskLanguages: Record<Locale, DeskTranslations> = { nl, en, de, fr, es };

export const adminI18n = {
  supportedLanguages: payloadLanguages,
  fallbackLanguage: 'en' as const,
  translations: Object.fromEntries(
    Object.entries(deskLanguages).map(([code, desk]) => [
      code,
      { desk, replies: repliesLanguages[code as Locale], labels: labelLanguages[code as Locale] },
    ]),
  ),
};

// A label in the reader's admin language. Server components build it from the
// request's i18n, client components from useTranslation(); both are Payload's
// t(), which fills in {{placeholders}}.
export { deskTranslate, type Translate } from './desk';

// English without Payload (pure functions and their unit tests).
export const english: Translate = (key, values = {}) =>
  en[key].replace(/{{(\w+)}}/g, (_, name: string) => String(values[name] ?? ''));

// The language a colleague chose for their mail is the one the admin greets them in.
export const adminLanguages = Object.keys(deskLanguages) as Locale[];
