import type { ConversationMessage, DeliveryState } from '@shared/types/conversation';
import type { DeskKey } from '../../i18n';

// Delivery status and what became of a received message, as words.
export const deliveryKeys: Record<DeliveryState, DeskKey> = {
  queued: 'deliveryQueued',
  failed: 'deliveryFailed',
  sent: 'deliverySent',
  delivered: 'deliveryDelivered',
  bounced: 'deliveryBounced',
  complained: 'deliveryComplained',
  notSent: 'deliveryNotSent',
};

const inboundKeys: Record<string, DeskKey> = {
  threaded: 'inboundThreaded',
  newCase: 'inboundNewCase',
  held: 'inboundHeld',
};

export const statusKey = (message: ConversationMessage): DeskKey =>
  message.delivery ? deliveryKeys[message.delivery] : (inboundKeys[message.inboundStatus ?? ''] ?? 'inboundOther');

// A delivery the customer did not get is a warning; everything else is information.
export const isProblem = (message: ConversationMessage): boolean =>
  ['bounced', 'complained', 'failed'].includes(message.delivery ?? '') || message.inboundStatus === 'held';
