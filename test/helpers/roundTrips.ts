import type { Payload } from 'payload';
import type { Case } from '../../cms/payload-types';
import { bulkInsert } from '../../cms/utilities/insertMany';
import { siteClient, validComplaint } from './payload';

// The adapter's methods that reach the database.
const adapterMethods = [
  'count',
  'create',
  'deleteMany',
  'deleteOne',
  'find',
  'findDistinct',
  'findGlobal',
  'findOne',
  'queryDrafts',
  'updateGlobal',
  'updateJobs',
  'updateMany',
  'updateOne',
  'upsert',
] as const;

// Counts every call that reaches the database while it is on: each adapter
// method call, and each insert of several rows at once (cms/utilities/insertMany.ts).
// The same on every adapter, as it wraps Payload's adapter interface, not a driver.
export const countRoundTrips = (payload: Payload): { calls: string[]; stop: () => void } => {
  const calls: string[] = [];
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>;
  const restore: (() => void)[] = [];
  for (const name of adapterMethods) {
    const original = db[name];
    if (typeof original !== 'function') continue;
    db[name] = function (this: unknown, ...args: unknown[]) {
      const { collection, slug } = (args[0] ?? {}) as { collection?: string; slug?: string };
      calls.push(`${name} ${collection ?? slug ?? ''}`.trim());
      return original.apply(this, args);
    };
    restore.push(() => (db[name] = original));
  }
  const insert = bulkInsert.run;
  bulkInsert.run = (req, collection, rows) => {
    calls.push(`insertMany ${collection} (${rows.length} rows)`);
    return insert(req, collection, rows);
  };
  restore.push(() => (bulkInsert.run = insert));
  return { calls, stop: () => restore.forEach((undo) => undo()) };
};

// One complaint filed as the site files it (its API client found beforehand,
// as Payload's authentication does before the create), counted.
export const complaintRoundTrips = async (payload: Payload): Promise<{ created: Case; calls: string[] }> => {
  const user = await siteClient(payload);
  const counter = countRoundTrips(payload);
  try {
    const created = await payload.create({
      collection: 'cases',
      data: { ...validComplaint } as never,
      overrideAccess: false,
      user,
      locale: 'nl',
      depth: 0,
    });
    return { created, calls: [...counter.calls] };
  } finally {
    counter.stop();
  }
};
