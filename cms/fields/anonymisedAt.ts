import type { Field } from 'payload';
import { berlinTimeText } from './berlinTime';

// Set once personal data was removed (retention or an erasure request); the
// record stays for the statistics.
export const anonymisedAtField: Field = {
  name: 'anonymisedAt',
  type: 'date',
  index: true,
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', ...berlinTimeText },
};
