import type { Locale } from '@shared/i18n/locales';
import { MAX_FORM_BYTES } from '@shared/limits';
import { fieldErrors, type FieldErrors } from '@shared/schemas/issues';
import { isSubmissionKey, SUBMISSION_KEY_FIELD } from '@shared/submissionKey';
import { fieldNames, type PostedFormSpec } from '../forms/types';
import { LANGUAGE_SWITCH_FIELD } from './languageSwitch';
import { clientKey, takeRateLimit } from './rateLimit';

export const HONEYPOT_FIELD = 'website';

// One key per filled-in form: made when the form is first shown, kept when it
// comes back with errors, sent to the CMS with the submission. The CMS stores
// a key once, so a form sent twice (a double click, a retry after a timeout)
// makes one case. A form without a valid key gets a new one.
export const submissionKeyFor = (key: unknown): string => (isSubmissionKey(key) ? key : crypto.randomUUID());

export type FormValues = Record<string, string>;

export type Refusal = 'unavailable' | 'rateLimited' | 'honeypot' | 'tooLarge' | 'unreadable';

// switched: the reader changed language; files cannot be shown back and must be chosen again.
export type FormOutcome<T> =
  | {
      kind: 'form';
      values: FormValues;
      errors: FieldErrors;
      refusal?: Refusal;
      retryAfterSeconds?: number;
      switched?: { filesDropped: boolean };
    }
  | { kind: 'done'; result: T };

export type Submitter<T> = (args: {
  values: FormValues;
  files: File[];
  locale: Locale;
}) => Promise<{ kind: 'done'; result: T } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'unavailable' }>;

const statusFor: Record<Refusal | 'invalid', number> = {
  invalid: 422,
  unavailable: 503,
  rateLimited: 429,
  honeypot: 400,
  tooLarge: 413,
  unreadable: 400,
};

export const responseStatus = <T>(outcome: FormOutcome<T>): number =>
  outcome.kind === 'done' || outcome.switched ? 200 : statusFor[outcome.refusal ?? 'invalid'];

const readForm = (form: FormData, spec: PostedFormSpec) => {
  const values: FormValues = {};
  const files: File[] = [];
  for (const name of fieldNames(spec)) {
    for (const entry of form.getAll(name)) {
      if (typeof entry === 'string') values[name] = entry;
      else if (entry.size > 0) files.push(entry);
    }
  }
  return { values, files };
};

// A POSTed form, in the order a reader is best served: too many requests, a
// bot's honeypot, the shared schema, then the CMS. Whatever goes wrong, the
// reader gets their input back with a message in their language.
export const handleFormPost = async <T>({
  request,
  clientAddress,
  locale,
  spec,
  extraValues = {},
  submitter,
}: {
  request: Request;
  clientAddress: string;
  locale: Locale;
  spec: PostedFormSpec;
  extraValues?: FormValues;
  submitter: Submitter<T>;
}): Promise<FormOutcome<T>> => {
  // A body over the limit is refused unread; one that is cut off or is not a
  // form at all cannot be shown back, so the reader is asked to send it again.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
    return { kind: 'form', values: {}, errors: {}, refusal: 'tooLarge' };
  }
  const form = await request.formData().catch(() => undefined);
  if (!form) return { kind: 'form', values: {}, errors: {}, refusal: 'unreadable' };
  const { values, files } = readForm(form, spec);
  Object.assign(values, extraValues, { [SUBMISSION_KEY_FIELD]: submissionKeyFor(form.get(SUBMISSION_KEY_FIELD)) });
  // A change of language: the same form again, in the new language, unchecked and unsent.
  if (form.has(LANGUAGE_SWITCH_FIELD)) {
    return { kind: 'form', values, errors: {}, switched: { filesDropped: files.length > 0 } };
  }
  const limit = await takeRateLimit('submit', clientKey(request, clientAddress));
  if (!limit.allowed) {
    return { kind: 'form', values, errors: {}, refusal: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
  }
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return { kind: 'form', values, errors: {}, refusal: 'honeypot' };
  }
  const parsed = spec.schema.safeParse({ ...values, language: locale });
  if (!parsed.success) return { kind: 'form', values, errors: fieldErrors(parsed.error, locale) };
  const result = await submitter({ values: { ...values, language: locale }, files, locale });
  if (result.kind === 'done') return result;
  if (result.kind === 'invalid') return { kind: 'form', values, errors: result.errors };
  return { kind: 'form', values, errors: {}, refusal: 'unavailable' };
};
