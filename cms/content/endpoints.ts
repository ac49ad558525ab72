import { cmsSettings } from '@shared/settings';
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import type { Endpoint, PayloadRequest } from 'payload';
import { defaultLocale, isLocale, type Locale } from '@shared/i18n/locales';
import type { ContentPreview, PublishedProcedure } from '@shared/types/content';
import { hasRole } from '../access/roles';
import { contentVersionEndpoint } from './version';
import { checkPreviewToken, createPreviewToken, LIVE_PREVIEW_MINUTES } from './previewToken';

// Drafts and past versions are never cached anywhere on the way.
const noStore = { 'cache-control': 'no-store' };

const localeOf = (req: PayloadRequest): Locale => {
  const asked = new URL(req.url ?? 'http://x/').searchParams.get('locale');
  return isLocale(asked) ? asked : defaultLocale;
};

const siteUrl = () => cmsSettings().SITE_URL?.replace(/\/$/, '');

// The site's preview page for a language, behind a fresh signed token.
export const sitePreviewUrl = (locale: string, minutes?: number): string | undefined => {
  const site = siteUrl();
  if (!site) return undefined;
  const token = createPreviewToken(new Date(), minutes);
  return `${site}/${isLocale(locale) ? locale : defaultLocale}/preview?token=${token}`;
};
export const liveSitePreviewUrl = (locale: string) => sitePreviewUrl(locale, LIVE_PREVIEW_MINUTES);

const htmlOf = (body: unknown): string => (body ? convertLexicalToHTML({ data: body as SerializedEditorState }) : '');

// GET /api/content/preview?locale=de: the admin's Preview button. Signs a
// link when the editor clicks (not when the admin page was drawn, which may be
// an hour ago) and sends the browser to the site's preview of the drafts.
const openPreview: Endpoint = {
  path: '/content/preview',
  method: 'get',
  handler: (req) => {
    if (!hasRole(req.user, 'editor')) return Response.json({ error: 'Forbidden' }, { status: 403, headers: noStore });
    const target = sitePreviewUrl(localeOf(req));
    if (!target) return Response.json({ error: 'SITE_URL is not set' }, { status: 503, headers: noStore });
    return new Response(null, { status: 303, headers: { ...noStore, location: target } });
  },
};

// GET /api/content/drafts?token=…&locale=de: what the site's preview page
// shows. The token is the only key: the site's own API key reads no drafts.
const draftsForPreview: Endpoint = {
  path: '/content/drafts',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? 'http://x/').searchParams.get('token') ?? '';
    const check = checkPreviewToken(token);
    if (check !== 'valid') return Response.json({ error: check }, { status: 403, headers: noStore });
    const locale = localeOf(req);
    const read = { locale, depth: 0, draft: true, overrideAccess: true, req } as const;
    const [procedure, contact] = await Promise.all([
      req.payload.findGlobal({ slug: 'procedure-page', ...read }),
      req.payload.findGlobal({ slug: 'contact-details', ...read }),
    ]);
    const preview: ContentPreview = {
      procedure: { title: procedure.title, intro: procedure.intro ?? null, bodyHtml: htmlOf(procedure.body) },
      contact: { ...contact },
    };
    return Response.json(preview, { headers: noStore });
  },
};

// GET /api/content/procedure-versions/:id?locale=de: a version of the
// procedure page that was published, as it read then. Drafts are not found.
const publishedProcedureVersion: Endpoint = {
  path: '/content/procedure-versions/:id',
  method: 'get',
  handler: async (req) => {
    const raw = String(req.routeParams?.id ?? '');
    if (!/^[\w-]{1,40}$/.test(raw)) return Response.json({ error: 'Not found' }, { status: 404, headers: noStore });
    const id = req.payload.db.defaultIDType === 'number' ? Number(raw) : raw;
    const version = await req.payload
      .findGlobalVersionByID({ slug: 'procedure-page', id, locale: localeOf(req), depth: 0, overrideAccess: true, req })
      .catch(() => undefined);
    if (!version || version.version._status !== 'published')
      return Response.json({ error: 'Not found' }, { status: 404, headers: noStore });
    const { title, intro, body } = version.version;
    const published: PublishedProcedure = {
      versionId: String(version.id),
      publishedAt: version.updatedAt,
      title,
      intro: intro ?? null,
      bodyHtml: htmlOf(body),
    };
    // A published version never changes: caches may keep it.
    return Response.json(published, { headers: { 'cache-control': 'public, max-age=3600' } });
  },
};

export const contentEndpoints: Endpoint[] = [
  openPreview,
  draftsForPreview,
  publishedProcedureVersion,
  contentVersionEndpoint,
];
