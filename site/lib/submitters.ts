import { validationMessage } from '@shared/i18n/validation';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@shared/limits';
import type { FormKind } from '../forms/types';
import { submit, uploadEvidence } from './cms';
import type { Confirmation } from './confirmation';
import type { Submitter } from './formPost';
import type { Channel } from '@shared/channel';

type Deadlines = { acknowledgementDueAt?: string | null; answerDueAt?: string | null; reviewDueAt?: string | null };
type CreatedCase = { caseNumber: string; deadlines?: Deadlines; accessToken?: string };
type CreatedEscalation = { escalationNumber: string; deadlines?: Deadlines };

const fromCase =
  (kind: Channel) =>
  (doc: CreatedCase): Confirmation => ({
    kind,
    number: doc.caseNumber,
    acknowledgementDueAt: doc.deadlines?.acknowledgementDueAt,
    answerDueAt: doc.deadlines?.answerDueAt,
    reviewDueAt: doc.deadlines?.reviewDueAt,
    statusToken: doc.accessToken,
  });

const fileCase =
  (kind: Channel, attachments?: (number | string)[]): Submitter<Confirmation> =>
  async ({ values, locale }) => {
    const body = kind === 'abuse' ? { ...values, channel: 'abuse', attachments } : values;
    const result = await submit<CreatedCase>('cases', body, locale);
    return result.kind === 'created' ? { kind: 'done', result: fromCase(kind)(result.doc) } : result;
  };

// Evidence goes up first (the CMS checks each file's real type), then the
// report that cites it.
const fileAbuseReport: Submitter<Confirmation> = async (args) => {
  const { files, locale } = args;
  const tooMany = files.length > MAX_EVIDENCE_FILES;
  if (tooMany || files.some((file) => file.size > MAX_EVIDENCE_FILE_BYTES)) {
    return {
      kind: 'invalid',
      errors: { attachments: validationMessage(locale, tooMany ? 'tooManyFiles' : 'fileTooLarge') },
    };
  }
  const ids: (number | string)[] = [];
  for (const file of files) {
    const upload = await uploadEvidence(file);
    if (upload.kind === 'unavailable') return { kind: 'unavailable' };
    if (upload.kind === 'refused') {
      return {
        kind: 'invalid',
        errors: { attachments: validationMessage(locale, 'fileType').replace('{file}', file.name) },
      };
    }
    ids.push(upload.id);
  }
  return fileCase('abuse', ids)(args);
};

const fileEscalation: Submitter<Confirmation> = async ({ values, locale }) => {
  const result = await submit<CreatedEscalation>('escalations', values, locale);
  if (result.kind !== 'created') return result;
  const { escalationNumber, deadlines } = result.doc;
  return {
    kind: 'done',
    result: {
      kind: 'escalation',
      number: escalationNumber,
      acknowledgementDueAt: deadlines?.acknowledgementDueAt,
      answerDueAt: deadlines?.answerDueAt,
    },
  };
};

const sendFeedback: Submitter<Confirmation> = async ({ values, locale }) => {
  const result = await submit<unknown>('feedback', values, locale);
  return result.kind === 'created' ? { kind: 'done', result: { kind: 'feedback' } } : result;
};

export const submitters: Record<FormKind, Submitter<Confirmation>> = {
  complaint: fileCase('complaint'),
  abuse: fileAbuseReport,
  escalation: fileEscalation,
  feedback: sendFeedback,
};
