import type { EmailFieldValidation, Field, FieldHook, TextFieldSingleValidation } from 'payload';
import { parseDomainName } from '@shared/schemas/domains';
import { email } from 'payload/shared';
import { locales } from '@shared/i18n/locales';

// Fields every submission kind shares: who wrote, in which language, about
// which domains. One definition, so cases and escalations cannot drift apart.
export const languageField: Field = {
  name: 'language',
  type: 'select',
  required: true,
  options: locales.map(({ code, label }) => ({ value: code, label })),
  admin: { position: 'sidebar', description: 'The filing language: all mail to the customer goes in it.' },
};

type Contact = { email?: string | null; phone?: string | null; postalAddress?: string | null };

// The web forms always ask for an e-mail address. A letter or a call may come
// without one: then a postal address or a phone number will do, and the
// acknowledgement and answer go by post (see customerMailer).
const reachable: EmailFieldValidation = (value, args) => {
  const contact = (args.siblingData ?? {}) as Contact;
  if (!value && !contact.phone?.trim() && !contact.postalAddress?.trim()) {
    return 'Enter an e-mail address, a postal address or a phone number, so the customer can be answered.';
  }
  return value ? email(value, args) : true;
};

export const reporterGroup: Field = {
  name: 'reporter',
  type: 'group',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', index: true, validate: reachable },
    { name: 'phone', type: 'text' },
    {
      name: 'postalAddress',
      type: 'textarea',
      admin: { description: 'For a customer without e-mail: the acknowledgement and answer go by post.' },
    },
    { name: 'customerNumber', type: 'text' },
    { name: 'organisation', type: 'text' },
  ],
};

type DomainRow = { unicode?: string | null; ascii?: string | null };

// Staff type a domain as the customer wrote it; its DNS form (punycode) is
// derived with the site's own rule, never typed by hand.
const normaliseDomain: FieldHook = ({ value, siblingData }) => {
  const row = siblingData as DomainRow;
  const parsed = parseDomainName(String(value ?? ''));
  if (parsed) row.ascii = parsed.ascii;
  return parsed?.unicode ?? value;
};

const validDomain: TextFieldSingleValidation = (value) =>
  parseDomainName(String(value ?? '')) ? true : 'Enter a domain name such as bücher.de or example.com.';

export const domainsArray: Field = {
  name: 'domains',
  type: 'array',
  admin: {
    description: 'Type the domain as written; its punycode (as the DNS sees it) is filled in on save.',
    components: { Cell: '/components/DomainsCell#DomainsCell' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'unicode',
          type: 'text',
          label: 'Domain',
          required: true,
          validate: validDomain,
          hooks: { beforeValidate: [normaliseDomain] },
        },
        { name: 'ascii', type: 'text', label: 'Punycode', admin: { readOnly: true } },
      ],
    },
  ],
};
