import type { Locale } from '../i18n/locales';
import type { ProcedureInForceView } from './content';
import type { CustomerMessage } from './conversation';

// A date we promised and, once it happened, when we kept it. The site says
// "kept", "kept late", "missed" or "due" from these two dates.
export type StatusPromise = {
  kind: 'acknowledgement' | 'answer' | 'finalAnswer';
  dueAt: string | null;
  keptAt: string | null;
  // The first date, when an extension notice moved it.
  extendedFrom: string | null;
};

// What the customer may see behind their private status link: the contract
// between the CMS's status endpoint and the site's status page. The token is
// the customer's key, so it shows their own filing (to read again and to fill
// in an escalation), but no internal notes, no staff names and nothing about
// other cases.
export type CaseStatusView = {
  caseNumber: string;
  channel: 'complaint' | 'abuse';
  status: 'received' | 'acknowledged' | 'inProgress' | 'answered' | 'escalated' | 'closed';
  language: Locale;
  receivedAt: string;
  receivedVia: string;
  filed: {
    name: string;
    email: string;
    topic: string | null;
    category: string | null;
    domains: string[];
    // Labelled by the site: description, expectedOutcome, evidence, urls.
    texts: { field: 'description' | 'expectedOutcome' | 'evidence' | 'urls'; text: string }[];
  };
  promises: StatusPromise[];
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
    escalationNumber: string;
    status: string;
    receivedAt: string;
    texts: { field: 'description' | 'reasonUnsatisfied' | 'expectedSteps'; text: string }[];
    promises: StatusPromise[];
    finalAnswer: string | null;
    answeredAt: string | null;
    acknowledgementDueAt: string | null;
    answerDueAt: string | null;
  } | null;
  // What we mailed the customer and what they sent us, oldest first (cms/conversation/customer.ts).
  conversation: CustomerMessage[];
  // The published procedure in force when the case arrived (site: /[lang]/procedure/[versionId]).
  procedureInForce: ProcedureInForceView | null;
};
