import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import type { CaseEventType } from '../collections/CaseEvents';
import { workflowChanges } from '../hooks/context';
import { formatBerlinTime, registrarTimeZone } from '@shared/calendar/berlin';
import { closeReasonLabels, statusLabels, type CloseReason } from './lifecycle';
import type { Channel } from '@shared/channel';

export type TimelineEntry = { type: CaseEventType; summary: string; note?: string; details?: Record<string, unknown> };

export type TimelineTarget = { caseId: number | string; escalationId?: number | string; channel: string };

export const writeTimeline = async ({
  req,
  target,
  entries,
}: {
  req: PayloadRequest;
  target: TimelineTarget;
  entries: TimelineEntry[];
}): Promise<void> => {
  const user = req.user as { collection?: string; id?: number | string; name?: string | null; email?: string } | null;
  const staff = user?.collection === 'users' ? user : undefined;
  const actor = staff ? (staff.name ?? staff.email ?? 'staff') : user ? 'customer (via the site)' : 'system';
  const at = new Date().toISOString();
  // Written through the adapter, not Payload's create operation: the timeline has
  // no hooks and its entries are made here, never typed in, and the operation
  // would read back every row it has just inserted (on SQLite one more
  // statement per entry, and the intake counts its round trips).
  for (const entry of entries) {
    await req.payload.db.create({
      collection: 'case-events',
      data: {
        case: target.caseId as number,
        escalation: target.escalationId as number | undefined,
        channel: target.channel as Channel,
        at,
        at_tz: registrarTimeZone,
        by: staff?.id as number | undefined,
        actor,
        ...entry,
        createdAt: at,
        updatedAt: at,
      },
      req,
      returning: false,
    });
  }
};

// The intake's recovery (cms/intake/) finds the receipt entry there if the
// first run got that far.
export const hasTimelineEntry = async (
  req: PayloadRequest,
  target: TimelineTarget,
  type: CaseEventType,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'case-events',
    where: {
      and: [
        { case: { equals: target.caseId } },
        ...(target.escalationId === undefined ? [] : [{ escalation: { equals: target.escalationId } }]),
        { type: { equals: type } },
      ],
    },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
};

// After every staff save: one timeline entry per thing that happened, with who
// and when. (A new record's receipt entry is written by its intake.)
export const recordTimeline =
  ({
    target,
    describeOther = () => [],
  }: {
    target: (doc: Record<string, unknown>) => TimelineTarget;
    describeOther?: (doc: Record<string, unknown>, previous: Record<string, unknown>) => TimelineEntry[];
  }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    if (operation !== 'update') return doc;
    const changes = workflowChanges.get(context) ?? {};
    const entries: TimelineEntry[] = [...describeOther(doc, previousDoc)];
    if (changes.statusChange) {
      const { from, to } = changes.statusChange;
      const closeReason =
        to === 'closed' && doc.closeReason ? closeReasonLabels[doc.closeReason as CloseReason].en : null;
      entries.push({
        type: 'statusChanged',
        summary: `Status: ${statusLabels[from].en} → ${statusLabels[to].en}${closeReason ? ` (${closeReason})` : ''}`,
        note: to === 'closed' && typeof doc.closeNote === 'string' && doc.closeNote ? doc.closeNote : undefined,
        details: { from, to, closeReason: doc.closeReason ?? undefined },
      });
    }
    if (changes.extension) {
      const { expectedAnswerAt, reason, late } = changes.extension;
      entries.push({
        type: 'extended',
        summary: `Answer expected by ${formatBerlinTime(expectedAnswerAt)} Berlin${late ? ' (recorded after the deadline)' : ''}`,
        note: reason,
        details: changes.extension,
      });
    }
    if (changes.note) entries.push({ type: 'note', summary: 'Internal note', note: changes.note });
    if (entries.length) await writeTimeline({ req, target: target(doc), entries });
    return doc;
  };
