import type { Locale } from './locales';

// Validation messages for every form, keyed by the codes shared/schemas emits.
// Each language is typed against English, so a missing message fails to compile.
const en = {
  required: 'This field is required. Please fill it in.',
  tooLong: 'This text is too long. Please shorten it.',
  email: 'Enter an email address in the form name@example.com.',
  phone: 'Enter a phone number using digits, optionally starting with + and the country code.',
  domain: 'Enter valid domain names such as example.com, separated by commas or new lines.',
  tooManyDomains: 'Enter at most 50 domain names.',
  choice: 'Choose one of the options.',
  invalid: 'This value is not valid. Please check it.',
  url: 'Enter full web addresses starting with http:// or https://, one per line.',
  tooManyUrls: 'Enter at most 100 web addresses.',
  domainOrUrl: 'Name at least one domain name or web address.',
  urlRequired: 'For this category, enter at least one web address where the abuse can be seen.',
  goodFaith: 'Please confirm that your report is made in good faith.',
  caseNumber: 'Enter the case number as it appears in our mail, for example C-2026-000123.',
  tooManyFiles: 'Attach at most 10 files.',
  escalationNotFound:
    'We could not find a complaint with this case number and email address. Check both against our answer mail, or use the link in it.',
  escalationTooEarly:
    'This complaint has not been answered yet. You can escalate it once you have received our answer.',
  escalationExists: 'This complaint has already been escalated. We will send you our final answer.',
  escalationWindowClosed: 'The period for escalating this complaint ended on {date}; the case is closed.',
};

export type ValidationKey = keyof typeof en;

const nl: typeof en = {
  required: 'Dit veld is verplicht. Vul het alstublieft in.',
  tooLong: 'Deze tekst is te lang. Maak hem alstublieft korter.',
  email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  phone: 'Vul een telefoonnummer in met cijfers, eventueel beginnend met + en de landcode.',
  domain: 'Vul geldige domeinnamen in zoals voorbeeld.nl, gescheiden door komma’s of nieuwe regels.',
  tooManyDomains: 'Vul maximaal 50 domeinnamen in.',
  choice: 'Kies een van de opties.',
  invalid: 'Deze waarde is niet geldig. Controleer haar alstublieft.',
  url: 'Vul volledige webadressen in die beginnen met http:// of https://, één per regel.',
  tooManyUrls: 'Vul maximaal 100 webadressen in.',
  domainOrUrl: 'Noem ten minste één domeinnaam of webadres.',
  urlRequired: 'Vul voor deze categorie ten minste één webadres in waar het misbruik te zien is.',
  goodFaith: 'Bevestig alstublieft dat u deze melding te goeder trouw doet.',
  caseNumber: 'Vul het zaaknummer in zoals het in onze e-mail staat, bijvoorbeeld C-2026-000123.',
  tooManyFiles: 'Voeg maximaal 10 bestanden toe.',
  escalationNotFound:
    'Wij vonden geen klacht met dit zaaknummer en e-mailadres. Vergelijk beide met onze antwoordmail, of gebruik de link daarin.',
  escalationTooEarly: 'Deze klacht is nog niet beantwoord. U kunt haar escaleren zodra u ons antwoord hebt ontvangen.',
  escalationExists: 'Deze klacht is al geëscaleerd. Wij sturen u ons definitieve antwoord.',
  escalationWindowClosed: 'De termijn om deze klacht te escaleren is verstreken op {date}; de zaak is afgesloten.',
};

const de: typeof en = {
  required: 'Dieses Feld ist erforderlich. Bitte füllen Sie es aus.',
  tooLong: 'Dieser Text ist zu lang. Bitte kürzen Sie ihn.',
  email: 'Geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.',
  phone: 'Geben Sie eine Telefonnummer aus Ziffern ein, gern mit + und Ländervorwahl.',
  domain: 'Geben Sie gültige Domainnamen wie beispiel.de ein, getrennt durch Kommas oder Zeilenumbrüche.',
  tooManyDomains: 'Geben Sie höchstens 50 Domainnamen ein.',
  choice: 'Wählen Sie eine der Optionen.',
  invalid: 'Dieser Wert ist ungültig. Bitte prüfen Sie ihn.',
  url: 'Geben Sie vollständige Webadressen ein, die mit http:// oder https:// beginnen, eine pro Zeile.',
  tooManyUrls: 'Geben Sie höchstens 100 Webadressen ein.',
  domainOrUrl: 'Nennen Sie mindestens einen Domainnamen oder eine Webadresse.',
  urlRequired: 'Geben Sie für diese Kategorie mindestens eine Webadresse an, unter der der Missbrauch zu sehen ist.',
  goodFaith: 'Bitte bestätigen Sie, dass Sie diese Meldung in gutem Glauben machen.',
  caseNumber: 'Geben Sie das Aktenzeichen so ein, wie es in unserer E-Mail steht, zum Beispiel C-2026-000123.',
  tooManyFiles: 'Hängen Sie höchstens 10 Dateien an.',
  escalationNotFound:
    'Wir haben keine Beschwerde mit diesem Aktenzeichen und dieser E-Mail-Adresse gefunden. Vergleichen Sie beides mit unserer Antwort-E-Mail oder nutzen Sie den Link darin.',
  escalationTooEarly:
    'Diese Beschwerde ist noch nicht beantwortet. Sie können sie eskalieren, sobald Sie unsere Antwort erhalten haben.',
  escalationExists: 'Diese Beschwerde wurde bereits eskaliert. Wir senden Ihnen unsere abschließende Antwort.',
  escalationWindowClosed: 'Die Frist zur Eskalation dieser Beschwerde endete am {date}; der Fall ist abgeschlossen.',
};

export const validationMessages: Record<Locale, typeof en> = { nl, en, de };
