import type { TaskConfig } from 'payload';
import { completeInterruptedIntake } from '../intake/recovery';
import { MAIL_QUEUE } from '../mail/queue';
import { scheduled } from './orphans';

export { completeInterruptedIntake };

// Every minute: intakes a stopped server left half done (cms/intake/recovery.ts).
export const completeInterruptedIntakeTask: TaskConfig<'completeInterruptedIntake'> = {
  slug: 'completeInterruptedIntake',
  retries: 3,
  schedule: scheduled('* * * * *', MAIL_QUEUE),
  outputSchema: [{ name: 'completed', type: 'number' }],
  handler: async ({ req }) => ({ output: { completed: await completeInterruptedIntake(req.payload) } }),
};
