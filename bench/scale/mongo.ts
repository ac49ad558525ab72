import type { Payload } from 'payload';
import type { CaseRow } from './seed';

// The MongoDB side of the scale section: how the seed stores its rows and what
// the database says about the list's query. Payload's mongoose adapter keeps a
// model per collection (payload.db.collections); the seed and the plan use it.
type Model = {
  insertMany: (docs: object[], options: { ordered: boolean }) => Promise<unknown>;
  collection: {
    find: (filter: object) => {
      sort: (sort: object) => { limit: (n: number) => { explain: () => Promise<unknown> } };
    };
    indexes: () => Promise<{ name: string; key: Record<string, number> }[]>;
  };
};
const casesModel = (payload: Payload): Model =>
  (payload.db as unknown as { collections: Record<string, Model> }).collections.cases as Model;

// A drizzle row (`deadlines_answerDueAt`) as the document Payload stores
// (`deadlines: { answerDueAt }`): every underscore in the seed's keys joins a group and its field.
const asDocument = (row: CaseRow): Record<string, unknown> => {
  const doc: Record<string, Record<string, unknown> | unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const [group, field] = key.split('_');
    if (!field || !group) doc[key] = value;
    else ((doc[group] ??= {}) as Record<string, unknown>)[field] = value;
  }
  return doc;
};

// The fast path for MongoDB: the collection's model inserts a batch in one
// command, casting each document with the schema Payload built (ISO strings
// become dates, as a save through the Local API would store them).
export const mongoCaseInserter = (payload: Payload) => {
  const model = casesModel(payload);
  return async (rows: CaseRow[]) => {
    await model.insertMany(rows.map(asDocument), { ordered: false });
  };
};

type CommandEvent = { commandName: string; command: Record<string, unknown> };
type MonitoredClient = {
  on: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
  off: (event: 'commandStarted', listener: (event: CommandEvent) => void) => void;
};

// The `find` a list query sends to the cases collection, caught with the
// driver's command monitoring (on in cms/database.ts): its filter and its sort
// as Payload built them (the adapter adds access rules and may add a tiebreak).
const sentFind = async (payload: Payload, list: () => Promise<unknown>) => {
  const client = (payload.db as unknown as { connection: { getClient: () => MonitoredClient } }).connection.getClient();
  const finds: Record<string, unknown>[] = [];
  const listener = ({ commandName, command }: CommandEvent) => {
    if (commandName === 'find' && command.find === 'cases') finds.push(command);
  };
  client.on('commandStarted', listener);
  try {
    await list();
  } finally {
    client.off('commandStarted', listener);
  }
  // The driver keeps a command's sort as a Map.
  const sort = finds[0]?.sort;
  return {
    filter: (finds[0]?.filter ?? {}) as object,
    sort: Object.fromEntries(sort instanceof Map ? sort : Object.entries(sort ?? {})) as Record<string, number>,
  };
};

type Lists = Record<'handler' | 'admin', () => Promise<unknown>>;

// The list's core query for a handler (complaints only) and an admin (all
// cases), as the list sends it and as the database plans it. mongo-java-server
// answers `explain` with an error (it has no query planner: every query scans
// the collection and sorts in memory), so then the indexes the collection has
// are shown instead.
export const mongoListPlans = async (payload: Payload, lists: Lists) => {
  const model = casesModel(payload);
  const indexes = (await model.collection.indexes()).map(({ name, key }) => ({ name, key }));
  const sent = { handler: await sentFind(payload, lists.handler), admin: await sentFind(payload, lists.admin) };
  const explain = ({ filter, sort }: { filter: object; sort: object }) =>
    model.collection.find(filter).sort(sort).limit(10).explain();
  try {
    return { sent, indexes, explained: { handler: await explain(sent.handler), admin: await explain(sent.admin) } };
  } catch (error) {
    return { sent, indexes, explained: null, explainError: error instanceof Error ? error.message : String(error) };
  }
};

// The collection's indexes (`listIndexes`), as a sentence.
export const indexList = (indexes: { name: string; key: Record<string, number> }[]) =>
  `The cases collection's indexes (\`listIndexes\`, built by the adapter from the collection's fields and \`indexes\`): ${indexes
    .map(({ key }) => `\`${JSON.stringify(key)}\``)
    .join(', ')}.`;
