// The site's production server: node:http in front of the Astro app built in
// the node adapter's middleware mode (dist/site/server/entry.mjs exports its
// handler). Started by scripts/lib/processes.ts (`npm run serve`, the tests,
// the bench) as `node site/server.mjs <host> <port>` (shared/settings.ts stays
// the only reader of the environment).
//
// Why not the adapter's standalone server: a profile of the procedure page
// (`npm run bench:profile -- page`) showed most of the site's time outside the
// page itself: the standalone server looks every request up on disk first
// (an lstat and a `send` stat, even for rendered pages), then Astro builds a
// web Request and Headers, runs the middleware and streams the answer. Here
// the files Astro built (dist/site/client: /_astro/…) are indexed once at start
// (sirv), and a kept procedure page (site/lib/pageCache.ts) is written straight
// from memory; everything else goes to Astro as before.
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { handler } from '../dist/site/server/entry.mjs';

const root = path.resolve(import.meta.dirname, '..');
const files = sirv(path.join(root, 'dist/site/client'), {
  dev: false,
  etag: true,
  // Built file names carry their content hash.
  immutable: true,
  setHeaders: (response, pathname) => {
    if (pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  },
});

const keptPage = (method, url) => globalThis[Symbol.for('complaints-desk.keptPage')]?.(method, url);

const server = createServer((request, response) => {
  try {
    decodeURI(request.url ?? '/');
  } catch {
    response.writeHead(400);
    response.end('Bad request.');
    return;
  }
  const page = keptPage(request.method, request.url ?? '/');
  if (page) {
    response.writeHead(page.status, [...page.headers.flat(), 'content-length', String(page.body.length)]);
    response.end(page.body);
    return;
  }
  files(request, response, () => handler(request, response));
});

const [host = '127.0.0.1', port = '4321'] = process.argv.slice(2);
server.listen(Number(port), host, () => console.log(`Site listening on http://${host}:${port}`));
// Stopped by SIGTERM (scripts/lib/processes.ts): close, then leave.
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
