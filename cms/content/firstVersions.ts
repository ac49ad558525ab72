import { saveVersion, type Payload } from 'payload';

// Content written before drafts existed has no version in the history, so no
// case could point at the procedure it was filed under. Once, at start-up, the
// live text of each versioned global becomes its first published version.
// A fresh database gets its versions from the seed (each save publishes).
export const recordFirstVersions = async (payload: Payload): Promise<void> => {
  for (const global of payload.config.globals) {
    if (!global.versions?.drafts) continue;
    const { totalDocs } = await payload.countGlobalVersions({ global: global.slug, overrideAccess: true });
    if (totalDocs > 0) continue;
    const current = await payload.findGlobal({ slug: global.slug, locale: 'all', depth: 0, overrideAccess: true });
    if (!current.updatedAt) continue;
    await saveVersion({
      global,
      payload,
      docWithLocales: { ...current, _status: 'published' },
      operation: 'update',
      returning: false,
    });
    payload.logger.info(`Recorded the live ${global.slug} as its first published version.`);
  }
};
