import type { Access, CollectionAfterDeleteHook, CollectionConfig, Where } from 'payload';
import { hasRole, nobody } from '../../access/roles';
import { berlinTimeText } from '../../fields/berlinTime';
import { removeRaw } from '../../inbound/raw';
import { importMailEndpoint } from '../../inbound/importEndpoint';
import { releaseHeldEndpoint } from '../../inbound/release';
import { inboundStatuses, inboundStatusLabels } from '../../inbound/status';
import { channelOptions } from '../../fields/channelOptions';
import type { Words } from '@shared/i18n/locales';
import { wordOptions } from '../../fields/wordOptions';

// Staff read the mail of the channels they work, as they read its case:
// handlers complaints (and escalations), abuse specialists abuse reports;
// feedback mail both teams, as feedback itself. The channel is the case's
// (or, before there is one, the mailbox's), written by the system only.
const inboundAccess: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const channels = [
    ...(hasRole(req.user, 'handler') ? ['complaint'] : []),
    ...(hasRole(req.user, 'abuseSpecialist') ? ['abuse'] : []),
  ];
  if (channels.length === 0) return false;
  const where: Where = { channel: { in: [...channels, 'feedback'] } };
  return where;
};

// The raw message lives beside the record (cms/inbound/raw.ts) and goes with it.
const forgetRaw: CollectionAfterDeleteHook = async ({ doc }) => {
  await removeRaw(String(doc.id));
};

const readOnly = { readOnly: true };
const sidebar = { readOnly: true, position: 'sidebar' as const };

// Every message that reached a desk mailbox, through the provider's webhook or
// `npm run mail:receive`: what it said, how it was authenticated, and where it
// went. Only the system writes here (cms/inbound/).
// How a message reached the desk.
const sourceLabels = {
  resend: {
    nl: 'Resend-webhook',
    en: 'Resend webhook',
    de: 'Resend-Webhook',
    fr: 'Webhook Resend',
    es: 'Webhook de Resend',
  },
  file: {
    nl: 'Geïmporteerd .eml-bestand',
    en: 'Imported .eml file',
    de: 'Importierte .eml-Datei',
    fr: 'Fichier .eml importé',
    es: 'Archivo .eml importado',
  },
  statusPage: {
    nl: 'Statuspagina van de klant',
    en: "The customer's status page",
    de: 'Statusseite des Kunden',
    fr: 'Page de suivi du client',
    es: 'Página de estado del cliente',
  },
} satisfies Record<string, Words>;

// What SPF, DKIM and DMARC came to, together.
const verdictLabels = {
  pass: { nl: 'Geslaagd', en: 'Passed', de: 'Bestanden', fr: 'Réussie', es: 'Superada' },
  fail: { nl: 'Mislukt', en: 'Failed', de: 'Nicht bestanden', fr: 'Échouée', es: 'Fallida' },
  none: { nl: 'Niet gecontroleerd', en: 'Not checked', de: 'Nicht geprüft', fr: 'Non vérifiée', es: 'No comprobada' },
} satisfies Record<string, Words>;

export const InboundMessages: CollectionConfig = {
  slug: 'inbound-messages',
  labels: { singular: 'Inbound message', plural: 'Inbox' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['receivedAt', 'status', 'from', 'subject', 'mailbox', 'case'],
    group: 'Cases',
    description:
      'Every mail that reached the complaints, abuse and feedback mailboxes, and where it went: threaded to its case, a new case, held for review (failed authentication) or ignored (auto-replies).',
    hidden: ({ user }) => !user,
    // Import .eml: a mail file fed in as if the provider had delivered it.
    components: { beforeListTable: ['/components/ImportEml#ImportEml'] },
  },
  defaultSort: '-receivedAt',
  access: { read: inboundAccess, create: nobody, update: nobody, delete: nobody },
  hooks: { afterDelete: [forgetRaw] },
  endpoints: [importMailEndpoint, releaseHeldEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'received',
      options: inboundStatuses.map((value) => ({ value, label: inboundStatusLabels[value] })),
      admin: sidebar,
    },
    { name: 'statusReason', type: 'textarea', admin: readOnly },
    {
      name: 'channel',
      type: 'select',
      index: true,
      options: channelOptions('complaint', 'abuse', 'feedback'),
      admin: { ...sidebar, description: 'Who may read it: the team of its case, or of the mailbox.' },
    },
    {
      name: 'mailbox',
      type: 'select',
      options: channelOptions('complaint', 'abuse', 'feedback'),
      admin: { ...sidebar, description: 'Which desk mailbox it was addressed to.' },
    },
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { ...sidebar, ...berlinTimeText, description: 'When it arrived: deadlines count from here.' },
    },
    { name: 'from', type: 'text', index: true, admin: readOnly },
    { name: 'fromName', type: 'text', admin: readOnly },
    { name: 'to', type: 'text', admin: readOnly },
    { name: 'subject', type: 'text', admin: readOnly },
    { name: 'text', type: 'textarea', admin: readOnly },
    { name: 'messageId', type: 'text', index: true, admin: readOnly },
    { name: 'inReplyTo', type: 'text', admin: readOnly },
    { name: 'references', type: 'textarea', admin: readOnly },
    {
      name: 'authentication',
      type: 'group',
      admin: { description: 'SPF, DKIM and DMARC as the receiving server recorded them (Authentication-Results).' },
      fields: [
        { name: 'verdict', type: 'select', options: wordOptions(verdictLabels), admin: readOnly },
        { name: 'spf', type: 'text', admin: readOnly },
        { name: 'dkim', type: 'text', admin: readOnly },
        { name: 'dmarc', type: 'text', admin: readOnly },
      ],
    },
    {
      name: 'automatic',
      type: 'text',
      admin: { ...readOnly, description: 'Why this mail gets no acknowledgement (auto-reply, bulk, our own).' },
    },
    { name: 'case', type: 'relationship', relationTo: 'cases', index: true, admin: sidebar },
    { name: 'escalation', type: 'relationship', relationTo: 'escalations', index: true, admin: sidebar },
    { name: 'feedback', type: 'relationship', relationTo: 'feedback', index: true, admin: sidebar },
    {
      name: 'mentionedCase',
      type: 'relationship',
      relationTo: 'cases',
      index: true,
      admin: {
        ...sidebar,
        description: 'The subject names this case, but the sender is not its customer: staff decide.',
      },
    },
    { name: 'evidence', type: 'relationship', relationTo: 'evidence', hasMany: true, admin: readOnly },
    {
      name: 'attachments',
      type: 'array',
      admin: { readOnly: true, description: 'Attachments as they arrived, and what became of each.' },
      fields: [
        { name: 'filename', type: 'text' },
        { name: 'contentType', type: 'text' },
        { name: 'size', type: 'number' },
        { name: 'outcome', type: 'text' },
      ],
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      options: wordOptions(sourceLabels),
      admin: sidebar,
    },
    // Resend's ids: a webhook delivered again finds the first receipt.
    { name: 'webhookId', type: 'text', unique: true, admin: sidebar },
    { name: 'providerEmailId', type: 'text', unique: true, admin: sidebar },
    {
      name: 'rawFile',
      type: 'text',
      admin: { ...sidebar, description: 'The message as it arrived (RFC 5322), kept beside the record.' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: sidebar },
    { name: 'lastError', type: 'textarea', admin: readOnly },
  ],
};
