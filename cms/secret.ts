import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from './paths';
import { cmsSettings } from '@shared/settings';

// A secret from the environment, or on a fresh machine a random one kept beside
// the embedded database, so it survives restarts. A deployment sets the variable.
export const persistentSecret = (variable: 'PAYLOAD_SECRET' | 'SITE_API_KEY'): string => {
  const fromEnv = cmsSettings()[variable];
  if (fromEnv) return fromEnv;
  const file = path.join(/*turbopackIgnore: true*/ dataDir, `.${variable.toLowerCase().replaceAll('_', '-')}`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
};

// PAYLOAD_SECRET signs staff sessions.
export const payloadSecret = (): string => persistentSecret('PAYLOAD_SECRET');
