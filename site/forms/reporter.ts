import type { FieldsetSpec } from './types';

// Who is writing: the same block on every form that needs contact details.
export const reporterFieldset: FieldsetSpec = {
  legend: 'reporter.legend',
  fields: [
    { name: 'name', label: 'reporter.name', required: true, autocomplete: 'name' },
    {
      name: 'email',
      label: 'reporter.email',
      hint: 'reporter.emailHint',
      required: true,
      type: 'email',
      autocomplete: 'email',
    },
    { name: 'phone', label: 'reporter.phone', type: 'tel', autocomplete: 'tel' },
    {
      name: 'customerNumber',
      label: 'reporter.customerNumber',
      hint: 'reporter.customerNumberHint',
      autocomplete: 'off',
    },
    { name: 'organisation', label: 'reporter.organisation', autocomplete: 'organization' },
  ],
};

export const options = <T extends string, K extends string>(values: readonly T[], prefix: K) =>
  values.map((value) => ({ value, label: `${prefix}.${value}` as `${K}.${T}` }));
