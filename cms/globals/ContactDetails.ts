import type { Field, GlobalConfig } from 'payload';
import { defaultLocale, locales } from '@shared/i18n/locales';
import { hasRole } from '../access/roles';
import { sitePreview } from '../content/previewConfig';
import { withDrafts } from '../content/versioning';
import { contentAccess } from '../access/content';
import { contactPhoneField } from '../fields/contactPhone';
import { notifySiteOfGlobal } from '../hooks/notifySite';
import { forgetMailSettings } from '../mail/settings';
import { stampTranslations, translationFields } from '../translations/stamps';

const translated = [
  { name: 'department', label: 'Department' },
  { name: 'escalationDepartment', label: 'Escalation department' },
  { name: 'country', label: 'Country' },
];

// The language a mail to a desk mailbox is filed in when its text is too short
// to tell (cms/inbound/language.ts). How mail is read is the admins' call, not
// the content editors': they see it, only admins change it.
const mailboxLanguage = (name: string, mailbox: string): Field => ({
  name,
  label: `Default language of ${mailbox} mail`,
  type: 'select',
  options: locales.map(({ code, label }) => ({ value: code, label })),
  defaultValue: defaultLocale,
  access: { update: ({ req }) => hasRole(req.user, 'admin') },
  admin: {
    isClearable: false,
    description: `Mail to the ${mailbox} mailbox is filed and acknowledged in this language when its text is too short to tell. Staff can correct a record's language. Set by admins.`,
  },
});

// One source for the registrar's contact block: every page that shows an address,
// a phone number or a mailbox reads it from here.
export const ContactDetails: GlobalConfig = withDrafts({
  slug: 'contact-details',
  label: 'Contact details',
  access: contentAccess,
  admin: { ...sitePreview },
  hooks: {
    beforeChange: [stampTranslations('contact-details', translated)],
    // The mailboxes are also the reply addresses of outgoing mail (mail/settings.ts).
    afterChange: [notifySiteOfGlobal, forgetMailSettings],
  },
  fields: [
    ...translationFields('contact-details', translated),
    { name: 'organisation', type: 'text', required: true },
    { name: 'department', type: 'text', localized: true },
    { name: 'escalationDepartment', type: 'text', localized: true },
    { name: 'street', type: 'text', required: true },
    { name: 'postalCode', type: 'text', required: true },
    { name: 'city', type: 'text', required: true },
    { name: 'country', type: 'text', localized: true },
    contactPhoneField('phone', 'Phone'),
    contactPhoneField('fax', 'Fax'),
    { name: 'complaintsEmail', type: 'email', required: true },
    mailboxLanguage('complaintsLanguage', 'complaints'),
    { name: 'abuseEmail', type: 'email', required: true },
    mailboxLanguage('abuseLanguage', 'abuse'),
    { name: 'feedbackEmail', type: 'email', required: true },
    mailboxLanguage('feedbackLanguage', 'feedback'),
  ],
});
