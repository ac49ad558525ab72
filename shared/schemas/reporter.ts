import { z } from 'zod';
import { localeCodes } from '../i18n/locales';
import { email, optionalText, phone, requiredText } from './fields';

// Who files: the same block on every form that asks for contact details.
export const reporterShape = {
  language: z.enum(localeCodes, { error: 'choice' }),
  name: requiredText(200),
  email,
  phone,
  customerNumber: optionalText(64),
  organisation: optionalText(200),
};
