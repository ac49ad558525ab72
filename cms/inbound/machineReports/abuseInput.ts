import type { Case } from '../../payload-types';
import type { EvidenceFile, MachineReport } from './types';

// What the intake pipeline takes for an abuse report that no person typed: the
// case's own fields, as staff's entry of a letter would give them
// (cms/intake/cases.ts), filed by the system. The evidence files are stored
// first (cms/collections/Evidence/store.ts) and their ids put in
// `abuse.attachments`.
export type MachineAbuseInput = {
  data: Pick<Case, 'channel' | 'language' | 'receivedVia' | 'receivedAt' | 'reporter' | 'domains' | 'abuse'>;
  evidenceFiles: EvidenceFile[];
};

const formatNames: Record<MachineReport['format'], string> = {
  xarf4: 'X-ARF v4',
  xarf3: 'X-ARF 0.2',
  arf: 'ARF (RFC 5965)',
};

// The report as staff read it in the case's evidence text: what it says,
// where it came from, and why it failed its check if it did.
const evidenceText = (report: MachineReport): string => {
  const source = report.source
    ? `${report.source.ip ?? report.source.host}${report.source.port ? `:${report.source.port}` : ''}`
    : undefined;
  const reporter = [report.reporter.organisation, report.reporter.email && `<${report.reporter.email}>`]
    .filter(Boolean)
    .join(' ');
  return [
    `${formatNames[report.format]} report, reported as ${report.reportedAs}${report.reportId ? `, id ${report.reportId}` : ''}.`,
    ...(report.valid ? [] : [report.reason ?? 'It failed its format’s check.']),
    ...(reporter ? [`Reporter: ${reporter}`] : []),
    ...(report.occurredAt ? [`Seen at: ${report.occurredAt}`] : []),
    ...(source ? [`Source: ${source}`] : []),
    ...report.summary,
    ...report.notes,
  ].join('\n');
};

// One machine report (from mail or a partner) as the abuse intake's input.
// `receivedAt` is when it reached the desk (the mail's arrival, the API
// request), never the report's own timestamp: deadlines count from receipt.
export const abuseInputFromMachineReport = (report: MachineReport, receivedAt: Date): MachineAbuseInput => ({
  data: {
    channel: 'abuse',
    // Machine reports are written in English for machines; the acknowledgement
    // goes in English too, and staff may change the language.
    language: 'en',
    receivedVia: 'email',
    receivedAt: receivedAt.toISOString(),
    reporter: {
      name: report.reporter.organisation ?? report.reporter.email ?? 'Unknown reporter',
      email: report.reporter.email,
      organisation: report.reporter.organisation,
    },
    domains: report.domains.map(({ unicode, ascii }) => ({ unicode, ascii })),
    abuse: {
      category: report.category,
      reporterType: 'organisation',
      urls: report.urls.map((url) => ({ url })),
      evidence: evidenceText(report),
    },
  },
  evidenceFiles: report.evidence,
});
