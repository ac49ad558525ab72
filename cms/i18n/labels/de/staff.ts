import type { Staff } from '../en';

export const staffDe: Staff = {
  users: {
    singular: 'Benutzer',
    plural: 'Benutzer',
    fields: { name: 'Name', roles: 'Rollen', language: 'Sprache (Mail und Verwaltung)' },
    descriptions: {},
  },
  evidence: {
    singular: 'Beweisdatei',
    plural: 'Belege',
    description:
      'Aufbewahrt, wie es einging: Niemand bearbeitet, beschneidet, ersetzt oder löscht Belege (die Aufbewahrungsfrist entfernt sie).',
    fields: { sha256: 'SHA-256', uploadedBy: 'Hochgeladen von (Team)', uploadedVia: 'Hochgeladen von' },
    descriptions: { sha256: 'Fingerabdruck der Datei, wie sie einging.' },
  },
  'canned-replies': {
    singular: 'Textbaustein',
    plural: 'Textbausteine',
    description:
      'Antworten, von denen das Team ausgeht, wenn es aus einem Fall an Kundinnen und Kunden schreibt, je Sprache. Nur veröffentlichte Bausteine werden angeboten; ohne Text in einer Sprache wird er in dieser Sprache nicht angeboten.',
    fields: { title: 'Titel', usedFor: 'Verwendet für', body: 'Text' },
    descriptions: {
      title: 'Woran das Team ihn im Editor auswählt.',
      usedFor: 'Die Vorgänge, bei denen er angeboten wird.',
      body: 'Platzhalter: {name}, {caseNumber}, {answerDue}, {domains}. Eine Leerzeile beginnt einen neuen Absatz.',
    },
  },
  departments: {
    singular: 'Abteilung',
    plural: 'Abteilungen',
    fields: {
      name: 'Name',
      slug: 'Kurzname (in Links)',
      email: 'E-Mail',
      topics: 'Themen',
      isDefault: 'Standardabteilung',
      language: 'Sprache der Mails',
    },
    descriptions: {
      topics: 'Rückmeldungen zu diesen Themen gehen hierher, sofern keine Abteilung gewählt wurde.',
      isDefault: 'Erhält die Rückmeldungen, die keine andere Abteilung übernimmt.',
    },
  },
  'api-clients': {
    singular: 'API-Client',
    plural: 'API-Clients',
    fields: { name: 'Name' },
    descriptions: {},
  },
  partners: {
    singular: 'Partner',
    plural: 'Partner',
    description:
      'Organisationen, die Missbrauchsmeldungen über die Partner-API einreichen. „Neuen API-Schlüssel generieren“, den Schlüssel kopieren (er wird nur einmal gezeigt), speichern und dem Partner geben. Ein neuer Schlüssel samt Speichern widerruft den alten; das Löschen des Partners widerruft seinen Schlüssel endgültig.',
    fields: {
      name: 'Organisation',
      contactEmail: 'Kontakt-E-Mail',
      reporterType: 'Art der meldenden Stelle',
      maxReportsPerHour: 'Höchstens Meldungen pro Stunde',
    },
    descriptions: {
      name: 'Eingereichte Meldungen zeigen dies als meldende Stelle.',
      contactEmail: 'Eingangsbestätigungen und Antworten auf die Meldungen des Partners gehen hierhin.',
      maxReportsPerHour: 'Weitere Meldungen innerhalb einer Stunde werden abgelehnt (429), bis die Stunde vorbei ist.',
    },
  },
  'reply-attachments': {
    singular: 'Anhang einer Antwort',
    plural: 'Anhänge von Antworten',
    fields: { sentBy: 'Gesendet von' },
    descriptions: {},
  },
  'erasure-requests': {
    singular: 'Löschantrag',
    plural: 'Löschanträge',
    description:
      'Löscht die personenbezogenen Daten einer meldenden Person aus jedem Fall, jeder Eskalation und jeder Rückmeldung, die mit ihrer Adresse eingereicht wurden. Nicht rückgängig zu machen.',
    fields: {
      email: 'E-Mail',
      reference: 'Zeichen',
      emailHash: 'Fingerabdruck der Adresse',
      requestedAt: 'Beantragt',
      requestedBy: 'Beantragt von',
      casesAnonymised: 'Anonymisierte Fälle',
      feedbackAnonymised: 'Anonymisierte Rückmeldungen',
    },
    descriptions: {
      email: 'Die Adresse, mit der die Person eingereicht hat. Einmal verwendet, nicht gespeichert.',
      reference: 'Ihr Zeichen für den Antrag (Ticket, Datum des Schreibens).',
    },
  },
  'payload-jobs': {
    singular: 'Auftrag in der Warteschlange',
    plural: 'Aufträge in der Warteschlange',
    fields: {},
    descriptions: {},
  },
};
