import type { CollectionBeforeChangeHook, Payload } from 'payload';
import { urgencyOf, urgencyRank, type Urgency } from '@shared/calendar/urgency';
import { calendarForSave, registrarCalendar } from '../calendar';
import { awaitingAnswer } from './lifecycle';
import { nextDeadline } from './nextDeadline';
import type { WorkflowDoc } from './types';

// The deadline staff owe something by: only while an acknowledgement or an
// answer is still to be sent (an answered case waits on the customer).
export const staffDeadline = (doc: WorkflowDoc): string | null =>
  awaitingAnswer.includes(doc.status ?? 'received') ? nextDeadline(doc) : null;

// Every save stores how pressing the record is, so lists filter and saved views
// work on a plain column; the refresh job keeps it true as time passes.
export const setUrgency: CollectionBeforeChangeHook = async ({ data, req, context }) => {
  const doc = data as WorkflowDoc;
  const calendar = await calendarForSave(req.payload, context);
  const urgency = urgencyOf(staffDeadline(doc), new Date(), calendar);
  return { ...data, deadlines: { ...doc.deadlines, urgency, urgencyRank: urgencyRank(urgency) } };
};

// Time moves records from "later" to "soon" to "overdue" without any save.
export const refreshUrgency = async (payload: Payload, now = new Date()): Promise<number> => {
  const calendar = await registrarCalendar(payload);
  let changed = 0;
  for (const collection of ['cases', 'escalations'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { 'deadlines.urgency': { in: ['today', 'soon', 'later'] } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { status: true, deadlines: true, extension: true, escalationWindowEndsAt: true },
    });
    for (const doc of docs) {
      const urgency: Urgency = urgencyOf(staffDeadline(doc as WorkflowDoc), now, calendar);
      if (urgency === doc.deadlines?.urgency) continue;
      await payload.update({
        collection,
        id: doc.id,
        data: { deadlines: { ...doc.deadlines, urgency } },
        overrideAccess: true,
      });
      changed += 1;
    }
  }
  return changed;
};
