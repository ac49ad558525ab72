import type { PayloadRequest } from 'payload';
import type { Outbox } from '../payload-types';
import { relationId } from '../utilities/relationId';
import { EVENT_TIME, SYSTEM_CHANGE } from '../workflow/applyWorkflow';
import { writeTimeline } from '../workflow/recordTimeline';

// What a message's delivery means for the record it is about. Runs once, after
// the provider accepted the message.
export const afterDelivery = async (req: PayloadRequest, message: Outbox, sentAt: string): Promise<void> => {
  const { payload } = req;
  const caseId = relationId(message.case);
  const escalationId = relationId(message.escalation);
  const feedbackId = relationId(message.feedback);

  if (message.kind === 'acknowledgement') {
    // The procedure's acknowledgement is this mail: when it went, the record is acknowledged.
    const collection = escalationId ? 'escalations' : 'cases';
    const id = escalationId ?? caseId;
    if (id !== undefined) {
      const record = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, req });
      if (record.status === 'received') {
        await payload.update({
          collection,
          id,
          data: { status: 'acknowledged' },
          overrideAccess: true,
          context: { [SYSTEM_CHANGE]: true, [EVENT_TIME]: sentAt },
          req,
        });
      }
    }
  }
  if (message.kind === 'feedbackForwarded' && feedbackId !== undefined) {
    const feedback = await payload.findByID({
      collection: 'feedback',
      id: feedbackId,
      depth: 0,
      overrideAccess: true,
      req,
    });
    if (feedback.status === 'new') {
      await payload.update({
        collection: 'feedback',
        id: feedbackId,
        data: { status: 'forwarded' },
        overrideAccess: true,
        req,
      });
    }
  }
  if (message.audience === 'customer' && caseId !== undefined) {
    // The customer's status page lists these, by the subject they received.
    await writeTimeline({
      req,
      target: {
        caseId,
        escalationId,
        channel: message.channel === 'abuse' ? 'abuse' : 'complaint',
      },
      entries: [
        {
          type: 'messageToCustomer',
          summary: message.subject,
          details: { outbox: message.id, kind: message.kind, to: message.to },
        },
      ],
    });
  }
};
