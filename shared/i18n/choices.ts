import type { Locale } from './locales';
import de from './choices/de.json';
import en from './choices/en.json';
import es from './choices/es.json';
import fr from './choices/fr.json';
import nl from './choices/nl.json';

// The words for the choices on the forms (complaint topics, abuse categories,
// feedback topics, who reports abuse) and for how a case reached us, in every
// language. The site shows them on its forms and status page, the CMS repeats
// them in mail and names its select options with them, so both read them from
// here: mail and the admin say exactly what the reader chose.
export type ChoiceKey = keyof typeof en;

export const choiceLabels: Record<Locale, Partial<Record<ChoiceKey, string>>> = { nl, en, de, fr, es };

export const isChoiceKey = (key: string): key is ChoiceKey => key in en;

export const choiceLabel = (key: string, language: Locale): string =>
  isChoiceKey(key) ? (choiceLabels[language][key] ?? en[key]) : key;

// A label without its explanation in brackets, for running text: "Phishing".
export const withoutExplanation = (label: string): string => label.replace(/\s*\([^)]*\)\s*$/, '');

export const shortChoiceLabel = (key: string, language: Locale): string =>
  withoutExplanation(choiceLabel(key, language));
