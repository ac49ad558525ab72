import type { JobsConfig } from 'payload';
import { cmsSettings } from '@shared/settings';
import { INBOUND_QUEUE } from '../inbound/receipt';
import { MAIL_QUEUE } from '../mail/queue';

// Payload's type for one entry of `jobs.autoRun`.
type AutorunEntry = Exclude<NonNullable<JobsConfig['autoRun']>, (...args: never[]) => unknown>[number];

// The crons that work the queues, in the process that works them.
export const queueCrons = (): AutorunEntry[] => [
  { cron: '* * * * *', queue: 'deadlines' },
  // Payload's scheduled publishing queues its jobs here: a version scheduled
  // for a minute is published within that minute, and the publication tells
  // the site (cms/hooks/notifySite.ts).
  { cron: '* * * * *', queue: 'default' },
  // Mail goes out within a minute of the event; MAIL_QUEUE_CRON (six fields for
  // seconds) makes it faster, as the end-to-end tests do. Each tick sends up to
  // MAIL_QUEUE_LIMIT messages at once, so the backlog of an outage drains in
  // minutes rather than hours.
  { cron: cmsSettings().MAIL_QUEUE_CRON, queue: MAIL_QUEUE, limit: cmsSettings().MAIL_QUEUE_LIMIT },
  // Received mail is read on the same beat as mail is sent.
  { cron: cmsSettings().MAIL_QUEUE_CRON, queue: INBOUND_QUEUE, limit: cmsSettings().MAIL_QUEUE_LIMIT },
];

// Exactly one process may work the queues. Payload 3.90's runner does not claim
// a job atomically: `payload.jobs.run` finds the runnable jobs (processing
// false) and then sets `processing: true` on those ids without checking the
// flag again (@payloadcms/db-mongodb's updateJobs: a find with a limit, then
// updateMany by `_id $in`; the SQL adapters: a find, then one update per row),
// so two runners ticking together both take the same job and, for the mail
// queue, both send. Scheduling (`handleSchedules`, which queues the tasks with
// a `schedule`) counts the waiting jobs before it queues one, with the same
// gap. So with JOBS_AUTORUN=false a process has no crons at all, neither
// running nor scheduling: several CMS web instances leave both to the one
// `npm run worker` (scripts/worker.ts).
export const jobsAutoRun = (): AutorunEntry[] => (cmsSettings().JOBS_AUTORUN ? queueCrons() : []);
