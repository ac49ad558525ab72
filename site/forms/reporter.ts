import type { FieldsetSpec } from './types';

// Who is writing: the same block on every form that needs contact details.
export const reporterFieldset: FieldsetSpec = {
  legend: 'reporter.legend',
  fields: [
    { name: 'name', label: 'reporter.name', required: true, autocomplete: 'name', maxlength: 200 },
    {
      name: 'email',
      label: 'reporter.email',
      hint: 'reporter.emailHint',
      required: true,
      type: 'email',
      autocomplete: 'email',
      maxlength: 254,
    },
    { name: 'phone', label: 'reporter.phone', type: 'tel', autocomplete: 'tel', maxlength: 40 },
    {
      name: 'customerNumber',
      label: 'reporter.customerNumber',
      hint: 'reporter.customerNumberHint',
      autocomplete: 'off',
      maxlength: 64,
    },
    { name: 'organisation', label: 'reporter.organisation', autocomplete: 'organization', maxlength: 200 },
  ],
};

export const options = <T extends string, K extends string>(values: readonly T[], prefix: K) =>
  values.map((value) => ({ value, label: `${prefix}.${value}` as `${K}.${T}` }));
