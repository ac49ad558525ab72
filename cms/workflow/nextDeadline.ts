import { awaitingAnswer } from './lifecycle';
import type { WorkflowDoc } from './types';

// The answer is due at the promised date, or at the new date an extension told
// the customer.
export const effectiveAnswerDue = (doc: WorkflowDoc): string | null =>
  doc.extension?.expectedAnswerAt ?? doc.deadlines?.answerDueAt ?? null;

// The nearest deadline still open: what staff lists sort by.
export const nextDeadline = (doc: WorkflowDoc): string | null => {
  const status = doc.status ?? 'received';
  if (status === 'received') {
    const candidates = [
      doc.deadlines?.reviewDueAt,
      doc.deadlines?.acknowledgementDueAt,
      effectiveAnswerDue(doc),
    ].filter((value): value is string => Boolean(value));
    return candidates.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
  }
  if (awaitingAnswer.includes(status)) return effectiveAnswerDue(doc);
  if (status === 'answered') return doc.escalationWindowEndsAt ?? null;
  return null;
};
