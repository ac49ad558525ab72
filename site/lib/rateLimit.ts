import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { siteSettings } from '../../shared/settings';

// Per-IP limits instead of a CAPTCHA: a person filing a few forms never meets
// them, a script hammering the forms does. Configurable per deployment.
const settings = (prefix: 'submit' | 'status') => {
  const upper = prefix.toUpperCase() as Uppercase<typeof prefix>;
  const all = siteSettings();
  return {
    keyPrefix: prefix,
    points: all[`RATE_LIMIT_${upper}_MAX`],
    duration: all[`RATE_LIMIT_${upper}_WINDOW_SECONDS`],
  };
};

const limiters = {
  // Submissions of any form.
  submit: new RateLimiterMemory(settings('submit')),
  // Status-page look-ups: generous for people, too few to guess tokens.
  status: new RateLimiterMemory(settings('status')),
};

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const takeRateLimit = async (kind: keyof typeof limiters, clientKey: string): Promise<RateLimitResult> => {
  try {
    await limiters[kind].consume(clientKey);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
};

// Behind a reverse proxy the reader's address is in X-Forwarded-For; trust it
// only when TRUST_PROXY says a proxy is in front.
export const clientKey = (request: Request, clientAddress: string): string => {
  if (siteSettings().TRUST_PROXY) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return clientAddress;
};
