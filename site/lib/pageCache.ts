import { isLocale } from '@shared/i18n/locales';
import { siteSettings } from '@shared/settings';
import { contentFresh, contentGeneration, contentVersionDue } from './cms';

// The procedure page is the same for every reader of a language until an
// editor publishes: its HTML is kept, with the headers the middleware gave it,
// and served again without rendering, for as long as the published content it
// was made from is the content in the site's cache: same drop (generation) and
// still fresh. When the CMS tells the site of a change (forgetPublishedContent)
// or the content expires (CONTENT_TTL_SECONDS), the next reader's visit renders anew.

// `generation`: the content drop the page was rendered in. A page from before a
// drop is never served again, even once the content is loaded anew: the new
// content may differ from what the page shows (the scale-out test found a page
// kept before a publication served for minutes after it, because a render
// that was not kept had loaded the new content).
export type KeptPage = {
  body: Buffer;
  status: number;
  headers: [string, string][];
  expires: number;
  generation: number;
};
const kept = new Map<string, KeptPage>();

// The procedure page of a language, asked for plainly (no query).
const cacheableLocale = (method: string, pathname: string, search: string): string | undefined => {
  if (method !== 'GET' || search) return undefined;
  const match = /^\/([a-z]{2})\/$/.exec(pathname);
  return match && isLocale(match[1]) ? match[1] : undefined;
};

const contentKeys = (locale: string) => [`procedure:${locale}`, `contact:${locale}`];

const freshPage = (method: string, pathname: string, search: string): KeptPage | undefined => {
  const locale = cacheableLocale(method, pathname, search);
  if (!locale) return undefined;
  const page = kept.get(locale);
  return page &&
    page.generation === contentGeneration() &&
    page.expires > Date.now() &&
    contentFresh(contentKeys(locale))
    ? page
    : undefined;
};

export const keptPage = (request: Request, url: URL): Response | undefined => {
  const page = freshPage(request.method, url.pathname, url.search);
  return page && new Response(new Uint8Array(page.body), { status: page.status, headers: page.headers });
};

// `response` as the reader gets it (the middleware's headers included).
// `renderedAt`: contentGeneration() when the render began. A render that began
// before the content was dropped may show what was dropped: not kept, even if
// another request has loaded the new content since. Astro streams the page: its
// components load content (the contact details in the footer) while the body
// is read, so the checks come after the whole body is rendered.
export const keepPage = async (
  request: Request,
  url: URL,
  response: Response,
  renderedAt: number,
): Promise<Response> => {
  const locale = cacheableLocale(request.method, url.pathname, url.search);
  if (!locale || response.status !== 200) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers.entries()];
  if (renderedAt === contentGeneration() && contentFresh(contentKeys(locale))) {
    kept.set(locale, {
      body,
      status: response.status,
      headers,
      expires: Date.now() + siteSettings().CONTENT_TTL_SECONDS * 1000,
      generation: renderedAt,
    });
  }
  return new Response(new Uint8Array(body), { status: response.status, headers });
};

// The site's own server (site/server.mjs) answers a kept page before Astro's
// request pipeline (no Request and Headers objects, no middleware, no web
// stream): the profile of the procedure page showed that pipeline, and the
// adapter's static-file look-up before it, as most of the site's time. The
// server finds this function on globalThis, as the Astro bundle and the server
// are separate modules; until the first render nothing is kept and Astro answers.
export type KeptPageLookup = (method: string, rawUrl: string) => KeptPage | undefined;
// When this instance is due to ask the CMS's content version (another
// instance may have published), the request goes through the middleware, which
// asks before answering.
const lookup: KeptPageLookup = (method, rawUrl) => {
  if (contentVersionDue()) return undefined;
  const query = rawUrl.indexOf('?');
  return query >= 0 ? freshPage(method, rawUrl, 'query') : freshPage(method, rawUrl, '');
};
(globalThis as Record<symbol, unknown>)[Symbol.for('complaints-desk.keptPage')] = lookup;
