import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, root, startServer, type Server } from '../../scripts/lib/processes';
import { throwawayDatabaseEnv } from '../../test/helpers/databaseEnv';

export type Baseline = { url: string; formId: number | string; stop: () => Promise<void> };

// The baseline Payload app (bench/baseline/) in a process of its own, so it
// never shares an event loop with the load generator, in production mode as the
// product's CMS runs.
export const startBaseline = async (log: (line: string) => void): Promise<Baseline> => {
  const port = await freePort();
  const { DATA_DIR, PAYLOAD_SECRET, DATABASE_URI } = throwawayDatabaseEnv('bench-baseline');
  const server: Server = await startServer({
    name: 'baseline',
    command: [process.execPath, '--import', 'tsx', path.join(root, 'bench/baseline/server.ts')],
    url: `http://127.0.0.1:${port}`,
    readyPath: '/api/forms?limit=1&depth=0',
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATA_DIR, PAYLOAD_SECRET, DATABASE_URI },
    log,
  });
  const stop = async () => {
    await server.stop();
    rmSync(DATA_DIR ?? '', { recursive: true, force: true });
  };
  try {
    const forms = (await (await fetch(`${server.url}/api/forms?limit=1&depth=0`)).json()) as {
      docs: { id: number | string }[];
    };
    const formId = forms.docs[0]?.id;
    if (formId === undefined) throw new Error('the baseline has no complaint form');
    return { url: server.url, formId, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
