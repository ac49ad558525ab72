import { describe, expect, it } from 'vitest';
import { cmsUrl, postJson, siteHeaders } from '../helpers/http';
import { validComplaint } from '../helpers/payload';

// A staff member's browser holds a session cookie. Another site must not be
// able to use it: a request that carries the cookie but comes from a foreign
// Origin is treated as not signed in. And the cookie itself is out of reach of
// page scripts.
describe('staff sessions against a forged Origin', () => {
  const cms = cmsUrl();
  const forged = 'https://complaints-desk.evil.example';

  const signIn = async () => {
    const response = await postJson('/api/users/login', {
      email: 'admin@example.test',
      password: 'correct-horse-battery-staple',
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='));
    const { user } = (await response.json()) as { user: { id: number | string } };
    return { setCookie: setCookie ?? '', cookie: (setCookie ?? '').split(';')[0] ?? '', userId: user.id };
  };

  const asBrowser = (cookie: string, origin: string, method: string, body?: unknown) => ({
    method,
    headers: { cookie, origin, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  it('hands out a session cookie that scripts cannot read and other sites do not send along', async () => {
    const { setCookie } = await signIn();
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
  });

  it('ignores the cookie on state-changing requests from a foreign Origin', async () => {
    const { cookie, userId } = await signIn();
    const renamed = await fetch(
      `${cms}/api/users/${userId}`,
      asBrowser(cookie, forged, 'PATCH', { name: 'Changed by another site' }),
    );
    expect(renamed.status).toBe(403);
    const invited = await fetch(
      `${cms}/api/users`,
      asBrowser(cookie, forged, 'POST', {
        email: 'intruder@evil.example',
        password: 'intruder-password',
        roles: ['admin'],
      }),
    );
    expect(invited.status).toBe(403);
    const filed = await postJson('/api/cases', validComplaint, siteHeaders());
    const { doc } = (await filed.json()) as { doc: { id: number } };
    const acted = await fetch(
      `${cms}/api/cases/${doc.id}/actions`,
      asBrowser(cookie, forged, 'POST', { action: 'acknowledge' }),
    );
    expect(acted.status).toBeGreaterThanOrEqual(401);
    expect(acted.status).toBeLessThan(404);
    const deleted = await fetch(`${cms}/api/cases/${doc.id}`, asBrowser(cookie, forged, 'DELETE'));
    expect(deleted.status).toBe(403);

    // The same cookie from the admin's own Origin works: the refusals above
    // were the Origin's doing.
    const me = await fetch(`${cms}/api/users/me`, asBrowser(cookie, cms, 'GET'));
    const { user } = (await me.json()) as { user: { name?: string; email: string } | null };
    expect(user?.email).toBe('admin@example.test');
    expect(user?.name).not.toBe('Changed by another site');
    const acknowledged = await fetch(
      `${cms}/api/cases/${doc.id}/actions`,
      asBrowser(cookie, cms, 'POST', { action: 'acknowledge' }),
    );
    expect(acknowledged.status).toBe(200);
    const intruders = await fetch(`${cms}/api/users?where[email][equals]=intruder@evil.example`, {
      headers: { cookie, origin: cms },
    });
    expect(((await intruders.json()) as { totalDocs: number }).totalDocs).toBe(0);
  });
});
