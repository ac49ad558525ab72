// `npm run worker`: the one process that works the job queues when several CMS
// instances serve the admin and the API behind a load balancer, each of them
// with JOBS_AUTORUN=false. Payload's queue does not claim a job atomically (see
// cms/jobs/autoRun.ts), so exactly one worker may run per database.
//
// It is Payload's own autoRun (the config's crons: deadlines, default, mail),
// in a process of its own instead of in a web server. It skips the start-up
// work of a CMS instance (migrations, seed, saved views, rollups): start the
// CMS once on a new database before the worker.
import { getPayload } from 'payload';
import config from '../cms/payload.config';
import { queueCrons } from '../cms/jobs/autoRun';
import { cmsSettings } from '@shared/settings';

// The npm script sets JOBS_AUTORUN=true; started another way with it off, this
// process would sit idle and the queues would never be worked.
if (!cmsSettings().JOBS_AUTORUN) {
  console.error('The worker needs JOBS_AUTORUN=true (`npm run worker` sets it).');
  process.exit(1);
}

const payload = await getPayload({ config, cron: true, disableOnInit: true });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // A job cut off mid-run is handed back after JOBS_STALE_AFTER_SECONDS
  // (cms/jobs/orphans.ts); every task is safe to run twice.
  await payload.destroy();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const crons = queueCrons()
  .map(({ queue, cron }) => `${queue} (${cron})`)
  .join(', ');
// The line scripts/lib/processes.ts waits for.
console.log(`Working the job queues: ${crons}.`);
