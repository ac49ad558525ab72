import type { PayloadRequest } from 'payload';
import { formatDeadline } from '@shared/i18n/formatDate';
import type { Locale } from '@shared/i18n/locales';
import type { CannedReplyUse } from '../collections/CannedReplies';
import { customerRecord as caseCustomer, referenceOf } from '../mail/events/caseMail';
import { escalationReference } from '../mail/events/audiences';
import { customerRecord as escalationCustomer } from '../mail/events/escalationMail';
import { caseStatusUrl } from '../mail/links';
import type { Reference } from '../mail/messages';
import type { Case, Escalation } from '../payload-types';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';
import type { ReplyValues } from './placeholders';

export type ReplyCollection = 'cases' | 'escalations';

type Relations = { case: number; escalation?: number };

// What a reply needs to know about the record it is written on.
export type ReplyRecord = {
  collection: ReplyCollection;
  doc: Case | Escalation;
  // Which canned replies it is offered (cms/collections/CannedReplies/).
  use: CannedReplyUse;
  customer: ReturnType<typeof caseCustomer>;
  ref: Reference;
  relations: Relations;
  // The number the customer knows the record by.
  number: string;
};

// Read as the signed-in colleague, with their access rules: a handler does not
// find an abuse report, an abuse specialist no escalation, an editor nothing.
export const findReplyRecord = async (
  req: PayloadRequest,
  collection: ReplyCollection,
  id: string,
): Promise<ReplyRecord> => {
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req });
  if (collection === 'cases') {
    const found = doc as Case;
    return {
      collection,
      doc: found,
      use: found.channel,
      customer: caseCustomer(found),
      ref: referenceOf(found),
      relations: { case: found.id },
      number: found.caseNumber ?? '',
    };
  }
  const found = doc as Escalation;
  const { ref, relations } = await escalationReference(req, found);
  return {
    collection,
    doc: found,
    use: 'escalation',
    customer: { ...escalationCustomer(found, relations), relations },
    ref,
    relations,
    number: found.escalationNumber ?? '',
  };
};

// The placeholders' values for this record, in the reply's language.
export const replyValues = (record: ReplyRecord, language: Locale): ReplyValues => {
  // The answer the customer was promised: the extended date, else the deadline.
  const due = effectiveAnswerDue(record.doc as WorkflowDoc);
  return {
    name: record.doc.reporter.name,
    caseNumber: record.number,
    answerDue: due ? formatDeadline(due, language) : '',
    domains: (record.doc.domains ?? []).map((domain) => domain.unicode).join(', '),
  };
};

// The customer's private status page, as the other mail about the record links it.
export const replyStatusUrl = (req: PayloadRequest, record: ReplyRecord, language: Locale) =>
  caseStatusUrl(req, record.relations.case, language);
