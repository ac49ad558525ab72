import type { Locale } from '../../shared/i18n/locales';
import type { FieldErrors } from '../../shared/schemas/issues';
import type { CaseStatusView } from '../../shared/types/caseStatus';

// The only module that talks to the CMS. Published content is cached briefly so
// a busy site does not ask the CMS on every page view; the CMS tells the site
// when an editor publishes (see /internal/content-changed), and the cache
// expires after CONTENT_TTL_SECONDS in any case.

const cmsUrl = () => (process.env.CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const ttlMs = () => Number(process.env.CONTENT_TTL_SECONDS ?? 300) * 1000;
const timeoutMs = 15_000;

// The site acts as the CMS's `public-site` API client.
export const siteApiKey = () => process.env.SITE_API_KEY ?? '';
const siteAuthorization = () => `api-clients API-Key ${siteApiKey()}`;

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
export type Department = { slug: string; name: string };

const cache = new Map<string, { expires: number; value: unknown }>();

export const forgetPublishedContent = (): void => cache.clear();

const cmsFetch = (path: string, init: RequestInit = {}) =>
  fetch(`${cmsUrl()}${path}`, {
    ...init,
    headers: { authorization: siteAuthorization(), ...init.headers },
    signal: AbortSignal.timeout(timeoutMs),
  });

const cached = async <T>(key: string, path: string, pick: (body: unknown) => T): Promise<T | undefined> => {
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  try {
    const response = await cmsFetch(path);
    if (!response.ok) throw new Error(`CMS answered ${response.status}`);
    const value = pick(await response.json());
    cache.set(key, { expires: Date.now() + ttlMs(), value });
    return value;
  } catch (error) {
    console.error(`Could not load ${key} from the CMS:`, error);
    // A stale copy is better than none while the CMS is away.
    return hit?.value as T | undefined;
  }
};

export const getProcedurePage = (locale: Locale) =>
  cached(
    `procedure:${locale}`,
    `/api/globals/procedure-page?locale=${locale}&depth=0`,
    (body) => body as ProcedurePage,
  );

export const getContactDetails = (locale: Locale) =>
  cached(
    `contact:${locale}`,
    `/api/globals/contact-details?locale=${locale}&depth=0`,
    (body) => body as ContactDetails,
  );

export const getDepartments = (locale: Locale) =>
  cached(`departments:${locale}`, `/api/departments?locale=${locale}&depth=0&limit=100&sort=name`, (body) =>
    ((body as { docs: Department[] }).docs ?? []).map(({ slug, name }) => ({ slug, name })),
  );

export type SubmitResult<T> =
  { kind: 'created'; doc: T } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'unavailable' };

type PayloadError = { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] };

const refusedFields = (body: PayloadError): FieldErrors =>
  Object.fromEntries(
    (body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []).map(({ path, message }) => [
      path.split('.')[0] ?? path,
      message,
    ]),
  );

// Files a submission. The CMS checks it again with the same schema; if it still
// refuses a field, its message (in the reader's language) is shown at the field.
export const submit = async <T>(collection: string, body: unknown, locale: Locale): Promise<SubmitResult<T>> => {
  try {
    const response = await cmsFetch(`/api/${collection}?locale=${locale}&depth=0`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { doc?: T } & PayloadError;
    if (response.ok && answer.doc) return { kind: 'created', doc: answer.doc };
    const errors = refusedFields(answer);
    if (response.status === 400 && Object.keys(errors).length) return { kind: 'invalid', errors };
    console.error(`The CMS refused a ${collection} submission with ${response.status}:`, JSON.stringify(answer));
    return { kind: 'unavailable' };
  } catch (error) {
    console.error(`Could not reach the CMS to file a ${collection} submission:`, error);
    return { kind: 'unavailable' };
  }
};

export type UploadResult = { kind: 'stored'; id: number | string } | { kind: 'refused' } | { kind: 'unavailable' };

// Uploads one evidence file; the CMS checks its real type and size.
export const uploadEvidence = async (file: File): Promise<UploadResult> => {
  try {
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await cmsFetch('/api/evidence', { method: 'POST', body: form });
    if (response.ok)
      return { kind: 'stored', id: ((await response.json()) as { doc: { id: number | string } }).doc.id };
    if (response.status >= 400 && response.status < 500) return { kind: 'refused' };
    return { kind: 'unavailable' };
  } catch (error) {
    console.error('Could not upload evidence to the CMS:', error);
    return { kind: 'unavailable' };
  }
};

// The status behind a private link: undefined for an unknown token, 'unavailable' if the CMS is away.
export const getCaseStatus = async (token: string): Promise<CaseStatusView | undefined | 'unavailable'> => {
  try {
    const response = await cmsFetch(`/api/cases/status/${encodeURIComponent(token)}`);
    if (response.status === 404) return undefined;
    if (!response.ok) return 'unavailable';
    return (await response.json()) as CaseStatusView;
  } catch (error) {
    console.error('Could not load a case status from the CMS:', error);
    return 'unavailable';
  }
};
