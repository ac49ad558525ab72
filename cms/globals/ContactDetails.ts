import type { GlobalConfig } from 'payload';
import { contentAccess } from '../access/content';
import { notifySiteOfGlobal } from '../hooks/notifySite';
import { forgetMailSettings } from '../mail/settings';

// One source for the registrar's contact block: every page that shows an address,
// a phone number or a mailbox reads it from here.
export const ContactDetails: GlobalConfig = {
  slug: 'contact-details',
  label: 'Contact details',
  access: contentAccess,
  // The mailboxes are also the reply addresses of outgoing mail (mail/settings.ts).
  hooks: { afterChange: [notifySiteOfGlobal, forgetMailSettings] },
  fields: [
    { name: 'organisation', type: 'text', required: true },
    { name: 'department', type: 'text', localized: true },
    { name: 'escalationDepartment', type: 'text', localized: true },
    { name: 'street', type: 'text', required: true },
    { name: 'postalCode', type: 'text', required: true },
    { name: 'city', type: 'text', required: true },
    { name: 'country', type: 'text', localized: true },
    { name: 'phone', type: 'text' },
    { name: 'fax', type: 'text' },
    { name: 'complaintsEmail', type: 'email', required: true },
    { name: 'abuseEmail', type: 'email', required: true },
    { name: 'feedbackEmail', type: 'email', required: true },
  ],
};
