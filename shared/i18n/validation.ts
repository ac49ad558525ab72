import { fallbackLocale, type Locale } from './locales';

// Validation messages for every form, keyed by the codes shared/schemas emits.
// Each finished language is typed against English, so a missing message fails
// to compile; a language being added may start partial and falls back to
// English message by message (test/unit/i18n lists what it lacks).
const en = {
  required: 'This field is required. Please fill it in.',
  tooLong: 'This text is too long: enter at most {max} characters. Nothing you wrote has been removed.',
  singleLine: 'Write this on one line, without line breaks or tab characters.',
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
  escalationAnswered:
    'This complaint was already escalated and we have sent our final answer to the escalation; the case is closed.',
  caseClosed: 'This case is closed, so it cannot be escalated. Write to us if something is still wrong.',
  escalationWindowClosed: 'The period for escalating this complaint ended on {date}; the case is closed.',
  fileType:
    'The file “{file}” cannot be accepted: attach PNG, JPEG, GIF, WebP, PDF, plain text or saved email (.eml) files.',
  fileTooLarge: 'A file is larger than 10 MB. Attach smaller files, or describe the evidence in the text.',
};

export type ValidationKey = keyof typeof en;

const nl: typeof en = {
  required: 'Dit veld is verplicht. Vul het alstublieft in.',
  tooLong: 'Deze tekst is te lang: gebruik maximaal {max} tekens. Er is niets van uw tekst weggehaald.',
  singleLine: 'Schrijf dit op één regel, zonder regeleinden of tabs.',
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
  escalationAnswered:
    'Deze klacht is al geëscaleerd en wij hebben ons definitieve antwoord op de escalatie gestuurd; de zaak is afgesloten.',
  caseClosed: 'Deze zaak is afgesloten en kan daarom niet worden geëscaleerd. Schrijf ons als er nog iets niet klopt.',
  escalationWindowClosed: 'De termijn om deze klacht te escaleren is verstreken op {date}; de zaak is afgesloten.',
  fileType:
    'Het bestand “{file}” kan niet worden aanvaard: voeg PNG-, JPEG-, GIF-, WebP-, PDF-, tekst- of opgeslagen e-mailbestanden (.eml) toe.',
  fileTooLarge: 'Een bestand is groter dan 10 MB. Voeg kleinere bestanden toe, of beschrijf het bewijs in de tekst.',
};

const de: typeof en = {
  required: 'Dieses Feld ist erforderlich. Bitte füllen Sie es aus.',
  tooLong: 'Dieser Text ist zu lang: höchstens {max} Zeichen. Von Ihrem Text wurde nichts entfernt.',
  singleLine: 'Schreiben Sie dies in eine Zeile, ohne Zeilenumbrüche oder Tabulatoren.',
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
  escalationAnswered:
    'Diese Beschwerde wurde bereits eskaliert, und wir haben Ihnen unsere abschließende Antwort auf die Eskalation gesendet; der Vorgang ist abgeschlossen.',
  caseClosed:
    'Dieser Vorgang ist abgeschlossen und kann daher nicht eskaliert werden. Schreiben Sie uns, wenn noch etwas nicht stimmt.',
  escalationWindowClosed: 'Die Frist zur Eskalation dieser Beschwerde endete am {date}; der Fall ist abgeschlossen.',
  fileType:
    'Die Datei „{file}“ kann nicht angenommen werden: Hängen Sie PNG-, JPEG-, GIF-, WebP-, PDF-, Text- oder gespeicherte E-Mail-Dateien (.eml) an.',
  fileTooLarge:
    'Eine Datei ist größer als 10 MB. Hängen Sie kleinere Dateien an oder beschreiben Sie die Belege im Text.',
};

