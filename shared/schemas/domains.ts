// The npm package's ES module, not Node's deprecated built-in of the same name.
import { toUnicode } from 'punycode/punycode.es6.js';
import { z } from 'zod';

export type DomainName = { unicode: string; ascii: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_DOMAINS = 50;

// The WHATWG URL parser does IDNA (UTS #46) in browsers and in Node alike, so the
// same rule runs in the form's inline check and on the server.
const toAscii = (input: string): string | undefined => {
  try {
    return new URL(`http://${input}/`).hostname;
  } catch {
    return undefined;
  }
};

export const parseDomainName = (raw: string): DomainName | undefined => {
  const input = raw.trim().replace(/\.$/, '');
  if (!input || /[\s/:@?#]/.test(input)) return undefined;
  const ascii = toAscii(input);
  if (!ascii || ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return undefined;
  return { unicode: toUnicode(ascii), ascii };
};

// Readers paste lists separated by commas, semicolons, spaces or new lines.
export const splitDomainList = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);

export const domainList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx): DomainName[] => {
    const parts = Array.isArray(value) ? value.flatMap(splitDomainList) : splitDomainList(value ?? '');
    if (parts.length > MAX_DOMAINS) {
      ctx.addIssue({ code: 'custom', message: 'tooManyDomains' });
      return z.NEVER;
    }
    const parsed = parts.map(parseDomainName);
    if (parsed.some((domain) => domain === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'domain' });
      return z.NEVER;
    }
    const unique = new Map((parsed as DomainName[]).map((domain) => [domain.ascii, domain]));
    return [...unique.values()];
  });
