import { abuseCategories, abuseReportSchema, reporterTypes } from '@shared/schemas/abuseReport';
import { options, reporterFieldset } from './reporter';
import type { FormSpec } from './types';

export const evidenceAccept =
  '.png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.eml,image/*,application/pdf,text/plain,message/rfc822';

// Category first: it decides which evidence is required.
export const abuseForm: FormSpec = {
  kind: 'abuse',
  path: 'abuse',
  title: 'abuse.title',
  intro: 'abuse.intro',
  submit: 'abuse.submit',
  schema: abuseReportSchema,
  fieldsets: [
    {
      legend: 'abuse.categoryLegend',
      fields: [
        {
          name: 'category',
          label: 'abuse.category',
          kind: 'select',
          required: true,
          options: options(abuseCategories, 'abuse.category'),
          placeholder: 'abuse.categoryPlaceholder',
        },
      ],
    },
    {
      legend: 'abuse.evidenceLegend',
      fields: [
        { name: 'domains', label: 'abuse.domains', hint: 'abuse.domainsHint', kind: 'textarea', rows: 3 },
        { name: 'urls', label: 'abuse.urls', hint: 'abuse.urlsHint', kind: 'textarea', rows: 4, inputmode: 'url' },
        {
          name: 'evidence',
          label: 'abuse.evidence',
          hint: 'abuse.evidenceHint',
          kind: 'textarea',
          rows: 8,
          required: true,
        },
        {
          name: 'attachments',
          label: 'abuse.attachments',
          hint: 'abuse.attachmentsHint',
          kind: 'file',
          accept: evidenceAccept,
          multiple: true,
        },
      ],
    },
    {
      ...reporterFieldset,
      fields: [
        {
          name: 'reporterType',
          label: 'abuse.reporterType',
          kind: 'select',
          required: true,
          options: options(reporterTypes, 'abuse.reporterType'),
          placeholder: 'abuse.reporterTypePlaceholder',
        },
        ...reporterFieldset.fields,
        {
          name: 'authorityReference',
          label: 'abuse.authorityReference',
          hint: 'abuse.authorityReferenceHint',
        },
      ],
    },
    {
      legend: 'abuse.declarationsLegend',
      fields: [
        { name: 'goodFaith', label: 'abuse.goodFaith', kind: 'checkbox', required: true },
        { name: 'shareIdentity', label: 'abuse.shareIdentity', kind: 'checkbox' },
      ],
    },
  ],
};
