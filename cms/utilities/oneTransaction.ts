import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload';
import { beginSqliteTransaction, commitSqliteTransaction } from './sqliteTransaction';

// Several writes outside a Payload operation (an endpoint's own steps) kept
// together: all of them or none. On the embedded database the desk's own
// transaction (./sqliteTransaction.ts, why not Payload's there), on a MongoDB
// replica set Payload's; without either (a standalone MongoDB) the writes go
// one by one, and the caller undoes what it can on failure. A caller that
// already holds a transaction on `req` keeps it and commits it itself.
export const inOneTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const sqlite = await beginSqliteTransaction(req);
  const own = sqlite ? false : await initTransaction(req);
  try {
    const result = await work();
    if (sqlite) await commitSqliteTransaction(req, sqlite);
    else if (own) await commitTransaction(req);
    return result;
  } catch (error) {
    if (sqlite || own) await killTransaction(req);
    throw error;
  }
};
