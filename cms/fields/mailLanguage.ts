import type { Field } from 'payload';
import { locales } from '../../shared/i18n/locales';

// The language of the notifications and reminders a colleague or a department receives.
export const mailLanguageField: Field = {
  name: 'language',
  type: 'select',
  defaultValue: 'en',
  label: 'Mail language',
  options: locales.map(({ code, label }) => ({ value: code, label })),
};
