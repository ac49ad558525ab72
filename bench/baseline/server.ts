import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pushDevSchema } from '@payloadcms/drizzle';
import { getPayload, handleEndpoints } from 'payload';
import { complaintFormDoc } from './complaintForm';
import config from './config';

// Payload's REST API without Next: node:http hands each request to Payload's
// framework-agnostic handleEndpoints, as @payloadcms/next's REST route does
// (node_modules/@payloadcms/next/dist/routes/rest). This skips Next's routing,
// middleware and response handling, which favours the baseline.

const toWebRequest = async (request: IncomingMessage): Promise<Request> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host}`), {
    method: request.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
};

const sendWebResponse = async (response: Response, reply: ServerResponse) => {
  const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  reply.writeHead(response.status, headers);
  reply.end(Buffer.from(await response.arrayBuffer()));
};

const payload = await getPayload({ config });
// The adapter's structural type is what pushDevSchema expects; Payload types it generically.
if (payload.db.name !== 'mongoose') {
  await pushDevSchema(payload.db as unknown as Parameters<typeof pushDevSchema>[0]);
}
// The generated types in cms/payload-types.ts describe the product's collections, not these.
const createDoc = payload.create.bind(payload) as (args: { collection: string; data: unknown }) => Promise<unknown>;
await createDoc({ collection: 'forms', data: complaintFormDoc });

const server = createServer((request, reply) => {
  toWebRequest(request)
    .then((webRequest) => handleEndpoints({ config, request: webRequest }))
    .then((response) => sendWebResponse(response, reply))
    .catch((error: unknown) => {
      console.error(error);
      if (!reply.headersSent) reply.writeHead(500);
      reply.end();
    });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
