import type { AbuseReport } from '@shared/schemas/abuseReport';
import type { Complaint } from '@shared/schemas/complaint';
import { webFormConsent } from './consent';

const reporterOf = (input: Complaint | AbuseReport) => ({
  name: input.name,
  email: input.email,
  phone: input.phone,
  customerNumber: input.customerNumber,
  organisation: input.organisation,
});

export const complaintToCase = (complaint: Complaint) => ({
  channel: 'complaint' as const,
  language: complaint.language,
  reporter: reporterOf(complaint),
  domains: complaint.domains,
  complaint: {
    topic: complaint.topic,
    description: complaint.description,
    expectedOutcome: complaint.expectedOutcome,
  },
});

// An authority's report gets its 24-hour review deadline with the other
// deadlines (cms/intake/deadlines.ts), whichever way it came in.
export const abuseReportToCase = (report: AbuseReport, receivedAt: Date, attachments: (number | string)[]) => ({
  channel: 'abuse' as const,
  language: report.language,
  reporter: reporterOf(report),
  domains: report.domains,
  abuse: {
    category: report.category,
    reporterType: report.reporterType,
    authorityReference: report.authorityReference,
    urls: report.urls.map((url) => ({ url })),
    evidence: report.evidence,
    attachments,
    goodFaith: report.goodFaith,
    ...webFormConsent(report.shareIdentity ?? false, receivedAt),
  },
});
