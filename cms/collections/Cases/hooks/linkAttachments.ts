import type { CollectionAfterChangeHook } from 'payload';
import { relationId } from '../../../utilities/relationId';

// Evidence is uploaded just before the report that cites it; once the report
// exists, each file points back to its case (and so to who may read it).
export const linkAttachments: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const attachments = (doc.abuse?.attachments ?? []) as unknown[];
  if (operation !== 'create' || attachments.length === 0) return doc;
  const ids = attachments.map(relationId).filter((id) => id !== undefined);
  await req.payload.update({
    collection: 'evidence',
    where: { id: { in: ids } },
    data: { case: doc.id },
    req,
  });
  return doc;
};
