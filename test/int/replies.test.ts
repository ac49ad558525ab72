import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import type { User } from '../../cms/payload-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCustomerConversation } from '../../cms/conversation/customer';
import { readStaffConversation } from '../../cms/conversation/staff';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  fileEscalation,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';
import { asActor, replyForm } from '../helpers/replies';
import { startResendStandIn, type ResendStandIn } from '../helpers/resendStandIn';

const png = readFileSync(path.resolve(import.meta.dirname, '../fixtures/screenshot.png'));

// Staff writing to the customer from the case, tried as the people who must
// not be able to (an editor, a handler on an abuse report, the site's key),
// and as the ones who may, up to the mail the Resend stand-in receives.
describe(`replies from the case on ${describeDatabase()}`, () => {
  let payload: Payload;
  let resend: ResendStandIn;
  let handler: Actor;
  let specialist: Actor;
  let editor: Actor;

  beforeAll(async () => {
    resend = await startResendStandIn();
    process.env.RESEND_API_KEY = resend.apiKey;
    process.env.RESEND_BASE_URL = resend.url;
    process.env.SITE_URL = 'https://complaints.example';
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
    editor = await staffUser(payload, 'editor');
  });

  beforeEach(() => resend.reset());

  afterAll(async () => {
    await payload.destroy();
    await resend.close();
    for (const name of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'SITE_URL']) Reflect.deleteProperty(process.env, name);
  });

  const deliver = () => payload.jobs.run({ queue: 'mail', limit: 100 });
  const reply = (actor: Actor | null, collection: string, id: number | string, form: FormData, language?: string) =>
    asActor(payload, actor, `/${collection}/${id}/reply`, { method: 'POST', body: form, language });
  const outboxOf = async (caseId: number | string) =>
    (
      await payload.find({
        collection: 'outbox',
        where: { case: { equals: caseId } },
        sort: 'createdAt',
        pagination: false,
      })
    ).docs;
  const repliesOf = async (caseId: number | string) =>
    (await outboxOf(caseId)).filter((message) => ['reply', 'question'].includes(message.kind));
  const timelineTypes = async (caseId: number | string) =>
    (
      await payload.find({ collection: 'case-events', where: { case: { equals: caseId } }, pagination: false })
    ).docs.map((event) => event.type);

  const publishedCannedReply = (data: Record<string, unknown>, locale = 'en') =>
    payload.create({
      collection: 'canned-replies',
      data: { _status: 'published', ...data } as never,
      locale: locale as never,
      overrideAccess: false,
      user: editor,
    });

  it('mails the customer in the case’s language, threaded back to the case, and moves neither status nor deadline', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'reply@example.nl' });
    await deliver();
    resend.reset();
    const before = await payload.findByID({ collection: 'cases', id: filed.id });

    const sent = await reply(
      handler,
      'cases',
      filed.id,
      replyForm({ text: 'Uw verhuizing loopt nog.\n\nZaak {caseNumber}.' }),
    );
    expect(sent).toMatchObject({ status: 201, body: { to: 'reply@example.nl' } });

    const [queued] = await repliesOf(filed.id);
    expect(queued).toMatchObject({ kind: 'reply', audience: 'customer', channel: 'complaint', language: 'nl' });
    await deliver();
    const [mail] = resend.emails;
    expect(resend.emails).toHaveLength(1);
    expect(mail?.to).toEqual(['reply@example.nl']);
    expect(mail?.subject).toBe(`Klacht ${filed.caseNumber}: Een bericht over uw melding`);
    expect(mail?.text).toContain(`Zaak ${filed.caseNumber}.`);
    expect(mail?.text).toContain('Beste Anna de Vries,');
    // The customer's answer comes back to this case: our Message-ID, the case's Reply-To.
    expect(mail?.headers?.['Message-ID']).toBe(queued?.messageId);
    expect(mail?.headers?.['Message-ID']).toMatch(/^<[0-9a-f-]{36}@key-systems\.net>$/);
    const acknowledgement = (await outboxOf(filed.id)).find((message) => message.kind === 'acknowledgement');
    expect(mail?.reply_to).toBe(acknowledgement?.replyTo);
    expect(mail?.reply_to).toMatch(/^complaints\+[0-9a-f]{24}@key-systems\.net$/);

    const after = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(after.status).toBe(before.status);
    expect(after.deadlines).toEqual(before.deadlines);
    expect(after.milestones?.answeredAt ?? null).toBeNull();
    expect(await timelineTypes(filed.id)).toContain('replyToCustomer');
  });

  it('asks a question in the language chosen, and says how to answer', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'question@example.nl' });
    const sent = await reply(
      handler,
      'cases',
      filed.id,
      replyForm({ text: 'Which account number is it?', language: 'en', question: 'true' }),
    );
    expect(sent.status).toBe(201);
    const [queued] = await repliesOf(filed.id);
    expect(queued).toMatchObject({ kind: 'question', language: 'en' });
    expect(queued?.subject).toBe(`Complaint ${filed.caseNumber}: a question about your case`);
    expect(queued?.text).toContain('Reply to this mail to answer');
    expect(await timelineTypes(filed.id)).toContain('questionToCustomer');
  });

  it('refuses a handler on an abuse report, an editor, and the site’s key, and queues nothing', async () => {
    const report = await fileAsSite(payload, { ...validAbuseReport, email: 'abuse-reply@example.de' }, 'de');
    const complaint = await fileAsSite(payload, { ...validComplaint, email: 'editor-reply@example.nl' });
    const text = replyForm({ text: 'Hello' });
    const byHandler = await reply(handler, 'cases', report.id, text, 'de');
    expect(byHandler.status).toBe(403);
    expect(byHandler.body.errors?.[0]?.message).toMatch(/^Nur wer diesen Vorgang bearbeitet/);
    expect((await reply(editor, 'cases', complaint.id, replyForm({ text: 'Hello' }))).status).toBe(403);
    expect((await reply(await siteClient(payload), 'cases', complaint.id, replyForm({ text: 'Hello' }))).status).toBe(
      403,
    );
    expect((await reply(null, 'cases', complaint.id, replyForm({ text: 'Hello' }))).status).toBe(403);
    // Nor does a specialist write on an escalation (a handler's).
    expect(await repliesOf(report.id)).toHaveLength(0);
    expect(await repliesOf(complaint.id)).toHaveLength(0);
  });

  it('sends an abuse report’s reply to the reporter only', async () => {
    const report = await fileAsSite(payload, { ...validAbuseReport, email: 'reporter@example.de' }, 'de');
    await deliver();
    resend.reset();
    const sent = await reply(specialist, 'cases', report.id, replyForm({ text: 'Die Seite ist abgeschaltet.' }));
    expect(sent.status).toBe(201);
    await deliver();
    expect(resend.emails.map((mail) => mail.to)).toEqual([['reporter@example.de']]);
    expect(resend.emails[0]?.subject).toBe(`Missbrauchsmeldung ${report.caseNumber}: Eine Nachricht zu Ihrem Anliegen`);
  });

  it('lets editors write canned replies and handlers only read them; an unknown placeholder is refused in the editor’s language', async () => {
    await expect(
      payload.create({
        collection: 'canned-replies',
        data: { title: 'Mine', body: 'Hi', usedFor: ['complaint'] } as never,
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toThrow();
    const refused = await asActor(payload, editor, '/canned-replies', {
      method: 'POST',
      language: 'de',
      json: { title: 'Verzug', body: 'Ihr Fall {fallNummer} dauert.', usedFor: ['complaint'], _status: 'published' },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain(
      'Unbekannter Platzhalter {fallNummer}. Verwendbar sind {name}, {caseNumber}, {answerDue}, {domains}.',
    );
    const made = await publishedCannedReply({
      title: 'Delay',
      body: 'Case {caseNumber} takes longer.',
      usedFor: ['complaint'],
    });
    expect(made.title).toBe('Delay');
    // Handlers read it; editors' colleagues in other roles do not change it.
    await expect(
      payload.update({
        collection: 'canned-replies',
        id: made.id,
        data: { body: 'Changed' } as never,
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toThrow();
  });

  it('offers a canned reply in the chosen language only, fills its placeholders, and a specialist never sees a complaint one', async () => {
    const canned = await publishedCannedReply(
      { title: 'Vertraging', body: 'Uw zaak {caseNumber} voor {domains} duurt langer.', usedFor: ['complaint'] },
      'nl',
    );
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'canned@example.nl' });
    const offered = await asActor(payload, handler, `/cases/${filed.id}/reply?language=nl`);
    const mine = (offered.body.canned as { id: number; text: string }[]).find((reply) => reply.id === canned.id);
    expect(mine?.text).toBe(`Uw zaak ${filed.caseNumber} voor voorbeeld.nl, bücher.de duurt langer.`);
    // No German text: not offered in German (Payload's fallback would have offered the Dutch).
    const german = await asActor(payload, handler, `/cases/${filed.id}/reply?language=de`);
    expect((german.body.canned as { id: number }[]).map((reply) => reply.id)).not.toContain(canned.id);

    const report = await fileAsSite(payload, { ...validAbuseReport, email: 'canned-abuse@example.de', language: 'nl' });
    const forSpecialist = await asActor(payload, specialist, `/cases/${report.id}/reply?language=nl`);
    expect((forSpecialist.body.canned as { id: number }[]).map((reply) => reply.id)).not.toContain(canned.id);

    const sent = await reply(handler, 'cases', filed.id, replyForm({ canned: String(canned.id) }));
    expect(sent.status).toBe(201);
    const [queued] = await repliesOf(filed.id);
    expect(queued?.text).toContain(`Uw zaak ${filed.caseNumber} voor voorbeeld.nl, bücher.de duurt langer.`);
  });

  it('refuses an unknown placeholder in the text sent, and a canned reply not offered in that language', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'typo@example.nl' });
    const typo = await reply(handler, 'cases', filed.id, replyForm({ text: 'Zaak {zaaknummer}' }), 'nl');
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).toBe(
      'Onbekende plaatshouder {zaaknummer}. U kunt {name}, {caseNumber}, {answerDue}, {domains} gebruiken.',
    );
    const canned = await publishedCannedReply({ title: 'Only English', body: 'Hello', usedFor: ['complaint'] });
    const wrong = await reply(handler, 'cases', filed.id, replyForm({ canned: String(canned.id), language: 'fr' }));
    expect(wrong.status).toBe(400);
    expect(await repliesOf(filed.id)).toHaveLength(0);
  });

  it('sends attachments that pass the evidence checks, and refuses the whole reply when one does not', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'files@example.nl' });
    await deliver();
    resend.reset();
    const countFiles = async () => (await payload.count({ collection: 'reply-attachments' })).totalDocs;
    const filesBefore = await countFiles();

    const disguised = await reply(
      handler,
      'cases',
      filed.id,
      replyForm({ text: 'See attached.' }, [
        { name: 'screenshot.png', type: 'image/png', content: png },
        { name: 'invoice.png', type: 'image/png', content: Buffer.from('#!/bin/sh\nrm -rf /\n') },
      ]),
    );
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors?.[0]?.message).toMatch(/^invoice\.png was refused: only PDF, text, images/);
    // Nothing half: no message, no file, no timeline entry.
    expect(await repliesOf(filed.id)).toHaveLength(0);
    expect(await countFiles()).toBe(filesBefore);
    expect(await timelineTypes(filed.id)).not.toContain('replyToCustomer');

    const tooMany = await reply(
      handler,
      'cases',
      filed.id,
      replyForm(
        { text: 'Many.' },
        Array.from({ length: 11 }, (_, index) => ({ name: `${index}.png`, type: 'image/png', content: png })),
      ),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.message).toBe('At most 10 files can be attached; you chose 11.');

    const sent = await reply(
      handler,
      'cases',
      filed.id,
      replyForm({ text: 'See attached.' }, [{ name: 'my screen shot?.png', type: 'image/png', content: png }]),
    );
    expect(sent.status).toBe(201);
    await deliver();
    const attachments = (resend.emails[0] as unknown as { attachments?: { filename: string; content: string }[] })
      .attachments;
    expect(attachments).toHaveLength(1);
    expect(Buffer.from(attachments?.[0]?.content ?? '', 'base64').equals(png)).toBe(true);
    expect(attachments?.[0]?.filename).not.toContain('?');
    expect(await countFiles()).toBe(filesBefore + 1);
    // The conversation names what was sent with the reply, to staff and to the customer.
    const target = { collection: 'cases', id: filed.id } as const;
    const staffView = await readStaffConversation({ payload, user: handler as User & { collection: 'users' }, target });
    const customerView = await readCustomerConversation({
      payload,
      caseId: filed.id,
      customerAddresses: ['files@example.nl'],
    });
    for (const view of [staffView ?? [], customerView]) {
      const sentWithReply = view.filter((message) => message.attachments.length > 0);
      expect(sentWithReply.map((message) => message.attachments.map(({ filename }) => filename))).toEqual([
        [attachments?.[0]?.filename],
      ]);
    }
  });

  it('sends a composition once however often it is posted', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'twice@example.nl' });
    const form = () => replyForm({ text: 'Once.', key: 'composition-1' });
    expect((await reply(handler, 'cases', filed.id, form())).status).toBe(201);
    expect((await reply(handler, 'cases', filed.id, form())).status).toBe(201);
    expect(await repliesOf(filed.id)).toHaveLength(1);
  });

  it('writes on an escalation under both numbers, with the word for complaint, and keeps its deadlines', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'anna@example.nl' });
    const answered = await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    const escalation = await fileEscalation(payload, String(answered?.caseNumber));
    const before = await payload.findByID({ collection: 'escalations', id: escalation.id });
    const sent = await reply(handler, 'escalations', escalation.id, replyForm({ text: 'We kijken opnieuw.' }));
    expect(sent.status).toBe(201);
    const [queued] = (
      await payload.find({
        collection: 'outbox',
        where: { and: [{ escalation: { equals: escalation.id } }, { kind: { equals: 'reply' } }] },
      })
    ).docs;
    expect(queued?.subject).toBe(
      `Klacht ${filed.caseNumber}, escalatie ${escalation.escalationNumber}: Een bericht over uw melding`,
    );
    const after = await payload.findByID({ collection: 'escalations', id: escalation.id });
    expect(after.deadlines).toEqual(before.deadlines);
    expect(after.status).toBe(before.status);
    expect((await reply(specialist, 'escalations', escalation.id, replyForm({ text: 'x' }))).status).toBe(403);
  });
});
