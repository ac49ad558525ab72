import type { TestProject } from 'vitest/node';
import { freePort, startCms, startSite, type Server } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from './databaseEnv';
import { startResendStandIn } from './resendStandIn';

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    siteUrl: string;
    adminUrl: string;
    cmsUrl: string;
    siteApiKey: string;
    staffLogin: { email: string; password: string };
    resendUrl: string;
  }
}

// The whole built product, as `npm run serve` runs it, on a throwaway database,
// sending mail through the Resend SDK to a local stand-in for the Resend API.
// The CMS works its job queues itself, the mail queue every 2 seconds. The
// submission limit is raised: every test here submits from 127.0.0.1 (the
// limit itself is tested on a site of its own).
export default async function setup(project: TestProject) {
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  const database = throwawayDatabaseEnv('e2e');
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const servers: Server[] = [];
  const resend = await startResendStandIn();
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await resend.close();
  };
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  try {
    const cms = await startCms({
      port: cmsPort,
      env: {
        ...database,
        SITE_URL: siteUrl,
        RESEND_API_KEY: resend.apiKey,
        RESEND_BASE_URL: resend.url,
        JOBS_AUTORUN: 'true',
        MAIL_QUEUE_CRON: '*/2 * * * * *',
      },
      log,
    });
    servers.push(cms);
    servers.push(
      await startSite({
        port: sitePort,
        env: { CMS_URL: cms.url, SITE_API_KEY: database.SITE_API_KEY, RATE_LIMIT_SUBMIT_MAX: '1000' },
        log,
      }),
    );
    project.provide('cmsUrl', cms.url);
  } catch (error) {
    console.error(logs.join('\n'));
    await stop();
    throw error;
  }
  project.provide('siteUrl', siteUrl);
  project.provide('resendUrl', resend.url);
  project.provide('adminUrl', `http://127.0.0.1:${cmsPort}/admin`);
  project.provide('siteApiKey', database.SITE_API_KEY ?? '');
  project.provide('staffLogin', { email: database.ADMIN_EMAIL ?? '', password: database.ADMIN_PASSWORD ?? '' });
  return stop;
}
