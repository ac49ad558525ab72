import { afterEach, describe, expect, it } from 'vitest';
import { clientKey } from '../../site/lib/rateLimit';

// Whose rate limit a request counts against.
const request = (forwardedFor?: string) =>
  new Request('http://site.test/en/complaint', forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {});

const trustProxy = (value: string | undefined) => {
  if (value === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = value;
};

afterEach(() => trustProxy(undefined));

describe('the address a limit counts', () => {
  it('is the connection without TRUST_PROXY, whatever X-Forwarded-For claims', () => {
    expect(clientKey(request('203.0.113.9'), '192.0.2.1')).toBe('192.0.2.1');
  });

  it('behind a trusted proxy is the address the proxy appended, not one the reader sent', () => {
    trustProxy('true');
    expect(clientKey(request('203.0.113.9'), '10.0.0.2')).toBe('203.0.113.9');
    // A reader sending their own header cannot change whose limit they use.
    expect(clientKey(request('1.2.3.4, 203.0.113.9'), '10.0.0.2')).toBe('203.0.113.9');
    expect(clientKey(request(), '10.0.0.2')).toBe('10.0.0.2');
  });
});
