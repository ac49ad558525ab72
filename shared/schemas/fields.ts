import { z } from 'zod';

// Building blocks shared by every submission form. Each message is a key into
// shared/i18n/validation, so the site and the CMS report the same error in the
// reader's language.

export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

// Empty means absent. null counts as empty too: the CMS turns an empty
// relationship value (a feedback form's "let us choose") into null.
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .nullish()
    .transform((value) => (value ? value : undefined));

// A single-line field: a browser's text input cannot send line breaks or other
// control characters, so only a script does, for instance to smuggle a header
// into a mail that quotes the name.
const oneLine = /^\P{Cc}*$/u;

export const requiredLine = (max: number) => requiredText(max).regex(oneLine, { error: 'singleLine' });

export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .regex(oneLine, { error: 'singleLine' })
    .nullish()
    .transform((value) => (value ? value : undefined));

export const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'tooLong' })
  .pipe(z.email({ error: 'email' }));

// Digits, spaces and the usual separators; a leading + for the country code.
export const phone = z
  .string()
  .trim()
  .max(40, { error: 'tooLong' })
  .regex(/^$|^\+?[0-9][0-9 ()./-]{4,}$/, { error: 'phone' })
  .nullish()
  .transform((value) => (value ? value : undefined));
