import type { Field } from 'payload';
import { locales } from '../../shared/i18n/locales';

// Fields every submission kind shares: who wrote, in which language, about
// which domains. One definition, so cases and escalations cannot drift apart.
export const languageField: Field = {
  name: 'language',
  type: 'select',
  required: true,
  options: locales.map(({ code, label }) => ({ value: code, label })),
  admin: { position: 'sidebar', description: 'The filing language: all mail to the customer goes in it.' },
};

export const reporterGroup: Field = {
  name: 'reporter',
  type: 'group',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'phone', type: 'text' },
    { name: 'customerNumber', type: 'text' },
    { name: 'organisation', type: 'text' },
  ],
};

export const domainsArray: Field = {
  name: 'domains',
  type: 'array',
  admin: { description: 'Stored as written (Unicode) and as the DNS sees it (punycode).' },
  fields: [
    { name: 'unicode', type: 'text', required: true },
    { name: 'ascii', type: 'text', required: true },
  ],
};
