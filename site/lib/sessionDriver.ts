import fsLite from 'unstorage/drivers/fs-lite';
import mongodb from 'unstorage/drivers/mongodb';
import { siteSettings } from '@shared/settings';

// Where a reader's session lives (astro.config.mjs names this module). The
// session carries the confirmation from the form's POST to the page it
// redirects to, which behind a load balancer may be another site instance:
// with SITE_MONGODB_URI every instance keeps sessions in one MongoDB
// collection (`site-sessions`, unstorage's MongoDB driver); otherwise on this
// machine's disk, as the Node adapter does by default. Chosen when the site
// starts, not when it is built, so one build serves both.
export const SESSION_COLLECTION = 'site-sessions';

export default (config: { base: string }) => {
  const uri = siteSettings().SITE_MONGODB_URI;
  if (!uri) return fsLite({ base: config.base });
  // The database the address names (unstorage would otherwise pick its own).
  const databaseName = decodeURIComponent(new URL(uri).pathname.slice(1)) || undefined;
  return mongodb({
    connectionString: uri,
    databaseName,
    collectionName: SESSION_COLLECTION,
    clientOptions: { serverSelectionTimeoutMS: 5_000 },
  });
};
