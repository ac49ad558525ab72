import type { CollectionAfterChangeHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { contentVersion } from '../content/version';
import { cmsSettings } from '@shared/settings';

// When an editor publishes, tell the public site to drop its cached copy so the
// change shows on the next page view. If the site cannot be reached, its cache
// runs out by itself (CONTENT_TTL_SECONDS); the editor's save never fails.
// This runs inside the save (afterChange), which on a MongoDB replica set is
// not committed yet: the site may read the old content if it asks at once. So
// the site is told the content version this save makes (read in its
// transaction), and asks again until the CMS answers that version
// (site/lib/cms.ts contentChanged).
const notify = async (req: PayloadRequest) => {
  const { SITE_URL: siteUrl, SITE_API_KEY: key } = cmsSettings();
  if (!siteUrl || !key) return;
  try {
    const version = await contentVersion(req.payload, req);
    await fetch(`${siteUrl.replace(/\/$/, '')}/internal/content-changed`, {
      method: 'POST',
      // A JSON body: Astro refuses cross-site form-like POSTs (no content type) by their Origin.
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version }),
      signal: AbortSignal.timeout(5_000),
    });
  } catch (error) {
    req.payload.logger.warn(`Could not tell the site about changed content: ${String(error)}`);
  }
};

// Seeding writes content before the site runs: nothing to tell it then.
export const SEEDING = 'seeding';

// A draft (autosaved as the editor types) changes nothing readers see.
export const notifySiteOfGlobal: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SEEDING] && (doc as { _status?: string })._status !== 'draft') await notify(req);
  return doc;
};

export const notifySiteOfCollection: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SEEDING] && (doc as { _status?: string })._status !== 'draft') await notify(req);
  return doc;
};
