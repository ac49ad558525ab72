import type { Locale } from '../i18n/locales';

// What the customer may see behind their private status link: the contract
// between the CMS's status endpoint and the site's status page. No internal
// notes, no staff names, no personal data, nothing about other cases.
export type CaseStatusView = {
  caseNumber: string;
  channel: 'complaint' | 'abuse';
  status: 'received' | 'acknowledged' | 'inProgress' | 'answered' | 'escalated' | 'closed';
  language: Locale;
  receivedAt: string;
  acknowledgementDueAt: string | null;
  answerDueAt: string | null;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  escalationWindowEndsAt: string | null;
  canEscalate: boolean;
  // The answer as it was mailed: the customer's to read again here.
  answer: string | null;
  escalation: {
    finalAnswer: string | null;
    escalationNumber: string;
    status: string;
    acknowledgementDueAt: string | null;
    answerDueAt: string | null;
  } | null;
  messages: { at: string; summary: string }[];
};
