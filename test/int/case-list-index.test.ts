import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { fileAsSite, staffUser, testPayload, validComplaint, type Actor } from '../helpers/payload';

// The staff list's first page at a million cases is only fast if an index
// hands it over in order. Both adapters append a tiebreak to the collection's
// defaultSort unless it names createdAt (and a descending tiebreak no index
// here could serve), so this asks the database itself about the query the
// list really sends: SQLite's plan must need no sorting of its own, and on
// MongoDB (whose stand-in has no planner) an index must hold the sort's keys
// in its order.

type Captured = { sql: string; args: unknown[] }[];
type SqlClient = { execute: (statement: { sql: string; args?: unknown[] } | string) => Promise<{ rows: unknown[] }> };
type CommandEvent = { commandName: string; command: Record<string, unknown> };
type MongoDb = {
  name: string;
  client?: SqlClient;
  connection?: {
    getClient: () => {
      on: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
      off: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
    };
  };
  collections: Record<string, { collection: { indexes: () => Promise<{ key: Record<string, number> }[]> } }>;
};

describe(`the staff list's order is read from an index on ${describeDatabase()}`, () => {
  let payload: Payload;
  let admin: Actor;
  let handler: Actor;
  const filed: string[] = [];

  beforeAll(async () => {
    payload = await testPayload();
    admin = await staffUser(payload, 'admin');
    handler = await staffUser(payload, 'handler');
    // Filed one after the other the same day: the same urgency and deadline.
    for (const name of ['First Filer', 'Second Filer', 'Third Filer']) {
      filed.push((await fileAsSite(payload, { ...validComplaint, name })).caseNumber ?? '');
    }
  });
  afterAll(async () => {
    await payload?.destroy();
  });

  // The list as the admin view asks for it: no sort of its own, the collection's defaultSort.
  const list = (user: Actor) =>
    payload.find({ collection: 'cases', depth: 0, limit: 10, page: 1, overrideAccess: false, user });

  it('shows cases with the same urgency and deadline oldest first', async () => {
    const { docs } = await list(handler);
    expect(docs.map((doc) => doc.caseNumber).filter((number) => filed.includes(number ?? ''))).toEqual(filed);
  });

  it.each([
    ['an admin (all cases)', () => admin],
    ['a handler (complaints only)', () => handler],
  ])('serves the sort of the list for %s from an index', async (_who, user) => {
    const db = payload.db as unknown as MongoDb;
    if (db.name === 'mongoose') {
      const commands: CommandEvent[] = [];
      const client = db.connection!.getClient();
      const listener = (event: CommandEvent) => commands.push(event);
      client.on('commandStarted', listener);
      try {
        await list(user());
      } finally {
        client.off('commandStarted', listener);
      }
      const find = commands.find((event) => event.commandName === 'find' && event.command.find === 'cases');
      // The driver keeps a command's sort as a Map.
      const sent = find?.command.sort;
      const sort = sent instanceof Map ? ([...sent] as [string, number][]) : Object.entries((sent ?? {}) as object);
      expect(sort.map(([field]) => field)).toEqual(['deadlines.urgencyRank', 'deadlines.nextDeadlineAt', 'createdAt']);
      // An index serves a sort when, after fields the query pins (channel), its keys are the
      // sort's keys in order, all in the sort's directions or all reversed.
      const serves = (key: Record<string, number>) => {
        const keys = Object.entries(key).filter(([field]) => field !== 'channel');
        const same = sort.every(([field, direction], at) => keys[at]?.[0] === field && keys[at]?.[1] === direction);
        const reversed = sort.every(
          ([field, direction], at) => keys[at]?.[0] === field && keys[at]?.[1] === -direction,
        );
        return keys.length === sort.length && (same || reversed);
      };
      const indexes = await db.collections.cases!.collection.indexes();
      expect(indexes.some(({ key }) => serves(key))).toBe(true);
      return;
    }
    // SQLite: the list's own SELECT on cases, explained with its own arguments.
    const captured: Captured = [];
    const sqlClient = db.client!;
    const execute = sqlClient.execute;
    sqlClient.execute = function (this: unknown, statement) {
      if (typeof statement === 'object') captured.push({ sql: statement.sql, args: statement.args ?? [] });
      return execute.call(this, statement);
    } as SqlClient['execute'];
    try {
      await list(user());
    } finally {
      Reflect.deleteProperty(sqlClient, 'execute');
    }
    const select = captured.find(
      ({ sql }) => /^select/i.test(sql) && /from "cases"/i.test(sql) && /order by/i.test(sql),
    );
    expect(select?.sql).toMatch(/order by .*deadlines_urgency_rank.*deadlines_next_deadline_at.*created_at/i);
    // The query's own steps (parent 0); the subqueries below them read each shown row's arrays.
    const plan = (await execute.call(sqlClient, { sql: `EXPLAIN QUERY PLAN ${select?.sql}`, args: select?.args })).rows
      .map((row) => row as { parent: number; detail: string })
      .filter(({ parent }) => parent === 0)
      .map(({ detail }) => detail);
    expect(plan[0]).toMatch(/^(SCAN|SEARCH) cases USING (COVERING )?INDEX/);
    expect(plan.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
  });
});
