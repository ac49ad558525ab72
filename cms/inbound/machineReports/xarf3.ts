import { parse } from 'yaml';
import { xarf3Category } from './categories';
import { evidenceName } from './evidence';
import { isObject, isoTime, lines, text, type Fields } from './fields';
import { domainNames, sourceOf, webUrls } from './targets';
import type { MachineReport, ParsedMessage } from './types';

// X-ARF 0.2 (x-arf.org), the generation before the JSON one: a mail with the
// header `X-XARF: PLAIN` and three parts, a text for people, the report as YAML
// ("report.txt") and the evidence (a log, the original message).

// The fields the specification requires of every report (its schemas add
// type-specific ones); a report missing one is kept, with the reason.
const required = ['Reported-From', 'Category', 'Report-Type', 'Date', 'Source', 'Source-Type'];

const parseYaml = (raw: string): Fields | undefined => {
  try {
    // Default core schema; `yaml` caps alias expansion, so a hostile report
    // cannot blow up into gigabytes.
    const value: unknown = parse(raw);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
};

const looksLikeReport = (fields: Fields | undefined): fields is Fields =>
  Boolean(fields && (fields['Report-Type'] !== undefined || fields['Reported-From'] !== undefined));

const isReportPart = (part: ParsedMessage['attachments'][number]) =>
  /^text\/(plain|yaml|x-yaml)/i.test(part.contentType) && /(report\.txt|\.ya?ml)$/i.test(part.filename ?? '');

export const readXarf3 = (message: ParsedMessage): MachineReport | null => {
  const marked = message.headers.has('x-xarf');
  const reportPart = message.attachments.find(isReportPart);
  let fields = reportPart ? parseYaml(reportPart.content.toString('utf8')) : undefined;
  // Some senders put the YAML in the body instead of a part of its own.
  if (!looksLikeReport(fields) && marked) {
    const body = message.text ?? '';
    const start = body.search(/^Reported-From:/m);
    fields = start >= 0 ? parseYaml(body.slice(start).split(/\n\s*\n/)[0] ?? '') : undefined;
  }
  if (!looksLikeReport(fields)) return null;

  const missing = required.filter((name) => text(fields[name]) === undefined);
  const sourceType = (text(fields['Source-Type']) ?? '').toLowerCase();
  const urls = sourceType === 'uri' || sourceType === 'url' ? webUrls(fields.Source) : [];
  const source = sourceOf(fields.Source, fields.Port);
  const evidenceParts = message.attachments.filter((part) => part !== reportPart);
  return {
    format: 'xarf3',
    valid: missing.length === 0,
    ...(missing.length ? { reason: `Not valid X-ARF 0.2: missing ${missing.join(', ')}.` } : {}),
    category: xarf3Category(text(fields['Report-Type']) ?? '', text(fields.Category) ?? ''),
    reportedAs: `${text(fields.Category) ?? 'unknown'}/${text(fields['Report-Type']) ?? 'unknown'}`,
    reportId: text(fields['Report-ID']),
    urls,
    domains: domainNames(urls, source?.host),
    source,
    reporter: { email: text(fields['Reported-From']) },
    occurredAt: isoTime(fields.Date),
    summary: lines([
      ['Service', fields.Service],
      ['User agent', fields['User-Agent']],
      ['Version', fields.Version],
    ]),
    evidence: evidenceParts.map((part, index) => ({
      filename: part.filename ?? evidenceName(part.contentType, index),
      contentType: part.contentType.toLowerCase(),
      content: part.content,
    })),
    notes: [],
  };
};
