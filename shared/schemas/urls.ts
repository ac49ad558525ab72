import { z } from 'zod';

const MAX_URLS = 100;

// One offending address: an http(s) URL with a host, at most 2,048 characters,
// in its normalised form (the host in punycode). The forms and machine reports
// (cms/inbound/machineReports/) accept the same addresses.
export const parseWebUrl = (part: string): string | undefined => {
  try {
    const url = new URL(part);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname && part.length <= 2048
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
};

// Offending addresses as a reporter pastes them: one per line (or separated by
// spaces). Only http(s) addresses with a host are accepted; they are stored as
// text and never fetched or rendered as links by the product.
export const urlList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, ctx): string[] => {
    const parts = (Array.isArray(value) ? value : [value ?? '']).flatMap((text) => text.split(/\s+/)).filter(Boolean);
    if (parts.length > MAX_URLS) {
      ctx.addIssue({ code: 'custom', message: 'tooManyUrls' });
      return z.NEVER;
    }
    const parsed = parts.map(parseWebUrl);
    if (parsed.some((url) => url === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'url' });
      return z.NEVER;
    }
    return [...new Set(parsed as string[])];
  });
