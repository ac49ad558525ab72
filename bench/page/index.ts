import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, root, startServer } from '../../scripts/lib/processes';
import { runLoad, type LoadResult } from '../lib/load';
import type { Product } from '../lib/product';
import { section, type SectionReport } from '../lib/report';
import { alternate } from '../lib/rounds';
import { formatNumber, formatRatio, median } from '../lib/stats';
import { markdownTable } from '../lib/table';
import { settings } from '../settings';
import { pagePaths, procedurePage } from './pages';
import { snapshotSite } from './snapshot';
import { pageWeight, weightTable } from './weight';

const pageSides = ['site', 'static'] as const;
type PageSide = (typeof pageSides)[number];

const startStatic = async (folder: string, log: (line: string) => void) => {
  const port = await freePort();
  return startServer({
    name: 'static',
    command: [process.execPath, '--import', 'tsx', path.join(root, 'bench/page/staticServer.ts')],
    url: `http://127.0.0.1:${port}`,
    readyPath: procedurePage('nl'),
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), STATIC_DIR: folder },
    log,
  });
};

const throughputTable = (runs: Record<PageSide, LoadResult[]>) => {
  const siteOkPerSecond = median(runs.site.map((run) => run.okPerSecond));
  return markdownTable(
    ['server', 'req/s', 'p50', 'p95', 'bytes/response', 'MB/s', 'req/s vs site'],
    pageSides.map((side) => {
      const pick = (read: (run: LoadResult) => number) => median(runs[side].map(read));
      return [
        side,
        formatNumber(pick((run) => run.okPerSecond)),
        `${formatNumber(
          pick((run) => run.p50Ms),
          1,
        )} ms`,
        `${formatNumber(
          pick((run) => run.p95Ms),
          1,
        )} ms`,
        formatNumber(pick((run) => run.bytesPerResponse)),
        formatNumber(pick((run) => run.bytesPerSecond) / 1e6, 1),
        formatRatio(pick((run) => run.okPerSecond) / siteOkPerSecond),
      ];
    }),
  );
};

// The goal: the site at least 0.8× the static server's requests per second.
const goalLine = (runs: Record<PageSide, LoadResult[]>) => {
  const [site, files] = pageSides.map((side) => median(runs[side].map((run) => run.okPerSecond)));
  const ratio = (site ?? 0) / (files ?? 1);
  return `Site ÷ static (goal ≥ 0.80×): ${formatRatio(ratio)} (${ratio >= 0.8 ? 'met' : `not met: ${formatRatio(0.8 / ratio)} its throughput needed`}).`;
};

// The procedure page from the site's server against a static server holding the
// same HTML, then what each public page weighs.
export const benchPage = async (product: Product, log: (line: string) => void): Promise<SectionReport> => {
  const paths = pagePaths();
  const folder = await snapshotSite(product.siteUrl, paths);
  const server = await startStatic(folder, log);
  try {
    const urls: Record<PageSide, string> = {
      site: `${product.siteUrl}${procedurePage('nl')}`,
      static: `${server.url}${procedurePage('nl')}`,
    };
    for (const side of pageSides) await runLoad({ url: urls[side] }, { connections: settings.pageClients, seconds: 2 });
    const runs = await alternate(pageSides, settings.rounds, async (side, round) => {
      const result = await runLoad(
        { url: urls[side] },
        { connections: settings.pageClients, seconds: settings.seconds },
      );
      console.log(`  page ${side}, round ${round + 1}: ${formatNumber(result.okPerSecond)} req/s`);
      return result;
    });
    const weights = [];
    for (const page of paths) weights.push(await pageWeight(product.siteUrl, page));
    return {
      title: 'Procedure page',
      markdown: section(
        'Procedure page',
        `GET ${procedurePage('nl')} with ${settings.pageClients} concurrent clients; medians of ${settings.rounds} alternating ${settings.seconds}-second autocannon runs. ` +
          "_site_: the built site's server (site/server.mjs in front of Astro's handler): the procedure page rendered once per language and kept while its content is fresh (site/lib/pageCache.ts), then written from memory. " +
          '_static_: sirv serving the HTML the site rendered, saved to files. Neither compresses responses; bytes include headers (the site adds its security headers).',
        throughputTable(runs),
        goalLine(runs),
        'Page weight: a first visit to each page, HTML plus the stylesheets and scripts it links, each file gzipped (zlib default level). Inline styles and scripts count as HTML (Astro inlines small stylesheets, hence no CSS files).',
        weightTable(weights),
      ),
      raw: { runs, weights },
    };
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
};
