import type { Payload } from 'payload';
import { bulkInsert } from '../../cms/utilities/insertMany';

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
