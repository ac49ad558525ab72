import { mkdirSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Payload } from 'payload';
import { describeDatabase, throwawayDatabaseEnv } from '../../test/helpers/databaseEnv';
import { section, type SectionReport } from '../lib/report';
import { formatNumber, median } from '../lib/stats';
import { markdownTable } from '../lib/table';
import { settings } from '../settings';
import { caseListQuery, figuresQuery, listPageSize, recountQuery, timed } from './measure';
import { describeListPlans } from './plans';
import { caseSeeder } from './seed';

// The goals of issue 13, printed beside the figures.
const FIGURES_GOAL_MS = 100;
const LIST_GOAL_MS = 150;

type Step = {
  cases: number;
  seedMs: number;
  handlerListMs: number[];
  adminListMs: number[];
  figuresMs: number[];
  // The full recount, only up to settings.recountUpTo cases (it reads every one).
  recountMs: number[];
  rollupsEqualRecount?: boolean;
  // What the list showed, to check the order: overdue first, nearest deadline first.
  firstPage?: { totalDocs: number; counted: number; docs: [string, string, string][] };
};

// Payload on a throwaway database (embedded, or on the MongoDB that
// DATABASE_URI names: ./databases.ts runs each in a process of its own), in this process: the environment
// has to be in place before the CMS config is imported (cms/paths.ts reads it).
// With BENCH_SCALE_DATA_DIR the database lives in that folder and is kept, so a
// later run reuses the cases seeded before (seeding 1,000,000 takes minutes);
// the secret is fixed there so the kept staff accounts stay usable.
const startPayload = async (): Promise<{ payload: Payload; dataDir: string }> => {
  const database = throwawayDatabaseEnv('bench-scale');
  if (settings.scaleDataDir) {
    rmSync(database.DATA_DIR ?? '', { recursive: true, force: true });
    mkdirSync(settings.scaleDataDir, { recursive: true });
    Object.assign(database, { DATA_DIR: settings.scaleDataDir, PAYLOAD_SECRET: 'bench-scale-kept-database' });
  }
  Object.assign(process.env, database, { NODE_ENV: 'production', JOBS_AUTORUN: 'false' });
  const { getPayload } = await import('payload');
  const { default: config } = await import('@payload-config');
  return { payload: await getPayload({ config }), dataDir: database.DATA_DIR ?? '' };
};

const ms = (value: number, digits = 1) => `${formatNumber(value, digits)} ms`;
const goal = (value: number, limit: number) =>
  value <= limit ? 'yes' : `no (${formatNumber(value / limit, 1)}× over)`;

const growthTable = (steps: Step[]) => {
  const firstFigures = median(steps[0]?.figuresMs ?? []);
  return markdownTable(
    [
      'cases',
      'list, handler',
      'list, admin',
      `list ≤ ${LIST_GOAL_MS} ms`,
      'figures (rollups)',
      'growth',
      `figures ≤ ${FIGURES_GOAL_MS} ms`,
      'figures (recount)',
      'recount ÷ rollups',
      'rollups = recount',
      'seeding',
    ],
    steps.map((step) => {
      const figures = median(step.figuresMs);
      const recount = step.recountMs.length ? median(step.recountMs) : undefined;
      const slowestList = Math.max(median(step.handlerListMs), median(step.adminListMs));
      return [
        formatNumber(step.cases),
        ms(median(step.handlerListMs)),
        ms(median(step.adminListMs)),
        goal(slowestList, LIST_GOAL_MS),
        ms(figures),
        `${formatNumber(figures / firstFigures, 1)}×`,
        goal(figures, FIGURES_GOAL_MS),
        recount === undefined ? 'not run' : ms(recount, 0),
        recount === undefined ? '–' : `${formatNumber(recount / figures, 0)}×`,
        step.rollupsEqualRecount === undefined ? '–' : step.rollupsEqualRecount ? 'yes' : 'NO',
        `${formatNumber(step.seedMs / 1000, 1)} s`,
      ];
    }),
  );
};

