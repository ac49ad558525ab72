import type { APIRoute } from 'astro';
import { isLocale } from '@shared/i18n/locales';
import { fieldErrors } from '@shared/schemas/issues';
import { forms } from '../../../forms';
import type { FormKind } from '../../../forms/types';

// POST /<lang>/check/<form>: the shared schema's verdict on a form's values, in
// the reader's language, for the browser's inline checks
// (site/scripts/formValidation.ts). The page then carries no schema of its
// own (a form page stays a few kB), and the messages are the very ones the
// server gives when the form is sent. Nothing is stored; the send checks again.
export const POST: APIRoute = async ({ params, request }) => {
  const { lang, form } = params;
  const spec = forms[form as FormKind];
  if (!isLocale(lang) || !spec) return new Response(null, { status: 404 });
  const values = (await request.json().catch(() => undefined)) as unknown;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return new Response(null, { status: 400 });
  const strings = Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const parsed = spec.schema.safeParse({ ...strings, language: lang });
  return Response.json(
    { errors: parsed.success ? {} : fieldErrors(parsed.error, lang) },
    { headers: { 'cache-control': 'no-store' } },
  );
};
