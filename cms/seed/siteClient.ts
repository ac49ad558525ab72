import type { Payload } from 'payload';
import { cmsSettings } from '@shared/settings';

export const SITE_CLIENT_NAME = 'public-site';

// The public site files submissions with SITE_API_KEY. The key is set (or
// changed) on every start, so rotating it is one environment change on both.
export const seedSiteClient = async (payload: Payload): Promise<void> => {
  const apiKey = cmsSettings().SITE_API_KEY;
  if (!apiKey) {
    payload.logger.warn('SITE_API_KEY is not set: the public site cannot file submissions.');
    return;
  }
  const { docs } = await payload.find({
    collection: 'api-clients',
    where: { name: { equals: SITE_CLIENT_NAME } },
    limit: 1,
  });
  const data = { name: SITE_CLIENT_NAME, enableAPIKey: true, apiKey };
  if (docs[0]) await payload.update({ collection: 'api-clients', id: docs[0].id, data });
  else await payload.create({ collection: 'api-clients', data });
};
