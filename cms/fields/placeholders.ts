import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload';
import { text, textarea } from 'payload/shared';
import { deskTranslate, type Translate } from '../i18n/desk';
import { en } from '../i18n/en';

// Wording that editors write with placeholders: only the ones the mail fills
// in are accepted, so a customer never receives "{nombre}" as it was typed.
// Anything in braces counts, as does a brace left open or closed alone. The
// one check for every text with placeholders: mail wording, mail settings,
// canned replies and a reply written on a case (cms/replies/).
export const placeholderProblem = (
  value: string | null | undefined,
  known: readonly string[],
): { unknown: string[]; stray: boolean } | undefined => {
  if (!value) return undefined;
  const unknown = [...value.matchAll(/\{([^{}]*)\}/g)]
    .map(([, name]) => name ?? '')
    .filter((name) => !known.includes(name));
  const stray = /[{}]/.test(value.replace(/\{[^{}]*\}/g, ''));
  return unknown.length || stray ? { unknown, stray } : undefined;
};

const braces = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');

// English where no translation is at hand (a unit test, a script).
const englishOnly: Translate = (key, values = {}) =>
  en[key].replace(/{{(\w+)}}/g, (_, name: string) => String(values[name] ?? ''));

// The refusal in the reader's admin language, naming what was found and what may be used.
export const placeholderMessage = (
  value: string | null | undefined,
  known: readonly string[],
  t: Translate = englishOnly,
): string | true => {
  const problem = placeholderProblem(value, known);
  if (!problem) return true;
  const found = problem.unknown.length
    ? t('placeholderUnknown', { found: braces(problem.unknown) })
    : t('placeholderUnclosed');
  const allowed = known.length ? t('placeholderAllowed', { list: braces(known) }) : t('placeholderNone');
  return `${found} ${allowed}`;
};

type WithT = { req?: { t?: unknown } };

const translateOf = (args: WithT): Translate | undefined =>
  typeof args.req?.t === 'function' ? deskTranslate(args.req.t as never) : undefined;

export const textWithPlaceholders =
  (known: readonly string[]): TextFieldSingleValidation =>
  (value, args) => {
    const found = placeholderMessage(value, known, translateOf(args));
    return found === true ? text(value, args) : found;
  };

export const textareaWithPlaceholders =
  (known: readonly string[]): TextareaFieldValidation =>
  (value, args) => {
    const found = placeholderMessage(value, known, translateOf(args));
    return found === true ? textarea(value, args) : found;
  };
