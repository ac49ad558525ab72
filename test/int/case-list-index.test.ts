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

type SqlStatement = { sql: string; args?: unknown[] };
type SqliteDb = { client: { execute: (statement: SqlStatement | string) => Promise<{ rows: unknown[] }> } };
type CommandEvent = { commandName: string; command: Record<string, unknown> };
type MongooseDb = {
  connection: {
    getClient: () => {
      on: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
      off: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
    };
  };
  collections: { cases: { collection: { indexes: () => Promise<{ key: Record<string, number> }[]> } } };
};

// MongoDB: the sort of the `find` the list sends, and whether an index serves
// it: after the fields the query pins (channel), the index's keys are the
// sort's keys in order, all in the sort's directions or all reversed.
const mongoSort = async (payload: Payload, list: () => Promise<unknown>) => {
  const db = payload.db as unknown as MongooseDb;
  const commands: CommandEvent[] = [];
  const listener = (event: CommandEvent) => commands.push(event);
  db.connection.getClient().on('commandStarted', listener);
  try {
    await list();
  } finally {
    db.connection.getClient().off('commandStarted', listener);
  }
  // The driver keeps a command's sort as a Map.
  const sent = commands.find(({ commandName, command }) => commandName === 'find' && command.find === 'cases')?.command
    .sort;
  const sort = sent instanceof Map ? ([...sent] as [string, number][]) : Object.entries((sent ?? {}) as object);
  const serves = (key: Record<string, number>) => {
    const keys = Object.entries(key).filter(([field]) => field !== 'channel');
    const inOrder = (sign: number) =>
      sort.every(([field, direction], at) => keys[at]?.[0] === field && keys[at]?.[1] === sign * direction);
    return keys.length === sort.length && (inOrder(1) || inOrder(-1));
  };
  const indexes = await db.collections.cases.collection.indexes();
  return { fields: sort.map(([field]) => field), served: indexes.some(({ key }) => serves(key)) };
};

// SQLite: the list's own SELECT on cases, explained with its own arguments;
// the query's own steps (parent 0), not the subqueries that read each shown row's arrays.
const sqlitePlan = async (payload: Payload, list: () => Promise<unknown>) => {
  const { client } = payload.db as unknown as SqliteDb;
  const execute = client.execute;
  const captured: SqlStatement[] = [];
  client.execute = function (this: unknown, statement) {
    if (typeof statement === 'object') captured.push(statement);
    return execute.call(this, statement);
  } as typeof execute;
  try {
    await list();
  } finally {
    Reflect.deleteProperty(client, 'execute');
  }
  const select = captured.find(({ sql }) => /^select/i.test(sql) && /from "cases"/i.test(sql) && /order by/i.test(sql));
  const { rows } = await execute.call(client, { sql: `EXPLAIN QUERY PLAN ${select?.sql}`, args: select?.args });
  return {
    sql: select?.sql,
    steps: (rows as { parent: number; detail: string }[])
      .filter(({ parent }) => parent === 0)
      .map(({ detail }) => detail),
  };
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
  const list = (user: Actor) => () =>
    payload.find({ collection: 'cases', depth: 0, limit: 10, page: 1, overrideAccess: false, user });

  it('shows cases with the same urgency and deadline oldest first', async () => {
    const { docs } = await list(handler)();
    expect(docs.map((doc) => doc.caseNumber).filter((number) => filed.includes(number ?? ''))).toEqual(filed);
  });

  it.each([
    ['an admin (all cases)', () => admin],
    ['a handler (complaints only)', () => handler],
  ])('serves the sort of the list for %s from an index', async (_who, user) => {
    if (payload.db.name === 'mongoose') {
      const { fields, served } = await mongoSort(payload, list(user()));
      expect(fields).toEqual(['deadlines.urgencyRank', 'deadlines.nextDeadlineAt', 'createdAt']);
      expect(served).toBe(true);
      return;
    }
    const { sql, steps } = await sqlitePlan(payload, list(user()));
    expect(sql).toMatch(/order by .*deadlines_urgency_rank.*deadlines_next_deadline_at.*created_at/i);
    expect(steps[0]).toMatch(/^(SCAN|SEARCH) cases USING (COVERING )?INDEX/);
    expect(steps.filter((step) => step.includes('TEMP B-TREE'))).toEqual([]);
  });
});
