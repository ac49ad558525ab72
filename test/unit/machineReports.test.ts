import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import {
  abuseInputFromMachineReport,
  readMachineReport,
  reportFromXarf4,
} from '../../cms/inbound/machineReports/index';
import { readLimitedBody } from '../../cms/collections/Partners/readBody';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/machine-reports');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const json = (name: string) => JSON.parse(fixture(name).toString('utf8')) as Record<string, unknown>;
const mail = async (name: string) => simpleParser(fixture(name));
const png = readFileSync(path.resolve(import.meta.dirname, '../fixtures/screenshot.png'));

describe('X-ARF v4 reports', () => {
  it('reads a phishing report by mail: category, IDN domain, URL, source, reporter, time and decoded evidence', async () => {
    const report = readMachineReport(await mail('xarf4-phishing.eml'));
    expect(report).toMatchObject({
      format: 'xarf4',
      valid: true,
      category: 'phishing',
      reportedAs: 'content/phishing',
      reportId: 'b2c3d4e5-f6a7-4901-bcde-f23456789012',
      urls: ['https://xn--bcher-login-thb.example/anmelden'],
      domains: [{ unicode: 'bücher-login.example', ascii: 'xn--bcher-login-thb.example' }],
      source: { ip: '203.0.113.45', port: 443 },
      reporter: {
        organisation: 'Example Anti-Phishing Service',
        email: 'reports@antiphishing.example',
        domain: 'antiphishing.example',
      },
      occurredAt: '2026-11-29T15:15:24.000Z',
    });
    expect(report?.evidence.map(({ filename, contentType }) => [filename, contentType])).toEqual([
      ['evidence-1.png', 'image/png'],
      ['evidence-2.txt', 'text/plain'],
    ]);
    // The screenshot arrives byte for byte as it was encoded.
    expect(report?.evidence[0]?.content.equals(png)).toBe(true);
    expect(report?.evidence[1]?.content.toString()).toContain('collect.example/p.php');
  });

  it.each([
    ['xarf4-malware.json', 'malware', ['downloads.malicious-host.example']],
    ['xarf4-spam.json', 'spam', ['verify-account.example']],
    ['xarf4-botnet.json', 'botnet', ['c2.evil-botnet.example']],
  ])('maps %s to the desk’s category %s with its domains', (name, category, domains) => {
    const report = reportFromXarf4(json(name));
    expect(report.valid).toBe(true);
    expect(report.category).toBe(category);
    expect(report.domains.map((domain) => domain.ascii)).toEqual(domains);
  });

  it('keeps the spam message it carries as an evidence file', () => {
    const report = reportFromXarf4(json('xarf4-spam.json'));
    expect(report.urls).toEqual(['https://verify-account.example/login']);
    expect(report.evidence).toHaveLength(1);
    expect(report.evidence[0]).toMatchObject({ filename: 'evidence-1.eml', contentType: 'message/rfc822' });
    expect(report.evidence[0]?.content.toString()).toContain('Subject: Verify your account');
  });

  it('keeps a report that fails the published schema, with the schema’s reasons and what could be read', () => {
    const report = reportFromXarf4(json('xarf4-invalid.json'));
    expect(report.valid).toBe(false);
    expect(report.reason).toContain('missing "sender"');
    expect(report.reason).toContain('/report_id must match format "uuid"');
    expect(report.reason).toContain('/url must match format "uri"');
    expect(report.category).toBe('phishing');
    expect(report.urls).toEqual([]);
    expect(report.domains.map((domain) => domain.ascii)).toEqual(['phish.invalid-report.example']);
  });

  it('checks a type’s own schema: a spam report by SMTP without its envelope sender fails', () => {
    const spam = json('xarf4-spam.json');
    delete spam.smtp_from;
    const report = reportFromXarf4(spam);
    expect(report.valid).toBe(false);
    expect(report.reason).toContain('missing "smtp_from"');
  });

  it('never keeps evidence of child sexual abuse material, but keeps the report', () => {
    const report = reportFromXarf4({
      ...json('xarf4-phishing.json'),
      type: 'csam',
    });
    expect(report.category).toBe('other');
    expect(report.evidence).toEqual([]);
    expect(report.notes.join(' ')).toContain('never stores child sexual abuse material');
    expect(report.domains.map((domain) => domain.unicode)).toEqual(['bücher-login.example']);
  });

  it('leaves out evidence that is not base64, with a note', () => {
    const report = reportFromXarf4({
      ...json('xarf4-malware.json'),
      evidence: [{ content_type: 'image/png', payload: '<<<not base64>>>' }],
    });
    expect(report.evidence).toEqual([]);
    expect(report.notes).toEqual(['Evidence item 1 (image/png) is not base64 and was left out.']);
  });
});

