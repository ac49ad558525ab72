import type { Payload } from 'payload';
import type { ConversationMessage, CustomerMessage } from '@shared/types/conversation';
import { sameMailbox } from '../inbound/automatic';
import { customerDelivery } from './delivery';
import { fromInbound, fromOutbox, inboundSelect, inTimeOrder, outboxSelect } from './messages';

// Inbound mail the customer's page may show: read and threaded, or the mail
// that opened the case. Held mail failed authentication (anyone can put the
// customer's address on a mail), so it is not shown as theirs.
const shownInbound = ['threaded', 'newCase'];

const addressOf = (value: string): string => /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value.trim();

// The one rule of what a customer sees of a conversation: what we mailed to
// them, and what they sent (from their own address, or from their status
// page). Never a notice to staff, a timeline note, mail to or from the
// registrant or anyone else on the record: an abuse report's reporter and the
// registrant never see each other's mail or address.
export const isCustomersOwn = (message: ConversationMessage, customerAddresses: string[]): boolean => {
  const ofCustomer = (address: string) => customerAddresses.some((own) => sameMailbox(own, addressOf(address)));
  if (message.direction === 'out') return message.audience === 'customer' && ofCustomer(message.to);
  if (!shownInbound.includes(message.inboundStatus ?? '')) return false;
  return message.via === 'statusPage' || ofCustomer(message.from);
};

const asCustomerSees = (message: ConversationMessage): CustomerMessage => ({
  key: message.key,
  fromCustomer: message.direction === 'in',
  at: message.at,
  subject: message.subject,
  text: message.text,
  delivery: message.delivery ? customerDelivery(message.delivery) : undefined,
  attachments: message.attachments.map(({ filename }) => ({ filename })),
});

// The conversation behind a status token. The token was checked by the caller
// (cms/collections/Cases/statusView.ts), so this reads as the system, and the
// filter above decides.
export const readCustomerConversation = async ({
  payload,
  caseId,
  customerAddresses,
}: {
  payload: Payload;
  caseId: number;
  customerAddresses: string[];
}): Promise<CustomerMessage[]> => {
  const addresses = customerAddresses.filter(Boolean);
  const system = { overrideAccess: true, depth: 0, limit: 500 } as const;
  const [outbox, inbound] = await Promise.all([
    payload.find({
      collection: 'outbox',
      where: { and: [{ case: { equals: caseId } }, { audience: { equals: 'customer' } }] },
      select: outboxSelect,
      sort: 'createdAt',
      ...system,
    }),
    payload.find({
      collection: 'inbound-messages',
      where: { case: { equals: caseId } },
      select: inboundSelect,
      sort: 'receivedAt',
      ...system,
    }),
  ]);
  const all = [...outbox.docs.map(fromOutbox), ...inbound.docs.map(fromInbound)];
  return inTimeOrder(all.filter((message) => isCustomersOwn(message, addresses))).map(asCustomerSees);
};
