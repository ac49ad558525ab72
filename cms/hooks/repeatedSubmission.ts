import {
  APIError,
  ValidationError,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type Field,
  type PayloadRequest,
} from 'payload';
import { isSubmissionKey, REPEATED_SUBMISSION_STATUS, SUBMISSION_KEY_FIELD } from '@shared/submissionKey';
import { isSiteClient } from '../access/roles';

// A form on the site carries a random key, made when the form was shown. The
// site sends it with the submission, and sends it again when the CMS did not
// answer in time (it may have stored the form all the same). Each key is stored
// once: a repeat is answered with the record the first one made, so one form
// filed twice, or retried after a timeout, is still one case.
export const submissionKeyField: Field = {
  name: SUBMISSION_KEY_FIELD,
  type: 'text',
  unique: true,
  index: true,
  admin: { hidden: true },
  access: { read: () => false, update: () => false },
};

export const submissionKeyOf = (data: Record<string, unknown>): string | undefined =>
  isSubmissionKey(data[SUBMISSION_KEY_FIELD]) ? data[SUBMISSION_KEY_FIELD] : undefined;

// What the site shows the reader for a record: the same as the create answer.
type Confirmation = (doc: Record<string, unknown>, req: PayloadRequest) => Record<string, unknown>;

const isRepeatedKey = (error: unknown): boolean =>
  error instanceof ValidationError &&
  error.data.errors.some((problem) => problem.path === SUBMISSION_KEY_FIELD || problem.path === 'submission_key');

// The key's unique index is the check: nothing is looked up before a create
// (one database round trip less for every form), and two copies racing each
// other are told apart by the database itself. The copy the index refuses is
// answered here, on the REST route the site uses, with the first record. (A
// repeat costs the number it drew: a gap in the series, which is harmless.)
export const answerRepeatedSubmission =
  (confirmation: Confirmation): CollectionAfterErrorHook =>
  async ({ error, collection, req }) => {
    if (!isRepeatedKey(error) || !isSiteClient(req.user)) return;
    const key = submissionKeyOf((req.data ?? {}) as Record<string, unknown>);
    if (!key) return;
    // Outside the failed create's transaction, which is gone.
    const { docs } = await req.payload.find({
      collection: collection.slug as 'cases',
      where: { submissionKey: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    });
    const first = docs[0] as Record<string, unknown> | undefined;
    if (!first) return;
    return {
      status: REPEATED_SUBMISSION_STATUS,
      response: {
        errors: [
          {
            name: 'APIError',
            message: 'This form has been received already.',
            data: { doc: confirmation(first, req) },
          },
        ],
      },
    };
  };

// An escalation's validation would refuse its own repeat ("already escalated")
// before the index is reached, so its key is looked up first.
export const checkRepeatedSubmission =
  (confirmation: Confirmation): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' || !isSiteClient(req.user)) return args;
    const key = submissionKeyOf((args as { data?: Record<string, unknown> }).data ?? {});
    if (!key) return args;
    const { docs } = await req.payload.find({
      collection: collection.slug as 'cases',
      where: { submissionKey: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    });
    const first = docs[0] as Record<string, unknown> | undefined;
    if (!first) return args;
    throw new APIError(
      'This form has been received already.',
      REPEATED_SUBMISSION_STATUS,
      { doc: confirmation(first, req) },
      true,
    );
  };
