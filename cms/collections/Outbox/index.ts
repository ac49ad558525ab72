import type { Access, CollectionConfig, Where } from 'payload';
import { locales, type Words } from '@shared/i18n/locales';
import { hasRole, nobody } from '../../access/roles';
import { berlinTimeText } from '../../fields/berlinTime';
import { channelOptions } from '../../fields/channelOptions';
import { showJsonReadOnly } from '../../fields/jsonView';
import { wordOptions } from '../../fields/wordOptions';
import { deskWords } from '../../i18n/deskWords';

export const outboxStatuses = ['queued', 'retrying', 'sent', 'notSent'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

// Staff read the mail of the channels they work; feedback mail is read by both
// teams, as feedback itself is.
const outboxAccess: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const channels = [
    ...(hasRole(req.user, 'handler') ? ['complaint'] : []),
    ...(hasRole(req.user, 'abuseSpecialist') ? ['abuse'] : []),
  ];
  if (channels.length === 0) return false;
  const where: Where = { channel: { in: [...channels, 'feedback'] } };
  return where;
};

const readOnly = { readOnly: true };

// Every message the desk sends, composed and stored before anything is sent: the
// record of what a customer or colleague was told, and the queue that survives
// a provider outage. Only the system writes here.
// Who a message is for.
const audienceLabels = {
  customer: { nl: 'Klant', en: 'Customer', de: 'Kunde', fr: 'Client', es: 'Cliente' },
  registrant: { nl: 'Registrant', en: 'Registrant', de: 'Domaininhaber', fr: 'Titulaire', es: 'Titular' },
  staff: { nl: 'Medewerkers', en: 'Staff', de: 'Mitarbeitende', fr: 'Équipe', es: 'Personal' },
} satisfies Record<string, Words>;

export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: 'Message', plural: 'Outbox' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'status', 'to', 'subject', 'kind', 'attempts'],
    group: 'Cases',
    description:
      'Every mail the desk sends. "Not sent" means no mail provider is configured (RESEND_API_KEY): the message was composed and logged only. Failed sends are retried until the provider accepts them.',
    hidden: ({ user }) => !user,
  },
  defaultSort: '-createdAt',
  access: { read: outboxAccess, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'eventKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { ...readOnly, description: 'One event, one message: a second attempt to queue it finds this one.' },
    },
    { name: 'kind', type: 'text', required: true, index: true, admin: readOnly },
    {
      name: 'audience',
      type: 'select',
      required: true,
      options: wordOptions(audienceLabels),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'channel',
      type: 'select',
      required: true,
      index: true,
      // account: invitations and password resets; only admins read them.
      options: channelOptions('complaint', 'abuse', 'feedback', 'account'),
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      // The conversation's words for the same states (cms/i18n/conversation/).
      options: [
        { value: 'queued', label: deskWords('deliveryQueued') },
        { value: 'retrying', label: deskWords('deliveryFailed') },
        { value: 'sent', label: deskWords('deliverySent') },
        { value: 'notSent', label: deskWords('deliveryNotSent') },
      ],
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: locales.map(({ code, label }) => ({ value: code, label })),
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'to', type: 'text', required: true, index: true, admin: readOnly },
    { name: 'from', type: 'text', required: true, admin: readOnly },
    // Indexed: a customer's reply to complaints+<token>@… finds its record by it.
    { name: 'replyTo', type: 'text', index: true, admin: readOnly },
    {
      name: 'messageId',
      type: 'text',
      index: true,
      admin: { ...readOnly, description: 'Our Message-ID: a reply that names it is threaded to the record.' },
    },
    { name: 'subject', type: 'text', required: true, admin: readOnly },
    // Both bodies are shown together by the preview below; the text field's own
    // editor would repeat it.
    { name: 'text', type: 'textarea', required: true, admin: { ...readOnly, hidden: true } },
    {
      name: 'html',
      type: 'code',
      required: true,
      // Payload's code editor loads Monaco from a CDN; the preview needs nothing from outside.
      admin: { ...readOnly, language: 'html', components: { Field: '/components/MessagePreview#MessagePreview' } },
    },
    {
      name: 'case',
      type: 'relationship',
      relationTo: 'cases',
      index: true,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'escalation',
      type: 'relationship',
      relationTo: 'escalations',
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'feedback', type: 'relationship', relationTo: 'feedback', admin: { ...readOnly, position: 'sidebar' } },
    // Files staff attached to a reply from the case, sent with it: each file's
    // id in Reply attachments, name, type and size. Kept in the row itself (not
    // a relationship table) so the one insert that queues the message stores
    // them too, before its job can read it (cms/replies/send.ts).
    ...showJsonReadOnly([
      {
        name: 'attachments',
        type: 'json',
        admin: { ...readOnly, condition: (data) => Array.isArray(data?.attachments) && data.attachments.length > 0 },
      },
    ]),
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'lastAttemptAt',
      type: 'date',
      admin: { ...readOnly, position: 'sidebar', ...berlinTimeText },
    },
    { name: 'lastError', type: 'textarea', admin: readOnly },
    {
      name: 'sentAt',
      type: 'date',
      index: true,
      admin: { ...readOnly, position: 'sidebar', ...berlinTimeText },
    },
    { name: 'providerMessageId', type: 'text', index: true, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'delivery',
      type: 'select',
      options: [
        { value: 'delivered', label: deskWords('deliveryDelivered') },
        { value: 'bounced', label: deskWords('deliveryBounced') },
        { value: 'complained', label: deskWords('deliveryComplained') },
      ],
      admin: { ...readOnly, position: 'sidebar', description: 'What the provider reported after sending.' },
    },
    { name: 'deliveryNote', type: 'textarea', admin: readOnly },
    {
      name: 'job',
      type: 'text',
      admin: { ...readOnly, position: 'sidebar', description: 'The queue job currently sending this message.' },
    },
  ],
};
