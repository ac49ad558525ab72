import type { Where } from 'payload';
import type { Urgency } from '@shared/calendar/urgency';
import type { DeskKey } from '../../i18n';
import { assignedTo, openAndUnassigned, withUrgency } from '../../workflow/queues';

// A colleague's work queues on the home screen. Each is counted with their own
// access rules (handlers see complaints, abuse specialists abuse reports) and
// links to the list filtered the same way, so the number is what the list shows.
export type Queue = { label: DeskKey; where: Where; alarm?: boolean };
export type QueueGroup = { title: DeskKey; collection: 'cases' | 'escalations'; queues: Queue[] };

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
