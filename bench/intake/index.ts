import { runLoad, type LoadResult } from '../lib/load';
import type { Product } from '../lib/product';
import { section, type SectionReport } from '../lib/report';
import { alternate } from '../lib/rounds';
import { formatNumber, formatRatio, median, sum } from '../lib/stats';
import { markdownTable, type Row } from '../lib/table';
import { settings } from '../settings';
import { startBaseline } from './baseline';
import { checkTarget, intakeRequests, intakeSides, type IntakeSide } from './targets';

type Level = { clients: number; runs: Record<IntakeSide, LoadResult[]> };

const rowsFor = ({ clients, runs }: Level): Row[] => {
  const siteOkPerSecond = median(runs['site form'].map((run) => run.okPerSecond));
  return intakeSides.map((side) => {
    const okPerSecond = median(runs[side].map((run) => run.okPerSecond));
    return [
      side,
      clients,
      formatNumber(okPerSecond, 1),
      `${formatNumber(median(runs[side].map((run) => run.p50Ms)))} ms`,
      `${formatNumber(median(runs[side].map((run) => run.p95Ms)))} ms`,
      formatRatio(okPerSecond / siteOkPerSecond),
      formatNumber(sum(runs[side].map((run) => run.ok))),
      formatNumber(sum(runs[side].map((run) => run.refused + run.errors))),
    ];
  });
};

// A complaint filed through the site's form against the same form the usual
// Payload way and a bare create, side by side at each concurrency.
export const benchIntake = async (product: Product, log: (line: string) => void): Promise<SectionReport> => {
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
          `  intake ${side}, ${clients} clients, round ${round + 1}: ${formatNumber(result.okPerSecond, 1)} ok/s, p95 ${formatNumber(result.p95Ms)} ms, ${result.refused + result.errors} failed`,
        );
        return result;
      });
      levels.push({ clients, runs });
    }
    const table = markdownTable(
      ['intake', 'clients', 'ok/s', 'p50', 'p95', 'ok/s vs site', 'ok', 'failed'],
      levels.flatMap(rowsFor),
    );
    return {
      title: 'Intake',
      markdown: section(
        'Intake: one complaint filed',
        `Medians of ${settings.rounds} alternating ${settings.seconds}-second autocannon runs per row. ` +
          '_site form_: the no-JS POST to /nl/complaint on the built site (Astro), which validates with the shared zod schema and files the case through the CMS REST API (Next): validation again, case number, deadlines, timeline, outbox message and mail job queued. ' +
          "_CMS API_: the same create sent straight to the CMS with the site's API key, without the site. " +
          'Every site-form and CMS request carries a new submission key, as every newly shown form does. ' +
          '_form builder_: `@payloadcms/plugin-form-builder`, a `form-submissions` create for a form with the same fields and an acknowledgement mail composed in the request (handed to a discarding adapter). ' +
          '_bare create_: a REST create in a collection with the same fields and no hooks. ' +
          'Both baselines run in one small Payload app served by node:http through `handleEndpoints`: they skip Next and the site hop, which favours them. ' +
          '_ok_ counts 2xx/3xx answers; _failed_ counts 4xx/5xx, errors and timeouts (30 s).',
        table,
      ),
      raw: levels,
    };
  } finally {
    await baseline.stop();
  }
};
