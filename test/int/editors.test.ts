import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeFeedback } from '../../cms/intake/feedback';
import { composeMail } from '../../cms/mail/queue';
import { translationStatus, type TranslationStamps } from '../../cms/translations/status';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  fileAsSite,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// What Payload refuses on save, as field path -> message.
const refusal = (attempt: Promise<unknown>): Promise<Record<string, string> | undefined> =>
  attempt.then(
    () => undefined,
    (error: { data?: { errors?: { path: string; message: string }[] } }) =>
      Object.fromEntries((error.data?.errors ?? []).map(({ path, message }) => [path, message])),
  );

const extensionFacts = {
  ref: { kind: 'complaint', caseNumber: 'C-2027-000001' },
  expectedAnswerAt: '2027-02-01T10:00:00.000Z',
  reason: 'We are waiting for the registry.',
} as const;

describe(`every customer-facing word checked, on ${describeDatabase()}`, () => {
  let payload: Payload;
  let editor: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    editor = await staffUser(payload, 'editor');
    as.user = editor as never;
  });

  afterAll(async () => {
    await payload.destroy();
  });

  // Spread after beforeAll has made the editor.
  const as = { overrideAccess: false } as { user?: never; overrideAccess: false };

  describe('contact details', () => {
    it('keeps the seeded numbers in E.164, and the seed passes every check when saved again', async () => {
      const contact = await payload.findGlobal({ slug: 'contact-details', locale: 'nl' });
      expect(contact.phone).toBe('+4968949396850');
      expect(contact.fax).toBe('+4968949396851');
      const editable = Object.fromEntries(
        Object.entries(contact).filter(
          ([key]) => !['id', 'updatedAt', 'createdAt', 'globalType', 'translationStamps'].includes(key),
        ),
      );
      await expect(
        payload.updateGlobal({
          slug: 'contact-details',
          locale: 'nl',
          data: editable,
          user: editor as never,
          overrideAccess: false,
        }),
      ).resolves.toMatchObject({ phone: '+4968949396850' });
    });

    it('refuses "call us maybe" as a phone number, saying why', async () => {
      const refused = await refusal(
        payload.updateGlobal({ slug: 'contact-details', data: { phone: 'call us maybe' }, ...as }),
      );
      expect(refused?.phone).toBe(
        '"call us maybe" is not a phone number. Write it with the country code, e.g. +49 6894 9396 850.',
      );
      expect((await payload.findGlobal({ slug: 'contact-details' })).phone).toBe('+4968949396850');
    });

    it('stores a number typed the national way in E.164', async () => {
      const saved = await payload.updateGlobal({
        slug: 'contact-details',
        data: { fax: '06894 / 9396-852' },
        ...as,
      });
      expect(saved.fax).toBe('+4968949396852');
    });

    it('refuses a mailbox that is no e-mail address', async () => {
      const refused = await refusal(
        payload.updateGlobal({ slug: 'contact-details', data: { abuseEmail: 'abuse at key-systems' }, ...as }),
      );
      expect(Object.keys(refused ?? {})).toEqual(['abuseEmail']);
    });
  });

  describe('languages', () => {
    it('a cleared Spanish intro shows the English one, never silently the Dutch one', async () => {
      await payload.updateGlobal({ slug: 'procedure-page', locale: 'es', data: { intro: '' }, ...as });
      const english = await payload.findGlobal({ slug: 'procedure-page', locale: 'en' });
      const dutch = await payload.findGlobal({ slug: 'procedure-page', locale: 'nl' });
      const spanish = await payload.findGlobal({ slug: 'procedure-page', locale: 'es' });
      expect(spanish.intro).toBe(english.intro);
      expect(spanish.intro).not.toBe(dutch.intro);
    });

    it('flags a translation as outdated once its Dutch source changes, until it is saved again', async () => {
      const status = async () => {
        const all = (await payload.findGlobal({
          slug: 'procedure-page',
          locale: 'all',
          fallbackLocale: false,
          user: editor as never,
          overrideAccess: false,
        })) as unknown as { translationStamps?: TranslationStamps };
        const fields = [
          { name: 'title', label: 'Title', required: true },
          { name: 'intro', label: 'Intro' },
        ];
        const found = translationStatus(fields, all as never, all.translationStamps);
        return Object.fromEntries(found.map(({ locale, outdated }) => [locale, outdated]));
      };
      await payload.updateGlobal({
        slug: 'procedure-page',
        locale: 'de',
        data: { intro: 'Neue Einleitung.' },
        ...as,
      });
      expect((await status()).de).toEqual([]);
      await payload.updateGlobal({
        slug: 'procedure-page',
        locale: 'nl',
        data: { intro: 'Nieuwe inleiding.' },
        ...as,
      });
      expect(await status()).toMatchObject({ nl: [], en: ['Intro'], de: ['Intro'], fr: ['Intro'] });
      await payload.updateGlobal({
        slug: 'procedure-page',
        locale: 'de',
        data: { intro: 'Neuere Einleitung.' },
        ...as,
      });
      expect((await status()).de).toEqual([]);
    });

    it('keeps the saved-at stamps from the site, and from editors who try to set them', async () => {
      const site = await siteClient(payload);
      const read = await payload.findGlobal({ slug: 'procedure-page', user: site as never, overrideAccess: false });
      expect(read).not.toHaveProperty('translationStamps');
      const forged = await payload.updateGlobal({
        slug: 'procedure-page',
        locale: 'fr',
        data: { translationStamps: { fr: { intro: '2999-01-01T00:00:00.000Z' } } } as never,
        ...as,
      });
      expect((forged as { translationStamps?: TranslationStamps }).translationStamps?.fr?.intro).not.toBe(
        '2999-01-01T00:00:00.000Z',
      );
    });

    it('refuses a second H1 and blocks the site cannot show in the procedure text', async () => {
      const body = (node: Record<string, unknown>) => ({
        root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [node] },
      });
      const heading = body({
        type: 'heading',
        tag: 'h1',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [],
      });
      const upload = body({ type: 'upload', version: 1, relationTo: 'evidence', value: 1 });
      expect(
        (await refusal(payload.updateGlobal({ slug: 'procedure-page', data: { body: heading as never }, ...as })))
          ?.body,
      ).toMatch(/only level-1 heading/);
      expect(
        (await refusal(payload.updateGlobal({ slug: 'procedure-page', data: { body: upload as never }, ...as })))?.body,
      ).toMatch(/cannot show a "upload" block/);
    });
  });

  describe('mail wording', () => {
    it('refuses placeholders the mail does not fill in, naming those it does', async () => {
      const refused = await refusal(
        payload.updateGlobal({
          slug: 'mail-wording',
          locale: 'es',
          data: { acknowledgementComplaint: 'Gracias, {nombre}. Respuesta antes del {answerDue}.' },
          draft: true,
          ...as,
        }),
      );
      expect(refused?.acknowledgementComplaint).toBe('Unknown placeholder {nombre}. You can use {answerDue}.');
    });

    it('sends only the published wording; the preview shows the draft', async () => {
      const req = await createLocalReq({}, payload);
      const customer = { audience: 'customer' as const, language: 'de' as const, name: 'Alex' };
      await payload.updateGlobal({
        slug: 'mail-wording',
        locale: 'de',
        data: { extension: 'Entwurf: Antwort bis {newDate}.', _status: 'draft' },
        draft: true,
        ...as,
      });
      expect((await composeMail(req, 'extension', customer, extensionFacts)).text).not.toContain('Entwurf');
      expect((await composeMail(req, 'extension', customer, extensionFacts, { draft: true })).text).toContain(
        'Entwurf: Antwort bis Montag, 1. Februar 2027.',
      );
      await payload.updateGlobal({
        slug: 'mail-wording',
        locale: 'de',
        data: { extension: 'Veröffentlicht: Antwort bis {newDate}.', _status: 'published' },
        ...as,
      });
      const sent = await composeMail(req, 'extension', customer, extensionFacts);
      expect(sent.text).toContain('Veröffentlicht: Antwort bis Montag, 1. Februar 2027.');
      expect(sent.html).toContain('Veröffentlicht: Antwort bis Montag, 1. Februar 2027.');
      // Another language keeps the code's wording, not the German override.
      const english = await composeMail(req, 'extension', { ...customer, language: 'en' }, extensionFacts);
      expect(english.text).toContain('We are still investigating');
    });
  });

  describe('form choices', () => {
    it('offers on the forms only what editors publish, and old cases keep their topic', async () => {
      const before = await fileAsSite(payload, { ...validComplaint, topic: 'billing' });
      await payload.updateGlobal({
        slug: 'form-choices',
        data: { complaintTopics: { billing: { offered: false } }, _status: 'published' } as never,
        ...as,
      });
      const refused = await refusal(fileAsSite(payload, { ...validComplaint, topic: 'billing' }));
      expect(Object.keys(refused ?? {})).toEqual(['topic']);
      await expect(fileAsSite(payload, { ...validComplaint, topic: 'transfer' })).resolves.toMatchObject({
        complaint: { topic: 'transfer' },
      });
      const kept = await payload.findByID({ collection: 'cases', id: before.id, depth: 0 });
      expect(kept.complaint?.topic).toBe('billing');
    });

    it('a draft withdrawing a category changes nothing until it is published', async () => {
      await payload.updateGlobal({
        slug: 'form-choices',
        data: { abuseCategories: { phishing: { offered: false } }, _status: 'draft' } as never,
        draft: true,
        ...as,
      });
      await expect(fileAsSite(payload, validAbuseReport)).resolves.toMatchObject({ abuse: { category: 'phishing' } });
    });

    it('names the topic in mail as editors published it for the mail’s language; a draft label stays out', async () => {
      const handler = await staffUser(payload, 'handler');
      await payload.update({ collection: 'users', id: handler.id, data: { language: 'de' } });
      const topicLabel = (label: string, status: 'draft' | 'published') =>
        payload.updateGlobal({
          slug: 'form-choices',
          locale: 'de',
          data: { complaintTopics: { transfer: { label } }, _status: status } as never,
          draft: status === 'draft',
          ...as,
        });
      await topicLabel('Umzug Ihrer Domain', 'published');
      await topicLabel('Entwurf eines Themas', 'draft');
      const mailOf = async (caseId: number) =>
        (await payload.find({ collection: 'outbox', where: { case: { equals: caseId } }, pagination: false })).docs;

      const german = await fileAsSite(payload, { ...validComplaint, language: 'de', topic: 'transfer' }, 'de');
      const [acknowledgement] = (await mailOf(german.id)).filter(({ kind }) => kind === 'acknowledgement');
      expect(acknowledgement?.text).toContain('Thema: Umzug Ihrer Domain');
      expect(acknowledgement?.html).toContain('Umzug Ihrer Domain');
      expect(acknowledgement?.text).not.toContain('Entwurf eines Themas');
      // The team's notice, in the colleague's own language, names it the same way.
      const notice = (await mailOf(german.id)).find(
        ({ kind, to }) => kind === 'newCase' && to === (handler as { email: string }).email,
      );
      expect(notice?.text).toContain('Thema: Umzug Ihrer Domain');

      // A language the editor did not label keeps the form's own words in that language.
      const spanish = await fileAsSite(payload, { ...validComplaint, language: 'es', topic: 'transfer' }, 'es');
      const [spanishAcknowledgement] = (await mailOf(spanish.id)).filter(({ kind }) => kind === 'acknowledgement');
      expect(spanishAcknowledgement?.text).toContain('Tema: Transferencia de dominio');
    });
  });

  describe('departments', () => {
    const seeded = async () => {
      const { docs } = await payload.find({ collection: 'departments', limit: 1, depth: 0, sort: 'id' });
      if (!docs[0]) throw new Error('no department was seeded');
      return docs[0];
    };

    it('editors rename a department in their language; its address and routing stay the admins’', async () => {
      const department = await seeded();
      const renamed = await payload.update({
        collection: 'departments',
        id: department.id,
        locale: 'de',
        data: {
          name: 'Kundenbetreuung',
          email: 'elsewhere@example.test',
          isDefault: !department.isDefault,
          _status: 'published',
        },
        ...as,
      });
      expect(renamed.name).toBe('Kundenbetreuung');
      const stored = await payload.findByID({ collection: 'departments', id: department.id, depth: 0 });
      expect(stored.email).toBe(department.email);
      expect(stored.isDefault).toBe(department.isDefault);
    });

    it('keeps a drafted name from the site and the mail until it is published, with the editor in the history', async () => {
      const department = await seeded();
      const site = await siteClient(payload);
      const nameFor = async (user: unknown) =>
        (
          await payload.findByID({
            collection: 'departments',
            id: department.id,
            locale: 'de',
            depth: 0,
            overrideAccess: false,
            user: user as never,
          })
        ).name;
      const thanked = async () => {
        const filed = await payload.create({
          collection: 'feedback',
          data: {
            language: 'de',
            topic: 'services',
            message: 'Danke.',
            department: department.slug,
            name: 'Lea',
            email: 'lea@example.de',
          } as never,
          overrideAccess: false,
          user: site as never,
          locale: 'de',
        });
        const { docs } = await payload.find({
          collection: 'outbox',
          where: { and: [{ feedback: { equals: filed.id } }, { kind: { equals: 'feedbackAcknowledgement' } }] },
        });
        return docs[0]?.text ?? '';
      };
      const published = await nameFor(site);

      await payload.update({
        collection: 'departments',
        id: department.id,
        locale: 'de',
        draft: true,
        data: { name: 'Entwurf: Kundenservice', _status: 'draft' },
        ...as,
      });
      expect(await nameFor(site)).toBe(published);
      expect(await thanked()).toContain(published);
      expect(await thanked()).not.toContain('Entwurf');

      await payload.update({
        collection: 'departments',
        id: department.id,
        locale: 'de',
        data: { name: 'Kundenservice', _status: 'published' },
        ...as,
      });
      expect(await nameFor(site)).toBe('Kundenservice');
      expect(await thanked()).toContain('Kundenservice');
      const { docs: history } = await payload.findVersions({
        collection: 'departments',
        where: { parent: { equals: department.id } },
        sort: '-updatedAt',
        limit: 1,
        user: editor as never,
        overrideAccess: false,
      });
      expect(history[0]?.version).toMatchObject({
        _status: 'published',
        savedByName: (editor as { name: string }).name,
      });
    });

    it('hides a department created as a draft from the site and from routing', async () => {
      const admin = await staffUser(payload, 'admin');
      const draft = await payload.create({
        collection: 'departments',
        draft: true,
        data: { name: 'Neue Abteilung', slug: `new-${Date.now()}`, email: 'new@example.test', _status: 'draft' },
        overrideAccess: false,
        user: admin as never,
      });
      const { docs } = await payload.find({
        collection: 'departments',
        overrideAccess: false,
        user: (await siteClient(payload)) as never,
        pagination: false,
      });
      expect(docs.map(({ id }) => id)).not.toContain(draft.id);
      expect(await routeFeedback(payload, 'services', 'de', draft.slug)).not.toMatchObject({ id: draft.id });
    });
  });
});
