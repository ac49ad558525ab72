import { complaintSchema, complaintTopics } from '@shared/schemas/complaint';
import { options, reporterFieldset } from './reporter';
import type { FormSpec } from './types';

export const complaintForm: FormSpec = {
  kind: 'complaint',
  path: 'complaint',
  title: 'complaint.title',
  intro: 'complaint.intro',
  submit: 'complaint.submit',
  schema: complaintSchema,
  fieldsets: [
    reporterFieldset,
    {
      legend: 'complaint.legend',
      fields: [
        {
          name: 'topic',
          label: 'complaint.topic',
          kind: 'select',
          required: true,
          options: options(complaintTopics, 'complaint.topic'),
          placeholder: 'complaint.topicPlaceholder',
        },
        { name: 'domains', label: 'complaint.domains', hint: 'complaint.domainsHint', kind: 'textarea', rows: 3 },
        {
          name: 'description',
          label: 'complaint.description',
          hint: 'complaint.descriptionHint',
          kind: 'textarea',
          rows: 8,
          required: true,
        },
        {
          name: 'expectedOutcome',
          label: 'complaint.expectedOutcome',
          kind: 'textarea',
          rows: 4,
          required: true,
        },
      ],
    },
  ],
};
