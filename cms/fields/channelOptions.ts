// The desk's channels as staff read them in selects, list columns and filters,
// in the admin's language; the stored values stay what they are.
const channelLabels = {
  complaint: { en: 'Complaint', nl: 'Klacht', de: 'Beschwerde', fr: 'Réclamation', es: 'Reclamación' },
  abuse: {
    en: 'Abuse report',
    nl: 'Misbruikmelding',
    de: 'Missbrauchsmeldung',
    fr: "Signalement d'abus",
    es: 'Denuncia de abuso',
  },
  feedback: { en: 'Feedback', nl: 'Feedback', de: 'Rückmeldung', fr: 'Avis', es: 'Comentario' },
  // Invitations and password resets in the outbox.
  account: { en: 'Account', nl: 'Account', de: 'Konto', fr: 'Compte', es: 'Cuenta' },
} as const;

export type ChannelOption = keyof typeof channelLabels;

export const channelOptions = (...channels: ChannelOption[]) =>
  channels.map((value) => ({ value, label: channelLabels[value] }));
