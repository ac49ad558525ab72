import { request } from 'node:http';
import { inject } from 'vitest';

// Requests to the built CMS as the public site makes them (with its API key), or
// as anyone else on the internet (without).
export const cmsUrl = () => inject('cmsUrl');
export const siteKey = () => inject('siteApiKey');

export const siteHeaders = (): Record<string, string> => ({
  authorization: `api-clients API-Key ${siteKey()}`,
});

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

// A POST on a fresh connection that is closed afterwards; resolves with the status.
export const postOnOwnConnection = async (url: string, form: FormData, headers: Record<string, string>) => {
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise<number>((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-type': encoded.headers.get('content-type') ?? '', connection: 'close' },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
};
