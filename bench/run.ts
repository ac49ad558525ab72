import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from '../scripts/lib/processes';
import { benchIntake } from './intake';
import { startProduct, type Product } from './lib/product';
import type { SectionReport } from './lib/report';
import { writeResults } from './lib/results';
import { benchPage } from './page';
import { benchScaleOn } from './scale/databases';
import { settings } from './settings';

// `npm run bench`: the intake, the procedure page and the staff queries at
// scale, printed as tables and kept under bench/results/. Never part of
// `npm test`: it takes minutes and its figures depend on the machine.

// The scale section runs the CMS config in-process: only the others need a build.
const built = ['cms/.next/BUILD_ID', 'dist/site/server/entry.mjs'];
const missing = built.filter((file) => !existsSync(path.join(root, file)));
if (missing.length && (settings.sections.includes('page') || settings.sections.includes('intake'))) {
  console.error(`The product is not built (missing ${missing.join(', ')}). Run \`npm run build\` first.`);
  process.exit(1);
}

const startedAt = new Date();
const logs: string[] = [];
const log = (line: string) => logs.push(line);
const reports: SectionReport[] = [];
let product: Product | undefined;

// Ctrl-C still stops the servers this run started.
process.once('SIGINT', () => {
  void (product?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

let failed = false;
try {
  console.log(`Benchmarks: ${settings.sections.join(', ')} (${settings.rounds} rounds of ${settings.seconds} s)`);
  if (settings.sections.includes('page') || settings.sections.includes('intake')) {
    console.log('Starting the built product…');
    product = await startProduct(log);
    if (settings.sections.includes('page')) reports.push(await benchPage(product, log));
    if (settings.sections.includes('intake')) reports.push(await benchIntake(product, log));
    await product.stop();
    product = undefined;
  }
  if (settings.sections.includes('scale')) {
    for (const database of settings.scaleDatabases) reports.push(await benchScaleOn(database));
  }
} catch (error) {
  failed = true;
  console.error(error);
  console.error(logs.slice(-40).join('\n'));
} finally {
  await product?.stop();
}

for (const report of reports) console.log(`\n${report.markdown}`);
if (reports.length) console.log(`\nRaw output: ${await writeResults({ startedAt, reports, logs, settings })}`);
// Payload's database client and timers would keep the process alive.
process.exit(failed ? 1 : 0);
