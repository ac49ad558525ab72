import type { Locale } from '@shared/i18n/locales';
import type { FieldErrors } from '@shared/schemas/issues';
import { REPEATED_SUBMISSION_STATUS, SUBMISSION_KEY_FIELD } from '@shared/submissionKey';
import { offeredFrom, type Offered } from '@shared/schemas/offered';
import type { CaseStatusView } from '@shared/types/caseStatus';
import type { ContentPreview, PublishedProcedure } from '@shared/types/content';
import { siteSettings } from '@shared/settings';

// The only module that talks to the CMS. Published content is cached so a busy
// site does not ask the CMS on every page view. It is dropped when the CMS
// tells this instance of a publication (/internal/content-changed), when the
// CMS's content version changed (asked at most every CONTENT_CHECK_SECONDS, so
// every instance behind a load balancer follows within that time), and after
// CONTENT_TTL_SECONDS in any case.

const cmsUrl = () => siteSettings().CMS_URL.replace(/\/$/, '');
const ttlMs = () => siteSettings().CONTENT_TTL_SECONDS * 1000;
const timeoutMs = 15_000;

// The site acts as the CMS's `public-site` API client.
export const siteApiKey = () => siteSettings().SITE_API_KEY ?? '';
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
// Counts the drops: content fetched before a drop and arriving after it is
// not kept (it may predate the publication that caused the drop).
let generation = 0;

// Which drop the content cache is at: a page rendered across a drop may show
// content from before it and is not kept (site/lib/pageCache.ts).
export const contentGeneration = (): number => generation;

export const forgetPublishedContent = (): void => {
  generation += 1;
  cache.clear();
};

// The CMS's fingerprint of the published content (cms/content/version.ts), as
// last seen, and when it was last asked. `awaited`: the version the CMS told
// this instance of (/internal/content-changed), until this instance sees it.
const versionCheck = {
  known: undefined as string | undefined,
  at: 0,
  pending: undefined as Promise<void> | undefined,
  awaited: undefined as { version: string; until: number } | undefined,
};

// How long a told version is awaited at most (a later publication may have
// replaced it before this instance asked).
const AWAIT_TOLD_MS = 30_000;

const askContentVersion = async (): Promise<void> => {
  try {
    const response = await fetch(`${cmsUrl()}/api/content/version`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`CMS answered ${response.status}`);
    const { version } = (await response.json()) as { version: string };
    // The first answer drops what was loaded before it too: nothing says it is current.
    if (version !== versionCheck.known) forgetPublishedContent();
    versionCheck.known = version;
  } catch (error) {
    // The CMS is away: keep serving what is cached (as the content cache does).
    console.error('Could not ask the CMS for its content version:', String(error));
  } finally {
    versionCheck.at = Date.now();
    versionCheck.pending = undefined;
  }
};

// Called before a request is answered (site/middleware.ts): when the last
// check is older than CONTENT_CHECK_SECONDS, asks the CMS (one question at a
// time, shared by the requests that wait for it). So a page never shows
// content older than the version seen at most that many seconds ago.
export const contentVersionDue = (): boolean => {
  const { awaited } = versionCheck;
  if (awaited && awaited.version !== versionCheck.known && awaited.until > Date.now()) return true;
  versionCheck.awaited = undefined;
  const everyMs = siteSettings().CONTENT_CHECK_SECONDS * 1000;
  return everyMs !== 0 && Date.now() - versionCheck.at >= everyMs;
};

// The CMS tells of a publication from the save that makes it (an afterChange
// hook), which on a database with transactions runs before the save is
// committed: content asked for at once may still be the old one. So the
// content is dropped now (right when the save is already visible, as on
// SQLite), and this instance asks the CMS's version on every request until
// it sees the version it was told of, and drops the content again then.
export const contentChanged = (version: string | undefined): void => {
  forgetPublishedContent();
  if (version && version !== versionCheck.known) versionCheck.awaited = { version, until: Date.now() + AWAIT_TOLD_MS };
};

export const followContentVersion = async (): Promise<void> => {
  if (!contentVersionDue()) return;
  versionCheck.pending ??= askContentVersion();
  await versionCheck.pending;
};

// Whether the published content a page in this language shows is loaded and
// still fresh: only then may the page's HTML be kept (site/lib/pageCache.ts),
// never a page rendered while the CMS was away.
export const contentFresh = (keys: readonly string[]): boolean =>
  keys.every((key) => (cache.get(key)?.expires ?? 0) > Date.now());

