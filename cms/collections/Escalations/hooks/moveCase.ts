import type { CollectionAfterChangeHook } from 'payload';
import { SYSTEM_CHANGE } from '../../../workflow/applyWorkflow';
import type { WorkflowChanges } from '../../../workflow/types';
import { relationId } from '../../../utilities/relationId';

// The case follows its escalation: escalated when one is filed, closed when the
// final answer has gone out. Both in the same transaction as the escalation.
export const moveCase: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  const changes = (context.workflow ?? {}) as WorkflowChanges;
  const toStatus =
    operation === 'create' ? 'escalated' : changes.statusChange?.to === 'answered' ? 'closed' : undefined;
  if (!toStatus) return doc;
  await req.payload.update({
    collection: 'cases',
    id: relationId(doc.case) as number,
    data: toStatus === 'closed' ? { status: 'closed', closeReason: 'finalAnswer' } : { status: 'escalated' },
    overrideAccess: true,
    req,
    context: { [SYSTEM_CHANGE]: true },
  });
  return doc;
};
