import { sourceLocales } from '@shared/i18n/fallback';
import { localeCodes, type Locale } from '@shared/i18n/locales';

// Per language and field, when its text last changed: { de: { intro: ISO } }.
// Kept by stampTranslations on every save (./stamps.ts).
export type TranslationStamps = Partial<Record<Locale, Partial<Record<string, string>>>>;

export type TranslatedField = { name: string; label: string; required?: boolean };

export type LanguageStatus = {
  locale: Locale;
  // Empty here although required or written in a source language: readers get the fallback.
  missing: string[];
  // Required and empty: publishing leaves this language without it.
  missingRequired: string[];
  // The Dutch or English source changed after this translation was saved.
  outdated: string[];
};

// Rich text counts as empty when it has no text at all (an editor's cleared
// editor keeps an empty paragraph).
const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false;
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown };
  if (typeof text === 'string' && text.trim()) return true;
  if (root) return hasText(root);
  return Array.isArray(children) && children.some(hasText);
};

export const isFilled = (value: unknown): boolean => {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'object') return hasText(value);
  return true;
};

// values: each localized field in every language, as Payload reads it with
// locale 'all' and no fallback: { intro: { nl: '…', en: '…' } }.
export const translationStatus = (
  fields: readonly TranslatedField[],
  values: Record<string, Partial<Record<Locale, unknown>> | null | undefined>,
  stamps: TranslationStamps | null | undefined,
): LanguageStatus[] =>
  localeCodes.map((locale) => {
    const status: LanguageStatus = { locale, missing: [], missingRequired: [], outdated: [] };
    for (const field of fields) {
      const byLocale = values[field.name] ?? {};
      if (!isFilled(byLocale[locale])) {
        const inSource = sourceLocales(locale).some((source) => isFilled(byLocale[source]));
        if (field.required) status.missingRequired.push(field.label);
        if (field.required || inSource) status.missing.push(field.label);
        continue;
      }
      const own = stamps?.[locale]?.[field.name];
      if (!own) continue;
      const changedLater = sourceLocales(locale).some((source) => {
        const sourceStamp = stamps?.[source]?.[field.name];
        return Boolean(sourceStamp && sourceStamp > own && isFilled(byLocale[source]));
      });
      if (changedLater) status.outdated.push(field.label);
    }
    return status;
  });
