import { z } from 'zod';
import { domainList } from './domains';
import { optionalText, requiredText } from './fields';
import { everyProblemAtOnce } from './refinements';
import { reporterShape } from './reporter';

export const caseNumberPattern = /^[CA]-\d{4}-\d{6}$/;

// An escalated complaint names its case either by number + the email it was
// filed with, or by the secret token from the answer mail's link.
export const escalationSchema = z
  .object({
    ...reporterShape,
    caseNumber: optionalText(20).transform((value) => value?.toUpperCase()),
    token: optionalText(200),
    domains: domainList,
    description: requiredText(10_000),
    reasonUnsatisfied: requiredText(10_000),
    expectedSteps: requiredText(5_000),
  })
  .superRefine(
    (escalation, ctx) => {
      if (escalation.token) return;
      if (!escalation.caseNumber) ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'required' });
      else if (!caseNumberPattern.test(escalation.caseNumber)) {
        ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'caseNumber' });
      }
    },
    // Runs even when other fields failed, so the reader sees every problem at once.
    { when: everyProblemAtOnce },
  );

export type EscalationInput = z.input<typeof escalationSchema>;
export type Escalation = z.output<typeof escalationSchema>;
