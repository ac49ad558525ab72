import type { MiddlewareHandler } from 'astro';
import { siteSettings } from '@shared/settings';
import { contentGeneration, followContentVersion } from './lib/cms';
import { keepPage, keptPage } from './lib/pageCache';
import { cmsPublicOrigin, isPreviewPath } from './lib/preview';

// Bad settings stop the site when it loads, with a message naming the variable.
siteSettings();

// Every page the site renders tells the browser what it may load: only this
// site's own scripts (no inline script runs), no framing, no sniffing. Styles
// may be inline: Astro inlines small stylesheets. The favicon is a data: URL.
const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// The preview page may be framed by the admin (its live preview beside the
// editor), and by nothing else.
const framedByAdmin = (headers: Headers) => {
  const origin = cmsPublicOrigin();
  const policy = headers.get('Content-Security-Policy') ?? '';
  headers.set('Content-Security-Policy', policy.replace("frame-ancestors 'none'", `frame-ancestors ${origin}`));
  headers.delete('X-Frame-Options');
};

export const onRequest: MiddlewareHandler = async ({ request, url }, next) => {
  // Another CMS instance (or the worker) may have published: drop what changed.
  await followContentVersion();
  // A kept page already carries the headers below.
  const kept = keptPage(request, url);
  if (kept) return kept;
  const renderedAt = contentGeneration();
  const rendered = await next();
  // A redirect's headers can be immutable; a copy takes the extra headers.
  const response = new Response(rendered.body, rendered);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  if (isPreviewPath(url.pathname) && cmsPublicOrigin()) framedByAdmin(response.headers);
  // Pages that set their own (the status page's stricter one) keep it.
  if (!response.headers.has('Referrer-Policy')) response.headers.set('Referrer-Policy', 'same-origin');
  return keepPage(request, url, response, renderedAt);
};
