import type { relatedEn } from './en';

export const relatedEs: typeof relatedEn = {
  relatedTitle: 'Mismo cliente o mismos dominios',
  relatedNone: 'Nada más de esta dirección ni sobre estos dominios.',
  relatedReceived: 'recibido el {{time}}',
  relatedSameEmail: 'misma dirección de correo',
  relatedSameDomain: 'mismo dominio',
  relatedEscalationOfThis: 'escalado de este caso',
  relatedCase: 'Caso {{id}}',
  relatedEscalation: 'Escalado {{id}}',
  relatedFeedback: 'Comentario {{id}}',
};
