import { describe, expect, it } from 'vitest';
import { domainList, parseDomainName } from '@shared/schemas/domains';

describe('domain names', () => {
  it('accepts an ordinary name and lower-cases it', () => {
    expect(parseDomainName('Example.COM')).toEqual({ unicode: 'example.com', ascii: 'example.com' });
  });

  it('keeps an internationalised name in both Unicode and punycode', () => {
    expect(parseDomainName('bücher.de')).toEqual({ unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
  });

  it('decodes a name given in punycode', () => {
    expect(parseDomainName('xn--bcher-kva.de')).toEqual({ unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
  });

  it.each(['localhost', 'exa mple.com', 'http://example.com', '-bad.com', 'example..com', '1.2.3.4', 'a@b.com'])(
    'refuses %s',
    (input) => {
      expect(parseDomainName(input)).toBeUndefined();
    },
  );

  it('splits a pasted list on commas, semicolons, spaces and new lines, without duplicates', () => {
    const result = domainList.parse('example.com, example.org;\nbücher.de  example.com');
    expect(result.map((domain) => domain.ascii)).toEqual(['example.com', 'example.org', 'xn--bcher-kva.de']);
  });

  it('reports a list with one bad name', () => {
    const result = domainList.safeParse('example.com, not a domain');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('domain');
  });

  it('refuses more than 50 names', () => {
    const many = Array.from({ length: 51 }, (_, i) => `d${i}.example`).join('\n');
    expect(domainList.safeParse(many).error?.issues[0]?.message).toBe('tooManyDomains');
  });
});
