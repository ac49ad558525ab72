import type { TestProject } from 'vitest/node';
import { freePort, startCms } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from './databaseEnv';

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    cmsUrl: string;
    siteApiKey: string;
  }
}

// The built CMS on its own throwaway database, for the HTTP integration tests.
export default async function setup(project: TestProject) {
  const port = await freePort();
  const logs: string[] = [];
  const env = throwawayDatabaseEnv('http');
  const cms = await startCms({
    port,
    env,
    log: (line) => logs.push(line),
  }).catch((error: unknown) => {
    console.error(logs.join('\n'));
    throw error;
  });
  project.provide('cmsUrl', cms.url);
  project.provide('siteApiKey', env.SITE_API_KEY ?? '');
  return async () => {
    await cms.stop();
  };
}
