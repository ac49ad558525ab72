import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/processes';
import { startMongoServer } from '../lib/mongoServer';
import type { SectionReport } from '../lib/report';
import { formatNumber } from '../lib/stats';
import { settings } from '../settings';

// The peak resident memory of a process (Linux), in GiB; undefined elsewhere.
const peakMemoryGiB = (pid: number | undefined): number | undefined => {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kB ? Number(kB) / 1024 / 1024 : undefined;
  } catch {
    return undefined;
  }
};

// The scale section on one database, in a process of its own: the CMS config
// reads the database from the environment when it is first imported, so one
// process can hold only one. 'mongodb' is mongo-java-server (the stand-in the
// tests use; no mongod can be installed here), started for the run with
// settings.scaleMongoHeap of heap and stopped by its PID after.
export const benchScaleOn = async (database: string): Promise<SectionReport> => {
  const server = database === 'mongodb' ? await startMongoServer({ heap: settings.scaleMongoHeap }) : undefined;
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
  const reportFile = path.join(folder, 'report.json');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SCALE_REPORT: reportFile };
    const skipped = server ? settings.scales.filter((cases) => cases > settings.scaleMongoUpTo) : [];
    const scales = settings.scales.filter((cases) => !skipped.includes(cases));
    if (!scales.length) throw new Error(`No scale step for ${database} at or below ${settings.scaleMongoUpTo} cases.`);
    if (server) {
      Object.assign(env, {
        DATABASE_URI: server.uri,
        MONGODB_FLAVOR: 'mongo-java-server',
        BENCH_SCALES: scales.join(','),
      });
    } else delete env.DATABASE_URI;
    // The same Node and loader (tsx) this run uses.
    const child = spawn(process.execPath, [...process.execArgv, path.join(root, 'bench/scale/child.ts')], {
      env,
      stdio: 'inherit',
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`The scale section on ${database} failed (exit ${code}); its output is above.`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as SectionReport;
    if (!server) return report;
    const peak = peakMemoryGiB(server.pid);
    return {
      ...report,
      markdown:
        report.markdown +
        (skipped.length
          ? `\n\nNot run on mongo-java-server: ${skipped.map((cases) => formatNumber(cases)).join(', ')} cases (above \`BENCH_SCALE_MONGO_UP_TO\`=${formatNumber(settings.scaleMongoUpTo)}). Its in-memory backend scans and sorts every case for each list (time grows with the cases, each list call takes seconds at 100,000), and seeding a million cases through it takes over an hour on this machine.`
          : '') +
        `\n\nmongo-java-server ran in a JVM with \`-Xmx${settings.scaleMongoHeap}\` (its in-memory backend holds every document and index entry)` +
        (peak === undefined ? '.' : `; its resident memory peaked at ${formatNumber(peak, 1)} GiB.`),
      raw: { ...(report.raw as object), mongoHeap: settings.scaleMongoHeap, mongoPeakResidentGiB: peak },
    };
  } finally {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
};
