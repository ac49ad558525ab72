import type { DeskKey } from './en';

// The desk's labels through Payload's t() (`desk:<key>`), which fills in
// {{placeholders}}. Kept apart from ./index.ts so client components can use it
// without bundling every language's catalogue.
export type Translate = (key: DeskKey, values?: Record<string, string | number>) => string;

type PayloadT = (key: never, values?: Record<string, unknown>) => string;

export const deskTranslate =
  (t: PayloadT): Translate =>
  (key, values) =>
    (t as (key: string, values?: Record<string, unknown>) => string)(`desk:${key}`, values);
