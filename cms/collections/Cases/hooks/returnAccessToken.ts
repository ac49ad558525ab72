import type { CollectionAfterChangeHook } from 'payload';

// The creator (the site, or staff entering a letter) gets the status link's
// token once, in the create response; it is never stored or readable again.
export const returnAccessToken: CollectionAfterChangeHook = ({ doc, operation, context }) =>
  operation === 'create' && typeof context.accessToken === 'string'
    ? { ...doc, accessToken: context.accessToken }
    : doc;
