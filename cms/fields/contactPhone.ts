import type { TextField } from 'payload';
import { parseContactPhone } from '@shared/contact/phone';
import { deskTranslate } from '../i18n';

// A phone or fax number of the registrar: refused unless it is a number that
// can be dialled, stored in E.164 whatever way the editor typed it (the site
// formats it for reading, shared/contact/phone.ts).
export const contactPhoneField = (name: string, label: string): TextField => ({
  name,
  label,
  type: 'text',
  validate: (value, { req }) =>
    !value?.trim() || parseContactPhone(value).ok ? true : deskTranslate(req.t)('phoneInvalid', { value }),
  hooks: {
    beforeChange: [
      ({ value }) => {
        if (typeof value !== 'string' || !value.trim()) return null;
        const parsed = parseContactPhone(value);
        return parsed.ok ? parsed.e164 : value;
      },
    ],
  },
  admin: {
    description:
      'With the country code, e.g. +49 6894 9396 850 (a number without one is read as German). Stored as +4968949396850; the site shows it as 06894 9396850.',
  },
});
