// The life of a case and of an escalation: which status may follow which, and
// the reasons a record may be closed. One table per record kind; the hooks in
// this folder enforce them, so nothing jumps a step by accident.

export const caseStatuses = ['received', 'acknowledged', 'inProgress', 'answered', 'escalated', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const escalationStatuses = ['received', 'acknowledged', 'inProgress', 'answered', 'closed'] as const;
export type EscalationStatus = (typeof escalationStatuses)[number];

export type Status = CaseStatus | EscalationStatus;

export const statusLabels: Record<Status, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  inProgress: 'In progress',
  answered: 'Answered',
  escalated: 'Escalated',
  closed: 'Closed',
};

export const closeReasons = ['resolved', 'noEscalation', 'finalAnswer', 'spam', 'duplicate', 'outOfScope'] as const;
export type CloseReason = (typeof closeReasons)[number];

export const closeReasonLabels: Record<CloseReason, string> = {
  resolved: 'Resolved after the answer',
  noEscalation: 'Escalation window ended',
  finalAnswer: 'Final answer to the escalation sent',
  spam: 'Spam',
  duplicate: 'Duplicate',
  outOfScope: 'Out of scope',
};

// Closing before an answer is only for submissions that are not real cases, and
// needs a note saying why.
export const earlyCloseReasons: readonly CloseReason[] = ['spam', 'duplicate', 'outOfScope'];

export type Lifecycle = {
  kind: 'case' | 'escalation';
  transitions: Record<string, readonly Status[]>;
  // Statuses only the system sets (the escalation intake, the jobs).
  systemOnly: readonly Status[];
};

export const caseLifecycle: Lifecycle = {
  kind: 'case',
  transitions: {
    received: ['acknowledged', 'closed'],
    acknowledged: ['inProgress', 'closed'],
    inProgress: ['answered', 'closed'],
    answered: ['escalated', 'closed'],
    escalated: ['closed'],
    closed: [],
  },
  systemOnly: ['escalated'],
};

export const escalationLifecycle: Lifecycle = {
  kind: 'escalation',
  transitions: {
    received: ['acknowledged', 'closed'],
    acknowledged: ['inProgress', 'closed'],
    inProgress: ['answered', 'closed'],
    answered: ['closed'],
    closed: [],
  },
  systemOnly: [],
};

// While the answer is still owed, its deadline runs.
export const awaitingAnswer: readonly Status[] = ['received', 'acknowledged', 'inProgress'];

export const transitionError = (lifecycle: Lifecycle, from: Status, to: Status): string | undefined => {
  if (from === to) return undefined;
  if (lifecycle.transitions[from]?.includes(to)) return undefined;
  const allowed = lifecycle.transitions[from] ?? [];
  return allowed.length
    ? `A ${lifecycle.kind} that is ${statusLabels[from].toLowerCase()} can only move to: ${allowed.map((s) => statusLabels[s].toLowerCase()).join(', ')}.`
    : `A ${lifecycle.kind} that is ${statusLabels[from].toLowerCase()} cannot change status any more.`;
};
