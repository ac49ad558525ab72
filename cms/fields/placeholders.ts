import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload';
import { text, textarea } from 'payload/shared';

// Wording that editors write with placeholders: only the ones the mail fills
// in are accepted, so a customer never receives "{nombre}" as it was typed.
// Anything in braces counts, as does a brace left open or closed alone.
const problems = (value: string | null | undefined, known: readonly string[]): string | true => {
  if (!value) return true;
  const unknown = [...value.matchAll(/\{([^{}]*)\}/g)]
    .map(([, name]) => name ?? '')
    .filter((name) => !known.includes(name));
  const stray = value.replace(/\{[^{}]*\}/g, '').match(/[{}]/);
  if (!unknown.length && !stray) return true;
  const allowed = known.length
    ? `You can use ${known.map((name) => `{${name}}`).join(', ')}.`
    : 'This text takes no placeholders.';
  const found = unknown.length
    ? `Unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}.`
    : 'A brace { or } is not closed.';
  return `${found} ${allowed}`;
};

export const textWithPlaceholders =
  (known: readonly string[]): TextFieldSingleValidation =>
  (value, args) => {
    const found = problems(value, known);
    return found === true ? text(value, args) : found;
  };

export const textareaWithPlaceholders =
  (known: readonly string[]): TextareaFieldValidation =>
  (value, args) => {
    const found = problems(value, known);
    return found === true ? textarea(value, args) : found;
  };
