import type { CollectionSlug, PayloadRequest } from 'payload';
import { transactionSession } from './transactionSession';

// Payload's database adapters create one document per call. The outbox rows of
// one event are written together instead, in one statement, so an intake costs
// the same number of database round trips whatever the size of the team it
// notifies; and the job that sends them is written in one statement that
// returns its id. Only for collections without hooks, arrays or localized
// fields (the outbox, a new job): rows go in as their columns, exactly as
// given, in the request's transaction when there is one.
type Row = Record<string, unknown>;

type Inserting = Promise<unknown> & { returning: (columns: Record<string, unknown>) => Promise<Row[]> };
type DrizzleLike = {
  drizzle: { insert: (table: unknown) => { values: (rows: Row[]) => Inserting } };
  tables: Record<string, unknown>;
  tableNameMap: Map<string, string>;
};

type MongooseLike = {
  collections: Record<string, { insertMany: (rows: Row[], options: object) => Promise<{ _id?: unknown }[]> }>;
};

// The one place that knows how each adapter inserts rows; an adapter without a
// known way gets one create per row (correct, only slower). `returning`: the
// new rows' ids are wanted (in the same statement; Payload's create would read
// each row back with a second one).
export const bulkInsert = {
  run: async (
    req: PayloadRequest,
    collection: CollectionSlug,
    rows: Row[],
    { returning = false }: { returning?: boolean } = {},
  ): Promise<(number | string)[]> => {
    const db = req.payload.db as unknown as Partial<DrizzleLike & MongooseLike> & { name?: string };
    if (db.drizzle && db.tables && db.tableNameMap) {
      const table = db.tables[db.tableNameMap.get(collection.replaceAll('-', '_')) ?? collection] as { id: unknown };
      const transaction = await transactionSession<{ db?: DrizzleLike['drizzle'] }>(req.payload, req);
      const client = transaction?.db || db.drizzle;
      const inserting = client.insert(table).values(rows);
      if (!returning) {
        await inserting;
        return [];
      }
      return (await inserting.returning({ id: table.id })).map((row) => row.id as number);
    }
    const model = (db as Partial<MongooseLike>).collections?.[collection];
    if (model && typeof model.insertMany === 'function') {
      const session = await transactionSession<{ inTransaction: () => boolean }>(req.payload, req);
      const inserted = await model.insertMany(rows, {
        session: session?.inTransaction() ? session : undefined,
        timestamps: false,
      });
      return inserted.map((doc) => String(doc._id));
    }
    const ids: (number | string)[] = [];
    for (const data of rows) ids.push((await req.payload.db.create({ collection, data, req })).id);
    return ids;
  },
};

export const insertMany = async (req: PayloadRequest, collection: CollectionSlug, rows: Row[]): Promise<void> => {
  if (rows.length > 0) await bulkInsert.run(req, collection, rows);
};

// One row, as its columns, in one statement; its id.
export const insertOne = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  row: Row,
): Promise<number | string> => {
  const [id] = await bulkInsert.run(req, collection, [row], { returning: true });
  if (id === undefined) throw new Error(`The ${collection} row was not inserted`);
  return id;
};
