import type { RepliesKey } from './en';

// The reply labels through Payload's t() (`replies:<key>`), which fills in
// {{placeholders}}. Kept apart from ./index.ts so the client composer can use
// it without bundling every language.
export type RepliesTranslate = (key: RepliesKey, values?: Record<string, string | number>) => string;

type PayloadT = (key: never, values?: Record<string, unknown>) => string;

export const repliesTranslate =
  (t: PayloadT): RepliesTranslate =>
  (key, values) =>
    (t as (key: string, values?: Record<string, unknown>) => string)(`replies:${key}`, values);
