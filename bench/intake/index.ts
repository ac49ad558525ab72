import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from '../../test/helpers/databaseEnv';
import { runLoad, type LoadResult } from '../lib/load';
import { startMongoServer } from '../lib/mongoServer';
import { startProduct, type Product } from '../lib/product';
import { section, type SectionReport } from '../lib/report';
import { alternate } from '../lib/rounds';
import { formatNumber, formatRatio, median, sum } from '../lib/stats';
import { markdownTable, type Row } from '../lib/table';
import { settings } from '../settings';
import { startBaseline } from './baseline';
import { checkTarget, intakeRequests, intakeSides, type IntakeSide } from './targets';

type Level = { clients: number; runs: Record<IntakeSide, LoadResult[]> };
type RoundTrips = { small: string[]; large: string[] };
type Comparison = { database: string; levels: Level[]; roundTrips: RoundTrips };

const okPerSecond = (runs: LoadResult[]) => median(runs.map((run) => run.okPerSecond));

const rowsFor = ({ clients, runs }: Level): Row[] => {
  const site = okPerSecond(runs['site form']);
  return intakeSides.map((side) => [
    side,
    clients,
    formatNumber(okPerSecond(runs[side]), 1),
    `${formatNumber(median(runs[side].map((run) => run.p50Ms)))} ms`,
    `${formatNumber(median(runs[side].map((run) => run.p95Ms)))} ms`,
    formatRatio(okPerSecond(runs[side]) / site),
    formatNumber(sum(runs[side].map((run) => run.ok))),
    formatNumber(sum(runs[side].map((run) => run.refused + run.errors))),
  ]);
};

// The goal: the site's form at least as fast as a form-builder submission.
const goalLine = (levels: Level[]) =>
  `Site form ÷ form builder (goal ≥ 1.00×): ${levels
    .map(({ clients, runs }) => {
      const ratio = okPerSecond(runs['site form']) / okPerSecond(runs['form builder']);
      const verdict = ratio >= 1 ? 'met' : `not met: ${formatRatio(1 / ratio)} its throughput needed`;
      return `${formatRatio(ratio)} at ${clients} client${clients === 1 ? '' : 's'} (${verdict})`;
    })
    .join(', ')}. CMS API ÷ form builder: ${levels
    .map(({ runs }) => formatRatio(okPerSecond(runs['CMS API']) / okPerSecond(runs['form builder'])))
    .join(', ')}.`;

