import type { Words } from '@shared/i18n/locales';

// The life of a case and of an escalation: which status may follow which, and
// the reasons a record may be closed. One table per record kind; the hooks in
// this folder enforce them, so nothing jumps a step by accident.

export const caseStatuses = ['received', 'acknowledged', 'inProgress', 'answered', 'escalated', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const escalationStatuses = ['received', 'acknowledged', 'inProgress', 'answered', 'closed'] as const;
export type EscalationStatus = (typeof escalationStatuses)[number];

export type Status = CaseStatus | EscalationStatus;

// The same words as the customer's status page (site/i18n, status.value.*), shorter.
export const statusLabels: Record<Status, Words> = {
  received: { nl: 'Ontvangen', en: 'Received', de: 'Eingegangen', fr: 'Reçu', es: 'Recibido' },
  acknowledged: {
    nl: 'Ontvangst bevestigd',
    en: 'Acknowledged',
    de: 'Eingang bestätigt',
    fr: 'Réception confirmée',
    es: 'Recepción confirmada',
  },
  inProgress: { nl: 'In behandeling', en: 'In progress', de: 'In Bearbeitung', fr: 'En cours', es: 'En curso' },
  answered: { nl: 'Beantwoord', en: 'Answered', de: 'Beantwortet', fr: 'Réponse envoyée', es: 'Respondido' },
  escalated: { nl: 'Geëscaleerd', en: 'Escalated', de: 'Eskaliert', fr: 'Escaladé', es: 'Escalado' },
  closed: { nl: 'Afgesloten', en: 'Closed', de: 'Abgeschlossen', fr: 'Clos', es: 'Cerrado' },
};

export const closeReasons = ['resolved', 'noEscalation', 'finalAnswer', 'spam', 'duplicate', 'outOfScope'] as const;
export type CloseReason = (typeof closeReasons)[number];

export const closeReasonLabels: Record<CloseReason, Words> = {
  resolved: {
    nl: 'Opgelost na het antwoord',
    en: 'Resolved after the answer',
    de: 'Nach der Antwort erledigt',
    fr: 'Résolu après la réponse',
    es: 'Resuelto tras la respuesta',
  },
  noEscalation: {
    nl: 'Escalatietermijn verstreken',
    en: 'Escalation window ended',
    de: 'Eskalationsfrist abgelaufen',
    fr: 'Délai d’escalade écoulé',
    es: 'Plazo de escalado vencido',
  },
  finalAnswer: {
    nl: 'Definitief antwoord op de escalatie verstuurd',
    en: 'Final answer to the escalation sent',
    de: 'Abschließende Antwort auf die Eskalation gesendet',
    fr: 'Réponse définitive à l’escalade envoyée',
    es: 'Respuesta definitiva al escalado enviada',
  },
  spam: { nl: 'Spam', en: 'Spam', de: 'Spam', fr: 'Spam', es: 'Spam' },
  duplicate: { nl: 'Dubbel', en: 'Duplicate', de: 'Duplikat', fr: 'Doublon', es: 'Duplicado' },
  outOfScope: {
    nl: 'Valt buiten de procedure',
    en: 'Out of scope',
    de: 'Nicht zuständig',
    fr: 'Hors du champ de la procédure',
    es: 'Fuera del ámbito del procedimiento',
  },
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
    ? `A ${lifecycle.kind} that is ${statusLabels[from].en.toLowerCase()} can only move to: ${allowed.map((s) => statusLabels[s].en.toLowerCase()).join(', ')}.`
    : `A ${lifecycle.kind} that is ${statusLabels[from].en.toLowerCase()} cannot change status any more.`;
};
