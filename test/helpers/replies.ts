import { handleEndpoints, type Payload } from 'payload';
import type { Actor } from './payload';

type Answer = { status: number; body: { to?: string; errors?: { message: string }[]; [key: string]: unknown } };

// A request to the CMS's own REST API in-process, signed in as a colleague
// (their password, as staffUser made them) or as the site (its API key), with
// the admin language Payload reads from its cookie.
export const asActor = async (
  payload: Payload,
  actor: Actor | null,
  path: string,
  init: { method?: string; body?: BodyInit; json?: unknown; language?: string } = {},
): Promise<Answer> => {
  const { default: config } = await import('@payload-config');
  const headers = new Headers();
  if (actor && 'email' in actor) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: actor.email, password: 'a-long-test-password' },
    });
    headers.set('authorization', `JWT ${token}`);
  } else if (actor) {
    headers.set('authorization', `api-clients API-Key ${process.env.SITE_API_KEY}`);
  }
  if (init.language) headers.set('cookie', `payload-lng=${init.language}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { method: init.method ?? 'GET', headers, body }),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer['body'] };
};

// The composer's multipart body: the text, the choices and the files.
export const replyForm = (
  fields: Record<string, string>,
  files: { name: string; type: string; content: Buffer }[] = [],
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files)
    form.append('attachments', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
  return form;
};
