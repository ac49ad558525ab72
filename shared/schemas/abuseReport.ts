import { z } from 'zod';
import { domainList } from './domains';
import { optionalLine, requiredText } from './fields';
import { everyProblemAtOnce } from './refinements';
import { reporterShape } from './reporter';
import { urlList } from './urls';

// Child sexual abuse material is deliberately not a category: such reports go to
// a hotline, never into this system (the form says where).
export const abuseCategories = [
  'phishing',
  'malware',
  'botnet',
  'pharming',
  'spam',
  'fraudulentSite',
  'intellectualProperty',
  'other',
] as const;

export type AbuseCategory = (typeof abuseCategories)[number];

export const reporterTypes = ['individual', 'organisation', 'authority'] as const;

// Categories that are about web content need at least one offending address.
export const categoriesNeedingUrls: readonly AbuseCategory[] = ['phishing', 'malware', 'pharming', 'fraudulentSite'];

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const abuseReportSchema = z
  .object({
    ...reporterShape,
    reporterType: z.enum(reporterTypes, { error: 'choice' }),
    category: z.enum(abuseCategories, { error: 'choice' }),
    domains: domainList,
    urls: urlList,
    evidence: requiredText(20_000),
    goodFaith: checkbox.refine((value) => value, { error: 'goodFaith' }),
    shareIdentity: checkbox.optional(),
    authorityReference: optionalLine(200),
  })
  .superRefine(
    (report, ctx) => {
      // Other fields may have failed: only judge lists that parsed.
      const domains = Array.isArray(report.domains) ? report.domains : undefined;
      const urls = Array.isArray(report.urls) ? report.urls : undefined;
      if (domains?.length === 0 && urls?.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['domains'], message: 'domainOrUrl' });
      }
      if (categoriesNeedingUrls.includes(report.category) && urls?.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['urls'], message: 'urlRequired' });
      }
    },
    { when: everyProblemAtOnce },
  );

export type AbuseReportInput = z.input<typeof abuseReportSchema>;
export type AbuseReport = z.output<typeof abuseReportSchema>;
