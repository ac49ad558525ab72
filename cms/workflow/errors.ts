import { ValidationError, type PayloadRequest } from 'payload';

// A refused save names the field and says what to do, like any form error.
export const refuse = (collection: string, req: PayloadRequest, path: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path, message }] }, req.t);
};