describe('X-ARF 0.2 ("v3") reports', () => {
  it('reads the YAML report part and keeps the log part as evidence', async () => {
    const report = readMachineReport(await mail('xarf3-phishing.eml'));
    expect(report).toMatchObject({
      format: 'xarf3',
      valid: true,
      category: 'phishing',
      reportedAs: 'fraud/phishing',
      reportId: '7263-2026-11-29',
      urls: ['http://paypa1-secure.example/signin?id=42'],
      domains: [{ unicode: 'paypa1-secure.example', ascii: 'paypa1-secure.example' }],
      source: { host: 'paypa1-secure.example', port: 80 },
      reporter: { organisation: 'Example Blocklist', email: 'abuse-team@blocklist.example' },
      occurredAt: '2026-11-29T08:41:50.000Z',
    });
    expect(report?.evidence.map((file) => file.filename)).toEqual(['logfile.log']);
  });

  it('keeps a report missing required fields, with the reason', async () => {
    const message = await mail('xarf3-phishing.eml');
    const part = message.attachments.find((attachment) => attachment.filename === 'report.txt');
    if (!part) throw new Error('fixture without report.txt');
    part.content = Buffer.from('Reported-From: abuse-team@blocklist.example\nReport-Type: phishing\n');
    const report = readMachineReport(message);
    expect(report?.valid).toBe(false);
    expect(report?.reason).toBe('Not valid X-ARF 0.2: missing Category, Date, Source, Source-Type.');
  });
});

describe('ARF feedback reports (RFC 5965)', () => {
  it('reads the feedback fields and keeps the original message as evidence', async () => {
    const report = readMachineReport(await mail('arf-abuse.eml'));
    expect(report).toMatchObject({
      format: 'arf',
      valid: true,
      category: 'spam',
      reportedAs: 'abuse',
      urls: ['https://verify-account.example/login'],
      source: { ip: '192.0.2.123' },
      reporter: { organisation: 'Example Mailbox Provider', email: 'arf@mailbox-provider.example' },
      occurredAt: '2026-11-30T05:11:58.000Z',
    });
    expect(report?.domains.map((domain) => domain.ascii)).toEqual(['spam-sender.example', 'verify-account.example']);
    expect(report?.evidence).toHaveLength(1);
    expect(report?.evidence[0]).toMatchObject({ filename: 'original-message.eml', contentType: 'message/rfc822' });
    expect(report?.summary).toContain('User agent: ExampleFBL/1.0');
  });

  it('says which required field a report lacks', async () => {
    const message = await mail('arf-abuse.eml');
    const part = message.attachments.find((attachment) => attachment.contentType === 'message/feedback-report');
    if (!part) throw new Error('fixture without feedback report');
    part.content = Buffer.from('Feedback-Type: fraud\r\nVersion: 2\r\n');
    const report = readMachineReport(message);
    expect(report?.valid).toBe(false);
    expect(report?.category).toBe('phishing');
    expect(report?.reason).toBe('Not valid ARF (RFC 5965): missing user-agent; version 2 (expected 1).');
  });
});

describe('ordinary mail', () => {
  it('is no machine report', async () => {
    const message = await simpleParser(
      'From: Anna <anna@example.nl>\r\nTo: abuse@registrar.example\r\nSubject: Phishing\r\n\r\nhttps://phish.example is a fake bank.\r\n',
    );
    expect(readMachineReport(message)).toBeNull();
  });
});

describe('the abuse intake’s input', () => {
  it('is an abuse report received by e-mail, counted from receipt, with the report in the evidence text', async () => {
    const report = readMachineReport(await mail('xarf4-phishing.eml'));
    if (!report) throw new Error('no report');
    const receivedAt = new Date('2026-11-30T07:00:00Z');
    const input = abuseInputFromMachineReport(report, receivedAt);
    expect(input.data).toMatchObject({
      channel: 'abuse',
      language: 'en',
      receivedVia: 'email',
      receivedAt: '2026-11-30T07:00:00.000Z',
      reporter: {
        name: 'Example Anti-Phishing Service',
        email: 'reports@antiphishing.example',
        organisation: 'Example Anti-Phishing Service',
      },
      domains: [{ unicode: 'bücher-login.example', ascii: 'xn--bcher-login-thb.example' }],
      abuse: {
        category: 'phishing',
        reporterType: 'organisation',
        urls: [{ url: 'https://xn--bcher-login-thb.example/anmelden' }],
      },
    });
    expect(input.data.abuse?.evidence).toContain('X-ARF v4 report, reported as content/phishing');
    expect(input.data.abuse?.evidence).toContain('Source: 203.0.113.45:443');
    expect(input.evidenceFiles).toHaveLength(2);
  });

  it('notes why an invalid report failed its check', () => {
    const input = abuseInputFromMachineReport(reportFromXarf4(json('xarf4-invalid.json')), new Date());
    expect(input.data.abuse?.evidence).toContain('Not valid X-ARF v4: (report) is missing "sender"');
  });
});

describe('the partner API’s body limit', () => {
  it('reads a body up to the limit and refuses a larger one without reading it all', async () => {
    expect(await readLimitedBody(new Request('http://x/', { method: 'POST', body: '{"a":1}' }), 10)).toEqual({
      ok: true,
      text: '{"a":1}',
    });
    const large = new Request('http://x/', { method: 'POST', body: 'x'.repeat(11) });
    expect(await readLimitedBody(large, 10)).toEqual({ ok: false, tooLarge: true });
    const declared = new Request('http://x/', { method: 'POST', headers: { 'content-length': '999999' }, body: 'x' });
    expect(await readLimitedBody(declared, 10)).toEqual({ ok: false, tooLarge: true });
  });
});
