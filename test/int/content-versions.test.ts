import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewToken } from '../../cms/content/previewToken';
import { queueCrons } from '../../cms/jobs/autoRun';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  enterAsStaff,
  fileAsSite,
  fileEscalation,
  staffUser,
  testPayload,
  type Actor,
} from '../helpers/payload';

// Editors publish with confidence: drafts stay with editors until published
// (now, or on a date by the jobs queue), every published version stays in the
// history and can be restored, and each case records the procedure it was
// filed under.
describe(`drafts, scheduled publishing and history on ${describeDatabase()}`, () => {
  let payload: Payload;
  let editor: Actor;
  let handler: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    editor = await staffUser(payload, 'editor');
    handler = await staffUser(payload, 'handler');
  });

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
  });

  // A GET to the CMS's HTTP API as the public site (its key) or an editor.
  const get = async (actor: 'site' | Actor, path: string) => {
    const { default: config } = await import('@payload-config');
    const headers: Record<string, string> = {};
    if (actor === 'site') headers.authorization = `api-clients API-Key ${process.env.SITE_API_KEY}`;
    else {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: (actor as { email: string }).email, password: 'a-long-test-password' },
      });
      headers.authorization = `JWT ${token}`;
    }
    return handleEndpoints({ config, request: new Request(`http://localhost/api${path}`, { headers }) });
  };

  const draftTitle = (title: string) =>
    payload.updateGlobal({
      slug: 'procedure-page',
      locale: 'de',
      draft: true,
      data: { title },
      overrideAccess: false,
      user: editor,
    });

  const publishedTitle = async () =>
    (await payload.findGlobal({ slug: 'procedure-page', locale: 'de', fallbackLocale: false })).title;

  // The newest published version up to now (the scheduling test publishes on a
  // fake clock, at midnight on 1 January).
  const latestPublishedVersion = async () =>
    (
      await payload.findGlobalVersions({
        slug: 'procedure-page',
        where: {
          and: [
            { 'version._status': { equals: 'published' } },
            { updatedAt: { less_than_equal: new Date().toISOString() } },
          ],
        },
        sort: '-updatedAt',
        locale: 'de',
        depth: 0,
        limit: 1,
      })
    ).docs[0];

  it('keeps a draft from the site, refuses it to the site even when asked for, and shows it to editors', async () => {
    const before = await publishedTitle();
    await draftTitle('Entwurf: Verfahren 2027');

    expect(await publishedTitle()).toBe(before);
    const asSite = await get('site', '/globals/procedure-page?locale=de&depth=0');
    expect(((await asSite.json()) as { title: string }).title).toBe(before);
    const siteAskingForDraft = await get('site', '/globals/procedure-page?locale=de&depth=0&draft=true');
    expect(siteAskingForDraft.status).toBe(403);
    const asEditor = await get(editor, '/globals/procedure-page?locale=de&depth=0&draft=true');
    expect(((await asEditor.json()) as { title: string }).title).toBe('Entwurf: Verfahren 2027');
  });

  it('keeps a drafted greeting out of the mail until it is published', async () => {
    await payload.updateGlobal({
      slug: 'mail-settings',
      locale: 'nl',
      draft: true,
      data: { greeting: 'Ontwerpgroet {name},' },
      overrideAccess: false,
      user: editor,
    });
    const filed = await fileAsSite(payload);
    const { docs } = await payload.find({ collection: 'outbox', where: { case: { equals: filed.id } } });
    expect(docs.length).toBeGreaterThan(0);
    for (const message of docs) expect(message.text).not.toContain('Ontwerpgroet');
  });

  it('lets editors read the history, and nobody else', async () => {
    const asEditor = await get(editor, '/globals/procedure-page/versions?depth=0');
    expect(asEditor.status).toBe(200);
    expect(((await asEditor.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0);
    expect((await get(handler, '/globals/procedure-page/versions?depth=0')).status).toBe(403);
    expect((await get('site', '/globals/procedure-page/versions?depth=0')).status).toBe(403);
  });

  it('publishes a scheduled draft through the queue the product runs, from that minute, stamped with the editor', async () => {
    // The admin's Schedule button queues Payload's schedulePublish task without
    // naming a queue; the started product must work that queue.
    expect(queueCrons().map((entry) => entry.queue)).toContain('default');

    await draftTitle('Verfahren ab 1. Januar 2027');
    // Midnight in Berlin, as an editor picks "1 January, 00:00".
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', global: 'procedure-page', user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date('2026-12-31T23:00:00Z'),
    });
    at('2026-12-31T22:59:00Z');
    await payload.jobs.run({ queue: 'default' });
    expect(await publishedTitle()).not.toBe('Verfahren ab 1. Januar 2027');

    at('2026-12-31T23:00:20Z');
    await payload.jobs.run({ queue: 'default' });
    expect(await publishedTitle()).toBe('Verfahren ab 1. Januar 2027');
    const version = await latestPublishedVersion();
    expect(version?.version.title).toBe('Verfahren ab 1. Januar 2027');
    expect(version?.version.savedBy).toBe(editor.id);
    expect(version?.version.savedByName).toBe((editor as { name: string }).name);
  });

  it('restores an earlier version as the published page', async () => {
    const publish = (title: string) =>
      payload.updateGlobal({
        slug: 'procedure-page',
        locale: 'de',
        data: { title, _status: 'published' },
        overrideAccess: false,
        user: editor,
      });
    await publish('Fassung A');
    const versionA = await latestPublishedVersion();
    await publish('Fassung B');
    expect(await publishedTitle()).toBe('Fassung B');
    if (!versionA) throw new Error('no published version to restore');
    await payload.restoreGlobalVersion({
      slug: 'procedure-page',
      id: versionA.id,
      overrideAccess: false,
      user: editor,
    });
    expect(await publishedTitle()).toBe('Fassung A');
  });

  it('records the procedure in force on cases from the site and from staff, and escalations, unchanged by later versions', async () => {
    const inForce = await latestPublishedVersion();
    const filed = await fileAsSite(payload);
    const entered = await enterAsStaff(payload, handler, 'cases', {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'phone',
      receivedAt: new Date().toISOString(),
      reporter: { name: 'Clara Caller', email: 'clara@example.test' },
      complaint: { topic: 'billing', description: 'By phone.', expectedOutcome: 'Refund.' },
    });
    for (const record of [filed, entered]) {
      expect(record.procedureInForce?.versionId).toBe(String(inForce?.id));
      expect(record.procedureInForce?.publishedAt).toBe(inForce?.updatedAt);
    }

    await payload.updateGlobal({
      slug: 'procedure-page',
      locale: 'de',
      data: { title: 'Noch eine Fassung' },
      overrideAccess: false,
      user: editor,
    });
    const later = await latestPublishedVersion();
    expect(String(later?.id)).not.toBe(String(inForce?.id));
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).procedureInForce?.versionId).toBe(
      String(inForce?.id),
    );

    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    const escalation = await fileEscalation(payload, filed.caseNumber ?? '');
    expect(escalation.procedureInForce?.versionId).toBe(String(later?.id));
  });

  it('shows a published version to anyone, and never a draft', async () => {
    const published = await latestPublishedVersion();
    const shown = await get('site', `/content/procedure-versions/${published?.id}?locale=de`);
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as { title: string }).title).toBe(published?.version.title);

    await draftTitle('Nur ein Entwurf');
    const { docs } = await payload.findGlobalVersions({
      slug: 'procedure-page',
      where: { 'version._status': { equals: 'draft' } },
      sort: '-updatedAt',
      limit: 1,
    });
    expect((await get('site', `/content/procedure-versions/${docs[0]?.id}?locale=de`)).status).toBe(404);
  });

  it('shows the drafts only behind a valid, unexpired preview link', async () => {
    await draftTitle('Vorschau des Entwurfs');
    const valid = await get('site', `/content/drafts?locale=de&token=${createPreviewToken()}`);
    expect(valid.status).toBe(200);
    expect(valid.headers.get('cache-control')).toBe('no-store');
    expect(((await valid.json()) as { procedure: { title: string } }).procedure.title).toBe('Vorschau des Entwurfs');

    const expired = createPreviewToken(new Date(Date.now() - 16 * 60_000));
    expect((await get('site', `/content/drafts?locale=de&token=${expired}`)).status).toBe(403);
    const forged = `${createPreviewToken().split('.')[0]}.${'A'.repeat(43)}`;
    expect((await get('site', `/content/drafts?locale=de&token=${forged}`)).status).toBe(403);
    expect((await get('site', '/content/preview?locale=de')).status).toBe(403);
    process.env.SITE_URL = 'http://site.example';
    try {
      const opened = await get(editor, '/content/preview?locale=de');
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toMatch(/^http:\/\/site\.example\/de\/preview\?token=\d+\.[\w-]{43}$/);
    } finally {
      delete process.env.SITE_URL;
    }
  });
  it("changes the content version the sites follow on a publication or a department's save, not on a draft", async () => {
    const version = async () => {
      const response = await handleEndpoints({
        config: (await import('@payload-config')).default,
        request: new Request('http://localhost/api/content/version'),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
      return ((await response.json()) as { version: string }).version;
    };
    const start = await version();
    expect(start).toMatch(/^[0-9a-f]{16}$/);
    expect(await version()).toBe(start);

    await draftTitle('Nog een concept');
    expect(await version()).toBe(start);

    await payload.updateGlobal({
      slug: 'contact-details',
      locale: 'de',
      data: { department: 'Beschwerdestelle' },
      overrideAccess: false,
      user: editor,
    });
    const published = await version();
    expect(published).not.toBe(start);

    const { docs } = await payload.find({ collection: 'departments', limit: 1 });
    await payload.update({
      collection: 'departments',
      id: docs[0]?.id ?? 0,
      locale: 'de',
      data: { name: 'Abteilung' },
    });
    expect(await version()).not.toBe(published);
  });
});
