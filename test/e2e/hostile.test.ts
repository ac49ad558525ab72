import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '@shared/i18n/locales';
import { validationMessage } from '@shared/i18n/validation';
import { MAX_FORM_BYTES } from '@shared/limits';
import { fieldNames } from '../../site/forms/types';
import { forms } from '../../site/forms';
import { translator } from '../../site/i18n';
import { root } from '../../scripts/lib/processes';
import { receivedMail } from '../helpers/mailbox';
import { siteUrl, staffApi } from '../helpers/site';
import { isValidationMessageIn } from '../helpers/validationMessages';

// The site's own form endpoints as a hostile script sees them: any body at all
// posted to any form in any language. Each answer is a 4xx page in that
// language saying what to fix, nothing is stored, and the site keeps serving.

const kinds = Object.keys(forms) as (keyof typeof forms)[];

const hostileStrings = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '../../../../etc/passwd',
    'name@example.com\r\nBcc: victim@example.com',
    '\u0000\uFFFF\uD800',
    'x'.repeat(30_000),
    Array.from({ length: 5_000 }, (_, index) => `d${index}.example`).join('\n'),
    Array.from({ length: 5_000 }, (_, index) => `https://u${index}.example/`).join('\n'),
    '{"$gt": ""}',
  ),
);

const decodeEntities = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

const pageLanguage = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
const fieldErrors = (html: string) =>
  [...html.matchAll(/<p class="field-error"[^>]*>([\s\S]*?)<\/p>/g)].map((match) =>
    decodeEntities((match[1] ?? '').trim()),
  );
const notice = (html: string) =>
  decodeEntities(/<div class="notice notice--error"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? '');

const postForm = (locale: Locale, kind: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${siteUrl()}/${locale}/${kind}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl(), ...headers },
    body,
  });

const storedCounts = async () => {
  const admin = await staffApi();
  const count = async (collection: string) =>
    ((await admin.request(`/api/${collection}?limit=1&depth=0`, 'GET')) as { totalDocs: number }).totalDocs;
  return { cases: await count('cases'), escalations: await count('escalations'), feedback: await count('feedback') };
};

const stillServing = async () => {
  const response = await fetch(`${siteUrl()}/en/complaint`);
  expect(response.status).toBe(200);
};

