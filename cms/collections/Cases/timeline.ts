import { relationId } from '../../utilities/relationId';
import type { Case } from '../../payload-types';
import { recordTimeline, type TimelineEntry } from '../../workflow/recordTimeline';

// A consent recorded later is evidence: who entered it is the entry's actor.
const consentEntries = (doc: Pick<Case, 'abuse'>, previous: Pick<Case, 'abuse'>) => {
  const consent = doc.abuse?.consent;
  if (!consent?.recordedAt || consent.recordedAt === previous.abuse?.consent?.recordedAt) return [];
  if (consent.source !== 'recordedByStaff') return [];
  return [
    {
      type: 'consentRecorded' as const,
      summary: 'Reporter’s consent to share their identity recorded',
      note: consent.evidence ?? undefined,
      details: { consent },
    },
  ];
};

const channelNames: Record<string, string> = { complaint: 'Complaint', abuse: 'Abuse report' };

export const caseTimelineTarget = (doc: Record<string, unknown>) => ({
  caseId: doc.id as number,
  channel: String(doc.channel),
});

// The first entry of a case's timeline, written by its intake.
export const caseReceiptEntry = (doc: Record<string, unknown>): TimelineEntry => ({
  type: 'submitted',
  summary: `${channelNames[String(doc.channel)] ?? 'Case'} received via ${String(doc.receivedVia)}${
    (doc.reporter as Case['reporter'] | undefined)?.email ? '' : ' (no e-mail address: acknowledge and answer by post)'
  }`,
  details: { receivedAt: doc.receivedAt, deadlines: doc.deadlines },
});

// What a case's timeline says about staff saves.
export const recordCaseTimeline = recordTimeline({
  target: caseTimelineTarget,
  describeOther: (doc, previous) => [
    ...(relationId(doc.assignee) === relationId(previous.assignee)
      ? []
      : [
          {
            type: 'assigned' as const,
            summary: doc.assignee ? 'Assigned' : 'Unassigned',
            details: { from: relationId(previous.assignee) ?? null, to: relationId(doc.assignee) ?? null },
          },
        ]),
    ...consentEntries(doc as Pick<Case, 'abuse'>, previous as Pick<Case, 'abuse'>),
  ],
});
