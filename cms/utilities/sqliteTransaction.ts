import { randomUUID } from 'node:crypto';
import type { Client, InStatement } from '@libsql/client';
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql';
import type { Payload, PayloadRequest } from 'payload';

// One transaction for one intake on the embedded database.
//
// Why: with `synchronous = FULL` (cms/database.ts) every commit waits for the
// disk (an fsync, 5–15 ms here, blocking the event loop: libsql is
// synchronous). Without a transaction each statement of an intake is a commit
// of its own: eight of them per complaint, which made the disk, not the work,
// the limit. In one transaction the complaint is one commit, and all or nothing.
//
// Why not Payload's own SQLite transactions: libsql hands a transaction the
// process's only connection and opens a second one for everybody else, whose
// writes then wait for the file lock inside SQLite, blocking the event loop the
// transaction needs to finish (a stall until the busy timeout). Instead the
// transaction here runs on the same single connection, and the process keeps
// other writers out while it is open: every write that is not the
// transaction's own waits (asynchronously) until it commits or rolls back.
// Reads do not wait (they may see the open intake's rows, which is harmless:
// nobody knows the new record's number or token before the commit).
//
// The transaction's own statements go through a second drizzle instance on the
// same client, registered as the adapter's session for the transaction id put
// on `req`: Payload's adapter (getTransaction), the outbox's multi-row insert
// and the rollups' upsert all use the session of `req.transactionID`. A write
// of the transaction's work made WITHOUT its `req` would wait for itself: the
// transaction is rolled back after OPEN_AT_MOST_MS and the write goes through,
// so the mistake shows as an error, never as a hang.

const OPEN_AT_MOST_MS = 20_000;

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> };
type SqliteAdapter = {
  name: string;
  client: Client;
  drizzle: unknown;
  schema: Record<string, unknown>;
  sessions: Record<string, Session | undefined>;
  payload: Payload;
};

type Open = { id: string; done: Promise<void>; finish: () => void; timer: NodeJS.Timeout };
type Gate = { adapter: SqliteAdapter; gated: unknown; own: unknown; open?: Open };

const gates = new WeakMap<object, Gate>();

const isRead = (statement: InStatement): boolean => {
  const text = typeof statement === 'string' ? statement : statement.sql;
  return /^\s*select\b/i.test(text);
};

// Waiting is always `while (gate.open) await gate.open.done;` written out where
// it is needed, followed at once by the statement: an `await` between the last
// check and the statement would let a transaction begin in between.

// The client everybody but the open transaction uses: writes wait for it.
const gatedClient = (gate: Gate, raw: Client): Client =>
  new Proxy(raw, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'execute') {
        return async (statement: InStatement, ...rest: unknown[]) => {
          if (!isRead(statement)) while (gate.open) await gate.open.done;
          return method.call(target, statement, ...rest);
        };
      }
      if (['batch', 'migrate', 'executeMultiple', 'transaction'].includes(String(property))) {
        return async (...args: unknown[]) => {
          while (gate.open) await gate.open.done;
          return method.apply(target, args);
        };
      }
      return method.bind(target);
    },
  });

const end = async (gate: Gate, id: string, verb: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
  const open = gate.open;
  if (open?.id !== id) return;
  try {
    await gate.adapter.client.execute(verb);
  } catch (error) {
    if (verb === 'COMMIT') await gate.adapter.client.execute('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(open.timer);
    Reflect.deleteProperty(gate.adapter.sessions, id);
    gate.open = undefined;
    open.finish();
  }
};

// Called once the database is connected (onInit): on SQLite, the adapter's
// drizzle is replaced by one whose writes wait for an open intake transaction.
export const installSqliteTransactions = (payload: Payload): void => {
  const adapter = payload.db as unknown as SqliteAdapter;
  if (adapter.name !== 'sqlite' || !adapter.client) return;
  const existing = gates.get(adapter);
  if (existing && adapter.drizzle === existing.gated) return;
  const gate: Gate = { adapter, gated: undefined, own: drizzle(adapter.client, { schema: adapter.schema }) };
  gate.gated = drizzle(gatedClient(gate, adapter.client), { schema: adapter.schema });
  adapter.drizzle = gate.gated;
  gates.set(adapter, gate);
};

const gateOf = (req: PayloadRequest): Gate | undefined => {
  const gate = gates.get(req.payload.db);
  // A hot reload (dev) reconnects with a fresh drizzle: gate it again.
  if (gate && gate.adapter.drizzle !== gate.gated) installSqliteTransactions(req.payload);
  return gates.get(req.payload.db);
};

const hasTransaction = (req: PayloadRequest): boolean =>
  typeof req.transactionID === 'string' || typeof req.transactionID === 'number';

// Opens the transaction and puts it on `req` (a no-op where `req` already has
// one, e.g. Payload's own on a MongoDB replica set, or on another adapter).
// Returns its id when this call opened it: the caller commits it.
export const beginSqliteTransaction = async (req: PayloadRequest): Promise<string | undefined> => {
  if (hasTransaction(req)) return undefined;
  const gate = gateOf(req);
  if (!gate) return undefined;
  while (gate.open) await gate.open.done;
  const id = randomUUID();
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const timer = setTimeout(() => {
    gate.adapter.payload.logger.error(
      `A write transaction stayed open for ${OPEN_AT_MOST_MS / 1000} s (a write of its work without its req?): rolled back.`,
    );
    void end(gate, id, 'ROLLBACK').catch(() => undefined);
  }, OPEN_AT_MOST_MS);
  timer.unref();
  gate.open = { id, done, finish, timer };
  try {
    await gate.adapter.client.execute('BEGIN IMMEDIATE');
  } catch (error) {
    clearTimeout(timer);
    gate.open = undefined;
    finish();
    throw error;
  }
  gate.adapter.sessions[id] = {
    db: gate.own,
    resolve: () => end(gate, id, 'COMMIT'),
    // Payload's killTransaction (an operation that fails) rolls back through this.
    reject: () => end(gate, id, 'ROLLBACK'),
  };
  req.transactionID = id;
  return id;
};

// Commits what beginSqliteTransaction opened; a failed commit is rolled back
// and thrown (the caller's operation fails: nothing was stored).
export const commitSqliteTransaction = async (req: PayloadRequest, id: string | undefined): Promise<void> => {
  if (!id || req.transactionID !== id) return;
  const gate = gateOf(req);
  delete req.transactionID;
  if (gate) await end(gate, id, 'COMMIT');
};