describe('hostile input to the site’s forms', () => {
  it('answers any posted form with a 4xx page in its language naming what to fix, and stores nothing', async () => {
    const before = await storedCounts();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...localeCodes),
        fc.constantFrom(...kinds),
        fc.dictionary(
          fc.constantFrom(...fieldNames(forms.complaint), ...fieldNames(forms.abuse), 'x'),
          hostileStrings,
          {
            maxKeys: 10,
          },
        ),
        async (locale, kind, values) => {
          const response = await postForm(locale, kind, new URLSearchParams(values).toString());
          const html = await response.text();
          expect(response.status, html.slice(0, 200)).toBe(422);
          expect(pageLanguage(html)).toBe(locale);
          const errors = fieldErrors(html);
          expect(errors.length).toBeGreaterThan(0);
          for (const message of errors) expect(isValidationMessageIn(locale, message), message).toBe(true);
          // What the reader typed comes back as text, never as markup: inside a
          // quoted attribute a "<" is harmless, so only what lies outside counts.
          const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
          expect(outsideAttributes).not.toContain('<script>alert(1)');
          expect(outsideAttributes).not.toContain('<img src=x');
        },
      ),
      { numRuns: 40, seed: 20261124 },
    );
    expect(await storedCounts()).toEqual(before);
    await stillServing();
  });

  it('refuses bodies that are not a form, are cut off or are too large, in the reader’s language', async () => {
    const before = await storedCounts();
    const cases: [Locale, string, BodyInit, Record<string, string>][] = [
      ['de', 'complaint', '{"name":"JSON"}', { 'content-type': 'application/json' }],
      ['fr', 'feedback', 'message=plain', { 'content-type': 'text/plain' }],
      [
        'nl',
        'abuse',
        '--x\r\nContent-Disposition: form-data; name="evidence"\r\n\r\ncut',
        {
          'content-type': 'multipart/form-data; boundary=x',
        },
      ],
      // Bytes that are not UTF-8 at all.
      ['es', 'complaint', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28]), {}],
    ];
    for (const [locale, kind, body, headers] of cases) {
      const response = await postForm(locale, kind, body, headers);
      const html = await response.text();
      expect(response.status, `${kind} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(pageLanguage(html)).toBe(locale);
      const t = translator(locale);
      const explained =
        notice(html) === t('form.unreadable') ||
        fieldErrors(html).every((message) => isValidationMessageIn(locale, message));
      expect(explained, html.slice(0, 300)).toBe(true);
    }

    // Announced as larger than any form can be: refused before a byte is read.
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${siteUrl()}/de/abuse`, {
        method: 'POST',
        headers: {
          origin: siteUrl(),
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(MAX_FORM_BYTES + 1),
        },
      });
      outgoing.on('response', (response) => {
        let html = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (html += chunk));
        response.on('end', () => {
          expect(notice(html)).toBe(translator('de')('form.tooLarge'));
          outgoing.destroy();
          resolve(response.statusCode ?? 0);
        });
      });
      outgoing.on('error', reject);
      outgoing.write('--x\r\n');
    });
    expect(status).toBe(413);
    expect(await storedCounts()).toEqual(before);
    await stillServing();
  });

  it('refuses a form posted from another site', async () => {
    const before = await storedCounts();
    const response = await postForm(
      'en',
      'complaint',
      new URLSearchParams({
        name: 'Cross Site',
        email: 'cross@example.test',
        topic: 'support',
        description: 'Posted by another site.',
        expectedOutcome: 'Nothing.',
      }).toString(),
      { origin: 'https://complaints-desk.evil.example' },
    );
    expect(response.status).toBe(403);
    expect(await storedCounts()).toEqual(before);
  });

  it('keeps a name on one line, so nobody folds a header into the mail', async () => {
    const t = translator('en');
    const response = await postForm(
      'en',
      'complaint',
      new URLSearchParams({
        name: 'Eve\r\nBcc: victim@evil.example',
        email: 'eve@example.test',
        topic: 'support',
        description: 'Header injection attempt.',
        expectedOutcome: 'Nothing.',
      }).toString(),
    );
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(fieldErrors(html)).toEqual([validationMessage('en', 'singleLine')]);
    expect(html).toContain(t('form.errorSummary'));
    expect((await receivedMail()).some((mail) => mail.to.includes('victim@evil.example'))).toBe(false);
  });

  it('checks what an upload really is, and strips any path from its name', async () => {
    const admin = await staffApi();
    const png = readFileSync(path.join(root, 'test/fixtures/screenshot.png'));
    const zip = Buffer.from('504b0304140000000800', 'hex');
    const windowsProgram = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(512)]);
    const report = (files: [Buffer, string, string][], reporter: string) => {
      const form = new FormData();
      const fields = {
        category: 'phishing',
        urls: 'https://phish.example/login',
        evidence: 'A fake login page.',
        reporterType: 'individual',
        goodFaith: 'on',
        name: 'Upload Tester',
        email: `${reporter}@example.test`,
      };
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      for (const [content, name, type] of files)
        form.append('attachments', new Blob([new Uint8Array(content)], { type }), name);
      return fetch(`${siteUrl()}/de/abuse`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: siteUrl() },
        body: form,
      });
    };
    const before = await storedCounts();
    for (const [content, name, type] of [
      [zip, 'photo.png', 'image/png'],
      [windowsProgram, 'invoice.pdf', 'application/pdf'],
      [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        'logo.svg',
        'image/svg+xml',
      ],
    ] as [Buffer, string, string][]) {
      const response = await report([[content, name, type]], 'refused-upload');
      const html = await response.text();
      expect(response.status, name).toBe(422);
      expect(fieldErrors(html)).toEqual([validationMessage('de', 'fileType').replace('{file}', name)]);
    }
    const tooMany = await report(
      Array.from({ length: 11 }, (_, index) => [png, `shot-${index}.png`, 'image/png'] as [Buffer, string, string]),
      'too-many',
    );
    expect(fieldErrors(await tooMany.text())).toEqual([validationMessage('de', 'tooManyFiles')]);
    expect(await storedCounts()).toEqual(before);

    const traversal = await report([[png, '../../../../etc/cron.d/evil.png', 'image/png']], 'traversal');
    expect(traversal.status).toBe(303);
    const { docs } = (await admin.request('/api/evidence?sort=-createdAt&limit=1&depth=0', 'GET')) as {
      docs: { filename: string }[];
    };
    expect(docs[0]?.filename).toMatch(/^[^/\\]*evil[^/\\]*\.png$/);
    expect(docs[0]?.filename).not.toContain('..');
    await stillServing();
  });
});
