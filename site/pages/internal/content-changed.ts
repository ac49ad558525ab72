import type { APIRoute } from 'astro';
import { timingSafeEqual } from 'node:crypto';
import { contentChanged, siteApiKey } from '../../lib/cms';

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && expected.length > 0 && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

// What the CMS sends: the content version its publication makes (lib/cms.ts
// contentChanged waits for it to be committed).
const toldVersion = async (request: Request): Promise<string | undefined> => {
  try {
    const { version } = (await request.json()) as { version?: unknown };
    return typeof version === 'string' && version.length <= 64 ? version : undefined;
  } catch {
    return undefined;
  }
};

// The CMS calls this when an editor publishes, so the next page view shows the
// change at once instead of after the cache expires. Authenticated with the
// key the site and the CMS share.
export const POST: APIRoute = async ({ request }) => {
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  if (!sameSecret(given, siteApiKey())) return new Response(null, { status: 403 });
  contentChanged(await toldVersion(request));
  return new Response(null, { status: 204 });
};
