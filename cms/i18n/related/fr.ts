import type { relatedEn } from './en';

export const relatedFr: typeof relatedEn = {
  relatedTitle: 'Même client ou mêmes domaines',
  relatedNone: 'Rien d’autre de cette adresse ni sur ces domaines.',
  relatedReceived: 'reçu le {{time}}',
  relatedSameEmail: 'même adresse e-mail',
  relatedSameDomain: 'même domaine',
  relatedEscalationOfThis: 'escalade de ce dossier',
  relatedCase: 'Dossier {{id}}',
  relatedEscalation: 'Escalade {{id}}',
  relatedFeedback: 'Avis {{id}}',
};
