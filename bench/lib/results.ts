import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { root } from '../../scripts/lib/processes';
import type { SectionReport } from './report';

export const resultsRoot = path.join(root, 'bench/results');

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

export const machine = () => ({
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  commit: git('rev-parse', '--short', 'HEAD'),
  // Benchmarks are often run on work not committed yet: say so beside the commit.
  uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
});

export const reproduce =
  'Reproduce: `npm run build && npm run bench` (about 8 minutes on 2 shared cores; `BENCH_SECTIONS=page,intake,scale`, `BENCH_SCALES=1000,10000`, `BENCH_SCALE_DATABASES=sqlite,mongodb` (MongoDB steps only up to `BENCH_SCALE_MONGO_UP_TO`, in a JVM of `BENCH_SCALE_MONGO_HEAP`), `BENCH_ROUNDS`, `BENCH_SECONDS`, `BENCH_CLIENTS` narrow it). Raw output: `bench/results/<date>/`.';

// Written as the repository's Prettier would write them, so `npm run format:check` passes on committed results.
const writeFormatted = async (file: string, text: string) => {
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
};

// Everything one run produced: the raw measurements of every round, the
// printed tables, the servers' logs; and latest.md, the tables for the README.
export const writeResults = async ({
  startedAt,
  reports,
  logs,
  settings,
}: {
  startedAt: Date;
  reports: SectionReport[];
  logs: string[];
  settings: unknown;
}): Promise<string> => {
  const folder = path.join(resultsRoot, startedAt.toISOString().replace(/[:.]/g, '-'));
  mkdirSync(folder, { recursive: true });
  const about = machine();
  const heading = `# Benchmarks\n\nRun ${startedAt.toISOString()} at commit ${about.commit}${about.uncommittedChanges ? ' (with uncommitted changes)' : ''}, Node ${about.node}, ${about.cpus} × ${about.cpu} (load average at the end ${about.loadAverage.join(', ')}; the machine is shared, so compare ratios rather than absolute figures).`;
  const markdown = [heading, ...reports.map((report) => report.markdown), reproduce].join('\n\n') + '\n';
  await writeFormatted(path.join(folder, 'results.md'), markdown);
  await writeFormatted(
    path.join(folder, 'raw.json'),
    JSON.stringify({
      startedAt,
      machine: about,
      settings,
      sections: reports.map(({ title, raw }) => ({ title, raw })),
    }),
  );
  writeFileSync(path.join(folder, 'servers.log'), logs.join('\n') + '\n');
  await writeFormatted(path.join(resultsRoot, 'latest.md'), markdown);
  return folder;
};
