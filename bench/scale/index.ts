import { rmSync } from 'node:fs';
import type { Payload } from 'payload';
import { throwawayDatabaseEnv } from '../../test/helpers/databaseEnv';
import { section, type SectionReport } from '../lib/report';
import { formatNumber, median } from '../lib/stats';
import { markdownTable } from '../lib/table';
import { settings } from '../settings';
import { caseListQuery, figuresQuery, listPageSize, listQueryPlan, timed } from './measure';
import { caseSeeder } from './seed';

type Step = {
  cases: number;
  seedMs: number;
  listMs: number[];
  figuresMs: number[];
  // What the list showed, to check the order: overdue first, nearest deadline first.
  firstPage?: { totalDocs: number; docs: [string, string, string][] };
};

// Payload on a throwaway embedded database, in this process: the environment
// has to be in place before the CMS config is imported (cms/paths.ts reads it).
const startPayload = async (): Promise<{ payload: Payload; dataDir: string }> => {
  const database = throwawayDatabaseEnv('bench-scale');
  Object.assign(process.env, database, { NODE_ENV: 'production', JOBS_AUTORUN: 'false' });
  const { getPayload } = await import('payload');
  const { default: config } = await import('@payload-config');
  return { payload: await getPayload({ config }), dataDir: database.DATA_DIR ?? '' };
};

const growthTable = (steps: Step[]) => {
  const [first] = steps;
  const firstList = median(first?.listMs ?? []);
  const firstFigures = median(first?.figuresMs ?? []);
  return markdownTable(
    ['cases', 'list (median)', 'list growth', 'figures (median)', 'figures growth', 'seeding'],
    steps.map((step) => {
      const list = median(step.listMs);
      const figures = median(step.figuresMs);
      return [
        formatNumber(step.cases),
        `${formatNumber(list, 1)} ms`,
        `${formatNumber(list / firstList, 1)}×`,
        `${formatNumber(figures)} ms`,
        `${formatNumber(figures / firstFigures, 1)}×`,
        `${formatNumber(step.seedMs / 1000, 1)} s`,
      ];
    }),
  );
};

// The staff list and the dashboard's figures as the number of cases grows.
export const benchScale = async (): Promise<SectionReport> => {
  const { payload, dataDir } = await startPayload();
  try {
    const handler = await payload.create({
      collection: 'users',
      data: { email: 'handler@example.test', password: 'a-long-bench-password', roles: ['handler'] },
    });
    const list = caseListQuery(payload, { ...handler, collection: 'users' });
    const figures = figuresQuery(payload);
    const seed = await caseSeeder(payload, new Date());
    const steps: Step[] = [];
    for (const cases of settings.scales) {
      const step: Step = { cases, seedMs: await seed(cases), listMs: [], figuresMs: [] };
      await list();
      await figures();
      // Interleaved, so both meet the same moments of the neighbour's load.
      for (let round = 0; round < Math.max(settings.listRounds, settings.figuresRounds); round += 1) {
        if (round < settings.listRounds) step.listMs.push(await timed(list));
        if (round < settings.figuresRounds) step.figuresMs.push(await timed(figures));
      }
      const page = await list();
      step.firstPage = {
        totalDocs: page.totalDocs,
        docs: page.docs.map((doc) => [
          doc.caseNumber ?? '',
          doc.deadlines?.urgency ?? '',
          doc.deadlines?.nextDeadlineAt ?? '',
        ]),
      };
      console.log(
        `  scale ${cases}: list ${formatNumber(median(step.listMs), 1)} ms, figures ${formatNumber(median(step.figuresMs))} ms`,
      );
      steps.push(step);
    }
    const plan = await listQueryPlan(payload);
    return {
      title: 'Scale',
      markdown: section(
        'Scale: staff list and dashboard figures',
        `Embedded SQLite, cases seeded in batches with a realistic spread of status, channel, language and deadlines (computed with the product's workflow functions); no timeline events, escalations or feedback. ` +
          `_list_: the cases list as the admin asks for it (defaultSort ${JSON.stringify(payload.collections.cases.config.defaultSort)}, first page of ${listPageSize(payload)}, as a handler, Local API), median of ${settings.listRounds}. ` +
          `_figures_: \`computeFigures\`, the function behind /api/reports/figures, median of ${settings.figuresRounds}. Growth is relative to the first row.`,
        growthTable(steps),
        `SQLite's plan for the list's core query: ${plan.map((line) => `\`${line}\``).join('; ')}.`,
      ),
      raw: { steps, plan },
    };
  } finally {
    await payload.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
