import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Payload } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAIL_SEND_ATTEMPTS } from '../../cms/jobs/sendMail';
import type { Case, InboundMessage } from '../../cms/payload-types';
import { freePort, root, startCms, type Server } from '../../scripts/lib/processes';
import { at, realClockAfterEach } from '../helpers/clock';
import { describeDatabase } from '../helpers/databaseEnv';
import { fileAsSite, staffUser, testPayload, validComplaint, type Actor } from '../helpers/payload';
import { latin1Message, mime } from '../helpers/mime';
import { startResendStandIn, type ResendStandIn } from '../helpers/resendStandIn';

// A 1×1 PNG, as a phone's screenshot would start.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

// Mail as it reaches the desk in production: Resend (the stand-in) keeps the
// raw message and calls the started CMS's webhook, signed; the CMS stores a
// receipt and the inbound job (run here, with a controlled clock) fetches the
// message with the SDK, parses it and sends it where it belongs.
describe(`inbound mail through Resend on ${describeDatabase()}`, () => {
  let payload: Payload;
  let resend: ResendStandIn;
  let cms: Server;
  let mailboxes: { complaints: string; abuse: string; feedback: string };
  let handler: Actor;
  let specialist: Actor;

  beforeAll(async () => {
    resend = await startResendStandIn();
    Object.assign(process.env, {
      RESEND_API_KEY: resend.apiKey,
      RESEND_BASE_URL: resend.url,
      RESEND_WEBHOOK_SECRET: resend.inbound.webhookSecret,
    });
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
    const contact = await payload.findGlobal({ slug: 'contact-details' });
    mailboxes = { complaints: contact.complaintsEmail, abuse: contact.abuseEmail, feedback: contact.feedbackEmail };
    const logs: string[] = [];
    cms = await startCms({ port: await freePort(), env: {}, log: (line) => logs.push(line) }).catch((error) => {
      console.error(logs.join('\n'));
      throw error;
    });
    resend.inbound.setWebhookUrl(`${cms.url}/api/inbound/resend`);
  });

  beforeEach(() => resend.reset());
  realClockAfterEach();

  afterAll(async () => {
    await cms?.stop();
    await payload?.destroy();
    await resend?.close();
    for (const name of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'RESEND_WEBHOOK_SECRET'])
      Reflect.deleteProperty(process.env, name);
  });

  // As the started CMS works the queue: up to 25 messages at a time, until none is due.
  const readInbound = async () => {
    for (let round = 0; round < 40; round += 1) {
      const { noJobsRemaining } = await payload.jobs.run({ queue: 'inbound', limit: 25 });
      if (noJobsRemaining) return;
    }
  };
  const sendOutbox = () => payload.jobs.run({ queue: 'mail', limit: 500 });

  const inboundFor = async (providerEmailId: string): Promise<InboundMessage[]> =>
    (
      await payload.find({
        collection: 'inbound-messages',
        where: { providerEmailId: { equals: providerEmailId } },
        depth: 0,
      })
    ).docs;

  const onlyInbound = async (providerEmailId: string): Promise<InboundMessage> => {
    const found = await inboundFor(providerEmailId);
    expect(found).toHaveLength(1);
    return found[0] as InboundMessage;
  };

  const casesFrom = async (email: string): Promise<Case[]> =>
    (await payload.find({ collection: 'cases', where: { 'reporter.email': { equals: email } }, depth: 0 })).docs;

  const outboxTo = async (email: string) =>
    (await payload.find({ collection: 'outbox', where: { to: { equals: email } }, depth: 0, limit: 500 })).docs;

  const countInbound = async () => (await payload.count({ collection: 'inbound-messages' })).totalDocs;

  // A mail arrives, the webhook is called, the job reads it.
  const arrive = async (raw: Buffer) => {
    const { message, status } = await resend.inbound.receive(raw);
    expect(status).toBe(202);
    await readInbound();
    return onlyInbound(message.id);
  };

  it('files new mail to complaints@ as a complaint through the intake: number, deadlines, acknowledgement', async () => {
    const record = await arrive(
      await mime({
        from: 'Anna de Vries <anna.mail@example.nl>',
        to: mailboxes.complaints,
        subject: 'Mijn verhuizing van domein loopt al weken',
        text: 'Goedendag, mijn domeinverhuizing staat al twee weken stil en niemand reageert op mijn berichten. Kunt u dit oplossen?',
      }),
    );
    expect(record).toMatchObject({ status: 'newCase', mailbox: 'complaint', channel: 'complaint' });
    const [filed] = await casesFrom('anna.mail@example.nl');
    expect(filed).toMatchObject({ channel: 'complaint', receivedVia: 'email', language: 'nl', status: 'received' });
    expect(filed?.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(filed?.receivedAt).toBe(record.receivedAt);
    expect(filed?.deadlines?.answerDueAt).toBeTruthy();
    expect(filed?.reporter).toMatchObject({ name: 'Anna de Vries', email: 'anna.mail@example.nl' });
    await sendOutbox();
    const [acknowledgement] = resend.emails.filter((email) => email.to.includes('anna.mail@example.nl'));
    // Every mail to a customer carries our Message-ID and a Reply-To that names the case, opaquely.
    expect(acknowledgement?.headers?.['Message-ID']).toMatch(/^<[^@]+@[^>]+>$/);
    expect(acknowledgement?.reply_to).toMatch(/^complaints\+[0-9a-f]{24}@/);
    expect(String(acknowledgement?.reply_to)).not.toContain(String(filed?.caseNumber));
  });

  it('handles a webhook delivered ten times, and another about the same mail, once', async () => {
    const message = await resend.inbound.store(
      await mime({
        from: 'repeat@example.org',
        to: mailboxes.complaints,
        subject: 'My invoice is wrong',
        text: 'You billed me twice for the same renewal this month; please refund one of them.',
      }),
    );
    const event = resend.inbound.receivedEvent(message);
    const answers = [];
    for (let round = 0; round < 10; round += 1) {
      answers.push((await resend.inbound.deliver(event, { webhookId: 'msg_replayed' })).status);
    }
    answers.push((await resend.inbound.deliver(event, { webhookId: 'msg_another' })).status);
    expect(answers).toEqual([202, ...Array<number>(10).fill(200)]);
    await readInbound();
    await readInbound();
    expect((await onlyInbound(message.id)).status).toBe('newCase');
    expect(await casesFrom('repeat@example.org')).toHaveLength(1);
    await sendOutbox();
    expect(resend.emails.filter((email) => email.to.includes('repeat@example.org'))).toHaveLength(1);
  });

  it('refuses unsigned, forged and stale webhooks with 401 and stores nothing', async () => {
    const message = await resend.inbound.store(
      await mime({ from: 'forger@example.org', to: mailboxes.complaints, subject: 'x', text: 'forged' }),
    );
    const event = resend.inbound.receivedEvent(message);
    const before = await countInbound();
    const forged = `whsec_${Buffer.from('not the desk secret at all!').toString('base64')}`;
    expect((await resend.inbound.deliver(event, { secret: forged })).status).toBe(401);
    expect((await resend.inbound.deliver(event, { secret: null })).status).toBe(401);
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    expect((await resend.inbound.deliver(event, { timestamp: anHourAgo })).status).toBe(401);
    expect(await countInbound()).toBe(before);
    expect(await inboundFor(message.id)).toHaveLength(0);
  });

  it('retries a message the provider cannot serve yet, and fails it by its id when it never comes', async () => {
    const late = await resend.inbound.store(
      await mime({ from: 'late@example.org', to: mailboxes.complaints, subject: 'Late', text: 'Arrives late.' }),
    );
    const never = await resend.inbound.store(
      await mime({ from: 'never@example.org', to: mailboxes.complaints, subject: 'Never', text: 'Never served.' }),
    );
    resend.inbound.notYetServable(late.id, 2);
    resend.inbound.notYetServable(never.id, 1000);
    expect((await resend.inbound.deliver(resend.inbound.receivedEvent(late))).status).toBe(202);
    expect((await resend.inbound.deliver(resend.inbound.receivedEvent(never))).status).toBe(202);

    let clock = Date.now();
    for (let round = 0; round < MAIL_SEND_ATTEMPTS + 2; round += 1) {
      at(new Date(clock).toISOString());
      await readInbound();
      clock += 3 * 60 * 60_000;
    }
    expect((await onlyInbound(late.id)).status).toBe('newCase');
    const failed = await onlyInbound(never.id);
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(MAIL_SEND_ATTEMPTS);
    expect(failed.statusReason).toContain(never.id);
    expect(await casesFrom('never@example.org')).toHaveLength(0);
  });

  it('keeps malformed MIME as it arrived, flagged, without a crash', async () => {
    const raw = Buffer.from(
      'This is not a mail header\r\n\u0000\u0001binary\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nbroken',
      'latin1',
    );
    const record = await arrive(raw);
    expect(['held', 'failed']).toContain(record.status);
    expect(record.statusReason).toMatch(/kept as it arrived/i);
    expect(record.rawFile).toBeTruthy();
    const kept = path.join(process.env.DATA_DIR ?? '', 'uploads', 'inbound', String(record.rawFile));
    expect(existsSync(kept)).toBe(true);
  });

  it('reads non-UTF-8 bodies and encoded-word headers, and guesses the language from the text', async () => {
    const record = await arrive(
      latin1Message({
        from: 'Jürgen Müller|juergen@example.de',
        to: mailboxes.complaints,
        subject: 'Beschwerde über die Übertragung',
        body: 'Sehr geehrte Damen und Herren,\nseit drei Wochen wartet meine Domain auf die Übertragung. Ich bitte um eine schnelle Lösung, denn mein Geschäft hängt davon ab.\nMit freundlichen Grüßen',
      }),
    );
    expect(record.subject).toBe('Beschwerde über die Übertragung');
    const [filed] = await casesFrom('juergen@example.de');
    expect(filed?.reporter.name).toBe('Jürgen Müller');
    expect(filed?.language).toBe('de');
    expect(filed?.complaint?.description).toContain('Übertragung. Ich bitte um eine schnelle Lösung');

    const utf8 = await arrive(
      await mime({
        from: { name: 'Élodie Dupont-Lefèvre', address: 'elodie@example.fr' },
        to: mailboxes.complaints,
        subject: 'Réclamation : facture erronée, déjà payée',
        text: 'Bonjour, vous m’avez facturé deux fois le renouvellement de mon domaine. Merci de me rembourser la facture en double.',
      }),
    );
    expect(utf8.subject).toBe('Réclamation : facture erronée, déjà payée');
    const [french] = await casesFrom('elodie@example.fr');
    expect(french).toMatchObject({ language: 'fr', reporter: { name: 'Élodie Dupont-Lefèvre' } });
  });

  it('threads a reply to its case by our Message-ID, by its reply address, and by the number from its customer', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'replier@example.nl' });
    await sendOutbox();
    const [acknowledgement] = (await outboxTo('replier@example.nl')).filter((row) => row.kind === 'acknowledgement');
    expect(acknowledgement?.messageId).toBeTruthy();

    const byMessageId = await arrive(
      await mime({
        from: 'replier@example.nl',
        to: mailboxes.complaints,
        subject: `Re: ${acknowledgement?.subject}`,
        inReplyTo: acknowledgement?.messageId ?? undefined,
        references: [acknowledgement?.messageId ?? ''],
        text: 'Dank u, ik wacht af.',
      }),
    );
    const byAddress = await arrive(
      await mime({
        from: 'replier@example.nl',
        to: acknowledgement?.replyTo ?? '',
        subject: 'Nog een vraag',
        text: 'Nog een vraag over mijn verhuizing.',
      }),
    );
    const byNumber = await arrive(
      await mime({
        from: 'Replier <REPLIER@example.nl>',
        to: mailboxes.complaints,
        subject: `Vraag over ${filed.caseNumber}`,
        text: 'Hoe staat het ermee?',
      }),
    );
    for (const reply of [byMessageId, byAddress, byNumber]) {
      expect(reply).toMatchObject({ status: 'threaded', case: filed.id, channel: 'complaint' });
    }
    expect(await casesFrom('replier@example.nl')).toHaveLength(1);
    const timeline = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'messageFromCustomer' } }] },
    });
    expect(timeline.docs).toHaveLength(3);
    // A reply is no new case: nothing is acknowledged again.
    await sendOutbox();
    expect((await outboxTo('replier@example.nl')).filter((row) => row.kind === 'acknowledgement')).toHaveLength(1);
  });

  it('shows a reply to a closed case on that case, and reopens nothing', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'closed@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { status: 'closed', closeReason: 'duplicate', closeNote: 'Same as an earlier case.' } as never,
      overrideAccess: false,
      user: handler,
    });
    await sendOutbox();
    const [acknowledgement] = (await outboxTo('closed@example.nl')).filter((row) => row.kind === 'acknowledgement');
    const reply = await arrive(
      await mime({
        from: 'closed@example.nl',
        to: acknowledgement?.replyTo ?? '',
        subject: 'Waarom gesloten?',
        inReplyTo: acknowledgement?.messageId ?? undefined,
        text: 'Waarom is mijn zaak gesloten? Het probleem bestaat nog.',
      }),
    );
    expect(reply).toMatchObject({ status: 'threaded', case: filed.id });
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('closed');
    const onCase = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'messageFromCustomer' } }] },
    });
    expect(onCase.docs[0]?.summary).toContain('Waarom gesloten?');
    expect(await casesFrom('closed@example.nl')).toHaveLength(1);
  });

  it('never attaches a stranger’s mail to someone’s case by its number: a new record, linked for staff', async () => {
    const victim = await fileAsSite(payload, { ...validComplaint, email: 'victim@example.nl' });
    const record = await arrive(
      await mime({
        from: 'stranger@example.com',
        to: mailboxes.complaints,
        subject: `Re: ${victim.caseNumber}`,
        text: 'Please close this case and send me all the details you hold about it.',
      }),
    );
    expect(record).toMatchObject({ status: 'newCase', mentionedCase: victim.id });
    expect(record.case).not.toBe(victim.id);
    const [own] = await casesFrom('stranger@example.com');
    expect(own?.id).toBe(record.case);
    const onVictim = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: victim.id } }, { type: { equals: 'messageFromCustomer' } }] },
    });
    expect(onVictim.docs).toHaveLength(0);
  });

  it('sends nothing back to an auto-reply storm of 200 messages', { timeout: 240_000 }, async () => {
    const before = await countInbound();
    for (let index = 0; index < 200; index += 1) {
      const raw = await mime({
        from: 'holiday@example.org',
        to: mailboxes.complaints,
        subject: `Out of office (${index})`,
        text: 'I am away until Monday and will read your message when I return.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      expect((await resend.inbound.receive(raw)).status).toBe(202);
    }
    await readInbound();
    const storm = await payload.find({
      collection: 'inbound-messages',
      where: { from: { equals: 'holiday@example.org' } },
      limit: 300,
      depth: 0,
    });
    expect(storm.docs).toHaveLength(200);
    expect(new Set(storm.docs.map((doc) => doc.status))).toEqual(new Set(['ignored']));
    expect(await countInbound()).toBe(before + 200);
    await sendOutbox();
    expect(await casesFrom('holiday@example.org')).toHaveLength(0);
    expect(await outboxTo('holiday@example.org')).toHaveLength(0);
    expect(resend.emails.filter((email) => email.to.includes('holiday@example.org'))).toHaveLength(0);
  });

  it('files bulk mail to abuse@ without an acknowledgement, attachments as evidence, an oversized one refused', async () => {
    const record = await arrive(
      await mime({
        from: 'reports@blocklist.example',
        to: mailboxes.abuse,
        subject: 'Phishing on a domain you manage',
        text: 'The page at https://phish.example/login imitates a bank and collects credentials.',
        headers: { Precedence: 'bulk' },
        attachments: [
          { filename: 'screenshot.png', content: png, contentType: 'image/png' },
          { filename: 'huge.png', content: Buffer.concat([png, Buffer.alloc(12 * 1024 * 1024)]) },
        ],
      }),
    );
    expect(record).toMatchObject({ status: 'newCase', channel: 'abuse', automatic: 'Precedence: bulk' });
    const [report] = await casesFrom('reports@blocklist.example');
    expect(report).toMatchObject({ channel: 'abuse', receivedVia: 'email' });
    expect(report?.abuse?.attachments).toHaveLength(1);
    const kept = await payload.findByID({
      collection: 'evidence',
      id: report?.abuse?.attachments?.[0] as number,
      depth: 0,
    });
    expect(kept.uploadedVia).toBe('the reporter, by e-mail from reports@blocklist.example');
    expect(record.attachments?.map((attachment) => attachment.outcome?.split(':')[0])).toEqual([
      'Kept as evidence screenshot.png',
      'Refused',
    ]);
    const note = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: report?.id } }, { type: { equals: 'note' } }] },
    });
    expect(note.docs[0]?.note).toContain('huge.png');
    await sendOutbox();
    expect(await outboxTo('reports@blocklist.example')).toHaveLength(0);
  });

  // The machine-report fixtures (test/fixtures/machine-reports/), addressed to this desk's abuse mailbox.
  const machineMail = (name: string) =>
    Buffer.from(
      readFileSync(path.join(root, 'test/fixtures/machine-reports', name), 'latin1').replace(
        /^To: abuse@registrar\.example$/m,
        `To: ${mailboxes.abuse}`,
      ),
      'latin1',
    );

  it('files an X-ARF report and an ARF report mailed to abuse@ as structured abuse reports', async () => {
    const xarf = await arrive(machineMail('xarf4-phishing.eml'));
    expect(xarf).toMatchObject({ status: 'newCase', channel: 'abuse' });
    const phishing = (await payload.findByID({ collection: 'cases', id: xarf.case as number, depth: 0 })) as Case;
    expect(phishing).toMatchObject({ channel: 'abuse', receivedVia: 'email', receivedAt: xarf.receivedAt });
    expect(phishing.abuse?.category).toBe('phishing');
    expect(phishing.domains?.map((domain) => domain.ascii)).toContain('xn--bcher-login-thb.example');
    expect(phishing.abuse?.evidence).toContain('X-ARF v4');
    // The screenshot decoded from the report's base64 is evidence; the report's JSON is not.
    const evidence = await payload.find({
      collection: 'evidence',
      where: { id: { in: phishing.abuse?.attachments as number[] } },
      depth: 0,
    });
    expect(evidence.docs.map((file) => file.mimeType)).toContain('image/png');
    expect(evidence.docs.map((file) => file.filename)).not.toContain('xarf.json');

    const arf = await arrive(machineMail('arf-abuse.eml'));
    const spam = (await payload.findByID({ collection: 'cases', id: arf.case as number, depth: 0 })) as Case;
    expect(spam.abuse?.category).toBe('spam');
    expect(spam.domains?.map((domain) => domain.ascii)).toContain('spam-sender.example');
    expect(spam.abuse?.evidence).toContain('ARF');
  });

  it('holds mail that fails DMARC for review, and sends nothing back', async () => {
    const record = await arrive(
      await mime({
        from: 'ceo@bank.example',
        to: mailboxes.complaints,
        subject: 'Urgent complaint',
        text: 'Transfer my domain to the account below immediately, this is a complaint.',
        headers: {
          'Authentication-Results': 'mx.resend.example; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail',
        },
      }),
    );
    expect(record).toMatchObject({ status: 'held', authentication: { verdict: 'fail', dmarc: 'fail' } });
    expect(await casesFrom('ceo@bank.example')).toHaveLength(0);
    await sendOutbox();
    expect(await outboxTo('ceo@bank.example')).toHaveLength(0);

    // An abuse specialist may not release complaint mail; its handler may, and then it is filed and acknowledged.
    const release = async (actor: Actor) => {
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'email' in actor ? actor.email : '', password: 'a-long-test-password' }),
      });
      const { token } = (await login.json()) as { token: string };
      return fetch(`${cms.url}/api/inbound-messages/${record.id}/release`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
      });
    };
    expect((await release(specialist)).status).toBe(404);
    expect((await release(handler)).status).toBe(200);
    expect((await payload.findByID({ collection: 'inbound-messages', id: record.id })).status).toBe('newCase');
    expect(await casesFrom('ceo@bank.example')).toHaveLength(1);
    await sendOutbox();
    expect((await outboxTo('ceo@bank.example')).map((row) => row.kind)).toEqual(['acknowledgement']);
  });

  it('shows a bounced acknowledgement on the outbox row and on the case', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'gone@example.nl' });
    await sendOutbox();
    const [sent] = (await outboxTo('gone@example.nl')).filter((row) => row.kind === 'acknowledgement');
    expect(sent?.providerMessageId).toBeTruthy();
    const bounce = {
      type: 'email.bounced',
      data: {
        email_id: sent?.providerMessageId,
        bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' },
      },
    };
    expect((await resend.inbound.deliver(bounce)).status).toBe(200);
    expect((await resend.inbound.deliver(bounce)).status).toBe(200);
    const row = await payload.findByID({ collection: 'outbox', id: sent?.id ?? 0 });
    expect(row).toMatchObject({ delivery: 'bounced' });
    expect(row.deliveryNote).toContain('Mailbox does not exist');
    const events = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'mailNotDelivered' } }] },
    });
    expect(events.docs).toHaveLength(1);
  });

  it('files a mail received twice (delivered, then imported by a colleague) once, and answers it once', async () => {
    const raw = await mime({
      from: 'twice@example.org',
      to: mailboxes.complaints,
      subject: 'Nobody answers my transfer question',
      text: 'I asked three times why my domain transfer is stuck and have not heard back from anyone at all.',
    });
    const first = await arrive(raw);
    const second = await arrive(raw);
    expect(first.status).toBe('newCase');
    const [filed] = await casesFrom('twice@example.org');
    expect(second).toMatchObject({ status: 'ignored', case: filed?.id, channel: 'complaint' });
    expect(second.statusReason).toContain(`inbound message ${first.id}`);
    expect(await casesFrom('twice@example.org')).toHaveLength(1);
    await sendOutbox();
    expect(resend.emails.filter((email) => email.to.includes('twice@example.org'))).toHaveLength(1);
  });

  it(
    'takes a .eml file through the same path with `npm run mail:receive`, no provider needed',
    { timeout: 180_000 },
    async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'eml-'));
      const file = path.join(folder, 'forwarded.eml');
      writeFileSync(
        file,
        await mime({
          from: 'Pedro García <pedro@example.es>',
          to: mailboxes.feedback,
          subject: 'Sugerencia para su sitio web',
          text: 'Hola, sería muy útil que el formulario de contacto guardara un borrador mientras escribo mi mensaje.',
        }),
      );
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/mail-receive.ts', '--', file],
        { cwd: root, env: { ...process.env, RESEND_API_KEY: '', JOBS_AUTORUN: 'false' } },
      );
      expect(stdout).toContain('forwarded.eml: newCase');
      const { docs } = await payload.find({
        collection: 'feedback',
        where: { 'contact.email': { equals: 'pedro@example.es' } },
        depth: 0,
      });
      expect(docs[0]).toMatchObject({ language: 'es', topic: 'other' });
      const [record] = (
        await payload.find({ collection: 'inbound-messages', where: { feedback: { equals: docs[0]?.id } } })
      ).docs;
      expect(record).toMatchObject({ source: 'file', status: 'newCase', channel: 'feedback' });
    },
  );

  it('lets each team read only the mail of its own channel', async () => {
    const { docs } = await payload.find({
      collection: 'inbound-messages',
      where: { status: { equals: 'newCase' } },
      limit: 500,
      depth: 0,
    });
    const visible = async (user: Actor) =>
      (
        await payload.find({ collection: 'inbound-messages', overrideAccess: false, user, limit: 500, depth: 0 })
      ).docs.map((doc) => doc.channel);
    expect(docs.some((doc) => doc.channel === 'abuse')).toBe(true);
    expect(new Set(await visible(handler))).not.toContain('abuse');
    expect(new Set(await visible(specialist))).not.toContain('complaint');
  });
});
