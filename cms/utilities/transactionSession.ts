import type { Payload, PayloadRequest } from 'payload';

// What a request's own transaction writes through, for code that talks to the
// database past Payload's operations: the adapter keeps one per open
// transaction, by its id (MongoDB: the ClientSession; SQLite: a handle whose
// `db` is the transaction's drizzle). Undefined outside a transaction, where
// the adapter's own connection is the one to use.
export const transactionSession = async <Session>(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Session | undefined> => {
  const id = req?.transactionID ? await req.transactionID : undefined;
  if (id === undefined || id === null) return undefined;
  return (payload.db as unknown as { sessions?: Record<string, Session | undefined> }).sessions?.[String(id)];
};
