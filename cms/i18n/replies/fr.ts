// French labels for writing to the customer; typed against the English (./en.ts).
import type { RepliesTranslations } from './en';

export const fr: RepliesTranslations = {
  heading: 'Écrire au client',
  intro:
    'Envoyé par courriel à {{to}}, avec la formule d’appel et la signature, dans la langue choisie, puis inscrit dans l’historique. Il ne change ni le statut ni aucun délai\u202f: la réponse reste une étape à part.',
  introNoEmail: 'Ce client n’a pas d’adresse électronique\u202f: écrivez-lui par courrier.',
  language: 'Langue du message',
  customerLanguage: '{{language}} (celle du client)',
  canned: 'Partir d’une réponse type',
  cannedNone: 'Aucune\u202f: écrire moi-même',
  cannedNoneInLanguage: 'Pas encore de réponse type dans cette langue.',
  cannedLoading: 'Chargement des réponses types…',
  cannedLoadFailed: 'Les réponses types n’ont pas pu être chargées. Vous pouvez tout de même écrire votre message.',
  cannedReplaces: 'Une réponse type choisie remplace le texte ci-dessous.',
  text: 'Message',
  textHint: 'Espaces réservés utilisables\u202f: {{list}}. Une ligne vide commence un nouveau paragraphe.',
  question: 'C’est une question\u202f: le courriel demande au client de répondre',
  attachments: 'Pièces jointes (facultatif)',
  attachmentsHint:
    'Jusqu’à {{count}} fichiers de {{size}} au plus chacun\u202f: PDF, texte, images (PNG, JPEG, GIF, WebP) ou courriel.',
  send: 'Envoyer au client',
  sending: 'Envoi…',
  sent: 'Envoyé à {{to}}\u202f: le message est dans la boîte d’envoi et dans l’historique.',
  sentKeepEdits:
    'Cette page contient des modifications non enregistrées, elle n’a donc pas été rechargée\u202f: enregistrez-les pour voir le message dans la conversation.',
  failed: 'Non envoyé.',
  offline: 'Le service n’a pas pu être joint. Rien n’a été envoyé\u202f; réessayez.',
  notAllowed:
    'Seuls ceux qui traitent ce dossier écrivent à son client\u202f: les chargés de réclamations pour les réclamations et escalades, les spécialistes des abus pour les signalements.',
  noEmail: 'Ce client n’a pas d’adresse électronique\u202f: écrivez-lui par courrier et notez-le dans le dossier.',
  empty: 'Écrivez le message ou choisissez une réponse type.',
  tooLong: 'Le message dépasse {{max}} caractères.',
  badLanguage: 'Choisissez l’une des langues proposées.',
  cannedUnknown: 'Cette réponse type n’est pas proposée pour ce dossier dans cette langue.',
  tooManyFiles: 'Au plus {{limit}} fichiers peuvent être joints\u202f; vous en avez choisi {{count}}.',
  fileTooLarge: '{{filename}} fait {{size}}\u202f; chaque fichier peut faire au plus {{limit}}.',
  fileRefused:
    '{{filename}} a été refusé\u202f: seuls les fichiers PDF, texte, images (PNG, JPEG, GIF, WebP) et courriels sont envoyés, reconnus par leur contenu.',
  tooLarge: 'Les fichiers sont ensemble trop volumineux pour être envoyés.',
};
