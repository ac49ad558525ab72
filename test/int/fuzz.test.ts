import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmsUrl, postJson, siteHeaders } from '../helpers/http';
import { isValidationMessageIn } from '../helpers/validationMessages';

// What a hostile or broken client may send the CMS's public create endpoints
// (with the site's key, so the input reaches the validation): any JSON at all,
// with the real field names mixed in. Every answer must be a 4xx naming fields
// in the requested language, nothing may be stored, and the server stays up.

const fieldNames = [
  'channel',
  'language',
  'name',
  'email',
  'phone',
  'domains',
  'topic',
  'description',
  'expectedOutcome',
  'category',
  'reporterType',
  'urls',
  'evidence',
  'goodFaith',
  'attachments',
  'status',
  'caseNumber',
  'token',
  'message',
  'department',
  'receivedAt',
  '__proto__',
  'constructor',
];

const hostileStrings = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"; DROP TABLE cases; --',
    '../../../../etc/passwd',
    'name@example.com\r\nBcc: victim@example.com',
    '\u0000\uFFFF\uD800',
    'x'.repeat(20_000),
    'a.b,'.repeat(500),
    '{"$gt": ""}',
  ),
);

const values = fc.oneof(
  hostileStrings,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileStrings, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileStrings, { maxKeys: 4 }),
);

const bodies = fc.dictionary(fc.constantFrom(...fieldNames), values, { maxKeys: 12 });

describe('hostile input to the public create endpoints', () => {
  it.each(['cases', 'escalations', 'feedback'])(
    'answers any JSON sent to /api/%s with a 4xx in the requested language, and stores nothing',
    async (collection) => {
      const stored: string[] = [];
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const response = await postJson(`/api/${collection}?locale=de`, body, siteHeaders());
          const text = await response.text();
          if (response.status === 201) stored.push(text);
          expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400);
          expect(response.status, text.slice(0, 300)).toBeLessThan(500);
          const { errors } = JSON.parse(text) as { errors: { data?: { errors?: { message: string }[] } }[] };
          const messages = errors.flatMap((error) => error.data?.errors?.map((field) => field.message) ?? []);
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(isValidationMessageIn('de', message), message).toBe(true);
        }),
        { numRuns: 60, seed: 20261124 },
      );
      expect(stored).toEqual([]);
    },
  );

  it('refuses what is not JSON at all, and stays healthy', async () => {
    const attempts: [string, BodyInit][] = [
      ['text/plain', 'name=x&email=y'],
      ['application/json', '{"name": "unterminated'],
      ['application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['application/xml', '<case><name>x</name></case>'],
      ['application/json', new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x7b])],
    ];
    for (const [type, body] of attempts) {
      const response = await fetch(`${cmsUrl()}/api/cases?locale=de`, {
        method: 'POST',
        headers: { ...siteHeaders(), 'content-type': type },
        body,
      });
      expect(response.status, `${type}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${type}`).toBeLessThan(500);
    }
    const wrongType = await fetch(`${cmsUrl()}/api/cases`, {
      method: 'POST',
      headers: { ...siteHeaders(), 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(wrongType.status).toBe(415);
    expect(JSON.stringify(await wrongType.json())).toContain('application/json');
    // A form-encoded body is refused, unless it is the admin's own read of
    // related documents (a POST that Payload turns into a GET).
    const formBody = { ...siteHeaders(), 'content-type': 'application/x-www-form-urlencoded' };
    const plainForm = await fetch(`${cmsUrl()}/api/departments`, { method: 'POST', headers: formBody, body: 'name=x' });
    expect(plainForm.status).toBe(415);
    const adminRead = await fetch(`${cmsUrl()}/api/departments`, {
      method: 'POST',
      headers: { ...formBody, 'X-Payload-HTTP-Method-Override': 'GET' },
      body: 'limit=1&depth=0',
    });
    expect(adminRead.status).toBe(200);
    expect(((await adminRead.json()) as { docs: unknown[] }).docs).toHaveLength(1);
    // Requests without a body (signing out) still pass.
    const login = await postJson('/api/users/login', {
      email: process.env.ADMIN_EMAIL ?? 'admin@example.test',
      password: process.env.ADMIN_PASSWORD ?? 'correct-horse-battery-staple',
    });
    const { token } = (await login.json()) as { token: string };
    const logout = await fetch(`${cmsUrl()}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    });
    expect(logout.status).toBe(200);
    // Still answering as before.
    const health = await fetch(`${cmsUrl()}/api/departments?limit=1`);
    expect(health.status).toBe(200);
  });
});
