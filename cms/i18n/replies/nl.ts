// Dutch labels for writing to the customer; typed against the English (./en.ts).
import type { RepliesTranslations } from './en';

export const nl: RepliesTranslations = {
  heading: 'De klant schrijven',
  intro:
    'Wordt gemaild naar {{to}}, met aanhef en ondertekening, in de gekozen taal, en staat daarna in de tijdlijn. Het verandert de status en de termijnen niet: het antwoord blijft een eigen stap.',
  introNoEmail: 'Deze klant heeft geen e-mailadres: schrijf per post.',
  language: 'Taal van het bericht',
  customerLanguage: '{{language}} (die van de klant)',
  canned: 'Beginnen met een standaardantwoord',
  cannedNone: 'Geen: zelf schrijven',
  cannedNoneInLanguage: 'Er zijn nog geen standaardantwoorden in deze taal.',
  cannedLoading: 'Standaardantwoorden worden geladen…',
  cannedLoadFailed: 'De standaardantwoorden konden niet worden geladen. U kunt wel zelf schrijven.',
  cannedReplaces: 'Een gekozen standaardantwoord vervangt de tekst hieronder.',
  text: 'Bericht',
  textHint: 'Plaatshouders die u kunt gebruiken: {{list}}. Een lege regel begint een nieuwe alinea.',
  question: 'Dit is een vraag: de mail vraagt de klant om te antwoorden',
  attachments: 'Bijlagen (optioneel)',
  attachmentsHint:
    'Tot {{count}} bestanden van elk hoogstens {{size}}: pdf, tekst, afbeeldingen (PNG, JPEG, GIF, WebP) of mail.',
  send: 'Naar de klant sturen',
  sending: 'Wordt verstuurd…',
  sent: 'Verstuurd naar {{to}}: het bericht staat in de outbox en in de tijdlijn.',
  sentKeepEdits:
    'U hebt niet-opgeslagen wijzigingen op deze pagina, dus die is niet ververst: sla ze op om het bericht in het gesprek te zien.',
  failed: 'Niet verstuurd.',
  offline: 'De desk was niet bereikbaar. Er is niets verstuurd; probeer het opnieuw.',
  notAllowed:
    'Alleen wie dit dossier behandelt, schrijft de klant: klachtbehandelaars bij klachten en escalaties, abuse-specialisten bij misbruikmeldingen.',
  noEmail: 'Deze klant heeft geen e-mailadres: schrijf per post en noteer het bij het dossier.',
  empty: 'Schrijf het bericht of kies een standaardantwoord.',
  tooLong: 'Het bericht is langer dan {{max}} tekens.',
  badLanguage: 'Kies een van de aangeboden talen.',
  cannedUnknown: 'Dat standaardantwoord is er niet voor dit dossier in deze taal.',
  tooManyFiles: 'Hoogstens {{limit}} bestanden kunnen worden bijgevoegd; u koos er {{count}}.',
  fileTooLarge: '{{filename}} is {{size}}; elk bestand mag hoogstens {{limit}} zijn.',
  fileRefused:
    '{{filename}} is geweigerd: alleen pdf, tekst, afbeeldingen (PNG, JPEG, GIF, WebP) en mails worden verstuurd, herkend aan hun inhoud.',
  tooLarge: 'De bestanden zijn samen te groot om te versturen.',
};
