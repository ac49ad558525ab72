import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '@shared/types/conversation';
import { isCustomersOwn } from '../../cms/conversation/customer';
import { customerDelivery, deliveryState } from '../../cms/conversation/delivery';

const message = (overrides: Partial<ConversationMessage>): ConversationMessage => ({
  key: 'x',
  direction: 'out',
  at: '2026-11-30T09:00:00.000Z',
  from: 'service@key-systems.net',
  to: 'anna@example.nl',
  subject: 'Subject',
  text: 'Text',
  audience: 'customer',
  attachments: [],
  evidence: [],
  ...overrides,
});

// The one rule of what a customer's status page shows of a conversation.
describe('what the customer sees of a conversation', () => {
  const customer = ['anna@example.nl'];

  it('shows our mail to their address and their own mail, by mail or from the status page', () => {
    expect(isCustomersOwn(message({}), customer)).toBe(true);
    expect(isCustomersOwn(message({ to: 'Anna <ANNA@example.nl>' }), customer)).toBe(true);
    const theirs = { direction: 'in' as const, audience: undefined, inboundStatus: 'threaded' };
    expect(isCustomersOwn(message({ ...theirs, from: 'Anna de Vries <anna@example.nl>', via: 'mail' }), customer)).toBe(
      true,
    );
    expect(isCustomersOwn(message({ ...theirs, from: '', via: 'statusPage' }), customer)).toBe(true);
    expect(isCustomersOwn(message({ ...theirs, inboundStatus: 'newCase', from: 'anna@example.nl' }), customer)).toBe(
      true,
    );
  });

  it('never shows mail to or from anyone else, nor held mail in their name', () => {
    expect(isCustomersOwn(message({ audience: 'registrant', to: 'owner@registrant.example' }), customer)).toBe(false);
    // Even addressed to the customer: a registrant copy is not theirs.
    expect(isCustomersOwn(message({ audience: 'registrant' }), customer)).toBe(false);
    expect(isCustomersOwn(message({ to: 'someone@example.org' }), customer)).toBe(false);
    const inbound = { direction: 'in' as const, audience: undefined, via: 'mail' as const };
    expect(
      isCustomersOwn(message({ ...inbound, inboundStatus: 'threaded', from: 'owner@registrant.example' }), customer),
    ).toBe(false);
    expect(isCustomersOwn(message({ ...inbound, inboundStatus: 'held', from: 'anna@example.nl' }), customer)).toBe(
      false,
    );
    expect(isCustomersOwn(message({}), [])).toBe(false);
  });
});

describe('delivery status', () => {
  it('takes the provider’s later word over the outbox status, and tells the customer what matters to them', () => {
    expect(deliveryState({ status: 'sent', delivery: 'bounced' })).toBe('bounced');
    expect(deliveryState({ status: 'retrying', delivery: null })).toBe('failed');
    expect(deliveryState({ status: 'notSent', delivery: null })).toBe('notSent');
    expect(deliveryState({ status: 'queued', delivery: null })).toBe('queued');
    expect(customerDelivery('complained')).toBe('notDelivered');
    expect(customerDelivery('failed')).toBe('pending');
    expect(customerDelivery('delivered')).toBe('delivered');
  });
});
