import { z } from 'zod';
import { localeCodes } from '../i18n/locales';
import { requiredText } from './fields';

// The customer's message from their status page: one text, checked by the site
// (the form) and by the CMS (the reply endpoint) with the same messages.
export const STATUS_REPLY_MAX_LENGTH = 10_000;

export const statusReplySchema = z.object({
  language: z.enum(localeCodes, { error: 'choice' }),
  message: requiredText(STATUS_REPLY_MAX_LENGTH),
});

export type StatusReply = z.output<typeof statusReplySchema>;
