import type { Locale } from '@shared/i18n/locales';
import { labelsDe } from './de';
import { labelsEn, type LabelCatalogue } from './en';
import { labelsEs } from './es';
import { labelsFr } from './fr';
import { labelsNl } from './nl';

// Field, collection and global labels in every admin language, Payload's
// `labels` namespace (`t('labels:cases:fields:caseNumber')`). Applied to the
// configs by ./apply.ts.
export const labelLanguages: Record<Locale, LabelCatalogue> = {
  nl: labelsNl,
  en: labelsEn,
  de: labelsDe,
  fr: labelsFr,
  es: labelsEs,
};

export { labelsEn, type LabelCatalogue };
