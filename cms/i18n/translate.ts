import type { DeskKey } from './en';

// A label in the reader's admin language. Server components build it from the
// request's i18n, client components from useTranslation(); both are Payload's
// t(), which fills in {{placeholders}}.
export type Translate = (key: DeskKey, values?: Record<string, string | number>) => string;

type PayloadT = (key: never, values?: Record<string, unknown>) => string;

export const deskTranslate =
  (t: PayloadT): Translate =>
  (key, values) =>
    (t as (key: string, values?: Record<string, unknown>) => string)(`desk:${key}`, values);
