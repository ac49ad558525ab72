import { freePort, startCms, startSite, type Server } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from './databaseEnv';
import { startResendStandIn, type ResendStandIn } from './resendStandIn';

export type BuiltProduct = {
  siteUrl: string;
  cmsUrl: string;
  adminUrl: string;
  database: Record<string, string>;
  resend: ResendStandIn;
  logs: string[];
  // SIGKILL, no goodbye; restartCms starts it again on the same port and database.
  killCms: () => void;
  restartCms: () => Promise<void>;
  stop: () => Promise<void>;
};

// The whole built product as the tests and benchmarks run it: the CMS on a
// throwaway database, sending mail through the Resend SDK to a local stand-in
// and working its own job queues (mail every 2 seconds), and the site filing
// with the CMS's key. Every client here comes from 127.0.0.1, so the site's
// per-address submission limit is out of the way (it is tested on a site of
// its own). `cmsEnv` adds to or overrides the CMS's settings.
export const startBuiltProduct = async (label: string, cmsEnv: Record<string, string> = {}): Promise<BuiltProduct> => {
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const database = throwawayDatabaseEnv(label);
  const resend = await startResendStandIn();
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const env = {
    ...database,
    SITE_URL: siteUrl,
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    // Mail to the desk's mailboxes arrives as Resend's signed webhooks.
    RESEND_WEBHOOK_SECRET: resend.inbound.webhookSecret,
    JOBS_AUTORUN: 'true',
    MAIL_QUEUE_CRON: '*/2 * * * * *',
    ...cmsEnv,
  };
  const servers: { cms?: Server; site?: Server } = {};
  const stop = async () => {
    await Promise.all([servers.cms?.stop(), servers.site?.stop()]);
    await resend.close();
  };
  const startTheCms = async () => {
    servers.cms = await startCms({ port: cmsPort, env, log });
    resend.inbound.setWebhookUrl(`http://127.0.0.1:${cmsPort}/api/inbound/resend`);
  };
  try {
    await startTheCms();
    servers.site = await startSite({
      port: sitePort,
      env: {
        CMS_URL: `http://127.0.0.1:${cmsPort}`,
        CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
        SITE_API_KEY: database.SITE_API_KEY,
        RATE_LIMIT_SUBMIT_MAX: '1000000',
        // The suite opens many status pages (and prefilled escalation forms) from one address.
        RATE_LIMIT_STATUS_MAX: '1000000',
      },
      log,
    });
  } catch (error) {
    console.error(logs.join('\n'));
    await stop();
    throw error;
  }
  return {
    siteUrl,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    adminUrl: `http://127.0.0.1:${cmsPort}/admin`,
    database,
    resend,
    logs,
    killCms: () => servers.cms?.child.kill('SIGKILL'),
    restartCms: startTheCms,
    stop,
  };
};
