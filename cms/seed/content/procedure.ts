import type { Locale } from '@shared/i18n/locales';

// The starting procedure text in Markdown, one per language, written from the
// facts of the registrar's page. It becomes rich text that editors own.
// A language without starting text falls back (Payload's localization fallback) until editors write it.
export const procedureMarkdown: Partial<Record<Locale, string>> = {
  nl: `## Een klacht of melding indienen

Met een klacht over onze dienstverlening kunt u terecht bij onze klantenservicemanager. Misbruik van een domein van een van onze klanten (zoals phishing, malware of spam) meldt u bij onze specialist voor domeinmisbruik. Gebruik het formulier op deze website, of schrijf, fax of mail ons via de contactgegevens op deze pagina.

## Wat er daarna gebeurt

- Binnen **2 werkdagen** bevestigen wij dat uw klacht of melding is ontvangen.
- Binnen **10 werkdagen** krijgt u ons antwoord. Vraagt het onderzoek meer tijd, dan laten wij u binnen die 10 werkdagen weten wanneer u het antwoord kunt verwachten.
- Wij bewaren elke klacht, zodat wij kunnen bijhouden hoeveel en welke klachten wij ontvangen.

Werkdagen zijn maandag tot en met vrijdag, behalve de wettelijke feestdagen in het Saarland (Duitsland). De dag van ontvangst telt niet mee.

## Niet tevreden met ons antwoord?

Dan kunt u uw klacht escaleren, binnen **20 werkdagen** nadat u ons antwoord hebt ontvangen. Komt er in die tijd geen escalatie, dan beschouwen wij de zaak als afgesloten. Een escalatie bevestigen wij binnen 2 werkdagen, en binnen 10 werkdagen ontvangt u ons definitieve antwoord.

Vermeld bij een escalatie:

- uw naam, contactgegevens en eventueel uw klantnummer;
- de domeinnaam of domeinnamen waar het om gaat, indien van toepassing;
- een duidelijke omschrijving van het probleem;
- welke stappen u van ons verwacht;
- uw eerdere klacht en waarom het antwoord u niet tevredenstelde.

Schrijft u ons per brief of e-mail, zet dan het woord „klacht” bovenaan de brief of in de onderwerpregel.

## Feedback

Opmerkingen en suggesties over ons beleid, onze procedures of onze diensten zijn altijd welkom. Wij sturen ze door naar de afdeling of het projectteam dat erover gaat. Dank voor de moeite!
`,
  en: `## Filing a complaint or a report

Complaints about our service go to our customer service manager. Abuse of a domain held by one of our customers (such as phishing, malware or spam) goes to our abuse specialist. Use the form on this website, or write, fax or email us using the contact details on this page.

## What happens next

- Within **2 business days** we confirm that we received your complaint or report.
- Within **10 business days** you get our answer. If the investigation needs longer, we tell you within those 10 business days when to expect it.
- We keep every complaint so that we can track how many complaints we receive and of which kind.

Business days are Monday to Friday, except public holidays in Saarland, Germany. The day we receive your message does not count.

## Not satisfied with our answer?

You can escalate your complaint within **20 business days** of receiving our answer. If no escalation reaches us in that time, we consider the matter closed. We acknowledge an escalation within 2 business days and send our final answer within 10 business days.

An escalation should include:

- your name, contact details and, if you have one, your customer account;
- the domain name or names concerned, where applicable;
- a clear description of the problem;
- the steps you expect us to take;
- your earlier complaint and why our answer did not satisfy you.

If you write to us by letter or email, please put the word “complaint” at the top of the letter or in the subject line.

## Feedback

Comments and suggestions about our policies, procedures or services are always welcome. We pass them on to the department or project team concerned. Thank you for taking the time!
`,
  de: `## Eine Beschwerde oder Meldung einreichen

Beschwerden über unseren Service richten Sie an unsere Kundenservice-Leitung. Missbrauch einer Domain eines unserer Kunden (etwa Phishing, Schadsoftware oder Spam) melden Sie unserer Abuse-Fachkraft. Nutzen Sie das Formular auf dieser Website oder schreiben, faxen oder mailen Sie uns über die Kontaktdaten auf dieser Seite.

## Wie es weitergeht

- Innerhalb von **2 Werktagen** bestätigen wir den Eingang Ihrer Beschwerde oder Meldung.
- Innerhalb von **10 Werktagen** erhalten Sie unsere Antwort. Braucht die Prüfung länger, teilen wir Ihnen innerhalb dieser 10 Werktage mit, wann Sie mit der Antwort rechnen können.
- Wir bewahren jede Beschwerde auf, damit wir Anzahl und Art der Beschwerden nachverfolgen können.

Werktage sind Montag bis Freitag, ausgenommen die gesetzlichen Feiertage im Saarland. Der Tag des Eingangs zählt nicht mit.

## Mit unserer Antwort nicht zufrieden?

Dann können Sie Ihre Beschwerde innerhalb von **20 Werktagen** nach Erhalt unserer Antwort eskalieren. Erreicht uns in dieser Zeit keine Eskalation, betrachten wir die Angelegenheit als abgeschlossen. Eine Eskalation bestätigen wir innerhalb von 2 Werktagen, die abschließende Antwort erhalten Sie innerhalb von 10 Werktagen.

Eine Eskalation sollte enthalten:

- Ihren Namen, Ihre Kontaktdaten und gegebenenfalls Ihre Kundennummer;
- die betroffenen Domainnamen, falls zutreffend;
- eine klare Beschreibung des Problems;
- welche Schritte Sie von uns erwarten;
- Ihre frühere Beschwerde und warum Sie die Antwort nicht zufriedengestellt hat.

Schreiben Sie uns per Brief oder E-Mail, setzen Sie bitte das Wort „Beschwerde“ an den Anfang des Briefs oder in die Betreffzeile.

## Feedback

Anmerkungen und Vorschläge zu unseren Richtlinien, Abläufen oder Leistungen sind jederzeit willkommen. Wir leiten sie an die zuständige Abteilung oder das zuständige Projektteam weiter. Vielen Dank, dass Sie sich die Zeit nehmen!
`,
  fr: `## Déposer une réclamation ou un signalement

Les réclamations concernant notre service sont traitées par notre responsable du service client. L’utilisation abusive d’un domaine détenu par l’un de nos clients (hameçonnage, logiciels malveillants ou spam, par exemple) est à signaler à notre spécialiste des abus. Utilisez le formulaire de ce site, ou écrivez-nous par courrier, fax ou e-mail à l’aide des coordonnées figurant sur cette page.

## La suite de la procédure

- Sous **2 jours ouvrés**, nous vous confirmons la réception de votre réclamation ou de votre signalement.
- Sous **10 jours ouvrés**, vous recevez notre réponse. Si l’examen demande plus de temps, nous vous indiquons dans ces 10 jours ouvrés quand vous pouvez l’attendre.
- Nous conservons chaque réclamation afin de suivre le nombre et la nature des réclamations que nous recevons.

Les jours ouvrés vont du lundi au vendredi, à l’exception des jours fériés légaux de la Sarre (Allemagne). Le jour de réception de votre message n’est pas compté.

## Notre réponse ne vous satisfait pas ?

Vous pouvez faire remonter votre réclamation dans un délai de **20 jours ouvrés** à compter de la réception de notre réponse. Si aucune demande en ce sens ne nous parvient dans ce délai, nous considérons l’affaire comme close. Nous accusons réception de votre demande sous 2 jours ouvrés et vous adressons notre réponse définitive sous 10 jours ouvrés.

Votre demande doit comporter :

- vos nom et coordonnées et, le cas échéant, votre numéro de client ;
- le ou les noms de domaine concernés, s’il y a lieu ;
- une description claire du problème ;
- les mesures que vous attendez de notre part ;
- votre réclamation initiale et les raisons pour lesquelles notre réponse ne vous a pas satisfait.

Si vous nous écrivez par courrier ou par e-mail, veuillez indiquer le mot « réclamation » en tête de votre lettre ou dans l’objet de votre message.

## Vos remarques

Vos commentaires et suggestions sur nos règles, nos procédures ou nos services sont toujours les bienvenus. Nous les transmettons au service ou à l’équipe de projet concernés. Merci d’avoir pris le temps de nous écrire !
`,
  es: `## Presentar una reclamación o una denuncia

Las reclamaciones sobre nuestro servicio se dirigen a nuestro responsable de atención al cliente. El uso abusivo de un dominio de uno de nuestros clientes (como phishing, malware o spam) se comunica a nuestro especialista en abusos. Utilice el formulario de este sitio web, o escríbanos por correo postal, fax o correo electrónico a través de los datos de contacto de esta página.

## Qué ocurre después

- En un plazo de **2 días hábiles** le confirmamos que hemos recibido su reclamación o denuncia.
- En un plazo de **10 días hábiles** recibirá nuestra respuesta. Si la investigación requiere más tiempo, le indicaremos dentro de esos 10 días hábiles cuándo puede esperarla.
- Conservamos cada reclamación para poder llevar un registro de cuántas reclamaciones recibimos y de qué tipo.

Son días hábiles de lunes a viernes, salvo los días festivos oficiales del Sarre (Alemania). El día en que recibimos su mensaje no se cuenta.

## ¿No está satisfecho con nuestra respuesta?

Puede escalar su reclamación en un plazo de **20 días hábiles** desde que reciba nuestra respuesta. Si en ese plazo no nos llega ninguna escalación, consideraremos el asunto cerrado. Confirmamos la recepción de una escalación en un plazo de 2 días hábiles y le enviamos nuestra respuesta definitiva en un plazo de 10 días hábiles.

Una escalación debe incluir:

- su nombre, sus datos de contacto y, si dispone de ella, su cuenta de cliente;
- el nombre o los nombres de dominio afectados, cuando proceda;
- una descripción clara del problema;
- las medidas que espera que tomemos;
- su reclamación anterior y el motivo por el que nuestra respuesta no le satisfizo.

Si nos escribe por carta o por correo electrónico, indique la palabra «reclamación» al principio de la carta o en el asunto.

## Comentarios

Sus comentarios y sugerencias sobre nuestras políticas, procedimientos o servicios son siempre bienvenidos. Los trasladamos al departamento o al equipo de proyecto correspondiente. ¡Gracias por dedicarnos su tiempo!
`,
};
