import type { Globals } from '../en';

export const globalsDe: Globals = {
  'procedure-page': {
    label: 'Verfahrensseite',
    fields: { title: 'Titel', intro: 'Einleitung', body: 'Text' },
    descriptions: {},
  },
  'contact-details': {
    label: 'Kontaktdaten',
    fields: {
      organisation: 'Organisation',
      department: 'Abteilung',
      escalationDepartment: 'Abteilung für Eskalationen',
      street: 'Straße',
      postalCode: 'Postleitzahl',
      city: 'Ort',
      country: 'Land',
      phone: 'Telefon',
      fax: 'Fax',
      complaintsEmail: 'Postfach für Beschwerden',
      complaintsLanguage: 'Standardsprache der Beschwerde-Mails',
      abuseEmail: 'Postfach für Missbrauch',
      abuseLanguage: 'Standardsprache der Missbrauchs-Mails',
      feedbackEmail: 'Postfach für Rückmeldungen',
      feedbackLanguage: 'Standardsprache der Rückmeldungs-Mails',
    },
    descriptions: {
      phone:
        'Mit Ländervorwahl, z. B. +49 6894 9396 850 (eine Nummer ohne wird als deutsch gelesen). Gespeichert als +4968949396850; die Website zeigt sie als 06894 9396850.',
      fax: 'Mit Ländervorwahl, z. B. +49 6894 9396 850 (eine Nummer ohne wird als deutsch gelesen). Gespeichert als +4968949396850; die Website zeigt sie als 06894 9396850.',
      complaintsLanguage:
        'Mails an das Beschwerdepostfach werden in dieser Sprache erfasst und bestätigt, wenn ihr Text zu kurz ist, um die Sprache zu erkennen. Das Team kann die Sprache eines Vorgangs korrigieren. Von Administratoren festgelegt.',
      abuseLanguage:
        'Mails an das Missbrauchspostfach werden in dieser Sprache erfasst und bestätigt, wenn ihr Text zu kurz ist, um die Sprache zu erkennen. Das Team kann die Sprache eines Vorgangs korrigieren. Von Administratoren festgelegt.',
      feedbackLanguage:
        'Mails an das Rückmeldungspostfach werden in dieser Sprache erfasst und bestätigt, wenn ihr Text zu kurz ist, um die Sprache zu erkennen. Das Team kann die Sprache eines Vorgangs korrigieren. Von Administratoren festgelegt.',
    },
  },
  'form-choices': {
    label: 'Auswahlen und Texte der Formulare',
    fields: {
      'tab.complaintTopics': 'Beschwerdethemen',
      'tab.abuseCategories': 'Missbrauchskategorien',
      'tab.labels': 'Formulartexte',
      'choice.offered': 'Im Formular angeboten',
      'choice.label': 'Bezeichnung',
      'choice.help': 'Hilfetext',
      labels: 'Texte',
      'labels.key': 'Text im Formular',
      'labels.text': 'Ihre Formulierung',
    },
    rows: { labels: 'Text' },
    descriptions: {
      'tab.labels':
        'Alle anderen Bezeichnungen und Hinweise stammen aus den Übersetzungsdateien der Website. Fügen Sie eine Zeile hinzu, um es in der bearbeiteten Sprache anders zu sagen; entfernen Sie sie, um zurückzukehren.',
      'choice.label': 'Leer: die eigenen Worte des Formulars in dieser Sprache („{{choice}}“ auf Englisch).',
      'choice.help': 'Erscheint im Formular unter der Liste.',
    },
  },
  'mail-settings': {
    label: 'Mail-Einstellungen',
    fields: {
      fromName: 'Absendername',
      fromAddress: 'Absenderadresse',
      staffFromAddress: 'Absenderadresse für Mails an das Team',
      greeting: 'Anrede',
      greetingWithoutName: 'Anrede ohne Namen',
      signature: 'Signatur',
      reminderLeadHours: 'Erinnerung vorab (Stunden)',
    },
    descriptions: {
      fromName: 'Der Absendername, den Kundinnen und Kunden sehen, z. B. „Key-Systems Kundenservice“.',
      fromAddress:
        'Absender der Mails an Kundinnen und Kunden. Muss auf einer beim Mail-Anbieter verifizierten Domain liegen. Antworten gehen an das Kanalpostfach aus den Kontaktdaten.',
      staffFromAddress: 'Absender von Benachrichtigungen und Erinnerungen an das Team und die Abteilungen.',
      greeting:
        'Erste Zeile jeder Mail an Kundinnen und Kunden. {name} wird durch den Namen ersetzt; andere Platzhalter werden nicht gefüllt.',
      greetingWithoutName: 'Wenn kein Name angegeben wurde (anonyme Rückmeldung). Keine Platzhalter.',
      signature: 'Letzte Zeilen jeder Mail an Kundinnen und Kunden. Keine Platzhalter.',
      reminderLeadHours:
        'So viele Stunden vor Fälligkeit einer Eingangsbestätigung oder Antwort wird das Team erinnert.',
    },
  },
  'mail-wording': {
    label: 'Mail-Texte',
    fields: {
      acknowledgementComplaint: 'Eingangsbestätigung einer Beschwerde',
      acknowledgementAbuse: 'Eingangsbestätigung einer Missbrauchsmeldung',
      acknowledgementEscalation: 'Eingangsbestätigung einer Eskalation',
      acknowledgementFeedback: 'Dank für eine Rückmeldung',
      extension: 'Verlängerungsmitteilung',
      answer: 'Antwort (vor der eigentlichen Antwort)',
      answerEscalation: 'Antwort (wie eskaliert wird)',
      finalAnswer: 'Abschließende Antwort (vor der eigentlichen Antwort)',
      duplicate: 'Als Duplikat geschlossen',
      windowClosed: 'Fall nach Ablauf der Eskalationsfrist geschlossen',
      registrant: 'Missbrauchsmeldung an den Domaininhaber weitergeleitet',
    },
    descriptions: {},
  },
  'calendar-settings': {
    label: 'Kalender',
    fields: { closureDays: 'Schließtage', 'closureDays.date': 'Datum', 'closureDays.reason': 'Grund' },
    rows: { closureDays: 'Schließtag' },
    descriptions: {
      closureDays:
        'Tage, an denen das Büro außer an Wochenenden und saarländischen Feiertagen geschlossen ist. Bereits zugesagte Fristen verschieben sich nicht.',
    },
  },
  'retention-settings': {
    label: 'Aufbewahrung',
    fields: { caseMonths: 'Fälle: Monate nach Schließung', feedbackMonths: 'Rückmeldungen: Monate nach Eingang' },
    descriptions: {
      caseMonths: 'Monate nach Schließung eines Falls, bis seine personenbezogenen Daten entfernt werden.',
      feedbackMonths: 'Monate nach Eingang einer Rückmeldung, bis Nachricht und Kontaktdaten entfernt werden.',
    },
  },
};
