import type { Staff } from '../en';

export const staffFr: Staff = {
  users: {
    singular: 'Utilisateur',
    plural: 'Utilisateurs',
    fields: { name: 'Nom', roles: 'Rôles', language: 'Langue (courriels et administration)' },
    descriptions: {},
  },
  evidence: {
    singular: 'Fichier de preuve',
    plural: 'Preuves',
    description:
      'Conservé tel qu’il est arrivé : personne ne modifie, ne recadre, ne remplace ni ne supprime une preuve (la durée de conservation l’efface).',
    fields: { sha256: 'SHA-256', uploadedBy: 'Téléversé par (collègue)', uploadedVia: 'Téléversé par' },
    descriptions: { sha256: 'Empreinte du fichier tel qu’il est arrivé.' },
  },
  'canned-replies': {
    singular: 'Réponse type',
    plural: 'Réponses types',
    description:
      'Réponses dont l’équipe part pour écrire à un client depuis un dossier, par langue. Seules les réponses publiées sont proposées ; sans texte dans une langue, elle n’est pas proposée dans cette langue.',
    fields: { title: 'Titre', usedFor: 'Utilisée pour', body: 'Texte' },
    descriptions: {
      title: 'Ce par quoi l’équipe la choisit dans l’éditeur.',
      usedFor: 'Les dossiers pour lesquels elle est proposée.',
      body: 'Variables : {name}, {caseNumber}, {answerDue}, {domains}. Une ligne vide commence un nouveau paragraphe.',
    },
  },
  departments: {
    singular: 'Service',
    plural: 'Services',
    fields: {
      name: 'Nom',
      slug: 'Nom court (dans les liens)',
      email: 'Courriel',
      topics: 'Sujets',
      isDefault: 'Service par défaut',
      language: 'Langue des courriels',
    },
    descriptions: {
      topics: 'Les avis sur ces sujets arrivent ici, sauf si le lecteur choisit un service.',
      isDefault: 'Reçoit les avis qu’aucun autre service ne prend.',
    },
  },
  'api-clients': {
    singular: 'Client de l’API',
    plural: 'Clients de l’API',
    fields: { name: 'Nom' },
    descriptions: {},
  },
  partners: {
    singular: 'Partenaire',
    plural: 'Partenaires',
    description:
      'Organisations qui déposent des signalements d’abus via l’API partenaire. « Générer une nouvelle clé API », copiez la clé (elle n’est affichée qu’une fois), enregistrez et remettez-la au partenaire. Générer une nouvelle clé et enregistrer révoque l’ancienne ; supprimer le partenaire révoque sa clé définitivement.',
    fields: {
      name: 'Organisation',
      contactEmail: 'Courriel de contact',
      reporterType: 'Type de signalant',
      maxReportsPerHour: 'Signalements par heure au plus',
    },
    descriptions: {
      name: 'Les signalements déposés l’affichent comme signalant.',
      contactEmail: 'Les accusés de réception et réponses aux signalements du partenaire partent ici.',
      maxReportsPerHour: 'Au-delà, les signalements de l’heure sont refusés (429) jusqu’à ce qu’elle soit écoulée.',
    },
  },
  'reply-attachments': {
    singular: 'Pièce jointe de réponse',
    plural: 'Pièces jointes de réponses',
    fields: { sentBy: 'Envoyée par' },
    descriptions: {},
  },
  'erasure-requests': {
    singular: 'Demande d’effacement',
    plural: 'Demandes d’effacement',
    description:
      'Efface les données personnelles d’une personne de chaque dossier, escalade et avis déposés avec son adresse. Irréversible.',
    fields: {
      email: 'Courriel',
      reference: 'Référence',
      emailHash: 'Empreinte de l’adresse',
      requestedAt: 'Demandé le',
      requestedBy: 'Demandé par',
      casesAnonymised: 'Dossiers anonymisés',
      feedbackAnonymised: 'Avis anonymisés',
    },
    descriptions: {
      email: 'L’adresse avec laquelle la personne a déposé sa demande. Utilisée une fois, non conservée.',
      reference: 'Votre référence pour la demande (ticket, date du courrier).',
    },
  },
  'payload-jobs': {
    singular: 'Tâche en file d’attente',
    plural: 'Tâches en file d’attente',
    fields: {},
    descriptions: {},
  },
};
