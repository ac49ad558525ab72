import type { z } from 'zod';
import { formatCount } from '../i18n/formatDate';
import type { Locale } from '../i18n/locales';
import { isValidationKey, validationMessage } from '../i18n/validation';

export type FieldErrors = Record<string, string>;

// Turns zod's issues into one message per field, in the reader's language.
// The first issue of a field wins: it is the one the reader must fix first.
export const fieldErrors = (error: z.ZodError, locale: Locale): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    const key = isValidationKey(issue.message) ? issue.message : 'invalid';
    // A length limit names itself, from the schema that enforces it.
    const max = issue.code === 'too_big' ? formatCount(Number(issue.maximum), locale) : '';
    errors[field] = validationMessage(locale, key).replace('{max}', max);
  }
  return errors;
};
