import type { APIRoute } from 'astro';
import { timingSafeEqual } from 'node:crypto';
import { forgetPublishedContent, siteApiKey } from '../../lib/cms';

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && expected.length > 0 && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

// The CMS calls this when an editor publishes, so the next page view shows the
// change at once instead of after the cache expires. Authenticated with the
// key the site and the CMS share.
export const POST: APIRoute = ({ request }) => {
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  if (!sameSecret(given, siteApiKey())) return new Response(null, { status: 403 });
  forgetPublishedContent();
  return new Response(null, { status: 204 });
};
