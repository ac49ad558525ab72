import { isIP } from 'node:net';
import { parseDomainName, type DomainName } from '@shared/schemas/domains';
import { parseWebUrl } from '@shared/schemas/urls';

// The addresses and names a report is about, read with the site's own rules:
// http(s) URLs as the forms accept them, domain names IDN-aware (an A-label
// such as xn--bcher-kva.example is kept with its Unicode form, bücher.example).

const strings = (values: unknown[]): string[] =>
  values.flatMap((value) => (Array.isArray(value) ? strings(value) : typeof value === 'string' ? [value.trim()] : []));

export const webUrls = (...values: unknown[]): string[] => [
  ...new Set(strings(values).flatMap((value) => parseWebUrl(value) ?? [])),
];

const hostOf = (value: string): string | undefined => {
  const url = parseWebUrl(value);
  return url ? new URL(url).hostname : value;
};

// Names from explicit domain fields and from the hosts of URLs; IP addresses
// and anything that is not a domain name are left out.
export const domainNames = (...values: unknown[]): DomainName[] => {
  const found = new Map<string, DomainName>();
  for (const value of strings(values)) {
    const host = hostOf(value);
    if (!host || isIP(host.replace(/^\[|\]$/g, ''))) continue;
    const domain = parseDomainName(host);
    if (domain) found.set(domain.ascii, domain);
  }
  return [...found.values()];
};

// An abuse source: an IP address, or a host name (from a URL or as given).
export const sourceOf = (value: unknown, port?: unknown): { ip?: string; host?: string; port?: number } | undefined => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  const portNumber = Number(port);
  const withPort = Number.isInteger(portNumber) && portNumber > 0 && portNumber < 65_536 ? { port: portNumber } : {};
  if (isIP(text)) return { ip: text, ...withPort };
  const domain = parseDomainName(hostOf(text) ?? '');
  return domain ? { host: domain.unicode, ...withPort } : undefined;
};
