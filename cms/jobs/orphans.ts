import type { PayloadRequest, TaskConfig } from 'payload';
import { cmsSettings } from '@shared/settings';

// Payload does not export these two types by name.
type ScheduleConfig = NonNullable<TaskConfig['schedule']>[number];
type BeforeScheduleFn = NonNullable<NonNullable<ScheduleConfig['hooks']>['beforeSchedule']>;

// The moment before which work still in progress has lost its server.
export const staleBefore = (now: Date): string =>
  new Date(now.getTime() - cmsSettings().JOBS_STALE_AFTER_SECONDS * 1000).toISOString();

// A job is marked `processing` while a server works on it. If that server dies
// (killed, crashed, redeployed mid-run), the mark stays: Payload never picks the
// job up again, and a scheduled task whose job is stuck is never scheduled
// again either. No task here runs for minutes, so a job that has been
// "processing" for longer than JOBS_STALE_AFTER_SECONDS lost its worker and is
// handed back to the queue. Every task is safe to run twice: mail is checked
// against the outbox and deduplicated by the provider's idempotency key, the
// deadline tasks recompute state.
export const releaseOrphanedJobs = async (req: PayloadRequest, now = new Date()): Promise<number> => {
  const released = await req.payload.db.updateJobs({
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: staleBefore(now) } },
      ],
    },
    data: { processing: false },
    req: {},
    returning: true,
  });
  const count = released?.length ?? 0;
  if (count) req.payload.logger.warn(`Released ${count} job(s) left processing by a server that stopped.`);
  return count;
};

// Payload asks every schedule on each tick of its queue's autoRun cron whether
// to queue a job; that tick is also the moment to release orphans, because it
// runs even when every scheduled job is stuck.
const releaseThenSchedule: BeforeScheduleFn = async (args) => {
  await releaseOrphanedJobs(args.req);
  return args.defaultBeforeSchedule(args);
};

export const scheduled = (cron: string, queue: string): ScheduleConfig[] => [
  { cron, queue, hooks: { beforeSchedule: releaseThenSchedule } },
];
