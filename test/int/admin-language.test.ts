import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPayload } from '../helpers/payload';

// Signing in switches the admin to the language of the colleague's profile:
// Payload reads it from the payload-lng cookie, which the login response sets.
describe('the admin language at sign-in', () => {
  let payload: Payload;

  beforeAll(async () => {
    payload = await testPayload();
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const logIn = async (email: string) => {
    const { default: config } = await import('@payload-config');
    return handleEndpoints({
      config,
      request: new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a-long-test-password' }),
      }),
    });
  };

  it('is the profile’s language, next to the session cookie', async () => {
    const email = `de-${Date.now()}@example.test`;
    await payload.create({
      collection: 'users',
      data: { email, password: 'a-long-test-password', roles: ['handler'], language: 'de' },
    });
    const response = await logIn(email);
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith('payload-token='))).toBe(true);
    expect(cookies.find((cookie) => cookie.startsWith('payload-lng='))).toMatch(
      /^payload-lng=de; Path=\/; .*SameSite=Lax/,
    );
  });
});
