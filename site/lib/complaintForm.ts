import type { Locale } from '../../shared/i18n/locales';
import { complaintSchema, type ComplaintInput } from '../../shared/schemas/complaint';
import { fieldErrors, type FieldErrors } from '../../shared/schemas/issues';
import { submitComplaint } from './cms';

export const complaintFieldNames = [
  'name',
  'email',
  'phone',
  'customerNumber',
  'organisation',
  'domains',
  'topic',
  'description',
  'expectedOutcome',
] as const;

export type ComplaintValues = Partial<Record<(typeof complaintFieldNames)[number], string>>;

export type ComplaintOutcome =
  | { kind: 'form'; values: ComplaintValues; errors: FieldErrors; unavailable?: boolean }
  | { kind: 'created'; caseNumber: string };

const readValues = (form: FormData): ComplaintValues =>
  Object.fromEntries(
    complaintFieldNames.map((name) => {
      const value = form.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );

// Handles a POSTed complaint form: validate with the shared schema, file it in
// the CMS, or hand the reader's input back with the errors in their language.
export const handleComplaintPost = async (request: Request, locale: Locale): Promise<ComplaintOutcome> => {
  const values = readValues(await request.formData());
  const input: ComplaintInput = { ...values, language: locale } as ComplaintInput;
  const parsed = complaintSchema.safeParse(input);
  if (!parsed.success) return { kind: 'form', values, errors: fieldErrors(parsed.error, locale) };
  const result = await submitComplaint(input, locale);
  if (result.kind === 'created') return result;
  if (result.kind === 'invalid') return { kind: 'form', values, errors: result.errors };
  return { kind: 'form', values, errors: {}, unavailable: true };
};
