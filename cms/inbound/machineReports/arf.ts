import { arfCategory } from './categories';
import { evidenceName } from './evidence';
import { isoTime, lines } from './fields';
import { domainNames, sourceOf, webUrls } from './targets';
import type { MachineReport, ParsedMessage } from './types';

// ARF (RFC 5965): `multipart/report; report-type=feedback-report` with a part
// for people, a `message/feedback-report` part of header-style fields, and the
// original message (`message/rfc822`) or its headers (`text/rfc822-headers`).

// The fields the RFC requires in every report (§3.1).
const required = ['feedback-type', 'user-agent', 'version'];

// RFC 5322 header syntax: "Name: value", continuation lines start with white
// space; a field may repeat (Reported-Uri, Reported-Domain).
const parseFields = (raw: string): Map<string, string[]> => {
  const fields = new Map<string, string[]>();
  const unfolded = raw.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return fields;
};

const isFeedbackReport = (message: ParsedMessage): boolean => {
  const type = message.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  return type?.value?.toLowerCase() === 'multipart/report' && type.params?.['report-type'] === 'feedback-report';
};

const originalTypes = ['message/rfc822', 'text/rfc822-headers'];

export const readArf = (message: ParsedMessage): MachineReport | null => {
  const reportPart = message.attachments.find((part) => part.contentType.toLowerCase() === 'message/feedback-report');
  if (!isFeedbackReport(message) || !reportPart) return null;
  const fields = parseFields(reportPart.content.toString('utf8'));
  const first = (name: string) => fields.get(name)?.[0];
  const missing = required.filter((name) => !first(name));
  const wrongVersion = first('version') && first('version') !== '1';
  const problems = [
    ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
    ...(wrongVersion ? [`version ${first('version')} (expected 1)`] : []),
  ];
  const feedbackType = first('feedback-type') ?? 'unknown';
  const urls = webUrls(fields.get('reported-uri') ?? []);
  const source = sourceOf(first('source-ip'));
  const original = message.attachments.filter((part) => originalTypes.includes(part.contentType.toLowerCase()));
  return {
    format: 'arf',
    valid: problems.length === 0,
    ...(problems.length ? { reason: `Not valid ARF (RFC 5965): ${problems.join('; ')}.` } : {}),
    category: arfCategory(feedbackType),
    reportedAs: feedbackType,
    urls,
    domains: domainNames(fields.get('reported-domain') ?? [], urls),
    source,
    reporter: {},
    occurredAt: isoTime(first('arrival-date') ?? first('received-date')),
    summary: lines([
      ['User agent', first('user-agent')],
      ['Original sender', first('original-mail-from')],
      ['Reporting MTA', first('reporting-mta')],
      ['Authentication results', first('authentication-results')],
    ]),
    evidence: original.map((part, index) => ({
      filename:
        part.contentType.toLowerCase() === 'message/rfc822'
          ? 'original-message.eml'
          : evidenceName(part.contentType, index),
      contentType: part.contentType.toLowerCase(),
      content: part.content,
    })),
    notes:
      feedbackType.toLowerCase() === 'not-spam'
        ? ['The sender says the message is not spam (Feedback-Type: not-spam).']
        : [],
  };
};
