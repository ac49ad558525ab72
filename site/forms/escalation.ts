import { escalationSchema } from '@shared/schemas/escalation';
import { reporterFieldset } from './reporter';
import type { FormSpec } from './types';

export const escalationForm: FormSpec = {
  kind: 'escalation',
  path: 'escalation',
  title: 'escalation.title',
  intro: 'escalation.intro',
  submit: 'escalation.submit',
  schema: escalationSchema,
  fieldsets: [
    {
      legend: 'escalation.caseLegend',
      fields: [
        {
          name: 'caseNumber',
          label: 'escalation.caseNumber',
          hint: 'escalation.caseNumberHint',
          required: true,
          autocomplete: 'off',
        },
      ],
    },
    reporterFieldset,
    {
      legend: 'escalation.legend',
      fields: [
        { name: 'domains', label: 'escalation.domains', hint: 'escalation.domainsHint', kind: 'textarea', rows: 3 },
        {
          name: 'description',
          label: 'escalation.description',
          kind: 'textarea',
          rows: 6,
          required: true,
        },
        {
          name: 'reasonUnsatisfied',
          label: 'escalation.reasonUnsatisfied',
          kind: 'textarea',
          rows: 5,
          required: true,
        },
        {
          name: 'expectedSteps',
          label: 'escalation.expectedSteps',
          kind: 'textarea',
          rows: 4,
          required: true,
        },
      ],
    },
  ],
};
