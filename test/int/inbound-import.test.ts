import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORTED_MAIL_BYTES } from '../../shared/limits';
import { mailGroups } from '../../cms/components/Home/queues';
import { receiveMailFile } from '../../cms/inbound/receiveFile';
import { de } from '../../cms/i18n/de';
import { en } from '../../cms/i18n/en';
import type { Case } from '../../cms/payload-types';
import { describeDatabase } from '../helpers/databaseEnv';
import { mime } from '../helpers/mime';
import { fileAsSite, staffUser, testPayload, validComplaint, type Actor } from '../helpers/payload';

// "Import .eml" in the Inbox (POST /api/inbound-messages/import) and
// `npm run mail:receive` feed a file through receiveMailFile, the path a
// provider's message takes after its receipt; the mailbox's default language
// decides when a text is too short to tell.
describe(`mail files and mailbox languages on ${describeDatabase()}`, () => {
  let payload: Payload;
  let admin: Actor;
  let handler: Actor;
  let specialist: Actor;
  let editor: Actor;
  let mailboxes: { complaints: string; abuse: string; feedback: string };

  beforeAll(async () => {
    payload = await testPayload();
    admin = await staffUser(payload, 'admin');
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
    editor = await staffUser(payload, 'editor');
    const contact = await payload.findGlobal({ slug: 'contact-details' });
    mailboxes = { complaints: contact.complaintsEmail, abuse: contact.abuseEmail, feedback: contact.feedbackEmail };
  });

  afterAll(async () => {
    await payload?.destroy();
  });

  const countInbound = async () => (await payload.count({ collection: 'inbound-messages' })).totalDocs;
  const casesFrom = async (email: string): Promise<Case[]> =>
    (await payload.find({ collection: 'cases', where: { 'reporter.email': { equals: email } }, depth: 0 })).docs;

  // The admin's form as the browser sends it: multipart, signed in, in the
  // colleague's admin language (Payload's payload-lng cookie).
  const importAs = async (actor: Actor, file: Blob, { language = 'en', page = false } = {}) => {
    const { default: config } = await import('@payload-config');
    const { token } = await payload.login({
      collection: 'users',
      data: { email: (actor as { email: string }).email, password: 'a-long-test-password' },
    });
    const form = new FormData();
    form.set('file', file, 'message.eml');
    return handleEndpoints({
      config,
      request: new Request('http://localhost/api/inbound-messages/import', {
        method: 'POST',
        headers: {
          authorization: `JWT ${token}`,
          cookie: `payload-lng=${language}`,
          accept: page ? 'text/html,application/xhtml+xml' : 'application/json',
        },
        body: form,
      }),
    });
  };
  const errorOf = async (response: Response) =>
    ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message;
  const eml = (raw: Buffer) => new Blob([new Uint8Array(raw)], { type: 'message/rfc822' });

  it('files an imported mail the way the provider’s would, and opens its record', async () => {
    const raw = await mime({
      from: 'Piet Jansen <piet.import@example.nl>',
      to: mailboxes.complaints,
      subject: 'Doorgestuurd: klacht over mijn verhuizing',
      text: 'Goedendag, mijn domeinverhuizing staat al twee weken stil en niemand reageert op mijn berichten. Kunt u dit oplossen?',
    });
    const response = await importAs(handler, eml(raw), { page: true });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/\/admin\/collections\/inbound-messages\/[^/?]+$/);
    const record = await payload.findByID({ collection: 'inbound-messages', id: location.split('/').pop() as never });
    expect(record).toMatchObject({ source: 'file', status: 'newCase', mailbox: 'complaint' });
    const [filed] = await casesFrom('piet.import@example.nl');
    expect(filed).toMatchObject({ channel: 'complaint', receivedVia: 'email', language: 'nl' });
    // The handler may open what they imported.
    const seen = await payload.find({
      collection: 'inbound-messages',
      where: { id: { equals: record.id } },
      overrideAccess: false,
      user: handler,
    });
    expect(seen.totalDocs).toBe(1);
  });

  it('refuses a file that is no mail, or too large, in the admin’s language, and stores nothing', async () => {
    const before = await countInbound();
    const pdf = new Blob([new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'))]);
    const notMail = await importAs(handler, pdf, { language: 'de' });
    expect(notMail.status).toBe(400);
    expect(await errorOf(notMail)).toBe(de.importEmlNotMail);
    const notes = await importAs(handler, new Blob(['Dear desk,\n\nplease look at my domain.\n']));
    expect(await errorOf(notes)).toBe(en.importEmlNotMail);
    const empty = await importAs(handler, new Blob([]));
    expect(empty.status).toBe(400);
    const large = await importAs(handler, new Blob([new Uint8Array(MAX_IMPORTED_MAIL_BYTES + 1)]), { language: 'de' });
    expect(large.status).toBe(413);
    expect(await errorOf(large)).toBe(de.importEmlTooLarge.replace('{{size}}', '50'));
    // Without JavaScript the form goes back to the Inbox, which says what was wrong.
    const asPage = await importAs(handler, pdf, { page: true });
    expect(asPage.status).toBe(303);
    expect(asPage.headers.get('location')).toMatch(/\/admin\/collections\/inbound-messages\?importError=notMail$/);
    expect(await countInbound()).toBe(before);
  });

  it('lets each team import only mail to its own mailboxes; admins any; editors none', async () => {
    const toAbuse = await mime({
      from: 'reporter.import@example.org',
      to: mailboxes.abuse,
      subject: 'Phishing on your customer’s domain',
      text: 'The domain phish-import.example hosts a fake bank login page since this morning.',
    });
    const before = await countInbound();
    const byHandler = await importAs(handler, eml(toAbuse));
    expect(byHandler.status).toBe(403);
    expect(await errorOf(byHandler)).toBe(en.importEmlNotYourMailbox);
    const byEditor = await importAs(editor, eml(toAbuse));
    expect(byEditor.status).toBe(403);
    expect(await errorOf(byEditor)).toBe(en.importEmlNoRole);
    expect(await countInbound()).toBe(before);

    const bySpecialist = await importAs(specialist, eml(toAbuse));
    expect(bySpecialist.status).toBe(201);
    expect(await bySpecialist.json()).toMatchObject({ status: 'newCase' });

    const toFeedback = await mime({
      from: 'fan.import@example.org',
      to: mailboxes.feedback,
      subject: 'Compliments',
      text: 'Your support team solved my transfer problem within an hour. Thank you very much for that.',
    });
    expect((await importAs(handler, eml(toFeedback))).status).toBe(201);
    const toNobody = await mime({
      from: 'someone@example.org',
      to: 'sales@example.org',
      subject: 'Offer',
      text: 'We sell things you do not need at prices you cannot refuse.',
    });
    expect((await importAs(handler, eml(toNobody))).status).toBe(403);
    const byAdmin = await importAs(admin, eml(toNobody));
    expect(byAdmin.status).toBe(201);
    expect(await byAdmin.json()).toMatchObject({ status: 'ignored' });
  });

  const sentences = {
    nl: 'Goedemiddag, ik heb vorige maand mijn domeinnaam verlengd, maar de factuur klopt niet. Er staat een bedrag op dat twee keer zo hoog is als afgesproken. Kunt u dit nakijken en corrigeren?',
    en: 'Hello, I renewed my domain name last month, but the invoice is wrong. It shows an amount twice as high as we agreed. Could you please look into this and correct it?',
    de: 'Guten Tag, ich habe letzten Monat meinen Domainnamen verlängert, aber die Rechnung stimmt nicht. Sie zeigt einen doppelt so hohen Betrag wie vereinbart. Können Sie das bitte prüfen und korrigieren?',
    fr: 'Bonjour, j’ai renouvelé mon nom de domaine le mois dernier, mais la facture est erronée. Elle indique un montant deux fois plus élevé que convenu. Pourriez-vous vérifier et la corriger, s’il vous plaît ?',
    es: 'Hola, el mes pasado renové mi nombre de dominio, pero la factura no es correcta. Muestra un importe que es el doble de lo acordado. ¿Podrían revisarlo y corregirlo, por favor?',
  };

  it('files a mail in each of the five languages in its language, and acknowledges it in that language', async () => {
    for (const [language, text] of Object.entries(sentences)) {
      const email = `writer.${language}@example.org`;
      await receiveMailFile(payload, await mime({ from: email, to: mailboxes.complaints, subject: 'Invoice', text }));
      const [filed] = await casesFrom(email);
      expect(filed?.language, language).toBe(language);
      const acknowledgements = await payload.find({
        collection: 'outbox',
        where: { and: [{ to: { equals: email } }, { kind: { equals: 'acknowledgement' } }] },
      });
      expect(acknowledgements.docs.map((row) => row.language)).toEqual([language]);
    }
  });

  it('files a text too short to tell in its mailbox’s default language, which only admins set', async () => {
    await payload.updateGlobal({
      slug: 'contact-details',
      data: { complaintsLanguage: 'es', feedbackLanguage: 'fr' },
      overrideAccess: false,
      user: admin,
    });
    // An editor keeps the contact details, but how mail is read is not theirs to change.
    await payload.updateGlobal({
      slug: 'contact-details',
      data: { complaintsLanguage: 'de' },
      overrideAccess: false,
      user: editor,
    });
    const contact = await payload.findGlobal({ slug: 'contact-details' });
    expect(contact).toMatchObject({ complaintsLanguage: 'es', feedbackLanguage: 'fr', abuseLanguage: 'nl' });

    await receiveMailFile(
      payload,
      await mime({ from: 'short@example.org', to: mailboxes.complaints, subject: '?', text: 'Call me, ok?' }),
    );
    const [short] = await casesFrom('short@example.org');
    expect(short?.language).toBe('es');
    const feedback = await receiveMailFile(
      payload,
      await mime({ from: 'brief@example.org', to: mailboxes.feedback, subject: 'Hi', text: 'Great job!' }),
    );
    const filedFeedback = await payload.findByID({ collection: 'feedback', id: feedback.feedback as never });
    expect(filedFeedback.language).toBe('fr');
    // A long enough text is still read for its own language.
    await receiveMailFile(
      payload,
      await mime({ from: 'long@example.org', to: mailboxes.complaints, subject: 'Invoice', text: sentences.en }),
    );
    expect((await casesFrom('long@example.org'))[0]?.language).toBe('en');

    // The handler corrects a guess on the record.
    const corrected = await payload.update({
      collection: 'cases',
      id: short?.id as number,
      data: { language: 'nl' },
      overrideAccess: false,
      user: handler,
    });
    expect(corrected.language).toBe('nl');
    await payload.updateGlobal({
      slug: 'contact-details',
      data: { complaintsLanguage: 'nl', feedbackLanguage: 'nl' },
      overrideAccess: false,
      user: admin,
    });
  });

  it('counts customer messages on closed cases for the home screen with the colleague’s own access', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'home.closed@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { status: 'closed', closeReason: 'duplicate', closeNote: 'Same as an earlier case.' } as never,
      overrideAccess: false,
      user: handler,
    });
    const [, inbound] = mailGroups(new Date());
    const closedQueue = inbound?.queues.find((queue) => queue.label === 'customerRepliesClosed');
    const count = async (user: Actor) =>
      (
        await payload.count({
          collection: 'inbound-messages',
          // A copy: Payload writes the related case's access rules into a where it is given.
          where: structuredClone(closedQueue?.where),
          overrideAccess: false,
          user,
        })
      ).totalDocs;
    const before = { handler: await count(handler), specialist: await count(specialist) };
    await payload.jobs.run({ queue: 'mail', limit: 100 });
    const [acknowledgement] = (
      await payload.find({
        collection: 'outbox',
        where: { and: [{ to: { equals: 'home.closed@example.nl' } }, { kind: { equals: 'acknowledgement' } }] },
      })
    ).docs;
    const reply = await receiveMailFile(
      payload,
      await mime({
        from: 'home.closed@example.nl',
        to: acknowledgement?.replyTo ?? '',
        inReplyTo: acknowledgement?.messageId ?? undefined,
        subject: 'Waarom gesloten?',
        text: 'Waarom is mijn zaak gesloten? Het probleem bestaat nog steeds.',
      }),
    );
    expect(reply.status).toBe('threaded');
    expect(await count(handler)).toBe(before.handler + 1);
    expect(await count(specialist)).toBe(before.specialist);
  });
});
