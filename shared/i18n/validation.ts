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
};

export const validationMessages: Record<Locale, typeof en> = { nl, en, de };