const roundTripLine = (database: string, { small, large }: RoundTrips) => {
  const sqlite = !database.startsWith('MongoDB');
  const unit = sqlite ? 'SQL statements' : 'MongoDB commands';
  const commits = large.filter((call) => call === 'commit').length;
  const gap = large.length <= 8 ? 'met' : `not met: ${large.length - 8} over`;
  return (
    `Database round trips of one complaint, counted where they leave for the database ` +
    `(${sqlite ? 'every statement handed to the libsql client, BEGIN and COMMIT included' : 'every command the driver sends (command monitoring)'}; ` +
    "test/helpers/roundTrips.ts; the REST route adds the API key's look-up): " +
    `**${small.length}** ${unit} with 3 handlers, **${large.length}** with 12 (goal ≤ 8: ${gap})` +
    (sqlite ? `, in ${commits} commit${commits === 1 ? '' : 's'} (one wait for the disk)` : '') +
    `: ${large.map((call) => `\`${call}\``).join(', ')}.`
  );
};

// One complaint counted in a process of its own, on a throwaway database of
// the kind the environment names.
const countRoundTrips = async (log: (line: string) => void): Promise<RoundTrips> => {
  const database = throwawayDatabaseEnv('bench-round-trips');
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bench/intake/roundTrips.ts')],
      {
        cwd: root,
        env: { ...process.env, ...database, NODE_ENV: 'production', JOBS_AUTORUN: 'false' },
        maxBuffer: 10_000_000,
      },
    );
    const lines = stdout.trim().split('\n');
    lines.slice(0, -1).forEach(log);
    return JSON.parse(lines.at(-1) ?? '{}') as RoundTrips;
  } finally {
    rmSync(database.DATA_DIR ?? '', { recursive: true, force: true });
  }
};

// A complaint filed through the site's form against the same form the usual
// Payload way and a bare create, side by side at each concurrency, on one database.
const compare = async (database: string, product: Product, log: (line: string) => void): Promise<Comparison> => {
  const roundTrips = await countRoundTrips(log);
  console.log(
    `  ${database}: ${roundTrips.small.length} statements or commands per complaint (${roundTrips.large.length} with 12 handlers)`,
  );
  const baseline = await startBaseline(log);
  try {
    const requests = intakeRequests({ product, baselineUrl: baseline.url, formId: baseline.formId });
    for (const side of intakeSides) await checkTarget(side, requests[side]);
    // Warm-up: JIT, connection pools, the site's content cache.
    for (const side of intakeSides) await runLoad(requests[side], { connections: 10, seconds: 2 });
    const levels: Level[] = [];
    for (const clients of settings.clients) {
      const runs = await alternate(intakeSides, settings.rounds, async (side, round) => {
        const result = await runLoad(requests[side], { connections: clients, seconds: settings.seconds });
        console.log(
          `  intake on ${database}, ${side}, ${clients} clients, round ${round + 1}: ${formatNumber(result.okPerSecond, 1)} ok/s, p95 ${formatNumber(result.p95Ms)} ms, ${result.refused + result.errors} failed`,
        );
        return result;
      });
      levels.push({ clients, runs });
    }
    return { database, levels, roundTrips };
  } finally {
    await baseline.stop();
  }
};

// The same comparison on MongoDB: mongo-java-server (the stand-in the tests
// use; no mongod can be installed here), a product and a baseline of its own.
const compareOnMongo = async (log: (line: string) => void): Promise<Comparison> => {
  const server = await startMongoServer();
  const saved = { DATABASE_URI: process.env.DATABASE_URI, MONGODB_FLAVOR: process.env.MONGODB_FLAVOR };
  Object.assign(process.env, { DATABASE_URI: server.uri, MONGODB_FLAVOR: 'mongo-java-server' });
  try {
    const product = await startProduct(log);
    try {
      return await compare('MongoDB (mongo-java-server)', product, log);
    } finally {
      await product.stop();
    }
  } finally {
    // Back to what the run started with (the other sections use the embedded database).
    if (saved.DATABASE_URI === undefined) delete process.env.DATABASE_URI;
    else process.env.DATABASE_URI = saved.DATABASE_URI;
    if (saved.MONGODB_FLAVOR === undefined) delete process.env.MONGODB_FLAVOR;
    else process.env.MONGODB_FLAVOR = saved.MONGODB_FLAVOR;
    await server.stop();
  }
};

const describeComparison = ({ database, levels, roundTrips }: Comparison) =>
  [
    `### On ${database}`,
    markdownTable(['intake', 'clients', 'ok/s', 'p50', 'p95', 'ok/s vs site', 'ok', 'failed'], levels.flatMap(rowsFor)),
    goalLine(levels),
    roundTripLine(database, roundTrips),
  ].join('\n\n');

export const benchIntake = async (product: Product, log: (line: string) => void): Promise<SectionReport> => {
  const comparisons = [await compare('embedded SQLite', product, log)];
  if (settings.intakeDatabases.includes('mongodb')) comparisons.push(await compareOnMongo(log));
  return {
    title: 'Intake',
    markdown: section(
      'Intake: one complaint filed',
      `Medians of ${settings.rounds} alternating ${settings.seconds}-second autocannon runs per row. ` +
        '_site form_: the no-JS POST to /nl/complaint on the built site (Astro), which validates with the shared zod schema and files the case through the CMS REST API (Next), where the intake pipeline (cms/intake/) validates again, numbers it, sets its deadlines, stores it with its receipt entry, and queues the acknowledgement and the team notices in the outbox with the job that sends them. ' +
        "_CMS API_: the same create sent straight to the CMS with the site's API key, without the site. " +
        'Every site-form and CMS request carries a new submission key, as every newly shown form does. ' +
        '_form builder_: `@payloadcms/plugin-form-builder`, a `form-submissions` create for a form with the same fields and an acknowledgement mail composed in the request (handed to a discarding adapter). ' +
        '_bare create_: a REST create in a collection with the same fields and no hooks. ' +
        'Both baselines run in one small Payload app on the same database as the product, served by node:http through `handleEndpoints`: they skip Next and the site hop, which favours them. ' +
        '_ok_ counts 2xx/3xx answers; _failed_ counts 4xx/5xx, errors and timeouts (30 s).',
      ...comparisons.map(describeComparison),
    ),
    raw: comparisons,
  };
};
