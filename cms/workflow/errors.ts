import { ValidationError, type PayloadRequest } from 'payload';
import type { z } from 'zod';
import { defaultLocale, isLocale, type Locale } from '@shared/i18n/locales';
import { fieldErrors } from '@shared/schemas/issues';

// The language a refusal is written in: the one the request asked for (?locale=).
export const requestLocale = (req: PayloadRequest): Locale => (isLocale(req.locale) ? req.locale : defaultLocale);

// A refused save names the field and says what to do, like any form error.
export const refuse = (collection: string, req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path, message }] }, req.t);
};

// Refused public input: every field's message in the reader's language, nothing stored.
export const invalidSubmission = (collection: string, req: PayloadRequest, error: z.ZodError): never => {
  const errors = Object.entries(fieldErrors(error, requestLocale(req))).map(([path, message]) => ({ path, message }));
  throw new ValidationError({ collection, errors }, req.t);
};
