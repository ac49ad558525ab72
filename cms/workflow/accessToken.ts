import { createHash, randomBytes } from 'node:crypto';

// The private status link carries a random token; only its hash is stored, so a
// copy of the database does not open anyone's status page.
export const newAccessToken = (): string => randomBytes(32).toString('base64url');

export const hashAccessToken = (token: string): string => createHash('sha256').update(token).digest('hex');
