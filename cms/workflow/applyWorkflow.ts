import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import { isStaff } from '../access/roles';
import { calendarForSave } from '../calendar';
import { systemChange, workflowChanges } from '../hooks/context';
import { refuse } from './errors';
import { awaitingAnswer, earlyCloseReasons, transitionError, type Lifecycle, type Status } from './lifecycle';
import { effectiveAnswerDue, nextDeadline } from './nextDeadline';
import type { WorkflowChanges, WorkflowDoc } from './types';

type Options = { lifecycle: Lifecycle; escalationWindowDays?: number };

const statusChange = async ({
  doc,
  from,
  to,
  lifecycle,
  escalationWindowDays,
  req,
  collection,
  isSystem,
  now,
}: {
  doc: WorkflowDoc;
  from: Status;
  to: Status;
  lifecycle: Lifecycle;
  escalationWindowDays?: number;
  req: PayloadRequest;
  collection: string;
  isSystem: boolean;
  now: string;
}): Promise<WorkflowDoc> => {
  const problem = transitionError(lifecycle, from, to);
  if (problem) refuse(collection, req, 'status', problem);
  if (lifecycle.systemOnly.includes(to) && !isSystem) {
    refuse(collection, req, 'status', 'This status is set when the customer files an escalation.');
  }
  const milestones = { ...doc.milestones };
  const next: WorkflowDoc = { ...doc, status: to, milestones };
  if (to === 'acknowledged') milestones.acknowledgedAt = now;
  if (to === 'answered') {
    if (!doc.answer?.trim()) {
      // Named on the status, where staff see it: the answer is written with the "Send answer…" action.
      refuse(
        collection,
        req,
        'status',
        'Write the answer first (“Send answer…” above): it is mailed to the customer when the case is answered.',
      );
    }
    milestones.answeredAt = now;
    if (escalationWindowDays) {
      const calendar = await calendarForSave(req.payload, req.context);
      next.escalationWindowEndsAt = calendar.deadline(new Date(now), escalationWindowDays).toISOString();
    }
  }
  if (to === 'closed') {
    milestones.closedAt = now;
    const reason = doc.closeReason ?? (from === 'answered' ? 'resolved' : undefined);
    if (awaitingAnswer.includes(from)) {
      if (!reason || !earlyCloseReasons.includes(reason as never)) {
        refuse(
          collection,
          req,
          'closeReason',
          'Before an answer, a case can only be closed as spam, duplicate or out of scope.',
        );
      }
      if (!doc.closeNote?.trim()) refuse(collection, req, 'closeNote', 'Say why it is closed without an answer.');
    }
    next.closeReason = reason ?? null;
  }
  return next;
};

const extensionChange = ({
  doc,
  previous,
  req,
  collection,
}: {
  doc: WorkflowDoc;
  previous: WorkflowDoc;
  req: PayloadRequest;
  collection: string;
}): { doc: WorkflowDoc; change?: WorkflowChanges['extension'] } => {
  const wanted = doc.extension?.expectedAnswerAt;
  if (!wanted || wanted === previous.extension?.expectedAnswerAt) return { doc };
  if (!awaitingAnswer.includes(previous.status ?? 'received')) {
    refuse(
      collection,
      req,
      'extension.expectedAnswerAt',
      'An extension is only possible while the answer is still owed.',
    );
  }
  const reason = doc.extension?.reason?.trim();
  if (!reason) refuse(collection, req, 'extension.reason', 'Give the reason the investigation needs longer.');
  const currentDue = effectiveAnswerDue(previous);
  if (currentDue && new Date(wanted) <= new Date(currentDue)) {
    refuse(
      collection,
      req,
      'extension.expectedAnswerAt',
      'The new date must be later than the current answer deadline.',
    );
  }
  const late = Boolean(currentDue && Date.now() > new Date(currentDue).getTime());
  if (late && !doc.extension?.lateReason?.trim()) {
    refuse(
      collection,
      req,
      'extension.lateReason',
      'The answer deadline has already passed: record why the customer is told only now.',
    );
  }
  const extension = { ...doc.extension, expectedAnswerAt: wanted, reason, recordedAt: new Date().toISOString() };
  return { doc: { ...doc, extension }, change: { expectedAnswerAt: wanted, reason: reason ?? '', late } };
};

// Every staff save of a case or an escalation: status steps, milestones, an
// extension, an internal note. What changed is handed to the timeline hook.
export const applyWorkflow =
  ({ lifecycle, escalationWindowDays }: Options): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context, collection }) => {
    const changes: WorkflowChanges = {};
    const note = (data as WorkflowDoc).addNote?.trim();
    if (note) changes.note = note;
    // The note goes to the timeline, not into the record.
    const incoming: WorkflowDoc = { ...(data as WorkflowDoc), addNote: null };
    workflowChanges.set(context, changes);
    if (operation !== 'update' || !originalDoc) return incoming;

    const previous = originalDoc as WorkflowDoc;
    let doc: WorkflowDoc = {
      ...incoming,
      // Field access already kept staff from writing these; what arrives is the system's.
      deadlines: { ...previous.deadlines, ...incoming.deadlines },
      extension: { ...previous.extension, ...incoming.extension },
      milestones: { ...previous.milestones, ...incoming.milestones },
      escalationWindowEndsAt: previous.escalationWindowEndsAt,
      status: incoming.status ?? previous.status,
      closeReason: incoming.closeReason ?? previous.closeReason,
      closeNote: incoming.closeNote ?? previous.closeNote,
    };
    const from = previous.status ?? 'received';
    const to = doc.status ?? from;
    if (to !== from) {
      // The code paths that may use a system-only status (the escalation intake,
      // the jobs, a delivered acknowledgement) say so; a person in the admin never does.
      const system = systemChange.get(context);
      const isSystem = system !== undefined || !isStaff(req.user);
      const eventTime = isSystem ? system?.eventTime : undefined;
      doc = await statusChange({
        doc,
        from,
        to,
        lifecycle,
        escalationWindowDays,
        req,
        collection: collection.slug,
        isSystem,
        now: eventTime ?? new Date().toISOString(),
      });
      changes.statusChange = { from, to };
    }
    const extension = extensionChange({ doc, previous, req, collection: collection.slug });
    doc = extension.doc;
    if (extension.change) changes.extension = extension.change;
    doc.deadlines = { ...doc.deadlines, nextDeadlineAt: nextDeadline(doc) };
    return doc;
  };
