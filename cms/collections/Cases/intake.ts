import type { AbuseReport } from '../../../shared/schemas/abuseReport';
import type { Complaint } from '../../../shared/schemas/complaint';
import { webFormConsent } from './consent';

const AUTHORITY_REVIEW_MS = 24 * 60 * 60 * 1000;

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

// An authority's report (law enforcement, consumer protection, a CERT) must be
// reviewed within 24 hours (ICANN RAA 3.18), whatever the business days say.
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
  reviewDueAt:
    report.reporterType === 'authority'
      ? new Date(receivedAt.getTime() + AUTHORITY_REVIEW_MS).toISOString()
      : undefined,
});
