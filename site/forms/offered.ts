import { onlyOffered, type Offered } from '@shared/schemas/offered';
import type { FieldSpec, FormSpec } from './types';

// The form's choice field limited to what editors offer (the Form choices
// global): the list shows only those, and the schema refuses any other value.
const limited = (spec: FormSpec): { field: 'topic' | 'category'; key: keyof Offered } | undefined =>
  spec.kind === 'complaint'
    ? { field: 'topic', key: 'complaintTopics' }
    : spec.kind === 'abuse'
      ? { field: 'category', key: 'abuseCategories' }
      : undefined;

export const withOffered = (spec: FormSpec, offered: Offered): FormSpec => {
  const choice = limited(spec);
  if (!choice) return spec;
  const values: readonly string[] = offered[choice.key];
  const limit = (field: FieldSpec): FieldSpec =>
    field.name === choice.field && Array.isArray(field.options)
      ? { ...field, options: field.options.filter((option) => values.includes(option.value)) }
      : field;
  return {
    ...spec,
    schema: onlyOffered(spec.schema, choice.field, values),
    fieldsets: spec.fieldsets.map((fieldset) => ({ ...fieldset, fields: fieldset.fields.map(limit) })),
  };
};