// Answers come uncompressed: the CMS sits beside the site (same host or
// network), where gzip saves no time worth having and costs both processes CPU
// on every filed form (Next compresses, the site inflates).
const cmsFetch = (path: string, init: RequestInit = {}) =>
  fetch(`${cmsUrl()}${path}`, {
    ...init,
    headers: { authorization: siteAuthorization(), 'accept-encoding': 'identity', ...init.headers },
    signal: AbortSignal.timeout(timeoutMs),
  });

const cached = async <T>(key: string, path: string, pick: (body: unknown) => T): Promise<T | undefined> => {
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  const asked = generation;
  try {
    const response = await cmsFetch(path);
    if (!response.ok) throw new Error(`CMS answered ${response.status}`);
    const value = pick(await response.json());
    if (asked === generation) cache.set(key, { expires: Date.now() + ttlMs(), value });
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

// What the forms offer and the words editors gave them in this language. Read
// without Payload's language fallback: a label not overridden in this language
// comes from the site's own translation file, which has every language.
export type FormChoices = {
  offered: Offered;
  // UI key -> the editor's text, e.g. "complaint.topic.billing" -> "Invoices".
  labels: Record<string, string>;
  // Help texts under a choice list, per field: "complaint.topic" -> [[label key, text]].
  helps: Record<string, [string, string][]>;
};

type StoredChoice = { offered?: boolean | null; label?: string | null; help?: string | null } | null;
type StoredChoices = {
  complaintTopics?: Record<string, StoredChoice> | null;
  abuseCategories?: Record<string, StoredChoice> | null;
  labels?: { key?: string | null; text?: string | null }[] | null;
};

export const formChoicesFrom = (stored: StoredChoices | undefined): FormChoices => {
  const offered = offeredFrom(stored as Parameters<typeof offeredFrom>[0]);
  const labels: Record<string, string> = {};
  const helps: Record<string, [string, string][]> = {};
  const groups = [
    ['complaint.topic', stored?.complaintTopics, offered.complaintTopics],
    ['abuse.category', stored?.abuseCategories, offered.abuseCategories],
  ] as const;
  for (const [prefix, choices, offeredValues] of groups) {
    for (const value of offeredValues) {
      const choice = choices?.[value];
      if (choice?.label?.trim()) labels[`${prefix}.${value}`] = choice.label.trim();
      if (choice?.help?.trim()) (helps[prefix] ??= []).push([`${prefix}.${value}`, choice.help.trim()]);
    }
  }
  for (const { key, text } of stored?.labels ?? []) {
    if (key && text?.trim()) labels[key] = text.trim();
  }
  return { offered, labels, helps };
};

export const getFormChoices = async (locale: Locale): Promise<FormChoices> =>
  formChoicesFrom(
    await cached(
      `form-choices:${locale}`,
      `/api/globals/form-choices?locale=${locale}&fallback-locale=none&depth=0`,
      (body) => body as StoredChoices,
    ),
  );

export type SubmitResult<T> =
  { kind: 'created'; doc: T } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'unavailable' };

type PayloadError = {
  errors?: { message?: string; data?: { doc?: unknown; errors?: { path: string; message: string }[] } }[];
};

const refusedFields = (body: PayloadError): FieldErrors =>
  Object.fromEntries(
    (body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []).map(({ path, message }) => [
      path.split('.')[0] ?? path,
      message,
    ]),
  );

// How often, and how long apart, a submission is sent again when the CMS gave
// no answer (timeout, connection lost, server error). Safe because the form's
// submission key makes the CMS store it once and answer a repeat with the
// first record (409 with that record).
const SUBMIT_ATTEMPTS = 3;
const RETRY_PAUSE_MS = 1_000;

type Attempt<T> = SubmitResult<T> | { kind: 'retry'; reason: string };

const submitOnce = async <T>(collection: string, body: unknown, locale: Locale): Promise<Attempt<T>> => {
  let response: Response;
  try {
    response = await cmsFetch(`/api/${collection}?locale=${locale}&depth=0`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { kind: 'retry', reason: `could not reach the CMS: ${String(error)}` };
  }
  // The answer may be cut off by the timeout after the CMS stored the form: ask again.
  const answer = (await response.json().catch(() => undefined)) as ({ doc?: T } & PayloadError) | undefined;
  if (!answer) return { kind: 'retry', reason: `the CMS's answer (${response.status}) could not be read` };
  if (response.ok && answer.doc) return { kind: 'created', doc: answer.doc };
  const first = answer.errors?.[0]?.data?.doc;
  if (response.status === REPEATED_SUBMISSION_STATUS && first) return { kind: 'created', doc: first as T };
  const errors = refusedFields(answer);
  // Two copies of one form arrived together: the other one was stored first.
  if (SUBMISSION_KEY_FIELD in errors) return { kind: 'retry', reason: 'the same form is being stored' };
  if (response.status === 400 && Object.keys(errors).length) return { kind: 'invalid', errors };
  if (response.status >= 500) return { kind: 'retry', reason: `the CMS answered ${response.status}` };
  console.error(`The CMS refused a ${collection} submission with ${response.status}:`, JSON.stringify(answer));
  return { kind: 'unavailable' };
};

// Files a submission. The CMS checks it again with the same schema; if it still
// refuses a field, its message (in the reader's language) is shown at the field.
export const submit = async <T>(collection: string, body: unknown, locale: Locale): Promise<SubmitResult<T>> => {
  for (let attempt = 1; ; attempt += 1) {
    const result = await submitOnce<T>(collection, body, locale);
    if (result.kind !== 'retry') return result;
    if (attempt === SUBMIT_ATTEMPTS) {
      console.error(`Could not file a ${collection} submission after ${attempt} attempts: ${result.reason}`);
      return { kind: 'unavailable' };
    }
    console.warn(`Sending a ${collection} submission again: ${result.reason}`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS * attempt));
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

export type StatusReplyResult =
  { kind: 'done' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'notFound' } | { kind: 'unavailable' };

// The customer's message from their status page (cms/collections/Cases/endpoints/statusReply.ts).
// The submission key makes a repeat harmless, so a lost answer is asked again once.
export const postStatusReply = async (
  token: string,
  body: { message: string; language: Locale; submissionKey: string },
): Promise<StatusReplyResult> => {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      const response = await cmsFetch(`/api/cases/status/${encodeURIComponent(token)}/reply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.ok) return { kind: 'done' };
      if (response.status === 404) return { kind: 'notFound' };
      const answer = (await response.json().catch(() => ({}))) as { errors?: FieldErrors };
      if (response.status === 400 && answer.errors) return { kind: 'invalid', errors: answer.errors };
      if (response.status < 500) return { kind: 'unavailable' };
    } catch (error) {
      console.error('Could not send a status-page message to the CMS:', error);
    }
  }
  return { kind: 'unavailable' };
};

export type PreviewResult =
  | { kind: 'shown'; procedure: ProcedurePage; contact: ContactDetails }
  | { kind: 'expired' | 'invalid' | 'unavailable' };

// The drafts behind a signed preview link (cms/content/endpoints.ts). The CMS
// checks the token; nothing here is cached, so each view shows the latest draft.
export const getPreview = async (token: string, locale: Locale): Promise<PreviewResult> => {
  try {
    const response = await cmsFetch(`/api/content/drafts?locale=${locale}&token=${encodeURIComponent(token)}`);
    if (response.status === 403) {
      const { error } = (await response.json().catch(() => ({}))) as { error?: string };
      return { kind: error === 'expired' ? 'expired' : 'invalid' };
    }
    if (!response.ok) return { kind: 'unavailable' };
    const preview = (await response.json()) as ContentPreview;
    return { kind: 'shown', procedure: preview.procedure, contact: preview.contact as ContactDetails };
  } catch (error) {
    console.error('Could not load a preview from the CMS:', error);
    return { kind: 'unavailable' };
  }
};

// A version of the procedure that was published (the one a complaint was filed
// under): undefined if none was published with that id, 'unavailable' if the
// CMS is away. Rarely read, so not cached.
export const getPublishedProcedure = async (
  versionId: string,
  locale: Locale,
): Promise<PublishedProcedure | undefined | 'unavailable'> => {
  if (!/^[\w-]{1,40}$/.test(versionId)) return undefined;
  try {
    const response = await cmsFetch(`/api/content/procedure-versions/${versionId}?locale=${locale}`);
    if (response.status === 404) return undefined;
    if (!response.ok) return 'unavailable';
    return (await response.json()) as PublishedProcedure;
  } catch (error) {
    console.error('Could not load a past procedure from the CMS:', error);
    return 'unavailable';
  }
};
