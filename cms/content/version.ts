import { createHash } from 'node:crypto';
import type { Endpoint, Payload, PayloadRequest } from 'payload';

// What the public site shows from the CMS: these globals (only their published
// version: a draft or an autosave never touches the global's own record, only
// its versions) and the department names.
const globalsTheSiteReads = ['procedure-page', 'contact-details', 'form-choices'] as const;

// A fingerprint of the published content, cheap to compute (four small reads,
// no hooks): it changes whenever an editor publishes one of those globals or
// saves, adds or deletes a department, whichever CMS instance (or the worker,
// for a scheduled publication) made the change. Each site instance asks for it
// every few seconds (CONTENT_CHECK_SECONDS) and drops its cached content when
// it changed, so published content reaches every instance behind a load balancer.
// `req`: read inside that request's transaction (the version a save makes,
// before it is committed; hooks/notifySite.ts).
export const contentVersion = async (payload: Payload, req?: PayloadRequest): Promise<string> => {
  const [globals, departments] = await Promise.all([
    Promise.all(
      globalsTheSiteReads.map((slug) =>
        payload.db
          .findGlobal({ slug, select: { updatedAt: true }, req })
          .then((doc) => (doc as { updatedAt?: string } | null)?.updatedAt ?? null),
      ),
    ),
    payload.db.find({
      collection: 'departments',
      limit: 1,
      sort: '-updatedAt',
      select: { updatedAt: true },
      req,
    }),
  ]);
  const newestDepartment = (departments.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null;
  const fingerprint = JSON.stringify([...globals, departments.totalDocs, newestDepartment]);
  return createHash('sha256').update(fingerprint).digest('hex').slice(0, 16);
};

// GET /api/content/version: `{ "version": "…" }`. Public: an opaque hash of
// publication times says nothing the published pages do not.
export const contentVersionEndpoint: Endpoint = {
  path: '/content/version',
  method: 'get',
  handler: async (req) =>
    Response.json({ version: await contentVersion(req.payload) }, { headers: { 'cache-control': 'no-store' } }),
};
