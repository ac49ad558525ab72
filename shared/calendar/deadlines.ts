// The procedure's promises, in business days (shared/docs/procedure.md).
export const deadlineRules = {
  acknowledgement: 2,
  answer: 10,
  escalationWindow: 20,
  escalationAcknowledgement: 2,
  finalAnswer: 10,
} as const;
