import type { Where } from 'payload';
import type { Urgency } from '@shared/calendar/urgency';
import type { DeskKey } from '../../i18n';
import { assignedTo, openAndUnassigned, withUrgency } from '../../workflow/queues';

// A colleague's work queues on the home screen. Each is counted with their own
// access rules (handlers see complaints, abuse specialists abuse reports) and
// links to the list filtered the same way, so the number is what the list shows.
export type Queue = { label: DeskKey; where: Where; alarm?: boolean };
export type QueueGroup = {
  title: DeskKey;
  collection: 'cases' | 'escalations' | 'outbox' | 'inbound-messages';
  queues: Queue[];
  titleValues?: Record<string, number>;
};

// How far back the mail tiles look: long enough to span a holiday, short
// enough that the numbers mean "lately".
export const RECENT_MAIL_DAYS = 14;

// Mail that needs a person's eye: a customer did not get our mail (it bounced,
// or they marked it as spam: cms/inbound/delivery.ts), and a customer wrote on
// a record, a closed case included (a reply reopens nothing, so only this and
// the case's timeline say it came). `since` is part of the query, so the link
// opens the list with the very same cut-off.
export const mailGroups = (now: Date): QueueGroup[] => {
  const since = new Date(now.getTime() - RECENT_MAIL_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const replies: Where = { and: [{ status: { equals: 'threaded' } }, { receivedAt: { greater_than_equal: since } }] };
  return [
    {
      title: 'mailToCustomers',
      titleValues: { days: RECENT_MAIL_DAYS },
      collection: 'outbox',
      queues: [
        {
          label: 'mailNotDelivered',
          alarm: true,
          where: {
            and: [
              { delivery: { in: ['bounced', 'complained'] } },
              { audience: { not_equals: 'staff' } },
              { sentAt: { greater_than_equal: since } },
            ],
          },
        },
      ],
    },
    {
      title: 'mailToCustomers',
      titleValues: { days: RECENT_MAIL_DAYS },
      collection: 'inbound-messages',
      queues: [
        { label: 'customerReplies', where: replies },
        {
          label: 'customerRepliesClosed',
          where: { and: [...(replies.and ?? []), { 'case.status': { equals: 'closed' } }] },
        },
      ],
    },
  ];
};

const pressing: { label: DeskKey; urgency: Urgency }[] = [
  { label: 'overdue', urgency: 'overdue' },
  { label: 'dueToday', urgency: 'today' },
  { label: 'dueSoon', urgency: 'soon' },
];

export const queueGroups = (userId: number | string): QueueGroup[] => {
  const mine = assignedTo(userId);
  return [
    {
      title: 'myCases',
      collection: 'cases',
      queues: [
        ...pressing.map(({ label, urgency }) => ({
          label,
          where: { and: [mine, withUrgency(urgency)] },
          alarm: urgency === 'overdue',
        })),
        // Nobody's yet: whoever takes it, it waits on the team.
        {
          label: 'unassigned',
          where: openAndUnassigned,
        },
      ],
    },
    {
      // Escalations have no assignee: the complaints team shares them.
      title: 'escalations',
      collection: 'escalations',
      queues: pressing.map(({ label, urgency }) => ({
        label,
        where: withUrgency(urgency),
        alarm: urgency === 'overdue',
      })),
    },
  ];
};
