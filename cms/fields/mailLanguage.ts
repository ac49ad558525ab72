import type { Field } from 'payload';
import { locales } from '@shared/i18n/locales';

// The language of the notifications and reminders a department receives.
export const mailLanguageField: Field = {
  name: 'language',
  type: 'select',
  defaultValue: 'en',
  label: 'Mail language',
  options: locales.map(({ code, label }) => ({ value: code, label })),
};

// A colleague's language: their mail's, and the admin's at each sign-in.
export const staffLanguageField: Field = { ...mailLanguageField, label: 'Language (mail and admin)' };