const fr: typeof en = {
  required: 'Ce champ est obligatoire. Veuillez le remplir.',
  tooLong: 'Ce texte est trop long : {max} caractères au maximum. Rien de ce que vous avez écrit n’a été supprimé.',
  singleLine: 'Écrivez ceci sur une seule ligne, sans retour à la ligne ni tabulation.',
  email: 'Saisissez une adresse e-mail de la forme nom@exemple.fr.',
  phone: 'Saisissez un numéro de téléphone en chiffres, éventuellement précédé de + et de l’indicatif du pays.',
  domain:
    'Saisissez des noms de domaine valides, comme exemple.fr, séparés par des virgules ou des retours à la ligne.',
  tooManyDomains: 'Saisissez au maximum 50 noms de domaine.',
  choice: 'Choisissez l’une des options.',
  invalid: 'Cette valeur n’est pas valide. Veuillez la vérifier.',
  url: 'Saisissez des adresses web complètes commençant par http:// ou https://, une par ligne.',
  tooManyUrls: 'Saisissez au maximum 100 adresses web.',
  domainOrUrl: 'Indiquez au moins un nom de domaine ou une adresse web.',
  urlRequired: 'Pour cette catégorie, saisissez au moins une adresse web où l’abus est visible.',
  goodFaith: 'Veuillez confirmer que vous faites ce signalement de bonne foi.',
  caseNumber: 'Saisissez le numéro de dossier tel qu’il figure dans notre e-mail, par exemple C-2026-000123.',
  tooManyFiles: 'Joignez au maximum 10 fichiers.',
  escalationNotFound:
    'Nous n’avons trouvé aucune réclamation correspondant à ce numéro de dossier et à cette adresse e-mail. Vérifiez-les à l’aide de notre e-mail de réponse, ou utilisez le lien qu’il contient.',
  escalationTooEarly:
    'Cette réclamation n’a pas encore reçu de réponse. Vous pourrez la faire remonter dès que vous aurez reçu notre réponse.',
  escalationExists: 'Cette réclamation a déjà été remontée. Nous vous enverrons notre réponse définitive.',
  escalationAnswered:
    'Cette réclamation a déjà été remontée et nous vous avons envoyé notre réponse définitive ; le dossier est clos.',
  caseClosed:
    'Ce dossier est clos : il ne peut donc pas être remonté. Écrivez-nous si quelque chose ne va toujours pas.',
  escalationWindowClosed: 'Le délai pour faire remonter cette réclamation a expiré le {date} ; le dossier est clos.',
  fileType:
    'Le fichier « {file} » ne peut pas être accepté : joignez des fichiers PNG, JPEG, GIF, WebP, PDF, texte ou des e-mails enregistrés (.eml).',
  fileTooLarge: 'Un fichier dépasse 10 Mo. Joignez des fichiers plus petits ou décrivez les preuves dans le texte.',
};

const es: typeof en = {
  required: 'Este campo es obligatorio. Por favor, rellénelo.',
  tooLong: 'Este texto es demasiado largo: como máximo {max} caracteres. No se ha borrado nada de lo que escribió.',
  singleLine: 'Escríbalo en una sola línea, sin saltos de línea ni tabulaciones.',
  email: 'Introduzca una dirección de correo electrónico con el formato nombre@ejemplo.es.',
  phone: 'Introduzca un número de teléfono con cifras, opcionalmente precedido de + y el prefijo del país.',
  domain: 'Introduzca nombres de dominio válidos, como ejemplo.es, separados por comas o saltos de línea.',
  tooManyDomains: 'Introduzca como máximo 50 nombres de dominio.',
  choice: 'Elija una de las opciones.',
  invalid: 'Este valor no es válido. Por favor, compruébelo.',
  url: 'Introduzca direcciones web completas que empiecen por http:// o https://, una por línea.',
  tooManyUrls: 'Introduzca como máximo 100 direcciones web.',
  domainOrUrl: 'Indique al menos un nombre de dominio o una dirección web.',
  urlRequired: 'Para esta categoría, introduzca al menos una dirección web donde pueda verse el abuso.',
  goodFaith: 'Por favor, confirme que presenta esta denuncia de buena fe.',
  caseNumber: 'Introduzca el número de expediente tal como figura en nuestro correo, por ejemplo C-2026-000123.',
  tooManyFiles: 'Adjunte como máximo 10 archivos.',
  escalationNotFound:
    'No hemos encontrado ninguna reclamación con este número de expediente y esta dirección de correo electrónico. Compruebe ambos con nuestro correo de respuesta, o utilice el enlace que contiene.',
  escalationTooEarly:
    'Esta reclamación aún no ha recibido respuesta. Podrá escalarla en cuanto haya recibido nuestra respuesta.',
  escalationExists: 'Esta reclamación ya ha sido escalada. Le enviaremos nuestra respuesta definitiva.',
  escalationAnswered:
    'Esta reclamación ya fue escalada y le hemos enviado nuestra respuesta definitiva a la escalada; el expediente está cerrado.',
  caseClosed: 'Este expediente está cerrado, por lo que no se puede escalar. Escríbanos si algo sigue sin estar bien.',
  escalationWindowClosed: 'El plazo para escalar esta reclamación finalizó el {date}; el expediente está cerrado.',
  fileType:
    'El archivo «{file}» no se puede aceptar: adjunte archivos PNG, JPEG, GIF, WebP, PDF, de texto o correos guardados (.eml).',
  fileTooLarge: 'Un archivo supera los 10 MB. Adjunte archivos más pequeños o describa las pruebas en el texto.',
};

export type ValidationMessages = typeof en;

export const validationTranslations: Partial<Record<Locale, Partial<ValidationMessages>>> = { nl, en, de, fr, es };

export const validationMessage = (locale: Locale, key: ValidationKey): string =>
  validationTranslations[locale]?.[key] ?? validationTranslations[fallbackLocale]?.[key] ?? en[key];

export const missingValidationMessages = (locale: Locale): ValidationKey[] =>
  (Object.keys(en) as ValidationKey[]).filter((key) => !validationTranslations[locale]?.[key]);

export const isValidationKey = (key: string): key is ValidationKey => key in en;
