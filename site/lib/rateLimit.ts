import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { siteSettings } from '@shared/settings';

// Per-IP limits instead of a CAPTCHA: a person filing a few forms never meets
// them, a script hammering the forms does. Configurable per deployment.
//
// One site instance counts in memory. Several instances behind a load balancer
// share one count in MongoDB (SITE_MONGODB_URI): rate-limiter-flexible's
// Mongo store, one atomic findOneAndUpdate ($inc) per request, in a collection
// of its own (`site-rate-limits`, whose documents expire with their window).
// The site touches nothing else in that database; a database user that may
// only use that collection is enough. If MongoDB cannot be reached, each
// instance counts alone in memory until it can (the store's insurance limiter).
const RATE_LIMIT_COLLECTION = 'site-rate-limits';

type Kind = 'submit' | 'status';

const options = (kind: Kind): IRateLimiterOptions => {
  const upper = kind.toUpperCase() as Uppercase<Kind>;
  const all = siteSettings();
  return {
    keyPrefix: kind,
    points: all[`RATE_LIMIT_${upper}_MAX`],
    duration: all[`RATE_LIMIT_${upper}_WINDOW_SECONDS`],
  };
};

const sharedLimiters = async (uri: string): Promise<Record<Kind, RateLimiterAbstract>> => {
  // Loaded only when configured: a single site never loads the driver.
  const { MongoClient } = await import('mongodb');
  // A request waits at most this long for MongoDB before the memory count takes over.
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2_000 });
  const database = client.db();
  const limiter = (kind: Kind) =>
    new RateLimiterMongo({
      ...options(kind),
      storeClient: database,
      tableName: RATE_LIMIT_COLLECTION,
      insuranceLimiter: new RateLimiterMemory(options(kind)),
    });
  return { submit: limiter('submit'), status: limiter('status') };
};

const localLimiters = (): Record<Kind, RateLimiterAbstract> => ({
  // Submissions of any form.
  submit: new RateLimiterMemory(options('submit')),
  // Status-page look-ups: generous for people, too few to guess tokens.
  status: new RateLimiterMemory(options('status')),
});

let limiters: Promise<Record<Kind, RateLimiterAbstract>> | undefined;
const limiterFor = async (kind: Kind): Promise<RateLimiterAbstract> => {
  const uri = siteSettings().SITE_MONGODB_URI;
  limiters ??= uri ? sharedLimiters(uri) : Promise.resolve(localLimiters());
  return (await limiters)[kind];
};

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const takeRateLimit = async (kind: Kind, clientKey: string): Promise<RateLimitResult> => {
  try {
    await (await limiterFor(kind)).consume(clientKey);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
};

// Whose limit a request counts against. Directly reached, the connection's
// address. Behind a reverse proxy or load balancer (TRUST_PROXY=true) every
// connection comes from the proxy, which appends the address it saw to
// X-Forwarded-For: the last entry. Earlier entries are whatever the client
// sent and could be anything, so they are never used; without TRUST_PROXY the
// header is ignored altogether (a reader could name any address in it).
export const clientKey = (request: Request, clientAddress: string): string => {
  if (siteSettings().TRUST_PROXY) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return clientAddress;
};
