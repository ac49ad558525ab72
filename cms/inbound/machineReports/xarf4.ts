import { evidenceNeverKept, xarf4Category } from './categories';
import { decodeEvidence } from './evidence';
import { isObject, isoTime, lines, object, text, type Fields } from './fields';
import { domainNames, sourceOf, webUrls } from './targets';
import type { MachineReport, ParsedMessage } from './types';
import { checkXarf4 } from './xarf4Schema';

// X-ARF v4 (xarf.org): one JSON object with `xarf_version` 4.x. Mail carries it
// as a JSON attachment (often xarf.json) or as the whole body; partners post it
// to the desk's API.

export const isXarf4 = (value: unknown): value is Fields =>
  isObject(value) && typeof value.xarf_version === 'string' && value.xarf_version.startsWith('4');

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

const evidenceItems = (report: Fields) =>
  (Array.isArray(report.evidence) ? report.evidence : []).filter(isObject).map((item) => ({
    contentType: text(item.content_type) ?? 'application/octet-stream',
    payload: typeof item.payload === 'string' ? item.payload : '',
    description: text(item.description),
  }));

// Everything a registrar acts on, from any report type: the URLs (the
// offending page, where credentials go, suspicious links in spam, infringing
// copies) and the domains (named, in those URLs, a botnet's C2 host).
export const reportFromXarf4 = (report: Fields): MachineReport => {
  const verdict = checkXarf4(report);
  const category = text(report.category) ?? 'unknown';
  const type = text(report.type) ?? 'unknown';
  const indicators = object(report.spam_indicators);
  const urls = webUrls(
    report.url,
    report.infringing_url,
    report.submission_url,
    report.redirect_chain,
    indicators.suspicious_links,
  );
  const reporter = isObject(report.reporter) ? report.reporter : object(report.sender);
  const source = sourceOf(report.source_identifier, report.source_port);
  const withheld = evidenceNeverKept(category, type);
  const decoded = withheld ? { files: [], notes: [] } : decodeEvidence(evidenceItems(report));
  return {
    format: 'xarf4',
    valid: verdict.valid,
    ...(verdict.valid ? {} : { reason: verdict.reason }),
    category: xarf4Category(category, type),
    reportedAs: `${category}/${type}`,
    reportId: text(report.report_id),
    urls,
    domains: domainNames(report.domain, urls, report.c2_server, source?.host),
    source,
    reporter: { organisation: text(reporter.org), email: text(reporter.contact), domain: text(reporter.domain) },
    occurredAt: isoTime(report.timestamp),
    summary: [
      ...lines([['Description', report.description]]),
      ...lines([
        ['Target brand', report.target_brand],
        ['Malware family', report.malware_family],
        ['Subject', report.subject],
        ['Sender', report.smtp_from],
        ['Work', report.work_title],
        ['Rights holder', report.rights_holder],
        ['Evidence source', report.evidence_source],
      ]),
    ],
    evidence: decoded.files,
    notes: [
      ...(withheld && evidenceItems(report).length > 0
        ? ['The report’s evidence was not kept: the desk never stores child sexual abuse material or intimate images.']
        : []),
      ...decoded.notes,
    ],
  };
};

// The report in a message: a JSON attachment first, then the body itself.
export const readXarf4 = (message: ParsedMessage): MachineReport | null => {
  const candidates = [
    ...message.attachments
      .filter((part) => /json/i.test(part.contentType) || /\.json$/i.test(part.filename ?? ''))
      .map((part) => part.content.toString('utf8')),
    message.text ?? '',
  ];
  for (const candidate of candidates) {
    const value = parseJson(candidate.trim());
    if (isXarf4(value)) return reportFromXarf4(value);
  }
  return null;
};
