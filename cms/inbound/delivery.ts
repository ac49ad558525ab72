import type { PayloadRequest } from 'payload';
import { relationId } from '../utilities/relationId';
import { writeTimeline } from '../workflow/recordTimeline';

const deliveryEvents = {
  'email.delivered': 'delivered',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
} as const;
type DeliveryEventType = keyof typeof deliveryEvents;

export const isDeliveryEvent = (type: unknown): type is DeliveryEventType =>
  typeof type === 'string' && type in deliveryEvents;

type EventData = { email_id: string; bounce?: { message?: string; type?: string; subType?: string } };

// What the provider learnt after sending: the outbox row says so, and a mail to
// a customer that bounced or was marked as spam shows on its case, so staff know
// the customer did not get it (and reach them another way).
export const deliveryEvent = async (
  req: PayloadRequest,
  type: DeliveryEventType,
  data: EventData,
): Promise<{ outbox?: number; delivery: string }> => {
  const delivery = deliveryEvents[type];
  const { docs } = await req.payload.find({
    collection: 'outbox',
    where: { providerMessageId: { equals: data.email_id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const message = docs[0];
  if (!message) return { delivery };
  // The same event delivered again changes nothing.
  if (message.delivery === delivery) return { outbox: message.id, delivery };
  // A later "delivered" never hides an earlier bounce of the same message.
  if (delivery === 'delivered' && message.delivery && message.delivery !== 'delivered') {
    return { outbox: message.id, delivery: message.delivery };
  }
  const note =
    delivery === 'bounced'
      ? `Bounced (${[data.bounce?.type, data.bounce?.subType].filter(Boolean).join(', ') || 'no detail'}): ${data.bounce?.message ?? ''}`.trim()
      : delivery === 'complained'
        ? 'The recipient marked this mail as spam.'
        : null;
  await req.payload.update({
    collection: 'outbox',
    id: message.id,
    data: { delivery, deliveryNote: note },
    overrideAccess: true,
    depth: 0,
    req,
  });
  const caseId = relationId(message.case);
  if (delivery !== 'delivered' && caseId !== undefined && message.audience !== 'staff') {
    await writeTimeline({
      req,
      target: { caseId, escalationId: relationId(message.escalation), channel: message.channel },
      entries: [
        {
          type: 'mailNotDelivered',
          summary: `The customer did not get “${message.subject}”: ${delivery === 'bounced' ? 'it bounced' : 'marked as spam'}`,
          note: note ?? undefined,
          details: { outbox: message.id, to: message.to },
        },
      ],
    });
  }
  return { outbox: message.id, delivery };
};
