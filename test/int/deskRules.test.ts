import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  enterAsStaff,
  fileAsSite,
  postAsActor,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// What staff met in the admin and the API let through: consent that was not the
// reporter's, editors' placeholders reaching customers, a letter that could not
// be entered, refusals that named nothing, a close that left no trace.
describe(`the desk's rules as staff meet them, on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let specialist: Actor;
  let editor: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
    await payload.update({ collection: 'users', id: specialist.id, data: { name: 'Sam Specialist' } });
    specialist = { ...specialist, name: 'Sam Specialist' } as Actor;
    editor = await staffUser(payload, 'editor');
  });

  afterAll(async () => {
    await payload.destroy();
  });

  const reporter = { name: 'Petra Reporter', email: 'petra@cert.example', organisation: 'CERT Example' };
  const timeline = async (caseId: number, type: string) =>
    (
      await payload.find({
        collection: 'case-events',
        where: { and: [{ case: { equals: caseId } }, { type: { equals: type } }] },
        limit: 20,
      })
    ).docs;
  const forwardTo = async (caseId: number, registrant: string) => {
    await payload.update({
      collection: 'cases',
      id: caseId,
      data: { abuse: { forwardTo: { email: registrant, language: 'en' } } } as never,
      overrideAccess: false,
      user: specialist,
    });
    return (await payload.find({ collection: 'outbox', where: { to: { equals: registrant } } })).docs[0];
  };

  describe('the reporter’s consent to share their identity', () => {
    it('cannot be ticked by staff: the forward still withholds the reporter', async () => {
      const filed = await fileAsSite(payload, { ...validAbuseReport, ...reporter, shareIdentity: false });
      const changed = await payload.update({
        collection: 'cases',
        id: filed.id,
        data: { abuse: { shareIdentity: true, consent: { source: 'webForm' } } } as never,
        overrideAccess: false,
        user: specialist,
      });
      expect(changed.abuse?.shareIdentity).toBe(false);
      const message = await forwardTo(filed.id, 'holder-one@registrant.example');
      expect(`${message?.subject}\n${message?.text}`).not.toContain('Petra');
      expect((await timeline(filed.id, 'forwarded'))[0]?.summary).toContain('reporter withheld');
    });

    it('given later is recorded with who, when and the evidence, and the forward says which consent it used', async () => {
      const filed = await fileAsSite(payload, { ...validAbuseReport, ...reporter, shareIdentity: false });
      const evidence = 'Mail of 3 Dec 2026, 10:14: "you may give my name to the holder"';
      const saved = await payload.update({
        collection: 'cases',
        id: filed.id,
        data: { abuse: { recordConsent: evidence } } as never,
        overrideAccess: false,
        user: specialist,
      });
      expect(saved.abuse).toMatchObject({
        shareIdentity: true,
        recordConsent: null,
        consent: { source: 'recordedByStaff', evidence },
      });
      const recordedBy = saved.abuse?.consent?.recordedBy;
      expect(typeof recordedBy === 'object' ? recordedBy?.id : recordedBy).toBe(specialist.id);
      const [entry] = await timeline(filed.id, 'consentRecorded');
      expect(entry).toMatchObject({ actor: 'Sam Specialist', note: evidence });
      // A second entry of evidence changes nothing: consent is recorded once.
      await payload.update({
        collection: 'cases',
        id: filed.id,
        data: { abuse: { recordConsent: 'something else' } } as never,
        overrideAccess: false,
        user: specialist,
      });
      expect(await timeline(filed.id, 'consentRecorded')).toHaveLength(1);
      const message = await forwardTo(filed.id, 'holder-two@registrant.example');
      expect(message?.text).toContain('Petra Reporter');
      const [forwarded] = await timeline(filed.id, 'forwarded');
      expect(forwarded?.summary).toContain('with the reporter’s identity');
      expect(forwarded?.note).toContain('consent recorded by Sam Specialist');
      expect(forwarded?.note).toContain(evidence);
    });

    it('given on the web form is named as such in the forward', async () => {
      const filed = await fileAsSite(payload, { ...validAbuseReport, ...reporter, shareIdentity: true });
      await forwardTo(filed.id, 'holder-three@registrant.example');
      expect((await timeline(filed.id, 'forwarded'))[0]?.note).toContain('consent given on the web form');
    });
  });

  it('sends the registrant a subject with the case number and the category in plain words', async () => {
    const filed = await fileAsSite(payload, { ...validAbuseReport, ...reporter });
    const message = await forwardTo(filed.id, 'holder-four@registrant.example');
    expect(message?.subject).toContain(String(filed.caseNumber));
    expect(message?.text).toContain('(Phishing)');
    expect(message?.text).not.toContain('imitating');
  });

  it('starts staff mail with its first line, not an empty one', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'first-line@example.nl' });
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { and: [{ case: { equals: filed.id } }, { audience: { equals: 'staff' } }] },
      limit: 1,
    });
    expect(docs[0]?.text).toMatch(/^\S/);
    expect(docs[0]?.html).not.toContain('<p style="margin:0 0 16px"></p>');
  });

  it('refuses unknown placeholders in the mail wording, naming the ones it knows', async () => {
    const attempt = payload.updateGlobal({
      slug: 'mail-settings',
      data: { greeting: 'Hola {nombre}:' },
      locale: 'es',
      overrideAccess: false,
      user: editor,
    });
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'greeting', message: expect.stringContaining('{nombre}') })] },
    });
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: expect.stringContaining('{name}') })] },
    });
    const kept = await payload.findGlobal({ slug: 'mail-settings', locale: 'es' });
    expect(kept.greeting).not.toContain('{nombre}');
    const fine = await payload.updateGlobal({
      slug: 'mail-settings',
      data: { greeting: 'Hola {name}:' },
      locale: 'es',
      overrideAccess: false,
      user: editor,
    });
    expect(fine.greeting).toBe('Hola {name}:');
  });

  describe('a letter or a call entered by staff', () => {
    const letter = {
      channel: 'complaint',
      language: 'de',
      receivedVia: 'post',
      receivedAt: '2026-11-27T09:30:00.000Z',
      reporter: { name: 'Hans Brief', postalAddress: 'Hauptstraße 1\n66386 St. Ingbert' },
      domains: [{ unicode: 'Bücher.de' }],
      complaint: { topic: 'transfer', description: 'Per Brief: mein Transfer hängt.' },
    };

    it('needs no e-mail, derives the punycode, and is acknowledged and answered by post', async () => {
      const entered = await enterAsStaff(payload, handler, 'cases', letter);
      expect(entered.domains?.[0]).toMatchObject({ unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
      expect(entered.deadlines?.acknowledgementDueAt).toBeTruthy();
      const [received] = await timeline(entered.id, 'submitted');
      expect(received?.summary).toContain('by post');
      await advanceCase(payload, entered.id, handler, 'acknowledged', 'inProgress', 'answered');
      const customerMail = await payload.find({
        collection: 'outbox',
        where: { and: [{ case: { equals: entered.id } }, { audience: { equals: 'customer' } }] },
      });
      expect(customerMail.docs).toEqual([]);
      const answered = await payload.findByID({ collection: 'cases', id: entered.id });
      expect(answered.milestones?.answeredAt).toBeTruthy();
    });

    it('refuses a customer who cannot be answered at all, and a domain that is not one', async () => {
      await expect(
        enterAsStaff(payload, handler, 'cases', { ...letter, reporter: { name: 'Nobody Reachable' } }),
      ).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: 'reporter.email', message: expect.stringContaining('postal') })],
        },
      });
      await expect(
        enterAsStaff(payload, handler, 'cases', { ...letter, domains: [{ unicode: 'not a domain' }] }),
      ).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'domains.0.unicode' })] },
      });
    });
  });

  it('records a close with its reason and note on the timeline', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'closed-dup@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { status: 'closed', closeReason: 'duplicate', closeNote: 'Same as C-2026-000001.' },
      overrideAccess: false,
      user: handler,
    });
    const closing = (await timeline(filed.id, 'statusChanged')).find((entry) => entry.summary.includes('Closed'));
    expect(closing?.summary).toContain('(Duplicate)');
    expect(closing?.note).toBe('Same as C-2026-000001.');
  });

  it('closes a duplicate in one step, links both sides and tells the customer the original’s number', async () => {
    const original = await fileAsSite(payload, { ...validComplaint, email: 'twice@example.nl' });
    const again = await fileAsSite(payload, { ...validComplaint, email: 'twice@example.nl' });
    const act = (id: number, body: unknown) => postAsActor(payload, handler, `/cases/${id}/actions`, body);
    const unknown = await act(again.id, { action: 'closeAsDuplicate', original: 'C-1999-000001' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('No case C-1999-000001');
    const closed = await act(again.id, { action: 'closeAsDuplicate', original: String(original.caseNumber) });
    expect(closed.status).toBe(200);
    const saved = await payload.findByID({ collection: 'cases', id: again.id, depth: 0 });
    expect(saved).toMatchObject({ status: 'closed', closeReason: 'duplicate', duplicateOf: original.id });
    const first = await payload.findByID({ collection: 'cases', id: original.id, depth: 0 });
    expect(first.duplicates?.docs).toEqual([again.id]);
    const told = await payload.find({
      collection: 'outbox',
      where: { and: [{ case: { equals: again.id } }, { kind: { equals: 'closedAsDuplicate' } }] },
    });
    expect(told.docs[0]?.text).toContain(String(original.caseNumber));
  });

  it('names the missing field when an action is refused', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'extend-empty@example.nl' });
    const response = await postAsActor(payload, handler, `/cases/${filed.id}/actions`, {
      action: 'extend',
      expectedAnswerAt: '',
      reason: '',
    });
    expect(response.status).toBe(400);
    const text = JSON.stringify(await response.json());
    expect(text).toContain('new expected answer date');
    expect(text).toContain('why the investigation needs longer');
  });
});
