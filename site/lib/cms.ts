import type { Locale } from '../../shared/i18n/locales';
import type { ComplaintInput } from '../../shared/schemas/complaint';
import type { FieldErrors } from '../../shared/schemas/issues';

// The only module that talks to the CMS. Published content is cached for a
// short while so a busy site does not ask the CMS on every page view, yet an
// editor's change shows within CONTENT_TTL_SECONDS.

const cmsUrl = () => (process.env.CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const ttlMs = () => Number(process.env.CONTENT_TTL_SECONDS ?? 30) * 1000;
const timeoutMs = 10_000;

export type ProcedurePage = { title: string; intro?: string | null; bodyHtml: string };
export type ContactDetails = {
  organisation: string;
  department?: string | null;
  escalationDepartment?: string | null;
  street: string;
  postalCode: string;
  city: string;
  country?: string | null;
  phone?: string | null;
  fax?: string | null;
  complaintsEmail: string;
  abuseEmail: string;
  feedbackEmail: string;
};

// The site files submissions as the CMS's `public-site` API client.
const siteAuthorization = () => `api-clients API-Key ${process.env.SITE_API_KEY ?? ''}`;

const cache = new Map<string, { expires: number; value: unknown }>();

const cmsFetch = (path: string, init?: RequestInit) =>
  fetch(`${cmsUrl()}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });

const cachedGlobal = async <T>(slug: string, locale: Locale): Promise<T | undefined> => {
  const key = `${slug}:${locale}`;
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  try {
    const response = await cmsFetch(`/api/globals/${slug}?locale=${locale}&depth=0`);
    if (!response.ok) throw new Error(`CMS answered ${response.status}`);
    const value = (await response.json()) as T;
    cache.set(key, { expires: Date.now() + ttlMs(), value });
    return value;
  } catch (error) {
    console.error(`Could not load ${slug} (${locale}) from the CMS:`, error);
    // A stale copy is better than none while the CMS is away.
    return hit?.value as T | undefined;
  }
};

export const getProcedurePage = (locale: Locale) => cachedGlobal<ProcedurePage>('procedure-page', locale);
export const getContactDetails = (locale: Locale) => cachedGlobal<ContactDetails>('contact-details', locale);

export type SubmitResult =
  { kind: 'created'; caseNumber: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'unavailable' };

type PayloadError = { errors?: { data?: { errors?: { path: string; message: string }[] } }[] };

// Posts a validated complaint. The CMS validates it again with the same schema;
// if it still refuses a field, its messages (in the reader's language) are shown.
export const submitComplaint = async (complaint: ComplaintInput, locale: Locale): Promise<SubmitResult> => {
  try {
    const response = await cmsFetch(`/api/cases?locale=${locale}&depth=0`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: siteAuthorization() },
      body: JSON.stringify(complaint),
    });
    const body = (await response.json()) as { doc?: { caseNumber?: string } } & PayloadError;
    if (response.ok && body.doc?.caseNumber) return { kind: 'created', caseNumber: body.doc.caseNumber };
    const fieldList = body.errors?.flatMap((error) => error.data?.errors ?? []) ?? [];
    if (response.status === 400 && fieldList.length) {
      return { kind: 'invalid', errors: Object.fromEntries(fieldList.map(({ path, message }) => [path, message])) };
    }
    console.error(`The CMS refused a complaint with ${response.status}:`, JSON.stringify(body));
    return { kind: 'unavailable' };
  } catch (error) {
    console.error('Could not reach the CMS to file a complaint:', error);
    return { kind: 'unavailable' };
  }
};
