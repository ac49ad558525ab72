import type { GlobalConfig } from 'payload';
import { isAdmin } from '../access/roles';

// How long personal data is kept. The ICANN Registrar Accreditation Agreement
// asks for records to be kept two years after the relationship ends; after that
// a nightly job removes everything that names a person and keeps the numbers.
export const RetentionSettings: GlobalConfig = {
  slug: 'retention-settings',
  label: 'Retention',
  admin: { group: 'Settings' },
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'caseMonths',
      type: 'number',
      required: true,
      defaultValue: 24,
      min: 1,
      max: 120,
      admin: { description: 'Months after a case is closed before its personal data is removed.' },
    },
    {
      name: 'feedbackMonths',
      type: 'number',
      required: true,
      defaultValue: 24,
      min: 1,
      max: 120,
      admin: { description: 'Months after feedback arrived before the message and contact details are removed.' },
    },
  ],
};
