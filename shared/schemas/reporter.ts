import { z } from 'zod';
import { localeCodes } from '../i18n/locales';
import { email, optionalLine, phone, requiredLine } from './fields';

// Who files: the same block on every form that asks for contact details.
export const reporterShape = {
  language: z.enum(localeCodes, { error: 'choice' }),
  name: requiredLine(200),
  email,
  phone,
  customerNumber: optionalLine(64),
  organisation: optionalLine(200),
};
