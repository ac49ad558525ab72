import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Each partner's hourly allowance (its record's maxReportsPerHour), counted per
// server like the site's per-address limits (site/lib/rateLimit.ts): a desk on
// several servers allows that many per server.
const limiters = new Map<number, RateLimiterMemory>();

const limiterFor = (perHour: number): RateLimiterMemory => {
  const existing = limiters.get(perHour);
  if (existing) return existing;
  const created = new RateLimiterMemory({ keyPrefix: `partner-${perHour}`, points: perHour, duration: 3600 });
  limiters.set(perHour, created);
  return created;
};

export type Allowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const takePartnerAllowance = async (partnerId: number | string, perHour: number): Promise<Allowance> => {
  try {
    await limiterFor(perHour).consume(String(partnerId));
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
};
