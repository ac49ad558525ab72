import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import { fileAsSite, siteClient, staffUser, testPayload, validAbuseReport, type Actor } from '../helpers/payload';

type Grant =
  'all' | '-' | 'own' | 'published' | 'queue' | 'complaint' | 'abuse' | 'complaint+feedback' | 'abuse+feedback';
const actors = ['visitor', 'site', 'admin', 'handler', 'abuseSpecialist', 'editor'] as const;
type ActorName = (typeof actors)[number];

// The whole permission matrix: every collection and global, every role, every
// operation. "complaint"/"abuse": only records of that channel; "own": only
// the user's own account; "published": only published documents (drafts are
// editors'); "queue": only the published ones for the queues the user works;
// "-": nothing.
const collectionMatrix: Record<string, Record<'create' | 'read' | 'update' | 'delete', Grant[]>> = {
  //                 visitor site   admin  handler      abuseSpecialist editor
  cases: {
    create: ['-', 'all', 'all', 'all', 'all', '-'],
    read: ['-', '-', 'all', 'complaint', 'abuse', '-'],
    update: ['-', '-', 'all', 'complaint', 'abuse', '-'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  escalations: {
    create: ['-', 'all', 'all', 'all', '-', '-'],
    read: ['-', '-', 'all', 'all', '-', '-'],
    update: ['-', '-', 'all', 'all', '-', '-'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  feedback: {
    create: ['-', 'all', 'all', 'all', 'all', '-'],
    read: ['-', '-', 'all', 'all', 'all', '-'],
    update: ['-', '-', 'all', 'all', 'all', '-'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  'case-events': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', 'all', 'complaint', 'abuse', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  // Evidence stays as it arrived: nobody edits or deletes it (retention does, as the system).
  evidence: {
    create: ['-', 'all', 'all', '-', 'all', '-'],
    read: ['-', '-', 'all', '-', 'all', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  // Editors may reword the names (as drafts, then published); every other field
  // is the admins' (field access, below).
  departments: {
    create: ['-', '-', 'all', '-', '-', '-'],
    read: ['published', 'published', 'all', 'published', 'published', 'all'],
    update: ['-', '-', 'all', '-', '-', 'all'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  // Editors keep the canned replies; handlers and abuse specialists read the
  // published ones of their own queues (cms/collections/CannedReplies/).
  'canned-replies': {
    create: ['-', '-', 'all', '-', '-', 'all'],
    read: ['-', '-', 'all', 'queue', 'queue', 'all'],
    update: ['-', '-', 'all', '-', '-', 'all'],
    delete: ['-', '-', 'all', '-', '-', 'all'],
  },
  // Files staff sent with a reply: read with the record's channel; only the reply writes them.
  'reply-attachments': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', 'all', 'complaint', 'abuse', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  users: {
    create: ['-', '-', 'all', '-', '-', '-'],
    read: ['-', '-', 'all', 'all', 'all', 'own'],
    update: ['-', '-', 'all', 'own', 'own', 'own'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  'api-clients': {
    create: ['-', '-', 'all', '-', '-', '-'],
    read: ['-', '-', 'all', '-', '-', '-'],
    update: ['-', '-', 'all', '-', '-', '-'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  // Partners file X-ARF reports with their own keys; only admins issue and revoke them.
  partners: {
    create: ['-', '-', 'all', '-', '-', '-'],
    read: ['-', '-', 'all', '-', '-', '-'],
    update: ['-', '-', 'all', '-', '-', '-'],
    delete: ['-', '-', 'all', '-', '-', '-'],
  },
  'payload-jobs': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', 'all', '-', '-', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  outbox: {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', 'all', 'complaint+feedback', 'abuse+feedback', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  // Received mail: read by the team of its case (or mailbox), like the outbox; only the system writes.
  'inbound-messages': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', 'all', 'complaint+feedback', 'abuse+feedback', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  'erasure-requests': {
    create: ['-', '-', 'all', '-', '-', '-'],
    read: ['-', '-', 'all', '-', '-', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  'case-counters': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', '-', '-', '-', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
  // Written by the reports' hooks, read by the reports endpoint with its own check.
  'report-rollups': {
    create: ['-', '-', '-', '-', '-', '-'],
    read: ['-', '-', '-', '-', '-', '-'],
    update: ['-', '-', '-', '-', '-', '-'],
    delete: ['-', '-', '-', '-', '-', '-'],
  },
};

const globalMatrix: Record<string, Record<'read' | 'update', Grant[]>> = {
  'procedure-page': { read: ['all', 'all', 'all', 'all', 'all', 'all'], update: ['-', '-', 'all', '-', '-', 'all'] },
  'contact-details': { read: ['all', 'all', 'all', 'all', 'all', 'all'], update: ['-', '-', 'all', '-', '-', 'all'] },
  'mail-settings': { read: ['-', '-', 'all', 'all', 'all', 'all'], update: ['-', '-', 'all', '-', '-', 'all'] },
  'mail-wording': { read: ['-', '-', 'all', 'all', 'all', 'all'], update: ['-', '-', 'all', '-', '-', 'all'] },
  'form-choices': { read: ['all', 'all', 'all', 'all', 'all', 'all'], update: ['-', '-', 'all', '-', '-', 'all'] },
  'retention-settings': { read: ['-', '-', 'all', '-', '-', '-'], update: ['-', '-', 'all', '-', '-', '-'] },
  'calendar-settings': { read: ['-', '-', 'all', 'all', 'all', '-'], update: ['-', '-', 'all', '-', '-', '-'] },
  'payload-jobs-stats': { read: ['-', '-', 'all', '-', '-', '-'], update: ['-', '-', 'all', '-', '-', '-'] },
};

const grantOf = (result: unknown): Grant => {
  if (result === true) return 'all';
  if (!result) return '-';
  const where = JSON.stringify(result);
  if (where.includes('"id"')) return 'own';
  if (where.includes('"usedFor"')) return 'queue';
  if (where.includes('"_status"')) return 'published';
  const channels = (result as { channel?: { in?: string[] } }).channel?.in ?? [];
  if (channels.length) return channels.join('+') as Grant;
  throw new Error(`unexpected access result ${where}`);
};

describe(`who may do what, on ${describeDatabase()}`, () => {
  let payload: Payload;
  const users = {} as Record<ActorName, Actor | undefined>;

  beforeAll(async () => {
    payload = await testPayload();
    users.visitor = undefined;
    users.site = await siteClient(payload);
    for (const role of ['admin', 'handler', 'abuseSpecialist', 'editor'] as const) {
      users[role] = await staffUser(payload, role);
    }
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const measure = async (access: ((args: { req: unknown }) => unknown) | undefined, actor: ActorName) => {
    const req = await createLocalReq({ user: users[actor] as never }, payload);
    return grantOf(access ? await access({ req }) : Boolean(users[actor]));
  };

  it('matches the matrix for every collection, role and operation', async () => {
    const measured: typeof collectionMatrix = {};
    for (const [slug, operations] of Object.entries(collectionMatrix)) {
      const config = payload.collections[slug as 'cases']?.config;
      expect(config, slug).toBeDefined();
      measured[slug] = {} as (typeof collectionMatrix)[string];
      for (const operation of Object.keys(operations) as (keyof typeof operations)[]) {
        const access = config?.access[operation] as ((args: { req: unknown }) => unknown) | undefined;
        measured[slug][operation] = await Promise.all(actors.map((actor) => measure(access, actor)));
      }
    }
    expect(measured).toEqual(collectionMatrix);
  });

  it('matches the matrix for every global, role and operation', async () => {
    const measured: typeof globalMatrix = {};
    for (const [slug, operations] of Object.entries(globalMatrix)) {
      const config = payload.config.globals.find((global) => global.slug === slug);
      measured[slug] = {} as (typeof globalMatrix)[string];
      for (const operation of Object.keys(operations) as (keyof typeof operations)[]) {
        const access = config?.access[operation] as ((args: { req: unknown }) => unknown) | undefined;
        measured[slug][operation] = await Promise.all(actors.map((actor) => measure(access, actor)));
      }
    }
    expect(measured).toEqual(globalMatrix);
  });

  it('covers every collection and global the CMS has', () => {
    // Payload's own bookkeeping, scoped to each staff member by Payload; the site client is kept out (below).
    // Saved views (query presets) are staff-only, then scoped per preset by Payload's constraints (desk.test.ts).
    const internal = [
      'payload-locked-documents',
      'payload-preferences',
      'payload-migrations',
      'payload-kv',
      'payload-query-presets',
    ];
    const slugs = Object.keys(payload.collections).filter((slug) => !internal.includes(slug));
    expect(slugs.sort()).toEqual(Object.keys(collectionMatrix).sort());
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual(Object.keys(globalMatrix).sort());
  });

  it('keeps the site client out of Payload’s own records', async () => {
    for (const slug of Object.keys(payload.collections).filter((name) => name.startsWith('payload-'))) {
      const access = payload.collections[slug as 'cases']?.config.access ?? {};
      for (const operation of ['create', 'read', 'update', 'delete'] as const) {
        const check = access[operation] as ((args: { req: unknown }) => unknown) | undefined;
        expect([slug, operation, check ? await measure(check, 'site') : '-']).toEqual([slug, operation, '-']);
      }
    }
  });

  it('shows a handler complaints only and an abuse specialist abuse reports only', async () => {
    const complaint = await fileAsSite(payload);
    const report = await fileAsSite(payload, validAbuseReport, 'de');
    const visible = async (actor: ActorName) =>
      (await payload.find({ collection: 'cases', overrideAccess: false, user: users[actor], limit: 1000 })).docs.map(
        (doc) => doc.id,
      );
    expect(await visible('handler')).toContain(complaint.id);
    expect(await visible('handler')).not.toContain(report.id);
    expect(await visible('abuseSpecialist')).toContain(report.id);
    expect(await visible('abuseSpecialist')).not.toContain(complaint.id);
    await expect(
      payload.findByID({ collection: 'cases', id: report.id, overrideAccess: false, user: users.handler }),
    ).rejects.toThrow();
    await expect(
      payload.update({
        collection: 'cases',
        id: complaint.id,
        data: { addNote: 'x' } as never,
        overrideAccess: false,
        user: users.abuseSpecialist,
      }),
    ).rejects.toThrow();
  });

  it('keeps an editor away from every record with personal data', async () => {
    for (const collection of ['cases', 'escalations', 'feedback', 'case-events', 'evidence'] as const) {
      await expect(payload.find({ collection, overrideAccess: false, user: users.editor })).rejects.toThrow();
    }
    const team = await payload.find({ collection: 'users', overrideAccess: false, user: users.editor });
    expect(team.docs.map((user) => user.id)).toEqual([users.editor?.id]);
  });

  it('never lets a staff member give themselves a role', async () => {
    const handler = users.handler;
    const updated = await payload.update({
      collection: 'users',
      id: handler?.id ?? 0,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: handler,
    });
    expect(updated.roles).toEqual(['handler']);
  });

  it('hides department mailboxes from the public', async () => {
    const { docs } = await payload.find({ collection: 'departments', overrideAccess: false });
    expect(docs.length).toBeGreaterThan(0);
    for (const department of docs) expect(department).not.toHaveProperty('email');
  });
});
