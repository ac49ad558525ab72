import { NextResponse, type NextRequest } from 'next/server';
import { cmsSettings } from '@shared/settings';

// The admin's Content-Security-Policy. Next writes its hydration data as inline
// scripts; a fresh nonce per request lets exactly those run (Next reads the
// nonce from the policy on the request and puts it on its own scripts), and
// 'strict-dynamic' lets them load the bundles they need. Anything injected
// into a page has no nonce and does not run. Styles stay open to inline use:
// Payload's components set style attributes throughout.
// The live preview frames the public site's preview page (cms/content/previewConfig.ts).
const siteOrigin = () => {
  try {
    const { SITE_URL } = cmsSettings();
    return SITE_URL ? new URL(SITE_URL).origin : '';
  } catch {
    return '';
  }
};

const policy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The outbox preview is an <iframe srcdoc> (about:srcdoc, not a fetch);
    // the live preview frames the public site; nothing else is framed.
    `frame-src 'self' ${siteOrigin()}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = policy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

// Admin pages only: the API answers JSON, whose framing and sniffing rules come
// from next.config.mjs; static files carry no scripts of their own.
export const config = {
  matcher: [{ source: '/admin/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
