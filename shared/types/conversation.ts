// One conversation about a case or an escalation: every message in and out, in
// time order (cms/conversation/). Staff read the whole of it; the customer's
// status page a view of it that holds only their own mail (CustomerMessage).

// Where a message we sent stands, from the outbox's status and the provider's
// later delivery event. notSent: no provider configured, composed only.
export const deliveryStates = ['queued', 'failed', 'sent', 'delivered', 'bounced', 'complained', 'notSent'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export type ConversationAttachment = {
  filename: string;
  size: number | null;
  // What became of it (staff only): kept as evidence, refused and why.
  outcome?: string;
};

export type ConversationMessage = {
  key: string;
  direction: 'in' | 'out';
  at: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  // out: the outbox's kind (acknowledgement, answer, reply, …) and who it was for.
  kind?: string;
  audience?: 'customer' | 'registrant';
  delivery?: DeliveryState;
  deliveryNote?: string;
  // in: how it came (mail, or the customer's status page) and, for staff, what happened to it.
  via?: 'mail' | 'statusPage';
  inboundStatus?: string;
  attachments: ConversationAttachment[];
  evidence: { id: number; filename: string }[];
  // Links for staff: the outbox row or the inbound message.
  href?: string;
};

// The customer's own view: nothing about other people, no addresses, no
// internal outcome. `fromCustomer`: the customer wrote it; otherwise we did.
export type CustomerMessage = {
  key: string;
  fromCustomer: boolean;
  at: string;
  subject: string;
  text: string;
  // Only for ours: pending (queued, retrying, not sent), sent, delivered, or
  // notDelivered (bounced, refused as spam): the page then says to read it here.
  delivery?: 'pending' | 'sent' | 'delivered' | 'notDelivered';
  attachments: { filename: string }[];
};
