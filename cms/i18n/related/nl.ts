import type { relatedEn } from './en';

export const relatedNl: typeof relatedEn = {
  relatedTitle: 'Zelfde klant of domeinen',
  relatedNone: 'Niets anders van dit adres of over deze domeinen.',
  relatedReceived: 'ontvangen {{time}}',
  relatedSameEmail: 'zelfde e-mailadres',
  relatedSameDomain: 'zelfde domein',
  relatedEscalationOfThis: 'escalatie van deze zaak',
  relatedCase: 'Zaak {{id}}',
  relatedEscalation: 'Escalatie {{id}}',
  relatedFeedback: 'Feedback {{id}}',
};
