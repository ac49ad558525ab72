import { relationId } from '../../utilities/relationId';
import { recordTimeline } from '../../workflow/recordTimeline';

const channelNames: Record<string, string> = { complaint: 'Complaint', abuse: 'Abuse report' };

// What a case's timeline says about its own saves.
export const recordCaseTimeline = recordTimeline({
  target: (doc) => ({ caseId: doc.id as number, channel: String(doc.channel) }),
  describeCreate: (doc) => ({
    type: 'submitted',
    summary: `${channelNames[String(doc.channel)] ?? 'Case'} received via ${String(doc.receivedVia)}`,
    details: { receivedAt: doc.receivedAt, deadlines: doc.deadlines },
  }),
  describeOther: (doc, previous) => {
    if (relationId(doc.assignee) === relationId(previous.assignee)) return [];
    return [
      {
        type: 'assigned',
        summary: doc.assignee ? 'Assigned' : 'Unassigned',
        details: { from: relationId(previous.assignee) ?? null, to: relationId(doc.assignee) ?? null },
      },
    ];
  },
});
