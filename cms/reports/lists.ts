import type { Where } from 'payload';
import type { DeskKey } from '../i18n';
import { open } from '../workflow/queues';
import { inBerlinMonth } from './tally';

// The admin lists behind the report's figures: filtered this way, a list shows
// exactly as many records as the figure says (test/int/reports-lists.test.ts).
// The home screen links each month figure to its list with these.
export type FigureList = { label: DeskKey; collection: 'cases' | 'escalations' | 'feedback'; where: Where };

// An escalation is open while its final answer is owed (what summarise.ts counts).
export const escalationsAwaitingFinalAnswer: Where = open;

export const monthLists = (month: string): FigureList[] => {
  const received = inBerlinMonth('receivedAt', month);
  return [
    {
      label: 'complaintsReceived',
      collection: 'cases',
      where: { and: [{ channel: { equals: 'complaint' } }, received] },
    },
    {
      label: 'abuseReportsReceived',
      collection: 'cases',
      where: { and: [{ channel: { equals: 'abuse' } }, received] },
    },
    { label: 'escalationsReceived', collection: 'escalations', where: received },
    { label: 'feedbackReceived', collection: 'feedback', where: received },
  ];
};
