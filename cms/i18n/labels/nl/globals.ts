import type { Globals } from '../en';

export const globalsNl: Globals = {
  'procedure-page': {
    label: 'Procedurepagina',
    fields: { title: 'Titel', intro: 'Inleiding', body: 'Tekst' },
    descriptions: {},
  },
  'contact-details': {
    label: 'Contactgegevens',
    fields: {
      organisation: 'Organisatie',
      department: 'Afdeling',
      escalationDepartment: 'Afdeling voor escalaties',
      street: 'Straat',
      postalCode: 'Postcode',
      city: 'Plaats',
      country: 'Land',
      phone: 'Telefoon',
      fax: 'Fax',
      complaintsEmail: 'Mailbox voor klachten',
      complaintsLanguage: 'Standaardtaal van klachtenmail',
      abuseEmail: 'Mailbox voor abuse',
      abuseLanguage: 'Standaardtaal van abusemail',
      feedbackEmail: 'Mailbox voor feedback',
      feedbackLanguage: 'Standaardtaal van feedbackmail',
    },
    descriptions: {
      phone:
        'Met landcode, bijv. +49 6894 9396 850 (een nummer zonder landcode wordt als Duits gelezen). Opgeslagen als +4968949396850; de site toont het als 06894 9396850.',
      fax: 'Met landcode, bijv. +49 6894 9396 850 (een nummer zonder landcode wordt als Duits gelezen). Opgeslagen als +4968949396850; de site toont het als 06894 9396850.',
      complaintsLanguage:
        'Mail aan de klachtenmailbox wordt in deze taal ingediend en bevestigd als de tekst te kort is om de taal te herkennen. Medewerkers kunnen de taal van een dossier corrigeren. Ingesteld door beheerders.',
      abuseLanguage:
        'Mail aan de abusemailbox wordt in deze taal ingediend en bevestigd als de tekst te kort is om de taal te herkennen. Medewerkers kunnen de taal van een dossier corrigeren. Ingesteld door beheerders.',
      feedbackLanguage:
        'Mail aan de feedbackmailbox wordt in deze taal ingediend en bevestigd als de tekst te kort is om de taal te herkennen. Medewerkers kunnen de taal van een dossier corrigeren. Ingesteld door beheerders.',
    },
  },
  'form-choices': {
    label: 'Keuzes en teksten van formulieren',
    fields: {
      'tab.complaintTopics': 'Onderwerpen van klachten',
      'tab.abuseCategories': 'Categorieën van abuse',
      'tab.labels': 'Formulierteksten',
      'choice.offered': 'Aangeboden op het formulier',
      'choice.label': 'Tekst',
      'choice.help': 'Hulptekst',
      labels: 'Teksten',
      'labels.key': 'Tekst op het formulier',
      'labels.text': 'Uw formulering',
    },
    rows: { labels: 'Tekst' },
    descriptions: {
      'tab.labels':
        'Alle andere teksten en hints komen uit de vertaalbestanden van de site. Voeg een regel toe om het in de taal die u bewerkt anders te zeggen; verwijder hem om terug te gaan.',
      'choice.label': 'Leeg: de eigen woorden van het formulier in deze taal („{{choice}}” in het Engels).',
      'choice.help': 'Verschijnt onder de lijst op het formulier.',
    },
  },
  'mail-settings': {
    label: 'Mailinstellingen',
    fields: {
      fromName: 'Naam afzender',
      fromAddress: 'Adres afzender',
      staffFromAddress: 'Adres afzender voor mail aan medewerkers',
      greeting: 'Aanhef',
      greetingWithoutName: 'Aanhef zonder naam',
      signature: 'Ondertekening',
      reminderLeadHours: 'Herinnering vooraf (uren)',
    },
    descriptions: {
      fromName: 'De afzendernaam die klanten zien, bijv. „Key-Systems Klantenservice”.',
      fromAddress:
        'Afzender van mail aan klanten. Moet op een domein staan dat bij de mailprovider is geverifieerd. Antwoorden gaan naar de kanaalmailbox uit de contactgegevens.',
      staffFromAddress: 'Afzender van meldingen en herinneringen aan medewerkers en afdelingen.',
      greeting:
        'Eerste regel van elke mail aan een klant. {name} wordt vervangen door de naam; andere plaatshouders worden niet ingevuld.',
      greetingWithoutName: 'Gebruikt als de klant geen naam opgaf (anonieme feedback). Geen plaatshouders.',
      signature: 'Laatste regels van elke mail aan een klant. Geen plaatshouders.',
      reminderLeadHours: 'Medewerkers krijgen zoveel uur voor een ontvangstbevestiging of antwoord een herinnering.',
    },
  },
  'mail-wording': {
    label: 'Teksten van mails',
    fields: {
      acknowledgementComplaint: 'Ontvangstbevestiging van een klacht',
      acknowledgementAbuse: 'Ontvangstbevestiging van een abuse-melding',
      acknowledgementEscalation: 'Ontvangstbevestiging van een escalatie',
      acknowledgementFeedback: 'Dank voor feedback',
      extension: 'Verlengingsbericht',
      answer: 'Antwoord (vóór het eigenlijke antwoord)',
      answerEscalation: 'Antwoord (hoe te escaleren)',
      finalAnswer: 'Definitief antwoord (vóór het eigenlijke antwoord)',
      duplicate: 'Gesloten als dubbel',
      windowClosed: 'Zaak gesloten na de escalatieperiode',
      registrant: 'Abuse-melding doorgestuurd naar de houder',
    },
    descriptions: {},
  },
  'calendar-settings': {
    label: 'Kalender',
    fields: { closureDays: 'Sluitingsdagen', 'closureDays.date': 'Datum', 'closureDays.reason': 'Reden' },
    rows: { closureDays: 'Sluitingsdag' },
    descriptions: {
      closureDays:
        'Dagen waarop het kantoor gesloten is naast weekends en feestdagen in Saarland. Al toegezegde termijnen schuiven niet op.',
    },
  },
  'retention-settings': {
    label: 'Bewaartermijnen',
    fields: { caseMonths: 'Zaken: maanden na sluiten', feedbackMonths: 'Feedback: maanden na ontvangst' },
    descriptions: {
      caseMonths: 'Maanden na het sluiten van een zaak voordat de persoonsgegevens worden verwijderd.',
      feedbackMonths: 'Maanden na ontvangst van feedback voordat het bericht en de contactgegevens worden verwijderd.',
    },
  },
};
