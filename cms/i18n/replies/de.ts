// German labels for writing to the customer; typed against the English (./en.ts).
import type { RepliesTranslations } from './en';

export const de: RepliesTranslations = {
  heading: 'An den Kunden schreiben',
  intro:
    'Geht per Mail an {{to}}, mit Anrede und Grußformel, in der gewählten Sprache, und steht danach im Verlauf. Sie ändert weder den Status noch eine Frist: Die Antwort bleibt ein eigener Schritt.',
  introNoEmail: 'Dieser Kunde hat keine E-Mail-Adresse: Schreiben Sie ihm per Post.',
  language: 'Sprache der Nachricht',
  customerLanguage: '{{language}} (die des Kunden)',
  canned: 'Mit einer Textvorlage beginnen',
  cannedNone: 'Keine: selbst schreiben',
  cannedNoneInLanguage: 'In dieser Sprache gibt es noch keine Textvorlagen.',
  cannedLoading: 'Textvorlagen werden geladen…',
  cannedLoadFailed: 'Die Textvorlagen konnten nicht geladen werden. Sie können trotzdem selbst schreiben.',
  cannedReplaces: 'Eine gewählte Textvorlage ersetzt den Text unten.',
  text: 'Nachricht',
  textHint: 'Verwendbare Platzhalter: {{list}}. Eine Leerzeile beginnt einen neuen Absatz.',
  question: 'Dies ist eine Frage: Die Mail bittet den Kunden um Antwort',
  attachments: 'Anhänge (optional)',
  attachmentsHint:
    'Bis zu {{count}} Dateien mit je höchstens {{size}}: PDF, Text, Bilder (PNG, JPEG, GIF, WebP) oder Mail.',
  send: 'An den Kunden senden',
  sending: 'Wird gesendet…',
  sent: 'An {{to}} gesendet: Die Nachricht steht im Postausgang und im Verlauf.',
  sentKeepEdits:
    'Auf dieser Seite gibt es ungespeicherte Änderungen, deshalb wurde sie nicht neu geladen: Speichern Sie sie, um die Nachricht im Verlauf zu sehen.',
  failed: 'Nicht gesendet.',
  offline: 'Der Desk war nicht erreichbar. Es wurde nichts gesendet; bitte erneut versuchen.',
  notAllowed:
    'Nur wer diesen Vorgang bearbeitet, schreibt seinem Kunden: Beschwerdebearbeiter bei Beschwerden und Eskalationen, Abuse-Spezialisten bei Missbrauchsmeldungen.',
  noEmail: 'Dieser Kunde hat keine E-Mail-Adresse: Schreiben Sie ihm per Post und vermerken Sie es im Vorgang.',
  empty: 'Schreiben Sie die Nachricht oder wählen Sie eine Textvorlage.',
  tooLong: 'Die Nachricht ist länger als {{max}} Zeichen.',
  badLanguage: 'Wählen Sie eine der angebotenen Sprachen.',
  cannedUnknown: 'Diese Textvorlage gibt es für diesen Vorgang in dieser Sprache nicht.',
  tooManyFiles: 'Höchstens {{limit}} Dateien können angehängt werden; Sie haben {{count}} gewählt.',
  fileTooLarge: '{{filename}} ist {{size}} groß; jede Datei darf höchstens {{limit}} groß sein.',
  fileRefused:
    '{{filename}} wurde abgelehnt: Gesendet werden nur PDF, Text, Bilder (PNG, JPEG, GIF, WebP) und Mails, erkannt an ihrem Inhalt.',
  tooLarge: 'Die Dateien sind zusammen zu groß zum Senden.',
};
