import type { PayloadRequest } from 'payload';
import type { Case, Escalation } from '../../payload-types';
import { relationId } from '../../utilities/relationId';
import { adminUrl } from '../links';
import type { Deadline, Reference } from '../messages';
import { responsibleStaff } from '../recipients';
import { notifyTeam } from './caseMail';

export type DeadlineRecord = { collection: 'cases'; doc: Case } | { collection: 'escalations'; doc: Escalation };

// Reminds whoever has the record (or its team) that a deadline is near or has
// passed. The key holds the due date, so each deadline is mailed about once,
// and a new date after an extension gets its own reminder.
export const mailDeadline = async (
  req: PayloadRequest,
  record: DeadlineRecord,
  { kind, deadline, dueAt }: { kind: 'deadlineSoon' | 'deadlinePassed'; deadline: Deadline; dueAt: string },
): Promise<void> => {
  let ref: Reference;
  let channel: 'complaint' | 'abuse';
  let assignee: unknown;
  let relations: { case?: number; escalation?: number };
  if (record.collection === 'cases') {
    const { doc } = record;
    ref = { kind: doc.channel, caseNumber: doc.caseNumber ?? '' };
    channel = doc.channel;
    assignee = doc.assignee;
    relations = { case: doc.id };
  } else {
    const { doc } = record;
    const caseId = relationId(doc.case) as number;
    const escalated = await req.payload.findByID({
      collection: 'cases',
      id: caseId,
      depth: 0,
      overrideAccess: true,
      req,
    });
    ref = { kind: 'escalation', escalationNumber: doc.escalationNumber ?? '', caseNumber: escalated.caseNumber ?? '' };
    channel = 'complaint';
    assignee = escalated.assignee;
    relations = { case: caseId, escalation: doc.id };
  }
  await notifyTeam(
    req,
    await responsibleStaff(req, channel, assignee),
    kind,
    { eventKey: `${record.collection}:${record.doc.id}:${kind}:${deadline}:${dueAt}`, channel, relations },
    { ref, deadline, dueAt, adminUrl: adminUrl(req.payload, record.collection, record.doc.id) },
  );
};
