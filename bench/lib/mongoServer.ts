import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '../../scripts/lib/processes';

export type MongoServer = { uri: string; pid: number | undefined; stop: () => Promise<void> };

// mongo-java-server (test/mongo-server/), the MongoDB-wire stand-in the
// integration tests use, on a free port; stopped by its PID. `heap` is the
// JVM's maximum heap (e.g. '8g'; its in-memory backend holds every document),
// passed the way the `java` launcher reads extra options (start.sh execs java,
// so the PID is the JVM's).
export const startMongoServer = async ({ heap }: { heap?: string } = {}): Promise<MongoServer> => {
  const child = spawn('bash', [path.join(root, 'test/mongo-server/start.sh'), '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: heap ? { ...process.env, JDK_JAVA_OPTIONS: `-Xmx${heap}` } : process.env,
  });
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`mongo-java-server did not start: ${output}`)), 300_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mongo-java-server exited (${code}): ${output}`));
    });
  });
  return {
    uri: `mongodb://127.0.0.1:${port}/bench`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
