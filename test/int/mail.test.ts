import type { Payload } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requeueStalledMail } from '../../cms/jobs/retryStalledMail';
import { MAIL_SEND_ATTEMPTS } from '../../cms/jobs/sendMail';
import { findCaseStatus } from '../../cms/collections/Cases/statusView';
import { formatDeadline } from '@shared/i18n/formatDate';
import { locales } from '@shared/i18n/locales';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';
import { startResendStandIn, type ReceivedEmail, type ResendStandIn } from '../helpers/resendStandIn';
import { staffAnswer } from '../helpers/workflowStep';

// The word for "complaint" that escalation mail must carry in its subject.
const complaintWord = { nl: 'Klacht', en: 'Complaint', de: 'Beschwerde', fr: 'Réclamation', es: 'Reclamación' };

// Mail as the product sends it: composed into the outbox by the hooks, sent by
// Payload's job queue through the real Resend SDK, received by a local stand-in
// for the Resend API.
describe(`mail through Resend on ${describeDatabase()}`, () => {
  let payload: Payload;
  let resend: ResendStandIn;
  let handler: Actor;
  let specialist: Actor;
  let handlerEmail: string;
  let specialistEmail: string;

  beforeAll(async () => {
    resend = await startResendStandIn();
    process.env.RESEND_API_KEY = resend.apiKey;
    process.env.RESEND_BASE_URL = resend.url;
    process.env.MAIL_SEND_TIMEOUT_MS = '1500';
    process.env.SITE_URL = 'https://complaints.example';
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
    await payload.update({ collection: 'users', id: specialist.id, data: { language: 'de' } });
    handlerEmail = 'email' in handler ? handler.email : '';
    specialistEmail = 'email' in specialist ? specialist.email : '';
  });

  beforeEach(() => resend.reset());

  realClockAfterEach();

  afterAll(async () => {
    await payload.destroy();
    await resend.close();
    for (const name of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'MAIL_SEND_TIMEOUT_MS', 'SITE_URL'])
      Reflect.deleteProperty(process.env, name);
  });

  const deliver = () => payload.jobs.run({ queue: 'mail', limit: 100 });

  const mailTo = (address: string) => resend.emails.filter((email) => email.to.includes(address));
  const onlyMailTo = (address: string): ReceivedEmail => {
    const mails = mailTo(address);
    expect(mails).toHaveLength(1);
    return mails[0] as ReceivedEmail;
  };

  const outboxFor = async (where: Record<string, unknown>) =>
    (await payload.find({ collection: 'outbox', where: where as never, sort: 'createdAt', limit: 50 })).docs;

  it('acknowledges a complaint on receipt, in the filing language, with the status link, and records it', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'ack@example.nl' });
    // Composed and queued with the save; nothing has left yet.
    const [queued] = await outboxFor({ to: { equals: 'ack@example.nl' } });
    expect(queued).toMatchObject({ status: 'queued', kind: 'acknowledgement', language: 'nl' });
    expect(resend.emails).toHaveLength(0);

    await deliver();
    const mail = onlyMailTo('ack@example.nl');
    expect(mail.subject).toBe(`Klacht ${filed.caseNumber}: wij hebben uw klacht ontvangen`);
    // Replies go to the channel's mailbox, addressed to this case (cms/mail/threadAddress.ts).
    expect(mail.reply_to).toMatch(/^complaints\+[0-9a-f]{24}@key-systems\.net$/);
    expect(mail.from).toContain('<service@key-systems.net>');
    const link = `https://complaints.example/nl/status/${filed.accessToken}`;
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('Beste Anna de Vries,');
    expect(mail.text).toContain(formatDeadline(String(filed.deadlines?.answerDueAt), 'nl'));
    expect(mail.idempotencyKey).toBe(`cases:${filed.id}:acknowledgement`);

    // The case records when its acknowledgement went, and the customer's status page lists it.
    const acknowledged = await payload.findByID({ collection: 'cases', id: filed.id });
    expect(acknowledged.status).toBe('acknowledged');
    const [sent] = await outboxFor({ to: { equals: 'ack@example.nl' } });
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, providerMessageId: mail.id });
    expect(acknowledged.milestones?.acknowledgedAt).toBe(sent?.sentAt);
    const view = await findCaseStatus(payload, String(filed.accessToken));
    expect(view?.conversation.map((message) => message.subject)).toEqual([mail.subject]);
  });

  it('tells the handlers of a new complaint, each in their own language, and only them', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'queue@example.nl' });
    await deliver();
    const notice = onlyMailTo(handlerEmail);
    expect(notice.subject).toBe(`New in your queue: Complaint ${filed.caseNumber}`);
    expect(notice.text).toContain(`/admin/collections/cases/${filed.id}`);
    expect(notice.text).toContain('queue@example.nl');
    expect(mailTo(specialistEmail)).toHaveLength(0);
  });

  it('escapes everything the customer typed', async () => {
    const hostile = '<script>alert("x")</script> & <b>bold</b>';
    await fileAsSite(payload, {
      ...validComplaint,
      email: 'hostile@example.nl',
      name: '<img src=x onerror=alert(1)>',
      description: hostile,
    });
    await deliver();
    const mail = onlyMailTo('hostile@example.nl');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>bold');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The plain-text body shows what they wrote, as written.
    expect(mail.text).toContain(hostile);
    // Staff notices escape it too.
    expect(onlyMailTo(handlerEmail).html).not.toContain('<script>');
  });

  it.each(locales.map(({ code }) => code))('writes the whole life of a complaint in %s', async (language) => {
    at('2026-03-02T09:00:00Z');
    const email = `life-${language}@example.test`;
    const filed = await fileAsSite(payload, { ...validComplaint, language, email }, language);
    await deliver();

    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: {
        extension: { expectedAnswerAt: '2026-03-27T16:00:00.000Z', reason: 'We are waiting for the other registrar.' },
      },
      overrideAccess: false,
      user: handler,
    });
    await advanceCase(payload, filed.id, handler, 'inProgress', 'answered');
    await deliver();
    const answered = await payload.findByID({ collection: 'cases', id: filed.id });

    at('2026-05-04T09:00:00Z'); // after the 20 business days
    await payload.jobs.queue({ task: 'closeExpiredWindows', input: {}, queue: 'deadlines' });
    await payload.jobs.run({ queue: 'deadlines' });
    await deliver();

    const mails = mailTo(email);
    expect(mails).toHaveLength(4);
    // Messages queued together may arrive in any order; each is known by its event.
    const byEvent = (event: string) =>
      mails.find((mail) => mail.idempotencyKey?.startsWith(`cases:${filed.id}:${event}`));
    const [acknowledgement, extension, answer, closing] = [
      'acknowledgement',
      'extension',
      'answer',
      'windowClosed',
    ].map(byEvent);
    for (const mail of mails) {
      expect(mail.subject.startsWith(`${complaintWord[language]} ${filed.caseNumber}`)).toBe(true);
      expect(mail.html).toContain(`<html lang="${language}">`);
    }
    expect(new Set(mails.map((mail) => mail.subject)).size).toBe(4);
    expect(acknowledgement?.text).toContain(String(filed.accessToken));
    expect(extension?.text).toContain(formatDeadline('2026-03-27T16:00:00.000Z', language));
    expect(extension?.text).toContain('We are waiting for the other registrar.');
    // The answer carries the staff's words (escaped in HTML), the escalation window's end and the link.
    expect(answer?.text).toContain(staffAnswer);
    expect(answer?.html).toContain('&lt;Thanks&gt; for your patience &amp; trust.');
    expect(answer?.text).toContain(formatDeadline(String(answered.escalationWindowEndsAt), language));
    expect(answer?.text).toContain(`https://complaints.example/${language}/status/${filed.accessToken}`);
    expect(closing?.text).toContain(`https://complaints.example/${language}/status/${filed.accessToken}`);
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).closeReason).toBe('noEscalation');
  });

  it.each(locales.map(({ code }) => code))(
    'acknowledges an escalation and sends the final answer in %s, with the word for complaint',
    async (language) => {
      const email = `escalation-${language}@example.test`;
      const filed = await fileAsSite(payload, { ...validComplaint, language, email }, language);
      await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
      const escalation = await payload.create({
        collection: 'escalations',
        data: {
          token: filed.accessToken,
          language,
          name: 'Anna de Vries',
          email,
          description: 'Still pending.',
          reasonUnsatisfied: 'No date was given.',
          expectedSteps: 'Finish it.',
        } as never,
        overrideAccess: false,
        user: await siteClient(payload),
        locale: language,
      });
      // The acknowledgement goes out on receipt and moves the escalation on by itself.
      await deliver();
      expect((await payload.findByID({ collection: 'escalations', id: escalation.id })).status).toBe('acknowledged');
      for (const status of ['inProgress', 'answered']) {
        await payload.update({
          collection: 'escalations',
          id: escalation.id,
          data: (status === 'answered' ? { status, answer: 'Final: done.' } : { status }) as never,
          overrideAccess: false,
          user: handler,
        });
      }
      await deliver();
      const escalationMails = mailTo(email).filter((mail) =>
        mail.subject.includes(String(escalation.escalationNumber)),
      );
      expect(escalationMails).toHaveLength(2);
      for (const mail of escalationMails) {
        expect(mail.subject).toContain(`${complaintWord[language]} ${filed.caseNumber}`);
        expect(mail.text).toContain(`https://complaints.example/${language}/status/${filed.accessToken}`);
      }
      expect(escalationMails[1]?.text).toContain('Final: done.');
      // The escalation counts as acknowledged when its mail went.
      expect(
        (await payload.findByID({ collection: 'escalations', id: escalation.id })).milestones?.acknowledgedAt,
      ).toBeTruthy();
    },
  );

  it('flags an authority’s abuse report to the abuse specialists at once, in their language', async () => {
    const filed = await fileAsSite(payload, {
      ...validAbuseReport,
      email: 'police@example.de',
      reporterType: 'authority',
      authorityReference: 'LKA-2026-77',
    });
    await deliver();
    const toSpecialist = mailTo(specialistEmail);
    expect(toSpecialist.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('24'), expect.stringContaining(String(filed.caseNumber))]),
    );
    const urgent = toSpecialist.find((mail) => mail.text?.includes('LKA-2026-77'));
    expect(urgent?.subject).toMatch(/24/);
    expect(mailTo(handlerEmail).filter((mail) => mail.subject.includes(String(filed.caseNumber)))).toHaveLength(0);
    const acknowledgement = onlyMailTo('police@example.de');
    expect(acknowledgement.reply_to).toMatch(/^abuse\+[0-9a-f]{24}@key-systems\.net$/);
    expect(acknowledgement.subject).toContain(String(filed.caseNumber));
  });

  it('forwards feedback to its department and thanks the reader, who may reply', async () => {
    const feedback = await payload.create({
      collection: 'feedback',
      data: {
        language: 'fr',
        topic: 'website',
        message: 'Le formulaire <est> long.',
        email: 'lecteur@example.fr',
        name: 'Claire',
      } as never,
      overrideAccess: false,
      user: await siteClient(payload),
      locale: 'fr',
    });
    await deliver();
    const department = await payload.find({ collection: 'departments', where: { slug: { equals: 'web-team' } } });
    const forwarded = resend.emails.find(
      (mail) => mail.to.includes(String(department.docs[0]?.email)) && mail.text?.includes('Le formulaire'),
    );
    expect(forwarded?.reply_to).toBe('lecteur@example.fr');
    expect(forwarded?.html).toContain('Le formulaire &lt;est&gt; long.');
    const thanks = onlyMailTo('lecteur@example.fr');
    expect(thanks.text).toContain('Bonjour Claire,');
    expect(thanks.reply_to).toMatch(/^feedback\+[0-9a-f]{24}@key-systems\.net$/);
    expect((await payload.findByID({ collection: 'feedback', id: feedback.id })).status).toBe('forwarded');
  });

  it('reminds the assignee before a deadline and tells them when it passed, once each', async () => {
    at('2026-03-02T09:00:00Z'); // Monday; acknowledgement due end of Wednesday
    // A letter entered by staff: acknowledged by hand later, so the deadline runs.
    const filed = await payload.create({
      collection: 'cases',
      data: {
        channel: 'complaint',
        language: 'en',
        receivedVia: 'post',
        receivedAt: '2026-03-02T08:00:00.000Z',
        reporter: { name: 'Letter Writer', email: 'letter@example.test' },
        complaint: { topic: 'billing', description: 'By post.' },
        assignee: handler.id,
      } as never,
      overrideAccess: false,
      user: await staffUser(payload, 'handler'),
    });
    // The provider is down for the acknowledgement: the case stays "received".
    resend.failNext(1, { kind: 'error', status: 503, to: 'letter@example.test' });
    await deliver();
    const remind = async () => {
      await payload.jobs.queue({ task: 'remindDeadlines', input: {}, queue: 'deadlines' });
      await payload.jobs.queue({ task: 'markOverdue', input: {}, queue: 'deadlines' });
      await payload.jobs.run({ queue: 'deadlines' });
    };
    at('2026-03-03T09:00:00Z'); // Tuesday: more than 24 hours left
    await remind();
    at('2026-03-04T09:00:00Z'); // Wednesday: due tonight
    await remind();
    await remind();
    at('2026-03-05T09:00:00Z'); // Thursday: missed
    await remind();
    await remind();
    const toAssignee = await outboxFor({
      and: [{ to: { equals: handlerEmail } }, { case: { equals: filed.id } }, { audience: { equals: 'staff' } }],
    });
    expect(toAssignee.map((message) => message.kind).filter((kind) => kind.startsWith('deadline'))).toEqual([
      'deadlineSoon',
      'deadlinePassed',
    ]);
    expect(toAssignee[0]?.subject).toContain(String(filed.caseNumber));
  });

  it('keeps mail through a provider outage and delivers each message exactly once when it recovers', async () => {
    at('2026-06-01T09:00:00Z');
    resend.failNext(3, { kind: 'error', status: 503, to: 'outage@example.nl' });
    // The save that causes the mail succeeds while the provider fails.
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'outage@example.nl' });
    expect(filed.caseNumber).toBeTruthy();

    await deliver();
    const [message] = await outboxFor({ to: { equals: 'outage@example.nl' } });
    expect(message).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(message?.lastError).toContain('503');
    expect(mailTo('outage@example.nl')).toHaveLength(0);

    // Payload's backoff: each retry waits longer; run the queue as time passes.
    for (const minutes of [1, 3, 10, 30, 60]) {
      at(new Date(Date.parse('2026-06-01T09:00:00Z') + minutes * 60_000).toISOString());
      await deliver();
    }
    expect(onlyMailTo('outage@example.nl').subject).toContain(String(filed.caseNumber));
    const [sent] = await outboxFor({ to: { equals: 'outage@example.nl' } });
    expect(sent?.status).toBe('sent');
    expect(sent?.attempts).toBeGreaterThanOrEqual(2);
    expect(sent?.lastError).toBeFalsy();
  });

  it('delivers once when the provider took a message but answered too late', async () => {
    at('2026-06-02T09:00:00Z');
    // Longer than the SDK call's timeout (MAIL_SEND_TIMEOUT_MS): the client gives up, the message is in.
    resend.failNext(1, { kind: 'slow', ms: 3000, to: 'slow@example.nl' });
    await fileAsSite(payload, { ...validComplaint, email: 'slow@example.nl' });
    await deliver();
    const [message] = await outboxFor({ to: { equals: 'slow@example.nl' } });
    expect(message?.status).toBe('retrying');
    expect(mailTo('slow@example.nl')).toHaveLength(1);

    at('2026-06-02T10:00:00Z');
    await deliver();
    const [sent] = await outboxFor({ to: { equals: 'slow@example.nl' } });
    expect(sent?.status).toBe('sent');
    // The retry carried the same idempotency key: the provider answered with the first message.
    expect(mailTo('slow@example.nl')).toHaveLength(1);
    expect(sent?.providerMessageId).toBe(mailTo('slow@example.nl')[0]?.id);
  });

  it('never gives up: after Payload’s last retry the message is queued again until it goes out', async () => {
    at('2026-06-03T09:00:00Z');
    resend.failNext(MAIL_SEND_ATTEMPTS + 5, { kind: 'error', status: 500, to: 'long-outage@example.nl' });
    await fileAsSite(payload, { ...validComplaint, email: 'long-outage@example.nl' });
    let clock = Date.parse('2026-06-03T09:00:00Z');
    for (let round = 0; round < MAIL_SEND_ATTEMPTS + 2; round += 1) {
      clock += 3 * 60 * 60_000;
      at(new Date(clock).toISOString());
      await deliver();
    }
    const [stalled] = await outboxFor({ to: { equals: 'long-outage@example.nl' } });
    expect(stalled?.status).toBe('retrying');
    expect(mailTo('long-outage@example.nl')).toHaveLength(0);

    // The provider is back; the sweeper hands the message a new job.
    resend.reset();
    expect(await requeueStalledMail(payload)).toBeGreaterThanOrEqual(1);
    await deliver();
    expect(mailTo('long-outage@example.nl')).toHaveLength(1);
    // A second sweep finds nothing left to send.
    await requeueStalledMail(payload);
    await deliver();
    expect(mailTo('long-outage@example.nl')).toHaveLength(1);
  });

  it('queues one message per event, however often the event is seen', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'once@example.nl' });
    // Saving again without a change queues nothing new.
    await payload.update({ collection: 'cases', id: filed.id, data: {}, overrideAccess: false, user: handler });
    await deliver();
    await deliver();
    expect(mailTo('once@example.nl')).toHaveLength(1);
    expect(await outboxFor({ to: { equals: 'once@example.nl' } })).toHaveLength(1);
  });

  it('shows staff the mail of their channels only, and lets nobody write to the outbox', async () => {
    await fileAsSite(payload, { ...validAbuseReport, email: 'abuse-reader@example.de' });
    await fileAsSite(payload, { ...validComplaint, email: 'complaint-reader@example.nl' });
    const visibleTo = async (user: Actor) =>
      (await payload.find({ collection: 'outbox', overrideAccess: false, user, limit: 500 })).docs.map(
        (message) => message.to,
      );
    expect(await visibleTo(handler)).toContain('complaint-reader@example.nl');
    expect(await visibleTo(handler)).not.toContain('abuse-reader@example.de');
    expect(await visibleTo(specialist)).toContain('abuse-reader@example.de');
    expect(await visibleTo(specialist)).not.toContain('complaint-reader@example.nl');
    const editor = await staffUser(payload, 'editor');
    await expect(visibleTo(editor)).rejects.toThrow();
    await expect(visibleTo(await siteClient(payload))).rejects.toThrow();
    const [message] = await outboxFor({ to: { equals: 'complaint-reader@example.nl' } });
    await expect(
      payload.update({
        collection: 'outbox',
        id: Number(message?.id),
        data: { to: 'attacker@example.com' },
        overrideAccess: false,
        user: handler,
      }),
    ).rejects.toThrow();
  });
});
