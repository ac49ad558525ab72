import autocannon from 'autocannon';
import { percentile } from './stats';

export type LoadRequest = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  // A function makes a new body for every request.
  body?: string | (() => string);
};

export const bodyOf = ({ body }: LoadRequest): string | undefined => (typeof body === 'function' ? body() : body);

export type LoadResult = {
  seconds: number;
  // 2xx and 3xx answers (a no-JS form submission succeeds with a 303).
  ok: number;
  // 4xx and 5xx answers.
  refused: number;
  // Connection errors and timeouts: no answer at all.
  errors: number;
  okPerSecond: number;
  // Latency of the successful answers only.
  p50Ms: number;
  p95Ms: number;
  bytesPerSecond: number;
  bytesPerResponse: number;
};

// One autocannon run. Latencies are collected from every response here rather
// than taken from autocannon's summary, which has no p95 and counts 2xx only.
export const runLoad = (request: LoadRequest, { connections, seconds }: { connections: number; seconds: number }) =>
  new Promise<LoadResult>((resolve, reject) => {
    const latencies: number[] = [];
    let [ok, refused, bytes] = [0, 0, 0];
    const { body, ...fixed } = request;
    const perRequest =
      typeof body === 'function'
        ? { requests: [{ setupRequest: (next: autocannon.Request) => ({ ...next, body: body() }) }] }
        : { body };
    const instance = autocannon(
      { ...fixed, ...perRequest, connections, duration: seconds, timeout: 30 },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const elapsed = result.duration;
        resolve({
          seconds: elapsed,
          ok,
          refused,
          errors: result.errors,
          okPerSecond: ok / elapsed,
          p50Ms: percentile(latencies, 0.5),
          p95Ms: percentile(latencies, 0.95),
          bytesPerSecond: bytes / elapsed,
          bytesPerResponse: ok + refused > 0 ? bytes / (ok + refused) : 0,
        });
      },
    );
    instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
      bytes += responseBytes;
      if (statusCode < 400) {
        ok += 1;
        latencies.push(responseTime);
      } else refused += 1;
    });
  });
