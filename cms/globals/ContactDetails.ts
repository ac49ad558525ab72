import type { GlobalConfig } from 'payload';
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
    { name: 'abuseEmail', type: 'email', required: true },
    { name: 'feedbackEmail', type: 'email', required: true },
  ],
});
