import { getPayload, type Payload } from 'payload';

// The real Payload, on the throwaway database test/helpers/throwawayDatabase.ts
// prepared for this test file.
export const testPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config');
  return getPayload({ config });
};

export const validComplaint = {
  language: 'nl',
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  phone: '+31 20 123 4567',
  domains: 'voorbeeld.nl, bücher.de',
  topic: 'transfer',
  description: 'My transfer has been pending for two weeks.',
  expectedOutcome: 'Complete the transfer.',
};
