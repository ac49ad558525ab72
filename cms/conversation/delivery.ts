import type { CustomerMessage, DeliveryState } from '@shared/types/conversation';
import type { Outbox } from '../payload-types';

// Where a message we sent stands: the provider's later word (delivered,
// bounced, marked as spam) wins over the outbox's own status.
export const deliveryState = (message: Pick<Outbox, 'status' | 'delivery'>): DeliveryState => {
  if (message.delivery) return message.delivery;
  switch (message.status) {
    case 'sent':
      return 'sent';
    case 'retrying':
      return 'failed';
    case 'notSent':
      return 'notSent';
    default:
      return 'queued';
  }
};

// The same, as the customer is told: they need to know whether it reached them,
// not how our queue works.
export const customerDelivery = (state: DeliveryState): NonNullable<CustomerMessage['delivery']> => {
  if (state === 'delivered') return 'delivered';
  if (state === 'sent') return 'sent';
  if (state === 'bounced' || state === 'complained') return 'notDelivered';
  return 'pending';
};
