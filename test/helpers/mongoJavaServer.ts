import { spawn } from 'node:child_process';
import path from 'node:path';

export type MongoJavaServer = { uri: (database: string) => string; stop: () => Promise<void> };

const root = path.resolve(import.meta.dirname, '../..');

// mongo-java-server (test/mongo-server/start.sh) on a free port of 127.0.0.1,
// for a test that needs MongoDB when none was given (DATABASE_URI). start.sh
// execs the JVM, so the child's PID is the server's and SIGTERM stops it.
export const startMongoJavaServer = async (): Promise<MongoJavaServer> => {
  const child = spawn('bash', [path.join(root, 'test/mongo-server/start.sh'), '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const errors: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => errors.push(chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mongo-java-server did not start: ${errors.join('')}`)), 180_000);
    child.once('exit', (code) => reject(new Error(`mongo-java-server exited (${code}): ${errors.join('')}`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const match = /^LISTENING (\d+)$/m.exec(chunk);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { uri: (database) => `mongodb://127.0.0.1:${port}/${database}`, stop };
};
