import type { Locale } from '@shared/i18n/locales';
import { validationTranslations } from '@shared/i18n/validation';

// Whether a message shown to a reader is one of the validation messages of
// their language (those with a {placeholder} matched by what comes before it).
export const isValidationMessageIn = (locale: Locale, message: string): boolean => {
  const known = Object.values(validationTranslations[locale] ?? {}) as string[];
  return known.some((text) =>
    text.includes('{') ? message.startsWith(text.slice(0, text.indexOf('{'))) : text === message,
  );
};
