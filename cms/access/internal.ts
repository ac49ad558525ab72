import type { SanitizedConfig } from 'payload';
import { hasRole, isMachineClient } from './roles';

type AccessFn = (args: { req: { user: unknown } }) => unknown;

// Payload adds its own records (job stats, document locks, preferences,
// migrations). Its defaults let any authenticated caller in, and the site's API
// client and the partners are authenticated: they must touch none of them. The job statistics are
// for admins only.
export const hardenInternalAccess = async (configPromise: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await configPromise;
  const own = new Set(['payload-jobs-stats']);
  const entities = [
    ...config.collections.filter((collection) => collection.slug.startsWith('payload-')),
    ...config.globals.filter((global) => global.slug.startsWith('payload-')),
  ];
  for (const entity of entities) {
    const access = entity.access as unknown as Record<string, AccessFn | undefined>;
    for (const [operation, original] of Object.entries(access)) {
      if (typeof original !== 'function') continue;
      access[operation] = (args) => {
        if (isMachineClient(args.req.user as never)) return false;
        if (own.has(entity.slug)) return hasRole(args.req.user as never, 'admin');
        return original(args);
      };
    }
  }
  return config;
};
