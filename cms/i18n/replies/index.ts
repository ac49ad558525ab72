import type { Locale } from '@shared/i18n/locales';
import { de } from './de';
import { en, type RepliesTranslations } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';

// One entry per admin language: a language added to shared/i18n/locales.ts
// fails to compile here until it has its reply labels.
export const repliesLanguages: Record<Locale, RepliesTranslations> = { nl, en, de, fr, es };
