import type { Locale } from '@shared/i18n/locales';
import type { CaseEventType } from './index';

// What each kind of timeline entry is called in the admin, in the desk's five
// languages: staff filter and read "Assigned", not the stored value "assigned".
// The stored values stay as they are for filters, reports and the API.
export const caseEventTypeLabels: Record<CaseEventType, Record<Locale, string>> = {
  submitted: { nl: 'Ontvangen', en: 'Received', de: 'Eingegangen', fr: 'Reçu', es: 'Recibido' },
  statusChanged: {
    nl: 'Status gewijzigd',
    en: 'Status changed',
    de: 'Status geändert',
    fr: 'Statut modifié',
    es: 'Estado cambiado',
  },
  assigned: { nl: 'Toegewezen', en: 'Assigned', de: 'Zugewiesen', fr: 'Attribué', es: 'Asignado' },
  extended: {
    nl: 'Termijn verlengd',
    en: 'Deadline extended',
    de: 'Frist verlängert',
    fr: 'Délai prolongé',
    es: 'Plazo ampliado',
  },
  note: { nl: 'Interne notitie', en: 'Internal note', de: 'Interne Notiz', fr: 'Note interne', es: 'Nota interna' },
  escalated: { nl: 'Geëscaleerd', en: 'Escalated', de: 'Eskaliert', fr: 'Escaladé', es: 'Escalado' },
  overdue: {
    nl: 'Termijn verstreken',
    en: 'Deadline passed',
    de: 'Frist überschritten',
    fr: 'Délai dépassé',
    es: 'Plazo vencido',
  },
  messageToCustomer: {
    nl: 'Bericht aan de klant',
    en: 'Message to the customer',
    de: 'Nachricht an den Kunden',
    fr: 'Message au client',
    es: 'Mensaje al cliente',
  },
  forwarded: { nl: 'Doorgestuurd', en: 'Forwarded', de: 'Weitergeleitet', fr: 'Transféré', es: 'Reenviado' },
  consentRecorded: {
    nl: 'Toestemming vastgelegd',
    en: 'Consent recorded',
    de: 'Einwilligung erfasst',
    fr: 'Consentement enregistré',
    es: 'Consentimiento registrado',
  },
  messageFromCustomer: {
    nl: 'Bericht van de klant',
    en: 'Message from the customer',
    de: 'Nachricht vom Kunden',
    fr: 'Message du client',
    es: 'Mensaje del cliente',
  },
  mailNotDelivered: {
    nl: 'Mail niet bezorgd',
    en: 'Mail not delivered',
    de: 'Mail nicht zugestellt',
    fr: 'Courriel non distribué',
    es: 'Correo no entregado',
  },
  replyToCustomer: {
    nl: 'Aan de klant geschreven',
    en: 'Written to the customer',
    de: 'An den Kunden geschrieben',
    fr: 'Écrit au client',
    es: 'Escrito al cliente',
  },
  questionToCustomer: {
    nl: 'Vraag aan de klant',
    en: 'Question to the customer',
    de: 'Frage an den Kunden',
    fr: 'Question au client',
    es: 'Pregunta al cliente',
  },
  anonymised: {
    nl: 'Geanonimiseerd',
    en: 'Anonymised',
    de: 'Anonymisiert',
    fr: 'Anonymisé',
    es: 'Anonimizado',
  },
};

export const caseEventTypeOptions = (types: readonly CaseEventType[]) =>
  types.map((value) => ({ value, label: caseEventTypeLabels[value] }));
