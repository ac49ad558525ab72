// Dutch mail wording; typed against the English (./en.ts).
import type { MailWording } from './en';

export const nl: MailWording = {
  reference: {
    complaint: (caseNumber: string) => `Klacht ${caseNumber}`,
    abuse: (caseNumber: string) => `Misbruikmelding ${caseNumber}`,
    escalation: (escalationNumber: string, caseNumber: string) => `Klacht ${caseNumber}, escalatie ${escalationNumber}`,
  },
  facts: {
    caseNumber: 'Zaaknummer',
    escalationNumber: 'Escalatienummer',
    received: 'Ontvangen op',
    answerDue: 'Antwoord uiterlijk',
    finalAnswerDue: 'Definitief antwoord uiterlijk',
    newAnswerDate: 'Nieuwe verwachte datum',
    escalateUntil: 'U kunt escaleren tot en met',
    topic: 'Onderwerp',
    category: 'Categorie',
    department: 'Afdeling',
  },
  statusLink: 'Bekijk de status van uw zaak',
  yourMessage: 'Uw bericht',
  filedMail: { subject: 'Onderwerp', noText: '(Het bericht had geen tekst.)', unknownSender: 'Onbekende afzender' },
  acknowledgement: {
    complaint: {
      subject: 'wij hebben uw klacht ontvangen',
      body: (answerDue: string) => [
        'Hartelijk dank voor uw klacht. Wij hebben deze geregistreerd; een medewerker van onze klantenservice neemt uw klacht in behandeling.',
        `U ontvangt ons antwoord uiterlijk op ${answerDue}. Als wij meer tijd nodig hebben, laten wij u dat vóór die datum weten en noemen wij u een nieuwe datum.`,
      ],
    },
    abuse: {
      subject: 'wij hebben uw melding ontvangen',
      body: (answerDue: string) => [
        'Hartelijk dank voor uw melding. Ons misbruikteam onderzoekt deze en neemt maatregelen als blijkt dat het domein voor misbruik wordt gebruikt.',
        `U hoort uiterlijk op ${answerDue} van ons. Als het onderzoek meer tijd vraagt, laten wij u dat vóór die datum weten.`,
      ],
    },
    escalation: {
      subject: 'wij hebben uw escalatie ontvangen',
      body: (answerDue: string) => [
        'U hebt ons laten weten dat u niet tevreden bent met ons antwoord op uw klacht. Wij hebben uw escalatie geregistreerd; deze wordt beoordeeld door iemand die niet bij het eerste antwoord betrokken was.',
        `U ontvangt ons definitieve antwoord uiterlijk op ${answerDue}. Als wij meer tijd nodig hebben, laten wij u dat vóór die datum weten.`,
      ],
    },
    feedback: {
      subject: 'Bedankt voor uw feedback',
      body: (department: string) => [
        `Hartelijk dank dat u de tijd hebt genomen om uw opmerkingen met ons te delen. Wij hebben ze doorgegeven aan de betrokken afdeling (${department}).`,
        'Voor feedback geldt geen vaste antwoordtermijn. Hebt u een vraag gesteld, dan antwoordt de afdeling u op dit e-mailadres.',
      ],
    },
  },
  extension: {
    subject: 'wij hebben meer tijd nodig',
    body: (newDate: string) => [
      'Wij zijn nog bezig met ons onderzoek en kunnen u niet binnen de gebruikelijke termijn antwoorden.',
      `U ontvangt ons antwoord uiterlijk op ${newDate}.`,
    ],
    reasonLabel: 'Waarom wij meer tijd nodig hebben',
  },
  answer: {
    subject: 'ons antwoord',
    body: ['Hartelijk dank voor uw geduld. Hieronder vindt u ons antwoord.'],
    answerLabel: 'Ons antwoord',
    escalation: (until: string) =>
      `Bent u niet tevreden met dit antwoord, dan kunt u uw klacht tot en met ${until} escaleren via de link hieronder. Hebben wij tot die datum geen escalatie ontvangen, dan beschouwen wij de zaak als afgesloten.`,
  },
  finalAnswer: {
    subject: 'ons definitieve antwoord',
    body: ['Wij hebben uw escalatie beoordeeld. Hieronder vindt u ons definitieve antwoord.'],
    answerLabel: 'Ons definitieve antwoord',
    closing: 'Met dit antwoord is uw klacht afgehandeld.',
  },
  duplicate: {
    subject: 'we behandelen dit onder een eerdere zaak',
    body: (original: string) => [
      `U had ons hier al over geschreven: we behandelen het onder zaak ${original} en hebben deze zaak daarom gesloten.`,
      `Alles wat u ons stuurde, blijft bewaard. Vermeld ${original} als u ons hierover schrijft.`,
    ],
  },
  // Staff writing to the customer from the case (cms/replies/): the text is
  // theirs; a question also says how to answer.
  reply: {
    subject: 'Een bericht over uw melding',
    questionSubject: 'Een vraag over uw melding',
    answerHint: 'Beantwoord deze mail om te reageren: uw antwoord komt direct bij uw dossier.',
  },
  windowClosed: {
    subject: 'uw zaak is afgesloten',
    body: (answeredOn: string) => [
      `Wij hebben uw klacht op ${answeredOn} beantwoord. De termijn om de klacht te escaleren is inmiddels verstreken; wij hebben de zaak daarom afgesloten.`,
      'Doet zich later iets nieuws voor, dan kunt u altijd een nieuwe klacht indienen.',
    ],
  },
  registrant: {
    subject: (caseNumber: string, domains: string) => `Misbruikmelding ${caseNumber} betreffende ${domains}`,
    body: (category: string) => [
      `Wij hebben een melding ontvangen dat een via ons geregistreerd domein voor misbruik wordt gebruikt (${category}).`,
      'Wij verzoeken u de melding te onderzoeken en de inhoud die voor misbruik wordt gebruikt te verwijderen. Meent u dat de melding onterecht is, antwoord dan op dit bericht en laat ons weten waarom.',
    ],
    reportLabel: 'De melding',
    urlsLabel: 'Gemelde adressen',
    reporterLabel: 'Gemeld door',
    reporterWithheld: 'Op verzoek van de melder maken wij diens identiteit niet bekend.',
  },
  account: {
    invitation: {
      subject: 'Uw account voor de klachtendesk',
      body: (invitedBy: string, until: string) => [
        `${invitedBy} heeft een account voor u aangemaakt op de klachtendesk.`,
        `Kies met de link hieronder zelf uw wachtwoord. De link werkt één keer, tot ${until}; gebruik daarna "Wachtwoord vergeten" op de aanmeldpagina.`,
      ],
    },
    passwordReset: {
      subject: 'Kies een nieuw wachtwoord voor de klachtendesk',
      body: (until: string) => [
        'Iemand heeft gevraagd het wachtwoord van uw account op de klachtendesk opnieuw in te stellen.',
        `Kies met de link hieronder een nieuw wachtwoord. De link werkt één keer, tot ${until}. Hebt u hier niet om gevraagd, negeer dit bericht dan: uw wachtwoord blijft zoals het is.`,
      ],
    },
    choosePassword: 'Kies uw wachtwoord',
  },
  staff: {
    newCase: {
      subject: (reference: string) => `Nieuw in de wachtrij: ${reference}`,
      body: (filedBy: string, received: string) => [`Ingediend door ${filedBy} op ${received}.`],
    },
    urgentAbuse: {
      subject: (reference: string) => `DRINGEND, binnen 24 uur beoordelen: ${reference}`,
      body: (authorityReference: string, reviewDue: string) => [
        `Deze misbruikmelding komt van een overheidsinstantie of opsporingsdienst (kenmerk: ${authorityReference}).`,
        `De melding moet uiterlijk op ${reviewDue} zijn beoordeeld.`,
      ],
    },
    feedbackForwarded: {
      subject: (topic: string) => `Feedback voor uw afdeling: ${topic}`,
      body: (received: string) => [`Deze feedback is op ${received} via de website verstuurd.`],
      replyTo: (email: string) => `Stuur een antwoord naar ${email} als een reactie nodig is.`,
      anonymous: 'De afzender heeft geen adres opgegeven: antwoorden is niet mogelijk.',
    },
    deadlineSoon: {
      subject: (reference: string, deadline: string) =>
        `Herinnering: termijn voor ${deadline} verloopt binnenkort (${reference})`,
      body: (deadline: string, due: string) => [`De termijn voor ${deadline} verloopt op ${due}.`],
    },
    deadlinePassed: {
      subject: (reference: string, deadline: string) => `Termijn verstreken: ${deadline} voor ${reference}`,
      body: (deadline: string, due: string) => [
        `De termijn voor ${deadline} is op ${due} verstreken en er is nog niets verstuurd.`,
      ],
    },
    deadlines: {
      acknowledgement: 'ontvangstbevestiging',
      answer: 'antwoord',
      finalAnswer: 'definitief antwoord',
    },
    assigned: {
      subject: (reference: string) => `Aan u toegewezen: ${reference}`,
      body: (assignedBy: string) => [`${assignedBy} heeft deze zaak aan u toegewezen.`],
      nextDeadline: (deadline: string, due: string) => `Eerstvolgende termijn: ${deadline}, uiterlijk op ${due}.`,
      noDeadline: 'Voor deze zaak staat geen termijn open.',
    },
    openCase: 'Openen in de beheeromgeving',
    customerText: 'Tekst van de klant',
  },
};
