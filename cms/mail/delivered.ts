import type { PayloadRequest } from 'payload';
import type { Outbox } from '../payload-types';
import { relationId } from '../utilities/relationId';
import { systemChange } from '../hooks/context';
import { writeTimeline } from '../workflow/recordTimeline';

// The procedure's acknowledgement is this mail: when it went, a record still
// "received" becomes "acknowledged", at the moment of delivery. If staff moved it
// on meanwhile, their step stands.
const acknowledge = async (
  req: PayloadRequest,
  collection: 'cases' | 'escalations',
  id: number,
  sentAt: string,
): Promise<void> => {
  const record = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req });
  if (record.status !== 'received') return;
  await req.payload
    .update({
      collection,
      id,
      data: { status: 'acknowledged' },
      overrideAccess: true,
      context: systemChange.with({ eventTime: sentAt }),
      req,
    })
    .catch(async (error: unknown) => {
      // Staff moved it on between the read and this save: their step stands.
      const now = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req });
      if (now.status === 'received') throw error;
    });
};

const markForwarded = async (req: PayloadRequest, id: number): Promise<void> => {
  const feedback = await req.payload.findByID({ collection: 'feedback', id, depth: 0, overrideAccess: true, req });
  if (feedback.status !== 'new') return;
  await req.payload.update({ collection: 'feedback', id, data: { status: 'forwarded' }, overrideAccess: true, req });
};

// What a message's delivery means for the record it is about. Runs once, after
// the provider accepted the message.
export const afterDelivery = async (req: PayloadRequest, message: Outbox, sentAt: string): Promise<void> => {
  const caseId = relationId(message.case) as number | undefined;
  const escalationId = relationId(message.escalation) as number | undefined;
  const feedbackId = relationId(message.feedback) as number | undefined;

  if (message.audience === 'customer' && caseId !== undefined) {
    // The customer's status page lists these, by the subject they received.
    await writeTimeline({
      req,
      target: { caseId, escalationId, channel: message.channel === 'abuse' ? 'abuse' : 'complaint' },
      entries: [
        {
          type: 'messageToCustomer',
          summary: message.subject,
          details: { outbox: message.id, kind: message.kind, to: message.to },
        },
      ],
    });
  }
  if (message.kind === 'acknowledgement') {
    if (escalationId !== undefined) await acknowledge(req, 'escalations', escalationId, sentAt);
    else if (caseId !== undefined) await acknowledge(req, 'cases', caseId, sentAt);
  }
  if (message.kind === 'feedbackForwarded' && feedbackId !== undefined) await markForwarded(req, feedbackId);
  if (message.channel === 'account') await forgetPasswordLink(req, message);
};

// Once an invitation or reset mail is delivered, the outbox keeps it without its
// link: whoever reads the outbox later cannot choose a colleague's password.
// (Not delivered, e.g. with no provider configured, an admin can still pass the
// link on by hand.)
const forgetPasswordLink = async (req: PayloadRequest, message: Outbox): Promise<void> => {
  const redact = (text: string | null | undefined) => (text ?? '').replace(/(\/reset\/)[0-9a-f]+/g, '$1…');
  await req.payload.update({
    collection: 'outbox',
    id: message.id,
    data: { html: redact(message.html), text: redact(message.text) },
    overrideAccess: true,
    req,
  });
};
