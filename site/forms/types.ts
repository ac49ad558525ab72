import type { HTMLAttributes } from 'astro/types';
import type { z } from 'zod';
import type { UiKey } from '../i18n';

export type FormKind = 'complaint' | 'abuse' | 'escalation' | 'feedback';

export type FieldSpec = {
  name: string;
  label: UiKey;
  kind?: 'input' | 'textarea' | 'select' | 'checkbox' | 'file';
  required?: boolean;
  hint?: UiKey;
  type?: HTMLAttributes<'input'>['type'];
  autocomplete?: HTMLAttributes<'input'>['autocomplete'];
  inputmode?: HTMLAttributes<'input'>['inputmode'];
  rows?: number;
  // Fixed choices with their label keys, or the departments the CMS lists.
  options?: { value: string; label: UiKey }[] | 'departments';
  placeholder?: UiKey;
  accept?: string;
  multiple?: boolean;
};

export type FieldsetSpec = { legend: UiKey; fields: FieldSpec[] };

// One form: what it shows, in which order, and the shared schema that checks it
// on the server and (with JavaScript) in the browser.
export type FormSpec = {
  kind: FormKind;
  path: string;
  title: UiKey;
  intro: UiKey;
  submit: UiKey;
  fieldsets: FieldsetSpec[];
  schema: z.ZodType;
};

// What reading and checking a POSTed form needs (site/lib/formPost.ts): the
// four forms' specs, and the status page's reply (site/forms/statusReply.ts).
export type PostedFormSpec = Pick<FormSpec, 'fieldsets' | 'schema'>;

export const fieldNames = (spec: PostedFormSpec): string[] =>
  spec.fieldsets.flatMap((fieldset) => fieldset.fields.map((field) => field.name));
