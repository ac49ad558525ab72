import { gzipSync } from 'node:zlib';
import { formatNumber, sum } from '../lib/stats';
import { markdownTable } from '../lib/table';
import { pageAssets } from './pages';

export type PageWeight = { path: string; html: number; css: number; js: number; total: number; raw: number };

const fetchText = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
};

const gzipped = (text: string) => gzipSync(text).length;

// What a first visit downloads for one page, each file gzipped on its own (as a
// server compressing responses would send it), with nothing cached yet.
export const pageWeight = async (siteUrl: string, path: string): Promise<PageWeight> => {
  const html = await fetchText(`${siteUrl}${path}`);
  const assets = pageAssets(html);
  const load = (urls: string[]) => Promise.all(urls.map((url) => fetchText(new URL(url, `${siteUrl}${path}`).href)));
  const [css, js] = await Promise.all([load(assets.css), load(assets.js)]);
  const weight = { html: gzipped(html), css: sum(css.map(gzipped)), js: sum(js.map(gzipped)) };
  const raw = sum([html, ...css, ...js].map((text) => Buffer.byteLength(text)));
  return { path, ...weight, total: weight.html + weight.css + weight.js, raw };
};

const kB = (bytes: number) => `${formatNumber(bytes / 1024, 1)} kB`;

export const weightTable = (weights: PageWeight[]): string =>
  markdownTable(
    ['page', 'HTML gz', 'CSS gz', 'JS gz', 'total gz', 'total raw'],
    weights.map(({ path, html, css, js, total, raw }) => [path, kB(html), kB(css), kB(js), kB(total), kB(raw)]),
  );
