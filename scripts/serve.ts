// Starts the built product: the CMS (admin + API) and the public site, on the
// embedded database unless DATABASE_URI says otherwise. `npm start` builds first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../cms/paths';
import { persistentSecret } from '../cms/secret';
import { root, startCms, startSite, type Server } from './lib/processes';
import { serveSettings } from '@shared/settings';

const { CMS_PORT: cmsPort, SITE_PORT: sitePort, DATABASE_URI } = serveSettings();
const cmsUrl = `http://127.0.0.1:${cmsPort}`;
const siteUrl = `http://127.0.0.1:${sitePort}`;

for (const [built, what] of [
  ['cms/.next/BUILD_ID', 'CMS'],
  ['dist/site/server/entry.mjs', 'site'],
] as const) {
  if (!existsSync(path.join(root, built))) {
    console.error(`The ${what} is not built yet: run \`npm start\` (builds and starts) or \`npm run build\` first.`);
    process.exit(1);
  }
}

const servers: Server[] = [];
const stopAll = async (code: number) => {
  await Promise.all(servers.map((server) => server.stop()));
  process.exit(code);
};
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  // The site files submissions with this key; both servers get the same one.
  const siteApiKey = persistentSecret('SITE_API_KEY');
  const cms = await startCms({
    port: cmsPort,
    env: { DATA_DIR: dataDir, SITE_API_KEY: siteApiKey, SITE_URL: siteUrl, CMS_PUBLIC_URL: cmsUrl },
  });
  servers.push(cms);
  const site = await startSite({
    port: sitePort,
    env: { CMS_URL: cmsUrl, CMS_PUBLIC_URL: cmsUrl, SITE_API_KEY: siteApiKey },
  });
  servers.push(site);
  for (const server of servers) {
    server.child.once('exit', (code) => {
      console.error(`The ${server.name} stopped (exit code ${code}); stopping the rest.`);
      void stopAll(1);
    });
  }
  console.log(
    [
      '',
      'The complaints desk is running:',
      `  public site:  ${siteUrl}/nl/   (also in the other languages)`,
      `  CMS admin:    ${cmsUrl}/admin`,
      `  database:     ${DATABASE_URI ? 'MongoDB (DATABASE_URI)' : `embedded SQLite in ${dataDir}`}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
