import type { GlobalConfig } from 'payload';
import { withDrafts } from '../content/versioning';
import { allowRoles } from '../access/roles';
import { forgetMailSettings } from '../mail/settings';
import { textareaWithPlaceholders, textWithPlaceholders } from '../fields/placeholders';
import { stampTranslations, translationFields } from '../translations/stamps';

const translated = [
  { name: 'fromName', label: 'From name', required: true },
  { name: 'greeting', label: 'Greeting', required: true },
  { name: 'greetingWithoutName', label: 'Greeting without name', required: true },
  { name: 'signature', label: 'Signature', required: true },
];

// What editors control about outgoing mail: who it comes from, how it greets and
// signs off (per language), and how early staff are reminded of a deadline.
// Reply addresses are the channel mailboxes in the contact details: one source.
export const MailSettings: GlobalConfig = withDrafts({
  slug: 'mail-settings',
  label: 'Mail settings',
  admin: { group: 'Settings' },
  access: {
    read: allowRoles('handler', 'abuseSpecialist', 'editor'),
    update: allowRoles('editor'),
  },
  hooks: {
    beforeChange: [stampTranslations('mail-settings', translated)],
    // Outgoing mail keeps the published settings for a minute (mail/settings.ts).
    afterChange: [forgetMailSettings],
  },
  fields: [
    ...translationFields('mail-settings', translated),
    {
      name: 'fromName',
      type: 'text',
      required: true,
      localized: true,
      validate: textWithPlaceholders([]),
      admin: { description: 'The sender name customers see, e.g. "Key-Systems Customer Service".' },
    },
    {
      name: 'fromAddress',
      type: 'email',
      required: true,
      admin: {
        description:
          'Sender of mail to customers. Must be on a domain verified with the mail provider. Replies go to the channel mailbox from the contact details.',
      },
    },
    {
      name: 'staffFromAddress',
      type: 'email',
      required: true,
      admin: { description: 'Sender of notifications and reminders to staff and departments.' },
    },
    {
      name: 'greeting',
      type: 'text',
      required: true,
      localized: true,
      validate: textWithPlaceholders(['name']),
      admin: {
        description:
          'First line of every mail to a customer. {name} is replaced by their name; no other placeholder is filled in.',
      },
    },
    {
      name: 'greetingWithoutName',
      type: 'text',
      required: true,
      localized: true,
      validate: textWithPlaceholders([]),
      admin: { description: 'Used when the customer left no name (anonymous feedback). No placeholders.' },
    },
    {
      name: 'signature',
      type: 'textarea',
      required: true,
      localized: true,
      validate: textareaWithPlaceholders([]),
      admin: { description: 'Last lines of every mail to a customer. No placeholders.' },
    },
    {
      name: 'reminderLeadHours',
      type: 'number',
      required: true,
      defaultValue: 24,
      min: 1,
      max: 240,
      admin: { description: 'Staff are reminded this many hours before an acknowledgement or answer is due.' },
    },
  ],
});