// The staff list and the dashboard's figures as the number of cases grows.
export const benchScale = async (): Promise<SectionReport> => {
  const { payload, dataDir } = await startPayload();
  try {
    // Found again in a kept database, created in a fresh one.
    const staff = async (email: string, role: 'handler' | 'admin') => ({
      ...((await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })).docs[0] ??
        (await payload.create({
          collection: 'users',
          data: { email, password: 'a-long-bench-password', roles: [role] },
        }))),
      collection: 'users' as const,
    });
    const handlerUser = await staff('handler@example.test', 'handler');
    const handlerList = caseListQuery(payload, handlerUser);
    const adminList = caseListQuery(payload, await staff('bench-admin@example.test', 'admin'));
    const figures = figuresQuery(payload);
    const recount = recountQuery(payload);
    const kept = (await payload.count({ collection: 'cases' })).totalDocs;
    const seed = await caseSeeder(payload, new Date(), kept);
    const steps: Step[] = [];
    for (const cases of settings.scales) {
      if (cases < kept) {
        console.log(`  scale ${cases}: skipped, the kept database already holds ${kept} cases`);
        continue;
      }
      const step: Step = {
        cases,
        seedMs: await seed(cases),
        handlerListMs: [],
        adminListMs: [],
        figuresMs: [],
        recountMs: [],
      };
      await handlerList();
      await adminList();
      await figures();
      // Interleaved, so each meets the same moments of the neighbour's load.
      for (let round = 0; round < settings.listRounds; round += 1) {
        step.handlerListMs.push(await timed(handlerList));
        step.adminListMs.push(await timed(adminList));
        step.figuresMs.push(await timed(figures));
      }
      if (cases <= settings.recountUpTo) {
        for (let round = 0; round < settings.figuresRounds; round += 1) step.recountMs.push(await timed(recount));
        const now = new Date();
        const [fromRollups, counted] = [await figures(), await recount()];
        step.rollupsEqualRecount = isDeepStrictEqual(
          { ...fromRollups, generatedAt: now.toISOString() },
          { ...counted, generatedAt: now.toISOString() },
        );
      }
      const page = await handlerList();
      step.firstPage = {
        totalDocs: page.totalDocs,
        // The list's total against a real count of the handler's cases.
        counted: (await payload.count({ collection: 'cases', overrideAccess: false, user: handlerUser })).totalDocs,
        docs: page.docs.map((doc) => [
          doc.caseNumber ?? '',
          doc.deadlines?.urgency ?? '',
          doc.deadlines?.nextDeadlineAt ?? '',
        ]),
      };
      console.log(
        `  scale ${cases}: list ${ms(median(step.handlerListMs))} / ${ms(median(step.adminListMs))}, figures ${ms(median(step.figuresMs))}` +
          (step.recountMs.length ? `, recount ${ms(median(step.recountMs), 0)}` : ''),
      );
      steps.push(step);
    }
    const plans = await describeListPlans(payload, { handler: handlerList, admin: adminList });
    const database = describeDatabase();
    return {
      title: `Scale on ${database}`,
      markdown: section(
        `Scale on ${database}: staff list and dashboard figures`,
        `${database[0]?.toUpperCase()}${database.slice(1)}, cases seeded in batches with a realistic spread of status, channel, language and deadlines (computed with the product's workflow functions) and counted into the report's rollups as their saves would have; no timeline events, escalations or feedback. ` +
          `_list_: the cases list as the admin view asks for it (defaultSort ${JSON.stringify(payload.collections.cases.config.defaultSort)}, first page of ${listPageSize(payload)} with its total, Local API) as a handler (complaints only) and as an admin (all cases), median of ${settings.listRounds}. ` +
          `_figures (rollups)_: \`computeFigures\`, the function behind /api/reports/figures, median of ${settings.listRounds}. ` +
          `_figures (recount)_: the same figures counted from every case (\`recountFigures\`, what the reports did before), median of ${settings.figuresRounds}, only up to ${formatNumber(settings.recountUpTo)} cases; _rollups = recount_ compares the two results. Growth is relative to the first row.`,
        growthTable(steps),
        plans.text +
          ` The handler's total equals a count of their cases: ${steps.every((step) => step.firstPage?.totalDocs === step.firstPage?.counted) ? 'yes' : 'NO'} (${steps.map((step) => `${formatNumber(step.firstPage?.totalDocs ?? 0)} = ${formatNumber(step.firstPage?.counted ?? 0)}`).join(', ')}).`,
      ),
      raw: { database, steps, plans: plans.raw },
    };
  } finally {
    await payload.destroy();
    if (!settings.scaleDataDir) rmSync(dataDir, { recursive: true, force: true });
  }
};
