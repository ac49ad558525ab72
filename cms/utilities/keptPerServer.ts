import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload';

// Settings every intake reads (mail wording, channel mailboxes, form choices,
// the calendar, the procedure in force, who is on each team) change a few
// times a year. Each is read once and kept here: dropped at once
// when an editor saves any of them on this server (forgetKept, an afterChange
// hook of their globals; forgetKeptOnSave/OnDelete of the users collection), and after a minute at the latest, so an edit saved
// through another server of a scaled-out desk reaches this one too.
const KEEP_MS = 60_000;

type Kept = { until: number; value: Promise<unknown> };
const kept = new Map<string, Kept>();

export const remembered = <T>(key: string, read: () => Promise<T>): Promise<T> => {
  const now = Date.now();
  const found = kept.get(key);
  if (found && found.until > now) return found.value as Promise<T>;
  const value = read();
  kept.set(key, { until: now + KEEP_MS, value });
  // A failed read is not kept: the next one reads again.
  value.catch(() => kept.delete(key));
  return value;
};

export const forgetKept: GlobalAfterChangeHook = ({ doc }) => {
  kept.clear();
  return doc;
};

// The same for the records of a collection (users: the teams), by key prefix.
const forgetPrefix = (prefix: string) => {
  for (const key of kept.keys()) if (key.startsWith(prefix)) kept.delete(key);
};

export const forgetKeptOnSave =
  (prefix: string): CollectionAfterChangeHook =>
  ({ doc }) => {
    forgetPrefix(prefix);
    return doc;
  };

export const forgetKeptOnDelete =
  (prefix: string): CollectionAfterDeleteHook =>
  ({ doc }) => {
    forgetPrefix(prefix);
    return doc;
  };
