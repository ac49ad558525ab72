// French mail wording; typed against the English (./en.ts).
import type { MailWording } from './en';

export const fr: MailWording = {
  reference: {
    complaint: (caseNumber: string) => `Réclamation ${caseNumber}`,
    abuse: (caseNumber: string) => `Signalement d’abus ${caseNumber}`,
    escalation: (escalationNumber: string, caseNumber: string) =>
      `Réclamation ${caseNumber}, demande d’escalade ${escalationNumber}`,
  },
  facts: {
    caseNumber: 'Numéro de dossier',
    escalationNumber: 'Numéro de la demande d’escalade',
    received: 'Reçu le',
    answerDue: 'Réponse prévue au plus tard le',
    finalAnswerDue: 'Réponse définitive prévue au plus tard le',
    newAnswerDate: 'Nouvelle date prévue',
    escalateUntil: 'Vous pouvez faire remonter la réclamation jusqu’au',
    topic: 'Sujet',
    category: 'Catégorie',
    department: 'Service',
  },
  statusLink: 'Consulter l’état de votre dossier',
  yourMessage: 'Votre message',
  filedMail: {
    subject: 'Objet',
    noText: '(Le message ne contenait aucun texte.)',
    unknownSender: 'Expéditeur inconnu',
  },
  acknowledgement: {
    complaint: {
      subject: 'nous avons bien reçu votre réclamation',
      body: (answerDue: string) => [
        'Nous vous remercions de votre réclamation. Nous l’avons enregistrée, et un membre de notre service client va l’examiner.',
        `Vous recevrez notre réponse au plus tard le ${answerDue}. S’il nous faut davantage de temps, nous vous en informerons avant cette date en vous indiquant une nouvelle échéance.`,
      ],
    },
    abuse: {
      subject: 'nous avons bien reçu votre signalement',
      body: (answerDue: string) => [
        'Nous vous remercions de votre signalement. Notre équipe chargée des abus va l’examiner et prendra les mesures nécessaires si le nom de domaine est utilisé de manière abusive.',
        `Vous aurez de nos nouvelles au plus tard le ${answerDue}. Si l’examen demande plus de temps, nous vous en informerons avant cette date.`,
      ],
    },
    escalation: {
      subject: 'nous avons bien reçu votre demande d’escalade',
      body: (answerDue: string) => [
        'Vous nous avez fait savoir que notre réponse à votre réclamation ne vous donne pas satisfaction. Nous avons enregistré votre demande d’escalade ; elle sera examinée par une personne qui n’a pas participé à la première réponse.',
        `Vous recevrez notre réponse définitive au plus tard le ${answerDue}. S’il nous faut davantage de temps, nous vous en informerons avant cette date.`,
      ],
    },
    feedback: {
      subject: 'Merci pour votre avis',
      body: (department: string) => [
        `Merci d’avoir pris le temps de nous faire part de vos commentaires. Nous les avons transmis au service concerné (${department}).`,
        'Aucun délai de réponse n’est fixé pour les avis. Si vous nous avez posé une question, le service vous répondra à cette adresse e-mail.',
      ],
    },
  },
  extension: {
    subject: 'nous avons besoin de plus de temps',
    body: (newDate: string) => [
      'Notre examen est toujours en cours et nous ne pouvons pas vous répondre dans le délai habituel.',
      `Vous recevrez notre réponse au plus tard le ${newDate}.`,
    ],
    reasonLabel: 'Pourquoi nous avons besoin de plus de temps',
  },
  answer: {
    subject: 'notre réponse',
    body: ['Nous vous remercions de votre patience. Voici notre réponse.'],
    answerLabel: 'Notre réponse',
    escalation: (until: string) =>
      `Si cette réponse ne vous donne pas satisfaction, vous pouvez faire remonter votre réclamation au moyen du lien ci-dessous, jusqu’au ${until}. Sans demande d’escalade de votre part d’ici là, nous considérerons le dossier comme clos.`,
  },
  finalAnswer: {
    subject: 'notre réponse définitive',
    body: ['Nous avons examiné votre demande d’escalade. Voici notre réponse définitive.'],
    answerLabel: 'Notre réponse définitive',
    closing: 'Cette réponse clôt votre réclamation.',
  },
  duplicate: {
    subject: 'nous poursuivons sous un dossier antérieur',
    body: (original: string) => [
      `Vous nous aviez déjà signalé ce sujet : nous le traitons sous le dossier ${original} et avons donc clos celui-ci.`,
      `Tout ce que vous nous avez envoyé est conservé. Merci d’indiquer ${original} si vous nous écrivez à ce sujet.`,
    ],
  },
  // Staff writing to the customer from the case (cms/replies/): the text is
  // theirs; a question also says how to answer.
  reply: {
    subject: 'Un message au sujet de votre dossier',
    questionSubject: 'Une question au sujet de votre dossier',
    answerHint: 'Répondez simplement à ce courriel\u202f: votre réponse rejoint directement votre dossier.',
  },
  windowClosed: {
    subject: 'votre dossier est clos',
    body: (answeredOn: string) => [
      `Nous avons répondu à votre réclamation le ${answeredOn}. Le délai pour la faire remonter étant désormais expiré, nous avons clos le dossier.`,
      'Si un élément nouveau survient, vous pouvez à tout moment déposer une nouvelle réclamation.',
    ],
  },
  registrant: {
    subject: (caseNumber: string, domains: string) => `Signalement d’abus ${caseNumber} concernant ${domains}`,
    body: (category: string) => [
      `Nous avons reçu un signalement selon lequel un nom de domaine enregistré par notre intermédiaire est utilisé de manière abusive (${category}).`,
      'Nous vous prions d’examiner ce signalement et de supprimer les contenus abusifs ou, si vous estimez que le signalement est infondé, de nous en indiquer les raisons en répondant à ce message.',
    ],
    reportLabel: 'Le signalement',
    urlsLabel: 'Adresses signalées',
    reporterLabel: 'Signalé par',
    reporterWithheld: 'La personne à l’origine du signalement a demandé que son identité ne soit pas communiquée.',
  },
  account: {
    invitation: {
      subject: 'Votre compte sur le service des réclamations',
      body: (invitedBy: string, until: string) => [
        `${invitedBy} vous a créé un compte sur le service des réclamations.`,
        `Choisissez votre propre mot de passe avec le lien ci-dessous. Le lien sert une fois, jusqu’au ${until} ; ensuite, utilisez « Mot de passe oublié » sur la page de connexion.`,
      ],
    },
    passwordReset: {
      subject: 'Choisissez un nouveau mot de passe pour le service des réclamations',
      body: (until: string) => [
        'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte sur le service des réclamations.',
        `Choisissez un nouveau mot de passe avec le lien ci-dessous. Le lien sert une fois, jusqu’au ${until}. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.`,
      ],
    },
    choosePassword: 'Choisir votre mot de passe',
  },
  staff: {
    newCase: {
      subject: (reference: string) => `Nouveau dans la file d’attente : ${reference}`,
      body: (filedBy: string, received: string) => [`Déposé par ${filedBy} le ${received}.`],
    },
    urgentAbuse: {
      subject: (reference: string) => `URGENT, à examiner sous 24 heures : ${reference}`,
      body: (authorityReference: string, reviewDue: string) => [
        `Ce signalement d’abus émane d’une autorité publique ou des forces de l’ordre (référence : ${authorityReference}).`,
        `Il doit être examiné au plus tard le ${reviewDue}.`,
      ],
    },
    feedbackForwarded: {
      subject: (topic: string) => `Avis pour votre service : ${topic}`,
      body: (received: string) => [`Cet avis a été envoyé via le site web le ${received}.`],
      replyTo: (email: string) => `Si une réponse est nécessaire, écrivez à ${email}.`,
      anonymous: 'Aucune adresse n’a été indiquée : il n’est pas possible de répondre.',
    },
    deadlineSoon: {
      subject: (reference: string, deadline: string) => `Rappel : ${deadline} à envoyer bientôt – ${reference}`,
      body: (deadline: string, due: string) => [`Date limite d’envoi (${deadline}) : ${due}.`],
    },
    deadlinePassed: {
      subject: (reference: string, deadline: string) => `Échéance dépassée : ${deadline} – ${reference}`,
      body: (deadline: string, due: string) => [
        `La date limite d’envoi (${deadline}) était le ${due}, et rien n’a été envoyé.`,
      ],
    },
    // Bare nouns of mixed gender: the sentences above never put an article before them.
    deadlines: {
      acknowledgement: 'accusé de réception',
      answer: 'réponse',
      finalAnswer: 'réponse définitive',
    },
    assigned: {
      subject: (reference: string) => `Dossier qui vous est attribué : ${reference}`,
      body: (assignedBy: string) => [`${assignedBy} vous a attribué ce dossier.`],
      nextDeadline: (deadline: string, due: string) => `Prochaine date limite d’envoi (${deadline}) : ${due}.`,
      noDeadline: 'Aucune échéance n’est en cours pour ce dossier.',
    },
    openCase: 'Ouvrir dans l’interface d’administration',
    customerText: 'Message du client',
  },
};
