import type { Payload } from 'payload';
import type { Case } from '../../payload-types';
import { hashAccessToken } from '../../workflow/accessToken';

// The case behind a private status link. Only the token's hash is stored; a
// malformed token is never looked up. Retention and erasure remove the hash, so
// an old link finds nothing, exactly like a wrong one.
export const findCaseByToken = async (payload: Payload, token: string): Promise<Case | undefined> => {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const { docs } = await payload.find({
    collection: 'cases',
    where: { accessTokenHash: { equals: hashAccessToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  return docs[0];
};
