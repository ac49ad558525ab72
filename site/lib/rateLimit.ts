import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Per-IP limits instead of a CAPTCHA: a person filing a few forms never meets
// them, a script hammering the forms does. Configurable per deployment.
const settings = (prefix: string, points: number, seconds: number) => ({
  keyPrefix: prefix,
  points: Number(process.env[`RATE_LIMIT_${prefix.toUpperCase()}_MAX`] ?? points),
  duration: Number(process.env[`RATE_LIMIT_${prefix.toUpperCase()}_WINDOW_SECONDS`] ?? seconds),
});

const limiters = {
  // Submissions of any form.
  submit: new RateLimiterMemory(settings('submit', 10, 600)),
  // Status-page look-ups: generous for people, too few to guess tokens.
  status: new RateLimiterMemory(settings('status', 60, 600)),
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
  if (process.env.TRUST_PROXY === 'true') {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return clientAddress;
};
