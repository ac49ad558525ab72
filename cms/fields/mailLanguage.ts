import type { Field } from 'payload';
import { locales } from '../../shared/i18n/locales';

// The language of the notifications and reminders a colleague or a department
// receives; for a colleague also the admin's language at sign-in.
export const mailLanguageField: Field = {
  name: 'language',
  type: 'select',
  defaultValue: 'en',
  label: 'Language (mail and admin)',
  options: locales.map(({ code, label }) => ({ value: code, label })),
};
