import type { Payload, PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { cmsSettings } from '@shared/settings';

// Links inside mail: the customer's private status page on the public site, and
// the record in the admin for staff.

const siteUrl = () => (cmsSettings().SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');

export const statusUrl = (language: Locale, token: string): string => `${siteUrl()}/${language}/status/${token}`;

// The CMS's own address, as links in mail carry it.
export const cmsBaseUrl = (payload: Payload): string =>
  (payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '');

export const adminUrl = (payload: Payload, collection: string, id: number | string): string =>
  `${cmsBaseUrl(payload)}/admin/collections/${collection}/${id}`;

// The status token is stored twice: hashed (to look a case up by its link) and
// sealed with the server's secret, so a later mail (the answer) can repeat the
// link. A database copy alone opens neither.
export const sealToken = (payload: Payload, token: string): string => payload.encrypt(token);

// Undefined when there is nothing sealed, or it was sealed under an earlier secret.
export const unsealToken = (payload: Payload, sealed: unknown): string | undefined => {
  if (typeof sealed !== 'string' || !sealed) return undefined;
  try {
    return payload.decrypt(sealed);
  } catch {
    return undefined;
  }
};

export const caseStatusUrl = async (
  req: PayloadRequest,
  caseId: number | string,
  language: Locale,
): Promise<string | undefined> => {
  const found = await req.payload.findByID({
    collection: 'cases',
    id: caseId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  });
  // Without a token (sealed under an earlier secret), the mail goes without the link.
  const token = unsealToken(req.payload, (found as { accessTokenSealed?: string | null }).accessTokenSealed);
  return token ? statusUrl(language, token) : undefined;
};
