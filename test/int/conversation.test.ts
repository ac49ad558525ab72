import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseStatus } from '../../cms/collections/Cases/statusView';
import { readStaffConversation } from '../../cms/conversation/staff';
import type { User } from '../../cms/payload-types';
import { anonymiseCase } from '../../cms/retention/anonymise';
import { validationMessage } from '@shared/i18n/validation';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  fileEscalation,
  postAsActor,
  siteClient,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// The conversation of a case as each side may read it, tried the way someone
// who should not read it would try: another case's token, a made-up or
// expired one, another team's account.
describe(`the conversation of a case on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let specialist: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    specialist = await staffUser(payload, 'abuseSpecialist');
  });
  afterAll(async () => payload?.destroy());

  const asStaff = (actor: Actor) => actor as User & { collection: 'users' };
  let keys = 0;
  const reply = (token: string, message: string, extra: Record<string, unknown> = {}, actor: Actor | null = null) => {
    keys += 1;
    return postAsActor(payload, actor, `/cases/status/${token}/reply`, {
      message,
      language: 'nl',
      submissionKey: `00000000-0000-4000-8000-${String(keys).padStart(12, '0')}`,
      ...extra,
    });
  };
  const asSite = async () => siteClient(payload);
  const inboundOf = async (caseId: number) =>
    (await payload.find({ collection: 'inbound-messages', where: { case: { equals: caseId } }, depth: 0 })).docs;
  // Mail threaded to a case from someone who is not its customer (a registrant's
  // reply, a colleague of the reporter), as the inbound job stores it.
  const mailFrom = (caseId: number, channel: 'complaint' | 'abuse', from: string, text: string) =>
    payload.create({
      collection: 'inbound-messages',
      data: {
        source: 'resend',
        status: 'threaded',
        receivedAt: new Date().toISOString(),
        channel,
        from,
        to: 'abuse@key-systems.net',
        subject: 'Re: your mail',
        text,
        case: caseId,
      },
    });

  it('shows staff every message in and out in time order, and the customer only their own', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'talk@example.nl' });
    const token = String(filed.accessToken);
    const site = await asSite();
    // The mail queue runs with no provider configured: the acknowledgement is composed, not sent.
    await payload.jobs.run({ queue: 'mail', limit: 100 });
    const answer = await reply(token, 'Is er al nieuws over mijn verhuizing?', {}, site);
    expect(answer.status).toBe(201);
    await mailFrom(filed.id, 'complaint', 'someone.else@example.org', 'A stranger writes about this case.');
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { addNote: 'Internal: the customer owes us 12 euros.' } as never,
      overrideAccess: false,
      user: handler,
    });

    const staff = await readStaffConversation({
      payload,
      user: asStaff(handler),
      target: { collection: 'cases', id: filed.id },
    });
    expect(staff?.map((message) => [message.direction, message.kind ?? message.via])).toEqual([
      ['out', 'acknowledgement'],
      ['in', 'statusPage'],
      ['in', 'mail'],
    ]);
    expect(staff?.[0]).toMatchObject({ to: 'talk@example.nl', audience: 'customer', delivery: 'notSent' });
    expect(staff?.[1]).toMatchObject({ from: expect.stringContaining('talk@example.nl'), inboundStatus: 'threaded' });
    const staffText = JSON.stringify(staff);
    expect(staffText).not.toContain('12 euros');
    expect(staffText).not.toContain('New in your queue');

    const view = await findCaseStatus(payload, token);
    expect(view?.conversation.map((message) => [message.fromCustomer, message.text.slice(0, 20)])).toEqual([
      [false, expect.any(String)],
      [true, 'Is er al nieuws over'],
    ]);
    const customerText = JSON.stringify(view?.conversation);
    expect(customerText).not.toContain('stranger');
    expect(customerText).not.toContain('someone.else@example.org');
    expect(customerText).not.toContain('12 euros');
    // No addresses at all in the customer's view: theirs they know, ours is on the site.
    expect(customerText).not.toContain('@');
  });

  it('keeps a reporter and the registrant out of each other’s mail, and an abuse report away from handlers', async () => {
    const report = await fileAsSite(payload, { ...validAbuseReport, email: 'reporter@cert.example' });
    await payload.update({
      collection: 'cases',
      id: report.id,
      data: { abuse: { forwardTo: { email: 'owner@registrant.example' } } } as never,
      overrideAccess: false,
      user: specialist,
    });
    await mailFrom(report.id, 'abuse', 'owner@registrant.example', 'The registrant replies: we took the page down.');

    const staff = await readStaffConversation({
      payload,
      user: asStaff(specialist),
      target: { collection: 'cases', id: report.id },
    });
    expect(
      staff?.some((message) => message.audience === 'registrant' && message.to === 'owner@registrant.example'),
    ).toBe(true);
    expect(staff?.some((message) => message.text.includes('took the page down'))).toBe(true);

    const view = await findCaseStatus(payload, String(report.accessToken));
    const customerText = JSON.stringify(view?.conversation);
    expect(view?.conversation.length).toBeGreaterThan(0);
    expect(customerText).not.toContain('took the page down');
    expect(customerText).not.toContain('registrant.example');

    // A handler works complaints: the report's conversation is not theirs to read,
    // neither through the panel's read model nor through the collections behind it.
    expect(
      await readStaffConversation({ payload, user: asStaff(handler), target: { collection: 'cases', id: report.id } }),
    ).toBeUndefined();
    for (const collection of ['outbox', 'inbound-messages'] as const) {
      const { docs } = await payload.find({
        collection,
        where: { case: { equals: report.id } },
        overrideAccess: false,
        user: handler,
      });
      expect(docs).toEqual([]);
    }
  });

  it('lets the token of one case neither read nor write another, and refuses whoever is not the site', async () => {
    const first = await fileAsSite(payload, { ...validComplaint, email: 'first@example.nl' });
    const second = await fileAsSite(payload, { ...validComplaint, email: 'second@example.nl' });
    const site = await asSite();
    expect((await reply(String(first.accessToken), 'Only about the first case.', {}, site)).status).toBe(201);
    expect(await inboundOf(second.id)).toEqual([]);
    const secondView = await findCaseStatus(payload, String(second.accessToken));
    expect(JSON.stringify(secondView)).not.toContain('Only about the first case.');

    // A made-up token, a malformed one: the same 404, nothing stored.
    const before = (await payload.count({ collection: 'inbound-messages' })).totalDocs;
    expect((await reply('A'.repeat(43), 'Guessing.', {}, site)).status).toBe(404);
    expect((await reply('not a token', 'Guessing.', {}, site)).status).toBe(404);
    // Staff and strangers do not post as the customer.
    expect((await reply(String(first.accessToken), 'As staff.', {}, handler)).status).toBe(403);
    expect((await reply(String(first.accessToken), 'As nobody.', {}, null)).status).toBe(403);
    expect((await payload.count({ collection: 'inbound-messages' })).totalDocs).toBe(before);
  });

  it('refuses an empty message in the reader’s language and stores a repeated one once', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'checks@example.nl' });
    const token = String(filed.accessToken);
    const site = await asSite();
    const empty = await reply(token, '   ', { language: 'de' }, site);
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ errors: { message: validationMessage('de', 'required') } });
    const body = {
      message: 'Twice the same form.',
      language: 'nl',
      submissionKey: '11111111-2222-4333-8444-555555555555',
    };
    const once = await postAsActor(payload, site, `/cases/status/${token}/reply`, body);
    const twice = await postAsActor(payload, site, `/cases/status/${token}/reply`, body);
    expect([once.status, twice.status]).toEqual([201, 200]);
    expect(await inboundOf(filed.id)).toHaveLength(1);
  });

  it('takes a reply to a closed case without reopening it, and shows it on the timeline', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'closed.talk@example.nl' });
    await payload.update({
      collection: 'cases',
      id: filed.id,
      data: { status: 'closed', closeReason: 'duplicate', closeNote: 'Same as an earlier case.' } as never,
      overrideAccess: false,
      user: handler,
    });
    expect((await reply(String(filed.accessToken), 'Why was it closed?', {}, await asSite())).status).toBe(201);
    expect((await payload.findByID({ collection: 'cases', id: filed.id })).status).toBe('closed');
    const events = await payload.find({
      collection: 'case-events',
      where: { and: [{ case: { equals: filed.id } }, { type: { equals: 'messageFromCustomer' } }] },
    });
    expect(events.docs).toHaveLength(1);
  });

  it('shows an escalation its own part of the conversation, the status page’s message included', async () => {
    const filed = await fileAsSite(payload, validComplaint);
    await advanceCase(payload, filed.id, handler, 'acknowledged', 'inProgress', 'answered');
    const escalation = await fileEscalation(payload, String(filed.caseNumber));
    expect((await reply(String(filed.accessToken), 'About my escalation.', {}, await asSite())).status).toBe(201);
    const staff = await readStaffConversation({
      payload,
      user: asStaff(handler),
      target: { collection: 'escalations', id: escalation.id },
    });
    expect(staff?.map((message) => message.kind ?? message.text)).toEqual(['acknowledgement', 'About my escalation.']);
    // The case's page holds the whole story: its own mail, the answer, and the escalation's.
    const whole = await readStaffConversation({
      payload,
      user: asStaff(handler),
      target: { collection: 'cases', id: filed.id },
    });
    expect(whole?.filter((message) => message.kind === 'acknowledgement')).toHaveLength(2);
    expect(whole?.some((message) => message.kind === 'answer')).toBe(true);
  });

  it('answers an erased case’s old link as a wrong one: nothing to read, nothing kept', async () => {
    const filed = await fileAsSite(payload, { ...validComplaint, email: 'erased.talk@example.nl' });
    const token = String(filed.accessToken);
    expect(await findCaseStatus(payload, token)).toBeDefined();
    await anonymiseCase(await createLocalReq({}, payload), filed.id, 'erasure');
    expect(await findCaseStatus(payload, token)).toBeUndefined();
    expect((await reply(token, 'Still there?', {}, await asSite())).status).toBe(404);
    expect(await inboundOf(filed.id)).toEqual([]);
  });
});
