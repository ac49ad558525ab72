import { createServer } from 'node:http';
import sirv from 'sirv';

// A plain static file server (sirv, as `vite preview` uses) for the snapshot
// of the site's pages: no rendering, no CMS, files read once and cached.
const folder = process.env.STATIC_DIR;
if (!folder) throw new Error('STATIC_DIR is not set');
const serve = sirv(folder, { etag: true, dev: false });
createServer((request, response) => serve(request, response)).listen(Number(process.env.PORT), '127.0.0.1');
