import type { Status } from './lifecycle';

// The workflow part of a case or an escalation, as the hooks see it.
export type WorkflowDoc = {
  id?: number | string;
  status?: Status | null;
  closeReason?: string | null;
  closeNote?: string | null;
  receivedAt?: string | null;
  deadlines?: {
    acknowledgementDueAt?: string | null;
    answerDueAt?: string | null;
    reviewDueAt?: string | null;
    nextDeadlineAt?: string | null;
    acknowledgementOverdue?: boolean | null;
    answerOverdue?: boolean | null;
    calendar?: string | null;
    urgency?: string | null;
    urgencyRank?: number | null;
  } | null;
  extension?: {
    expectedAnswerAt?: string | null;
    reason?: string | null;
    lateReason?: string | null;
    recordedAt?: string | null;
  } | null;
  milestones?: { acknowledgedAt?: string | null; answeredAt?: string | null; closedAt?: string | null } | null;
  escalationWindowEndsAt?: string | null;
  addNote?: string | null;
  answer?: string | null;
};

// What the workflow hooks tell the timeline hook about one save.
export type WorkflowChanges = {
  statusChange?: { from: Status; to: Status };
  extension?: { expectedAnswerAt: string; reason: string; late: boolean };
  note?: string;
};
