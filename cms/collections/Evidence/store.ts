import { APIError, ValidationError, type PayloadRequest } from 'payload';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@shared/limits';
import { evidenceOrigin } from '../../hooks/context';
import { evidenceMimeTypes } from './index';

export type IncomingFile = { filename: string; contentType: string; content: Buffer };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

// The site's limits for evidence, for files that did not come through its form
// (a partner's report, a mail to abuse@): at most MAX_EVIDENCE_FILES files of
// at most MAX_EVIDENCE_FILE_BYTES each. Each check says what is wrong, or nothing.
export const evidenceCountProblem = (count: number): string | undefined =>
  count > MAX_EVIDENCE_FILES
    ? `At most ${MAX_EVIDENCE_FILES} evidence files are accepted; this report has ${count}.`
    : undefined;

export const evidenceSizeProblem = ({ filename, size }: { filename: string; size: number }): string | undefined =>
  size > MAX_EVIDENCE_FILE_BYTES
    ? `Evidence file ${filename} is ${megabytes(size)}; at most ${megabytes(MAX_EVIDENCE_FILE_BYTES)} each.`
    : undefined;

// A report is refused whole when any of its files breaks a limit.
export const evidenceProblem = (files: IncomingFile[]): string | undefined =>
  evidenceCountProblem(files.length) ??
  files.map((file) => evidenceSizeProblem({ filename: file.filename, size: file.content.length })).find(Boolean);

// Stores files as evidence with the same checks as the site's uploads:
// Payload's upload checks the type from the content (the Evidence collection's
// allowed types) and cleans the name; the size and count are checked here, as
// the Local API does not apply the REST upload's size limit. `origin` says who
// brought them (shown as "Uploaded by"). Refused input throws before anything
// more is stored; files stored before a refusal are removed again.
export const storeEvidenceFiles = async (
  req: PayloadRequest,
  files: IncomingFile[],
  origin: string,
): Promise<(number | string)[]> => {
  const problem = evidenceProblem(files);
  if (problem) throw new APIError(problem, 400, undefined, true);
  const ids: (number | string)[] = [];
  try {
    for (const file of files) {
      const doc = await req.payload
        .create({
          collection: 'evidence',
          data: {},
          file: { data: file.content, mimetype: file.contentType, name: file.filename, size: file.content.length },
          overrideAccess: true,
          context: evidenceOrigin.with(origin),
          req,
        })
        .catch((error: unknown) => {
          throw refusedFile(error, file);
        });
      ids.push(doc.id);
    }
    return ids;
  } catch (error) {
    await removeEvidence(req, ids);
    throw error;
  }
};

// Payload's own refusal of a file ("There was a problem while uploading the
// file.") said in words a sender can act on; anything else is left as it is.
const refusedFile = (error: unknown, file: IncomingFile): unknown => {
  const refused = (error instanceof APIError || error instanceof ValidationError) && error.status < 500;
  if (!refused) return error;
  return new APIError(
    `Evidence file ${file.filename} (declared ${file.contentType}) was refused: the desk takes only ${evidenceMimeTypes.join(', ')} files, recognised by their content.`,
    400,
    undefined,
    true,
  );
};

// Undoes storeEvidenceFiles when the report that cites the files was refused.
export const removeEvidence = async (req: PayloadRequest, ids: (number | string)[]): Promise<void> => {
  if (ids.length === 0) return;
  await req.payload.delete({ collection: 'evidence', where: { id: { in: ids } }, overrideAccess: true, req });
};
