import type { Globals } from '../en';

export const globalsFr: Globals = {
  'procedure-page': {
    label: 'Page de procédure',
    fields: { title: 'Titre', intro: 'Introduction', body: 'Texte' },
    descriptions: {},
  },
  'contact-details': {
    label: 'Coordonnées',
    fields: {
      organisation: 'Organisation',
      department: 'Service',
      escalationDepartment: 'Service des escalades',
      street: 'Rue',
      postalCode: 'Code postal',
      city: 'Ville',
      country: 'Pays',
      phone: 'Téléphone',
      fax: 'Télécopie',
      complaintsEmail: 'Boîte des réclamations',
      complaintsLanguage: 'Langue par défaut des courriels de réclamation',
      abuseEmail: 'Boîte des abus',
      abuseLanguage: 'Langue par défaut des courriels d’abus',
      feedbackEmail: 'Boîte des avis',
      feedbackLanguage: 'Langue par défaut des courriels d’avis',
    },
    descriptions: {
      phone:
        'Avec l’indicatif du pays, p. ex. +49 6894 9396 850 (un numéro sans indicatif est lu comme allemand). Enregistré sous la forme +4968949396850 ; le site l’affiche 06894 9396850.',
      fax: 'Avec l’indicatif du pays, p. ex. +49 6894 9396 850 (un numéro sans indicatif est lu comme allemand). Enregistré sous la forme +4968949396850 ; le site l’affiche 06894 9396850.',
      complaintsLanguage:
        'Les courriels adressés à la boîte des réclamations sont enregistrés et confirmés dans cette langue lorsque leur texte est trop court pour la reconnaître. L’équipe peut corriger la langue d’un dossier. Réglé par les administrateurs.',
      abuseLanguage:
        'Les courriels adressés à la boîte des abus sont enregistrés et confirmés dans cette langue lorsque leur texte est trop court pour la reconnaître. L’équipe peut corriger la langue d’un dossier. Réglé par les administrateurs.',
      feedbackLanguage:
        'Les courriels adressés à la boîte des avis sont enregistrés et confirmés dans cette langue lorsque leur texte est trop court pour la reconnaître. L’équipe peut corriger la langue d’un dossier. Réglé par les administrateurs.',
    },
  },
  'form-choices': {
    label: 'Choix et libellés des formulaires',
    fields: {
      'tab.complaintTopics': 'Sujets de réclamation',
      'tab.abuseCategories': 'Catégories d’abus',
      'tab.labels': 'Libellés des formulaires',
      'choice.offered': 'Proposé dans le formulaire',
      'choice.label': 'Libellé',
      'choice.help': 'Texte d’aide',
      labels: 'Libellés',
      'labels.key': 'Texte du formulaire',
      'labels.text': 'Votre formulation',
    },
    rows: { labels: 'Libellé' },
    descriptions: {
      'tab.labels':
        'Tous les autres libellés et indications viennent des fichiers de traduction du site. Ajoutez une ligne pour formuler autrement dans la langue que vous modifiez ; supprimez-la pour revenir au texte d’origine.',
      'choice.label': 'Vide : les mots du formulaire dans cette langue (« {{choice}} » en anglais).',
      'choice.help': 'Affiché sous la liste dans le formulaire.',
    },
  },
  'mail-settings': {
    label: 'Paramètres des courriels',
    fields: {
      fromName: 'Nom de l’expéditeur',
      fromAddress: 'Adresse de l’expéditeur',
      staffFromAddress: 'Adresse de l’expéditeur pour l’équipe',
      greeting: 'Formule d’appel',
      greetingWithoutName: 'Formule d’appel sans nom',
      signature: 'Signature',
      reminderLeadHours: 'Rappel à l’avance (heures)',
    },
    descriptions: {
      fromName: 'Le nom d’expéditeur que voient les clients, p. ex. « Key-Systems Service clients ».',
      fromAddress:
        'Expéditeur des courriels aux clients. Doit appartenir à un domaine vérifié auprès du prestataire de messagerie. Les réponses vont à la boîte du canal indiquée dans les coordonnées.',
      staffFromAddress: 'Expéditeur des notifications et rappels à l’équipe et aux services.',
      greeting:
        'Première ligne de chaque courriel au client. {name} est remplacé par son nom ; aucune autre variable n’est remplie.',
      greetingWithoutName: 'Utilisée lorsque le client n’a pas laissé de nom (avis anonyme). Sans variables.',
      signature: 'Dernières lignes de chaque courriel au client. Sans variables.',
      reminderLeadHours:
        'L’équipe reçoit un rappel autant d’heures avant l’échéance d’un accusé de réception ou d’une réponse.',
    },
  },
  'mail-wording': {
    label: 'Textes des courriels',
    fields: {
      acknowledgementComplaint: 'Accusé de réception d’une réclamation',
      acknowledgementAbuse: 'Accusé de réception d’un signalement d’abus',
      acknowledgementEscalation: 'Accusé de réception d’une escalade',
      acknowledgementFeedback: 'Remerciement pour un avis',
      extension: 'Avis de prolongation',
      answer: 'Réponse (avant la réponse elle-même)',
      answerEscalation: 'Réponse (comment faire escalader)',
      finalAnswer: 'Réponse définitive (avant la réponse elle-même)',
      duplicate: 'Clos comme doublon',
      windowClosed: 'Dossier clos après la période d’escalade',
      registrant: 'Signalement d’abus transmis au titulaire',
    },
    descriptions: {},
  },
  'calendar-settings': {
    label: 'Calendrier',
    fields: { closureDays: 'Jours de fermeture', 'closureDays.date': 'Date', 'closureDays.reason': 'Motif' },
    rows: { closureDays: 'Jour de fermeture' },
    descriptions: {
      closureDays:
        'Jours de fermeture du bureau en plus des week-ends et des jours fériés de la Sarre. Les délais déjà annoncés ne changent pas.',
    },
  },
  'retention-settings': {
    label: 'Conservation',
    fields: { caseMonths: 'Dossiers : mois après la clôture', feedbackMonths: 'Avis : mois après la réception' },
    descriptions: {
      caseMonths: 'Mois après la clôture d’un dossier avant la suppression de ses données personnelles.',
      feedbackMonths: 'Mois après la réception d’un avis avant la suppression du message et des coordonnées.',
    },
  },
};
