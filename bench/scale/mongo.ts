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

const sort = { 'deadlines.urgencyRank': 1, 'deadlines.nextDeadlineAt': 1 };

// The list's core query for a handler (complaints only) and an admin (all
// cases), as a real MongoDB would plan it. mongo-java-server answers `explain`
// with an error (it has no query planner: every query scans the collection and
// sorts in memory), so then the indexes the collection has are shown instead.
export const mongoListPlans = async (
  payload: Payload,
): Promise<{ explained: Record<'handler' | 'admin', unknown> | null; explainError?: string; indexes: string[] }> => {
  const model = casesModel(payload);
  const indexes = (await model.collection.indexes()).map(
    ({ name, key }) =>
      `${name}: {${Object.entries(key)
        .map(([field, direction]) => `${field}: ${direction}`)
        .join(', ')}}`,
  );
  try {
    const explain = (filter: object) => model.collection.find(filter).sort(sort).limit(10).explain();
    return {
      explained: { handler: await explain({ channel: { $in: ['complaint'] } }), admin: await explain({}) },
      indexes,
    };
  } catch (error) {
    return { explained: null, explainError: error instanceof Error ? error.message : String(error), indexes };
  }
};
