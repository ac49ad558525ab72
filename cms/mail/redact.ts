// A reporter's identity, removed from a text that goes to the reported party:
// every occurrence of their name, address, phone number or organisation.
export type Identity = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  organisation?: string | null;
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const WITHHELD = '[…]';

export const redactIdentity = (text: string, identity: Identity): string =>
  Object.values(identity)
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value && value.length >= 3))
    // Longest first, so "Anna de Vries" goes before a bare "Anna".
    .sort((a, b) => b.length - a.length)
    .reduce((result, value) => result.replace(new RegExp(escapeRegExp(value), 'gi'), WITHHELD), text);
