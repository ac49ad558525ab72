import { getPayload, handleEndpoints, type Payload } from 'payload';
import type { ApiClient, Case, User } from '../../cms/payload-types';
import type { Role } from '../../cms/access/roles';
import { workflowStep } from './workflowStep';

// The real Payload, on the throwaway database test/helpers/throwawayDatabase.ts
// prepared for this test file.
export const testPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config');
  return getPayload({ config });
};

// What Payload puts on req.user after authenticating: the document plus its collection.
export type Actor = (User & { collection: 'users' }) | (ApiClient & { collection: 'api-clients' });

export const siteClient = async (payload: Payload): Promise<Actor> => {
  const { docs } = await payload.find({ collection: 'api-clients', limit: 1 });
  if (!docs[0]) throw new Error('the site client was not seeded');
  return { ...docs[0], collection: 'api-clients' };
};

let staffCount = 0;
export const staffUser = async (payload: Payload, ...roles: Role[]): Promise<Actor> => {
  staffCount += 1;
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-')}-${staffCount}-${Date.now()}@example.test`,
      password: 'a-long-test-password',
      roles,
    },
  });
  return { ...user, collection: 'users' };
};

export const validComplaint = {
  language: 'nl',
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  phone: '+31 20 123 4567',
  domains: 'voorbeeld.nl, bücher.de',
  topic: 'transfer',
  description: 'My transfer has been pending for two weeks.',
  expectedOutcome: 'Complete the transfer.',
};

export const validAbuseReport = {
  channel: 'abuse',
  language: 'de',
  name: 'CERT Beispiel',
  email: 'cert@example.de',
  reporterType: 'organisation',
  category: 'phishing',
  domains: 'phish-bank.example',
  urls: 'https://phish-bank.example/login',
  evidence: 'The page imitates a bank login and posts credentials to a third party.',
  goodFaith: true,
};

// Files a submission as the public site does.
export const fileAsSite = async (
  payload: Payload,
  data: Record<string, unknown> = validComplaint,
  locale = 'nl',
): Promise<Case & { accessToken?: string }> =>
  payload.create({
    collection: 'cases',
    data: data as never,
    overrideAccess: false,
    user: await siteClient(payload),
    locale: locale as never,
  });

// Moves a case along its steps as a staff member would, one save per step.
export const advanceCase = async (payload: Payload, caseId: number | string, user: Actor, ...steps: string[]) => {
  let current: Case | undefined;
  for (const status of steps) {
    current = await payload.update({
      collection: 'cases',
      id: caseId,
      data: workflowStep(status) as never,
      overrideAccess: false,
      user,
    });
  }
  return current;
};

// A record entered by staff in the admin (a letter, a fax, a phone call). The data
// is what the admin form sends: the hooks fill in status, numbers and deadlines.
export const enterAsStaff = <T extends 'cases' | 'escalations' | 'feedback'>(
  payload: Payload,
  user: Actor,
  collection: T,
  data: Record<string, unknown>,
) => payload.create({ collection, data: data as never, overrideAccess: false, user });

// An escalation of an answered complaint, filed as the public site does.
export const fileEscalation = async (payload: Payload, caseNumber: string) =>
  payload.create({
    collection: 'escalations',
    data: {
      language: 'nl',
      caseNumber,
      name: 'Anna de Vries',
      email: 'anna@example.nl',
      description: 'The transfer is still pending.',
      reasonUnsatisfied: 'The answer did not say when it would be done.',
      expectedSteps: 'Complete the transfer this week.',
    } as never,
    overrideAccess: false,
    user: await siteClient(payload),
    locale: 'nl',
  });

// Moves an escalation along its steps as a handler would, one save per step.
export const advanceEscalation = async (payload: Payload, id: number, user: Actor, ...steps: string[]) => {
  for (const status of steps) {
    await payload.update({
      collection: 'escalations',
      id,
      data: workflowStep(status) as never,
      overrideAccess: false,
      user,
    });
  }
};

// Feedback, filed as the public site does.
export const fileFeedback = async (payload: Payload, data: { language: string; topic: string; message: string }) =>
  payload.create({
    collection: 'feedback',
    data: data as never,
    overrideAccess: false,
    user: await siteClient(payload),
  });

// POSTs to one of the CMS's own endpoints as a staff member (signed in with
// their password), as the site (its API key), or as nobody.
export const postAsActor = async (payload: Payload, actor: Actor | null, path: string, body: unknown) => {
  const { default: config } = await import('@payload-config');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (actor && 'email' in actor) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: actor.email, password: 'a-long-test-password' },
    });
    headers.authorization = `JWT ${token}`;
  } else if (actor) {
    headers.authorization = `api-clients API-Key ${process.env.SITE_API_KEY}`;
  }
  return handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { method: 'POST', headers, body: JSON.stringify(body) }),
  });
};
