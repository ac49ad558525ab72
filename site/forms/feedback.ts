import { feedbackSchema, feedbackTopics } from '@shared/schemas/feedback';
import { options } from './reporter';
import type { FormSpec } from './types';

export const feedbackForm: FormSpec = {
  kind: 'feedback',
  path: 'feedback',
  title: 'feedback.title',
  intro: 'feedback.intro',
  submit: 'feedback.submit',
  schema: feedbackSchema,
  fieldsets: [
    {
      legend: 'feedback.legend',
      fields: [
        {
          name: 'topic',
          label: 'feedback.topic',
          kind: 'select',
          required: true,
          options: options(feedbackTopics, 'feedback.topic'),
          placeholder: 'feedback.topicPlaceholder',
        },
        {
          name: 'department',
          label: 'feedback.department',
          kind: 'select',
          options: 'departments',
          placeholder: 'feedback.departmentAny',
        },
        { name: 'message', label: 'feedback.message', kind: 'textarea', rows: 8, required: true },
      ],
    },
    {
      legend: 'feedback.contactLegend',
      fields: [
        { name: 'name', label: 'feedback.name', autocomplete: 'name' },
        { name: 'email', label: 'feedback.email', type: 'email', autocomplete: 'email' },
      ],
    },
  ],
};
