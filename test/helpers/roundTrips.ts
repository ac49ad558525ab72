import type { Payload } from 'payload';
import type { Case } from '../../cms/payload-types';
import { siteClient, validComplaint } from './payload';

// Counts what really reaches the database, below Payload and below our own
// raw SQL: on SQLite every statement handed to the libsql client (Payload's
// queries, the rollups' upsert, the outbox's multi-row insert, BEGIN and
// COMMIT alike); on MongoDB every command the driver sends (its command
// monitoring, switched on in cms/database.ts). Nothing that bypasses the
// adapter can hide from it.

type SqlClient = Record<string, (...args: unknown[]) => Promise<unknown>>;
type CommandEvent = { commandName: string; command: Record<string, unknown> };
type MongoClientLike = {
  on: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
  off: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
};

const sqlText = (statement: unknown): string => {
  const text = typeof statement === 'string' ? statement : ((statement as { sql?: string })?.sql ?? '');
  return text.replace(/\s+/g, ' ').trim();
};

// "insert into `cases` …" → "insert cases"; "BEGIN IMMEDIATE" → "begin".
const describeSql = (statement: unknown): string => {
  const text = sqlText(statement);
  const verb = (/^\w+/.exec(text)?.[0] ?? '?').toLowerCase();
  const table = /\b(?:into|update|from)\s+[`"]?([\w-]+)/i.exec(text)?.[1];
  return table ? `${verb} ${table}` : verb;
};

const countSql = (client: SqlClient, calls: string[]): (() => void) => {
  const restore: (() => void)[] = [];
  for (const name of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    const original = client[name];
    if (typeof original !== 'function') continue;
    client[name] = function (this: unknown, ...args: unknown[]) {
      const statements = name === 'batch' || name === 'migrate' ? (args[0] as unknown[]) : [args[0]];
      for (const statement of statements) calls.push(describeSql(statement));
      return original.apply(this, args);
    };
    restore.push(() => Reflect.deleteProperty(client, name));
  }
  return () => restore.forEach((undo) => undo());
};

const countCommands = (client: MongoClientLike, calls: string[]): (() => void) => {
  const listener = ({ commandName, command }: CommandEvent) => {
    const target = command[commandName];
    calls.push(typeof target === 'string' ? `${commandName} ${target}` : commandName);
  };
  client.on('commandStarted', listener);
  return () => client.off('commandStarted', listener);
};

// Counts every statement or command sent while it is on.
export const countRoundTrips = (payload: Payload): { calls: string[]; stop: () => void } => {
  const calls: string[] = [];
  const db = payload.db as unknown as {
    name: string;
    client?: SqlClient;
    connection?: { getClient: () => MongoClientLike };
  };
  let stop: () => void;
  if (db.name === 'mongoose' && db.connection) stop = countCommands(db.connection.getClient(), calls);
  else if (db.client) stop = countSql(db.client, calls);
  else throw new Error(`cannot count the round trips of the ${db.name} adapter`);
  return { calls, stop };
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
