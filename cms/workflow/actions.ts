import { APIError, Locked, ValidationError, type Endpoint, type PayloadRequest } from 'payload';
import { z } from 'zod';
import { endOfBerlinDay } from '@shared/calendar/days';
import { isStaff } from '../access/roles';
import { deskTranslate } from '../i18n/desk';

// The desk's one-click steps. Each is a single save of the record, so the hooks
// compose the customer's mail into the outbox, move the status and set the next
// deadline together, in one transaction: it happens completely or not at all.
// A refusal names what is missing, in the words of the panel staff filled in.
const filledIn = (message: string) => z.string({ error: message }).trim().min(1, message);

const actionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('acknowledge') }),
    z.object({ action: z.literal('startWork') }),
    z.object({
      action: z.literal('extend'),
      expectedAnswerAt: filledIn('Choose the new expected answer date.'),
      reason: filledIn('Say why the investigation needs longer: the customer is told this reason.'),
      lateReason: z.string().optional(),
    }),
    z.object({ action: z.literal('answer'), answer: filledIn('Write the answer to the customer.') }),
    z.object({
      action: z.literal('closeAsDuplicate'),
      original: filledIn('Enter the number of the original case, e.g. C-2026-000123.'),
    }),
  ],
  { error: 'Unknown action: choose one of the buttons at the top of the case.' },
);

export type WorkflowAction = z.infer<typeof actionSchema>;

// A duplicate is closed with a link to its original, found by its number as
// the staff member may see it.
const duplicateChange = async (req: PayloadRequest, id: string, original: string) => {
  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { caseNumber: { equals: original.trim().toUpperCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  });
  const found = docs[0];
  if (!found) throw new APIError(`No case ${original.trim()} that you may see.`, 400, undefined, true);
  if (String(found.id) === id) throw new APIError('A case cannot be a duplicate of itself.', 400, undefined, true);
  if (found.duplicateOf) {
    throw new APIError(
      `${found.caseNumber} is itself a duplicate: link to its original instead.`,
      400,
      undefined,
      true,
    );
  }
  return {
    status: 'closed',
    closeReason: 'duplicate',
    closeNote: `Duplicate of ${found.caseNumber}.`,
    duplicateOf: found.id,
  };
};

const changeFor = (input: Exclude<WorkflowAction, { action: 'closeAsDuplicate' }>): Record<string, unknown> => {
  switch (input.action) {
    case 'acknowledge':
      return { status: 'acknowledged' };
    case 'startWork':
      return { status: 'inProgress' };
    case 'extend':
      return {
        extension: {
          // A day from the date picker means the end of that day in Berlin, like every deadline.
          expectedAnswerAt: /^\d{4}-\d{2}-\d{2}$/.test(input.expectedAnswerAt)
            ? endOfBerlinDay(input.expectedAnswerAt).toISOString()
            : new Date(input.expectedAnswerAt).toISOString(),
          reason: input.reason,
          lateReason: input.lateReason,
        },
      };
    case 'answer':
      return { status: 'answered', answer: input.answer };
  }
};

// POST /api/<cases|escalations>/:id/actions — as the signed-in staff member,
// with their access rules: nobody does through an action what they could not
// do in the form.
export const workflowActionsEndpoint = (collection: 'cases' | 'escalations'): Endpoint => ({
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ errors: [{ message: 'Sign in as staff.' }] }, { status: 403 });
    const parsed = actionSchema.safeParse(await req.json?.().catch(() => null));
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') }));
      return Response.json({ errors }, { status: 400 });
    }
    try {
      const id = String(req.routeParams?.id);
      const input = parsed.data;
      if (input.action === 'closeAsDuplicate' && collection !== 'cases') {
        return Response.json({ errors: [{ message: 'Only cases are closed as duplicates.' }] }, { status: 400 });
      }
      const data =
        input.action === 'closeAsDuplicate' ? await duplicateChange(req, id, input.original) : changeFor(input);
      const doc = await req.payload.update({
        collection,
        id,
        data: data as never,
        user: req.user,
        overrideAccess: false,
        // A colleague who has the record open holds it (Payload's document
        // locking): two people never answer one case at once.
        overrideLock: false,
        req,
      });
      return Response.json({ id: doc.id, status: doc.status });
    } catch (error) {
      if (error instanceof ValidationError) {
        return Response.json({ errors: error.data.errors }, { status: 400 });
      }
      if (error instanceof Locked) {
        const message = deskTranslate(req.t as never)('lockedByColleague');
        return Response.json({ errors: [{ message }] }, { status: 423 });
      }
      if (error instanceof APIError)
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status });
      throw error;
    }
  },
});
