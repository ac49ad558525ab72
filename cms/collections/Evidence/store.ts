import { APIError, ValidationError, type CollectionSlug, type PayloadRequest, type RequestContext } from 'payload';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@shared/limits';
import { evidenceOrigin } from '../../hooks/context';
import { evidenceMimeTypes } from './index';

export type IncomingFile = { filename: string; contentType: string; content: Buffer };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

// What is wrong with files by the site's limits for evidence: at most
// MAX_EVIDENCE_FILES files of at most MAX_EVIDENCE_FILE_BYTES each. The one
// check for files that do not come through the site's form (a partner's
// report, a mail to abuse@, a reply's attachments, cms/replies/).
export type FilesProblem =
  | { kind: 'tooMany'; count: number; limit: number }
  | { kind: 'tooLarge'; filename: string; size: string; limit: string };

export const fileCountProblem = (count: number): FilesProblem | undefined =>
  count > MAX_EVIDENCE_FILES ? { kind: 'tooMany', count, limit: MAX_EVIDENCE_FILES } : undefined;

export const fileSizeProblem = ({ filename, size }: { filename: string; size: number }): FilesProblem | undefined =>
  size > MAX_EVIDENCE_FILE_BYTES
    ? { kind: 'tooLarge', filename, size: megabytes(size), limit: megabytes(MAX_EVIDENCE_FILE_BYTES) }
    : undefined;

// A set is refused whole when any of its files breaks a limit.
export const filesProblem = (files: IncomingFile[]): FilesProblem | undefined =>
  fileCountProblem(files.length) ??
  files.map((file) => fileSizeProblem({ filename: file.filename, size: file.content.length })).find(Boolean);

// A problem in words, for a partner's report and the notes on a mail's attachments.
export const describeFilesProblem = (problem: FilesProblem): string =>
  problem.kind === 'tooMany'
    ? `At most ${problem.limit} evidence files are accepted; this report has ${problem.count}.`
    : `Evidence file ${problem.filename} is ${problem.size}; at most ${problem.limit} each.`;

export const evidenceProblem = (files: IncomingFile[]): string | undefined => {
  const problem = filesProblem(files);
  return problem && describeFilesProblem(problem);
};

// A file Payload's upload refused (its type, recognised from the content, is
// not one the collection takes), as opposed to anything else going wrong.
export const isRefusedFile = (error: unknown): boolean =>
  (error instanceof APIError || error instanceof ValidationError) && error.status < 500;

// An upload as Payload stored it: its id and the cleaned name, type and size.
export type StoredFile = {
  id: number | string;
  filename?: string | null;
  mimeType?: string | null;
  filesize?: number | null;
};

// Stores files in an upload collection with the checks of the site's uploads:
// Payload's upload checks the type from the content (the collection's allowed
// types) and cleans the name; size and count are checked by the caller
// (filesProblem), as the Local API does not apply the REST upload's size limit.
// A refused file throws `refused(file)`; files stored before it are removed.
export const storeCheckedFiles = async (
  req: PayloadRequest,
  {
    collection,
    files,
    data = {},
    context,
    refused,
  }: {
    collection: CollectionSlug;
    files: IncomingFile[];
    data?: Record<string, unknown>;
    context?: RequestContext;
    refused: (file: IncomingFile) => Error;
  },
): Promise<StoredFile[]> => {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      const doc = await req.payload
        .create({
          collection,
          data: data as never,
          file: { data: file.content, mimetype: file.contentType, name: file.filename, size: file.content.length },
          overrideAccess: true,
          context,
          depth: 0,
          req,
        })
        .catch((error: unknown) => {
          throw isRefusedFile(error) ? refused(file) : error;
        });
      stored.push(doc as StoredFile);
    }
    return stored;
  } catch (error) {
    await removeFiles(
      req,
      collection,
      stored.map((doc) => doc.id),
    );
    throw error;
  }
};

// Undoes storeCheckedFiles when what cites the files was refused.
export const removeFiles = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: (number | string)[],
): Promise<void> => {
  if (ids.length === 0) return;
  await req.payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true, req });
};

// Payload's own refusal of a file ("There was a problem while uploading the
// file.") said in words a sender can act on.
const refusedEvidence = (file: IncomingFile) =>
  new APIError(
    `Evidence file ${file.filename} (declared ${file.contentType}) was refused: the desk takes only ${evidenceMimeTypes.join(', ')} files, recognised by their content.`,
    400,
    undefined,
    true,
  );

// Stores files as evidence; `origin` says who brought them (shown as "Uploaded
// by"). Refused input throws before anything more is stored.
export const storeEvidenceFiles = async (
  req: PayloadRequest,
  files: IncomingFile[],
  origin: string,
): Promise<(number | string)[]> => {
  const problem = evidenceProblem(files);
  if (problem) throw new APIError(problem, 400, undefined, true);
  const stored = await storeCheckedFiles(req, {
    collection: 'evidence',
    files,
    context: evidenceOrigin.with(origin),
    refused: refusedEvidence,
  });
  return stored.map((doc) => doc.id);
};

export const removeEvidence = (req: PayloadRequest, ids: (number | string)[]): Promise<void> =>
  removeFiles(req, 'evidence', ids);
