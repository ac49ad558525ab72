import { z } from 'zod';
import { localeCodes } from '../i18n/locales';
import { optionalLine, optionalText, requiredText } from './fields';

export const feedbackTopics = ['policy', 'procedures', 'services', 'website', 'other'] as const;
export type FeedbackTopic = (typeof feedbackTopics)[number];

// Feedback may be anonymous; an email address is only needed for a reply.
export const feedbackSchema = z.object({
  language: z.enum(localeCodes, { error: 'choice' }),
  topic: z.enum(feedbackTopics, { error: 'choice' }),
  department: optionalText(100),
  message: requiredText(10_000),
  name: optionalLine(200),
  email: z
    .string()
    .trim()
    .max(254, { error: 'tooLong' })
    .nullish()
    .transform((value) => (value ? value : undefined))
    .pipe(z.email({ error: 'email' }).optional()),
});

export type FeedbackInput = z.input<typeof feedbackSchema>;
export type Feedback = z.output<typeof feedbackSchema>;
