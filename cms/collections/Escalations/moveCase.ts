import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import { systemChange, workflowChanges } from '../../hooks/context';
import { relationId } from '../../utilities/relationId';

// The case follows its escalation: escalated when one is filed (the intake's
// last step), closed when the final answer has gone out. Both in the same
// transaction as the escalation.
export const moveEscalatedCase = async (
  req: PayloadRequest,
  caseId: number | string,
  to: 'escalated' | 'closed',
): Promise<void> => {
  await req.payload.update({
    collection: 'cases',
    id: caseId,
    data: to === 'closed' ? { status: 'closed', closeReason: 'finalAnswer' } : { status: 'escalated' },
    overrideAccess: true,
    req,
    context: systemChange.with({}),
  });
};

export const closeCaseOnFinalAnswer: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation === 'update' && workflowChanges.get(context)?.statusChange?.to === 'answered') {
    await moveEscalatedCase(req, relationId(doc.case) as number, 'closed');
  }
  return doc;
};
