import type { Case } from '../payload-types';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { DeadlineOutcome, DeadlinePerformance, DeadlineTally } from './types';

// The workflow fields a deadline is judged on; cases and escalations share them.
export type DeadlineRecord = Pick<Case, 'deadlines' | 'extension' | 'milestones'>;

const time = (value: string | null | undefined): number | undefined => (value ? Date.parse(value) : undefined);

// Whether one promise was kept. Done by the due time: met; done later, or not
// done while the due time passed: missed; not done and not yet due: open.
// A record closed without the step owed nothing, whenever it was closed: the
// lifecycle (cms/workflow/applyWorkflow.ts) closes a record before its answer
// only as spam, a duplicate or out of scope, which are not real cases. It is
// left out (undefined) rather than counted as missed.
export const deadlineOutcome = ({
  doneAt,
  dueAt,
  closedAt,
  now,
}: {
  doneAt?: string | null;
  dueAt?: string | null;
  closedAt?: string | null;
  now: Date;
}): DeadlineOutcome | undefined => {
  const due = time(dueAt);
  if (due === undefined) return undefined;
  const done = time(doneAt);
  if (done !== undefined) return done <= due ? 'met' : 'missed';
  if (closedAt) return undefined;
  return now.getTime() > due ? 'missed' : 'open';
};

export const metPercent = (met: number, missed: number): number | null =>
  met + missed === 0 ? null : Math.round((met / (met + missed)) * 1000) / 10;

export const tallyOutcomes = (outcomes: readonly (DeadlineOutcome | undefined)[]): DeadlineTally => {
  const count = (wanted: DeadlineOutcome) => outcomes.filter((outcome) => outcome === wanted).length;
  const [met, missed, open] = [count('met'), count('missed'), count('open')];
  return { met, missed, open, metPercent: metPercent(met, missed) };
};

export const addTallies = (a: DeadlineTally, b: DeadlineTally): DeadlineTally => {
  const [met, missed, open] = [a.met + b.met, a.missed + b.missed, a.open + b.open];
  return { met, missed, open, metPercent: metPercent(met, missed) };
};

export const deadlinePerformance = (records: readonly DeadlineRecord[], now: Date): DeadlinePerformance => ({
  acknowledgement: tallyOutcomes(
    records.map((record) =>
      deadlineOutcome({
        doneAt: record.milestones?.acknowledgedAt,
        dueAt: record.deadlines?.acknowledgementDueAt,
        closedAt: record.milestones?.closedAt,
        now,
      }),
    ),
  ),
  answer: tallyOutcomes(
    records.map((record) =>
      deadlineOutcome({
        doneAt: record.milestones?.answeredAt,
        // An extension's new date replaces the original answer deadline.
        dueAt: effectiveAnswerDue(record),
        closedAt: record.milestones?.closedAt,
        now,
      }),
    ),
  ),
});
