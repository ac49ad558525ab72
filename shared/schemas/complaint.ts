import { z } from 'zod';
import { domainList } from './domains';
import { requiredText } from './fields';
import { reporterShape } from './reporter';

export const complaintTopics = ['billing', 'transfer', 'renewal', 'support', 'technical', 'privacy', 'other'] as const;

export type ComplaintTopic = (typeof complaintTopics)[number];

// One schema for the complaint form: the site validates the reader's input with
// it, and the CMS validates every public create with it again.
export const complaintSchema = z.object({
  ...reporterShape,
  domains: domainList,
  topic: z.enum(complaintTopics, { error: 'choice' }),
  description: requiredText(10_000),
  expectedOutcome: requiredText(5_000),
});

export type ComplaintInput = z.input<typeof complaintSchema>;
export type Complaint = z.output<typeof complaintSchema>;
