import type { PayloadRequest } from 'payload';
import type { Case, Escalation } from '../../payload-types';
import { adminUrl } from '../links';
import type { Deadline, Reference } from '../messages';
import { responsibleStaff } from '../recipients';
import { escalationReference, notifyTeam } from './audiences';

export type DeadlineRecord = { collection: 'cases'; doc: Case } | { collection: 'escalations'; doc: Escalation };

// Who is concerned by a record's deadline, and how mail names the record.
const concerning = async (req: PayloadRequest, record: DeadlineRecord) => {
  if (record.collection === 'cases') {
    const { doc } = record;
    const ref: Reference = { kind: doc.channel, caseNumber: doc.caseNumber ?? '' };
    return { ref, channel: doc.channel, assignee: doc.assignee, relations: { case: doc.id } };
  }
  const { ref, relations, escalated } = await escalationReference(req, record.doc);
  return { ref, channel: 'complaint' as const, assignee: escalated.assignee, relations };
};

// Reminds whoever has the record (or its team) that a deadline is near or has
// passed. The key holds the due date, so each deadline is mailed about once,
// and a new date after an extension gets its own reminder.
export const mailDeadline = async (
  req: PayloadRequest,
  record: DeadlineRecord,
  { kind, deadline, dueAt }: { kind: 'deadlineSoon' | 'deadlinePassed'; deadline: Deadline; dueAt: string },
): Promise<void> => {
  const { ref, channel, assignee, relations } = await concerning(req, record);
  await notifyTeam(
    req,
    await responsibleStaff(req, channel, assignee),
    kind,
    { eventKey: `${record.collection}:${record.doc.id}:${kind}:${deadline}:${dueAt}`, channel, relations },
    { ref, deadline, dueAt, adminUrl: adminUrl(req.payload, record.collection, record.doc.id) },
  );
};
