import type { Locale } from '@shared/i18n/locales';
import { de } from './de';
import { en, type MailWording } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';

// One entry per language in shared/i18n/locales.ts: adding a language there
// without its mail wording fails to compile here.
const wordings: Record<Locale, MailWording> = { nl, en, de, fr, es };

export const mailWording = (language: Locale): MailWording => wordings[language];

export type { MailWording };
