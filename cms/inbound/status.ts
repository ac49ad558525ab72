import type { Locale } from '@shared/i18n/locales';

// Where an inbound message stands (cms/collections/InboundMessages).
export const inboundStatuses = ['received', 'parsed', 'threaded', 'newCase', 'held', 'ignored', 'failed'] as const;
export type InboundStatus = (typeof inboundStatuses)[number];

// In the admin's language; why a message was ignored or held is its own
// column (statusReason), so the label does not guess at it.
export const inboundStatusLabels: Record<InboundStatus, Record<Locale, string>> = {
  received: {
    en: 'Received (not read yet)',
    nl: 'Ontvangen (nog niet gelezen)',
    de: 'Empfangen (noch nicht gelesen)',
    fr: 'Reçu (pas encore lu)',
    es: 'Recibido (aún sin leer)',
  },
  parsed: { en: 'Read', nl: 'Gelezen', de: 'Gelesen', fr: 'Lu', es: 'Leído' },
  threaded: {
    en: 'Threaded to its record',
    nl: 'Bij het dossier gevoegd',
    de: 'Dem Vorgang zugeordnet',
    fr: 'Rattaché à son dossier',
    es: 'Añadido a su expediente',
  },
  newCase: {
    en: 'Filed as a new record',
    nl: 'Als nieuw dossier geregistreerd',
    de: 'Als neuer Vorgang erfasst',
    fr: 'Enregistré comme nouveau dossier',
    es: 'Registrado como nuevo expediente',
  },
  held: {
    en: 'Held for review (failed authentication)',
    nl: 'Vastgehouden ter controle (authenticatie mislukt)',
    de: 'Zur Prüfung zurückgehalten (Authentifizierung fehlgeschlagen)',
    fr: 'Retenu pour vérification (authentification échouée)',
    es: 'Retenido para revisión (autenticación fallida)',
  },
  ignored: { en: 'Ignored', nl: 'Genegeerd', de: 'Ignoriert', fr: 'Ignoré', es: 'Ignorado' },
  failed: { en: 'Failed', nl: 'Mislukt', de: 'Fehlgeschlagen', fr: 'Échec', es: 'Fallido' },
};
