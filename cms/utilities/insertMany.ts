import type { CollectionSlug, PayloadRequest } from 'payload';

// Payload's database adapters create one document per call. The outbox rows of
// one event are written together instead, in one statement, so an intake costs
// the same number of database round trips whatever the size of the team it
// notifies. Only for collections without hooks, arrays or localized fields (the
// outbox): rows go in as their columns, exactly as given, in the request's
// transaction when there is one.
type Row = Record<string, unknown>;

type DrizzleLike = {
  drizzle: { insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> } };
  tables: Record<string, unknown>;
  tableNameMap: Map<string, string>;
  sessions: Record<string, { db?: DrizzleLike['drizzle'] } | undefined>;
};

type MongooseLike = {
  collections: Record<string, { insertMany: (rows: Row[], options: object) => Promise<unknown> }>;
  sessions: Record<string, { inTransaction: () => boolean } | undefined>;
};

const transactionOf = async (req: PayloadRequest): Promise<string | undefined> => {
  const id = await req.transactionID;
  return id === undefined || id === null ? undefined : String(id);
};

// The one place that knows how each adapter inserts several rows; an adapter
// without a known way gets one create per row (correct, only slower).
export const bulkInsert = {
  run: async (req: PayloadRequest, collection: CollectionSlug, rows: Row[]): Promise<void> => {
    const db = req.payload.db as unknown as Partial<DrizzleLike & MongooseLike> & { name?: string };
    const transaction = await transactionOf(req);
    if (db.drizzle && db.tables && db.tableNameMap) {
      const table = db.tables[db.tableNameMap.get(collection.replaceAll('-', '_')) ?? collection];
      const client = (transaction && db.sessions?.[transaction]?.db) || db.drizzle;
      await client.insert(table).values(rows);
      return;
    }
    const model = (db as Partial<MongooseLike>).collections?.[collection];
    if (model && typeof model.insertMany === 'function') {
      const session = transaction ? (db as MongooseLike).sessions[transaction] : undefined;
      await model.insertMany(rows, { session: session?.inTransaction() ? session : undefined, timestamps: false });
      return;
    }
    for (const data of rows) await req.payload.db.create({ collection, data, req });
  },
};

export const insertMany = (req: PayloadRequest, collection: CollectionSlug, rows: Row[]): Promise<void> =>
  rows.length === 0 ? Promise.resolve() : bulkInsert.run(req, collection, rows);
