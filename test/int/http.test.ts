import { describe, expect, inject, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { validComplaint } from '../helpers/payload';

// The same rules over HTTP, against the built CMS (`next start`) on a database of
// its own: what a visitor or a script on the internet can and cannot do.
describe(`the CMS's HTTP API on ${describeDatabase()}`, () => {
  const cms = inject('cmsUrl');
  const json = (body: unknown) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  const staffToken = async () => {
    const response = await fetch(`${cms}/api/users/login`, {
      ...json({ email: 'admin@example.test', password: 'correct-horse-battery-staple' }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  };

  it('lets anyone file a complaint and answers with its case number', async () => {
    const response = await fetch(`${cms}/api/cases?locale=nl`, json(validComplaint));
    expect(response.status).toBe(201);
    const { doc } = (await response.json()) as { doc: { caseNumber: string; status: string } };
    expect(doc.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(doc.status).toBe('received');
  });

  it('refuses a bad complaint with a 400 naming each field in the requested language', async () => {
    const response = await fetch(`${cms}/api/cases?locale=de`, json({ ...validComplaint, email: 'nope', topic: 'x' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] };
    const fields = body.errors[0]?.data.errors ?? [];
    expect(fields.map((field) => field.path).sort()).toEqual(['email', 'topic']);
    expect(fields.find((field) => field.path === 'topic')?.message).toBe('Wählen Sie eine der Optionen.');
  });

  it('never lets a visitor list, read, change or delete cases', async () => {
    const created = await fetch(`${cms}/api/cases`, json(validComplaint));
    const { doc } = (await created.json()) as { doc: { id: string | number } };
    expect((await fetch(`${cms}/api/cases`)).status).toBe(403);
    expect((await fetch(`${cms}/api/cases/${doc.id}`)).status).toBe(403);
    const patch = await fetch(`${cms}/api/cases/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    });
    expect(patch.status).toBe(403);
    expect((await fetch(`${cms}/api/cases/${doc.id}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('shows staff the filed complaint', async () => {
    const created = await fetch(`${cms}/api/cases`, json({ ...validComplaint, name: 'Staff Should See Me' }));
    const { doc } = (await created.json()) as { doc: { id: string | number } };
    const token = await staffToken();
    const response = await fetch(`${cms}/api/cases/${doc.id}`, { headers: { authorization: `JWT ${token}` } });
    expect(response.status).toBe(200);
    const found = (await response.json()) as { reporter: { name: string } };
    expect(found.reporter.name).toBe('Staff Should See Me');
  });

  it('keeps staff accounts private from visitors', async () => {
    expect((await fetch(`${cms}/api/users`)).status).toBe(403);
    const signup = await fetch(`${cms}/api/users`, json({ email: 'intruder@example.test', password: 'x'.repeat(12) }));
    expect(signup.status).toBe(403);
  });

  it('serves the published procedure and contact details to anyone', async () => {
    const page = (await (await fetch(`${cms}/api/globals/procedure-page?locale=de`)).json()) as { title: string };
    expect(page.title).toBe('Beschwerden und Missbrauch melden');
    const contact = (await (await fetch(`${cms}/api/globals/contact-details?locale=en`)).json()) as {
      complaintsEmail: string;
    };
    expect(contact.complaintsEmail).toBe('complaints@key-systems.net');
  });

  it('does not let a visitor change the published content', async () => {
    const response = await fetch(`${cms}/api/globals/procedure-page?locale=nl`, json({ title: 'Defaced' }));
    expect(response.status).toBe(403);
  });
});
