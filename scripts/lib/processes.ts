import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { childEnvironment } from '@shared/settings';

// Starting and stopping the product's two servers, for `npm run serve` and for
// the tests alike. Servers are started directly (not through npm) so that each
// one can be stopped by its own PID.

type Env = Record<string, string | undefined>;

export type Server = { name: string; url: string; child: ChildProcess; stop: () => Promise<void> };

export const root = path.resolve(import.meta.dirname, '../..');

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

const waitUntilReady = async (url: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
};

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });

type StartArgs = {
  name: string;
  command: string[];
  url: string;
  readyPath: string;
  env: Env;
  log?: (line: string) => void;
  timeoutMs?: number;
};

export const startServer = async ({
  name,
  command,
  url,
  readyPath,
  env,
  log = (line) => process.stdout.write(`[${name}] ${line}\n`),
  timeoutMs = 120_000,
}: StartArgs): Promise<Server> => {
  const [executable, ...args] = command;
  if (!executable) throw new Error('no command');
  // Next's types make NODE_ENV a required key of ProcessEnv; startCms and startSite always set it.
  const child = spawn(executable, args, {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log));
  }
  const server = { name, url, child, stop: () => stopChild(child) };
  try {
    await waitUntilReady(`${url}${readyPath}`, child, timeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
};

const nodeBinary = process.execPath;

export const startCms = async ({ port, env, log }: { port: number; env: Env; log?: (line: string) => void }) =>
  startServer({
    name: 'cms',
    command: [
      nodeBinary,
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      'cms',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    url: `http://127.0.0.1:${port}`,
    readyPath: '/api/globals/contact-details',
    // The admin's own address: Payload accepts its session cookie only from
    // this Origin, so another site cannot act with a signed-in user's cookie.
    env: {
      ...childEnvironment({
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_PUBLIC_URL: `http://127.0.0.1:${port}`,
        ...env,
      }),
    },
    log,
  });

export const startSite = async ({ port, env, log }: { port: number; env: Env; log?: (line: string) => void }) =>
  startServer({
    name: 'site',
    command: [nodeBinary, path.join(root, 'site/server.mjs'), '127.0.0.1', String(port)],
    url: `http://127.0.0.1:${port}`,
    readyPath: '/nl/',
    env: childEnvironment({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env }),
    log,
  });

// The one process that works the job queues (scripts/worker.ts), for a
// scaled-out CMS. It serves nothing: it is ready when it says so.
export const startWorker = async ({ env, log }: { env: Env; log?: (line: string) => void }): Promise<Server> => {
  const say = log ?? ((line: string) => process.stdout.write(`[worker] ${line}\n`));
  const child = spawn(nodeBinary, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/worker.ts'], {
    cwd: root,
    env: childEnvironment({ NODE_ENV: 'production', ...env, JOBS_AUTORUN: 'true' }) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = { name: 'worker', url: '', child, stop: () => stopChild(child) };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the worker did not start within 120 s')), 120_000);
      child.once('exit', (code) => reject(new Error(`the worker exited with code ${code}`)));
      for (const stream of [child.stdout, child.stderr]) {
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          for (const line of chunk.split('\n').filter(Boolean)) {
            say(line);
            if (line.startsWith('Working the job queues')) {
              clearTimeout(timer);
              resolve();
            }
          }
        });
      }
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
};
