import type { relatedEn } from './en';

export const relatedDe: typeof relatedEn = {
  relatedTitle: 'Gleicher Kunde oder gleiche Domains',
  relatedNone: 'Nichts weiter von dieser Adresse oder zu diesen Domains.',
  relatedReceived: 'eingegangen {{time}}',
  relatedSameEmail: 'gleiche E-Mail-Adresse',
  relatedSameDomain: 'gleiche Domain',
  relatedEscalationOfThis: 'Eskalation dieses Falls',
  relatedCase: 'Fall {{id}}',
  relatedEscalation: 'Eskalation {{id}}',
  relatedFeedback: 'Rückmeldung {{id}}',
};
