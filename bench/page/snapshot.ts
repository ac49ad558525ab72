import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/processes';

// The same built HTML the site serves, frozen into files: each page as the
// running site renders it, beside the site's built client assets (/_astro/…).
export const snapshotSite = async (siteUrl: string, paths: string[]): Promise<string> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'complaints-bench-static-'));
  cpSync(path.join(root, 'dist/site/client'), folder, { recursive: true });
  for (const page of paths) {
    const response = await fetch(`${siteUrl}${page}`);
    if (!response.ok) throw new Error(`${page}: the site answered ${response.status}`);
    const target = path.join(folder, page, 'index.html');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await response.text());
  }
  return folder;
};
