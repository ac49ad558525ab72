import { writeFileSync } from 'node:fs';
import { benchScale } from './index';

// One database's scale section (started by ./databases.ts with the database in
// its environment); the report goes to the file BENCH_SCALE_REPORT names.
try {
  const report = await benchScale();
  writeFileSync(process.env.BENCH_SCALE_REPORT ?? '', JSON.stringify(report));
  // Payload's database client and timers would keep the process alive.
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
