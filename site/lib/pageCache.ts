import { isLocale } from '@shared/i18n/locales';
import { siteSettings } from '@shared/settings';
import { contentFresh, contentGeneration } from './cms';

// The procedure page is the same for every reader of a language until an
// editor publishes: its HTML is kept and served again without rendering, for as
// long as the published content it was made from is fresh in the site's cache.
// When the CMS tells the site of a change (forgetPublishedContent) or the
// content expires (CONTENT_TTL_SECONDS), the next reader's visit renders anew.

type Kept = { body: string; status: number; headers: [string, string][]; expires: number };
const kept = new Map<string, Kept>();

// The procedure page of a language, asked for plainly (no query).
const cacheableLocale = (request: Request, url: URL): string | undefined => {
  if (request.method !== 'GET' || url.search) return undefined;
  const match = /^\/([a-z]{2})\/$/.exec(url.pathname);
  return match && isLocale(match[1]) ? match[1] : undefined;
};

const contentKeys = (locale: string) => [`procedure:${locale}`, `contact:${locale}`];

export const keptPage = (request: Request, url: URL): Response | undefined => {
  const locale = cacheableLocale(request, url);
  if (!locale) return undefined;
  const page = kept.get(locale);
  if (!page || page.expires <= Date.now() || !contentFresh(contentKeys(locale))) return undefined;
  return new Response(page.body, { status: page.status, headers: page.headers });
};

// `renderedAt`: contentGeneration() when the render began. A render that began
// before the content was dropped may show what was dropped: not kept, even if
// another request has loaded the new content since.
export const keepPage = async (
  request: Request,
  url: URL,
  response: Response,
  renderedAt: number,
): Promise<Response> => {
  const locale = cacheableLocale(request, url);
  if (!locale || response.status !== 200 || renderedAt !== contentGeneration() || !contentFresh(contentKeys(locale)))
    return response;
  const body = await response.text();
  const headers = [...response.headers.entries()];
  kept.set(locale, {
    body,
    status: response.status,
    headers,
    expires: Date.now() + siteSettings().CONTENT_TTL_SECONDS * 1000,
  });
  return new Response(body, { status: response.status, headers });
};
