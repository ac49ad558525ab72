import { saveVersion, type Payload } from 'payload';
import { SEEDING } from '../hooks/notifySite';

// Content written before drafts existed has no version in the history, so no
// case could point at the procedure it was filed under. Once, at start-up, the
// live text of each versioned global becomes its first published version.
// A fresh database gets its versions from the seed (each save publishes).
const recordFirstGlobalVersions = async (payload: Payload): Promise<void> => {
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

// The same for documents of a collection that got drafts later (departments):
// a document without any version was written before, and is what readers saw.
// Publishing it as it is (Payload's update) marks it published and records the
// version; nothing changes for readers, so the site is not told.
const recordFirstDocumentVersions = async (payload: Payload): Promise<void> => {
  for (const collection of payload.config.collections) {
    if (!collection.versions?.drafts) continue;
    const slug = collection.slug as 'departments';
    const { docs } = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true });
    if (docs.length === 0) continue;
    const { docs: versions } = await payload.findVersions({
      collection: slug,
      where: { parent: { in: docs.map((doc) => doc.id) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    });
    const versioned = new Set(versions.map((version) => String(version.parent)));
    for (const doc of docs.filter((found) => !versioned.has(String(found.id)))) {
      try {
        await payload.update({
          collection: slug,
          id: doc.id,
          data: { _status: 'published' },
          context: { [SEEDING]: true },
          overrideAccess: true,
        });
        payload.logger.info(`Recorded ${slug} ${doc.id} as its first published version.`);
      } catch (error) {
        // Start anyway: the document still reaches readers (no status counts as published).
        payload.logger.warn(`Could not record ${slug} ${doc.id} as published: ${String(error)}`);
      }
    }
  }
};

export const recordFirstVersions = async (payload: Payload): Promise<void> => {
  await recordFirstGlobalVersions(payload);
  await recordFirstDocumentVersions(payload);
};
