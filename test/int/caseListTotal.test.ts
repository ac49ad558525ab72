import { createLocalReq, type Payload, type Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups } from '../../cms/reports/rollups/rebuild';
import { clearRollups } from '../../cms/reports/rollups/store';
import { anonymiseCase } from '../../cms/retention/anonymise';
import { staffCaseList } from '../helpers/caseList';
import { describeDatabase } from '../helpers/databaseEnv';
import {
  advanceCase,
  fileAsSite,
  staffUser,
  testPayload,
  validAbuseReport,
  validComplaint,
  type Actor,
} from '../helpers/payload';

// The staff list's "1–10 of N". With no filter of the person's own, its total
// comes from the report's rollups instead of a count over every case
// (cms/collections/Cases/listTotal.ts); it must still be exactly what a count
// gives, for every role, after whatever happens to cases: each total is
// checked against Payload's own count for the same person (a `count`
// operation, which the list's shortcut never touches) and against what this
// file added.

describe(`the staff list's total on ${describeDatabase()}`, () => {
  let payload: Payload;
  let handler: Actor;
  let abuseSpecialist: Actor;
  let admin: Actor;

  beforeAll(async () => {
    payload = await testPayload();
    handler = await staffUser(payload, 'handler');
    abuseSpecialist = await staffUser(payload, 'abuseSpecialist');
    admin = await staffUser(payload, 'admin');
  });
  afterAll(async () => {
    await payload.destroy();
  });

  // The first page (or another) as the admin's list view asks for it.
  const list = (user: Actor, where: Where = {}, page = 1) => staffCaseList(payload, user, { where, page });
  const counted = async (user: Actor, where?: Where) =>
    (await payload.count({ collection: 'cases', overrideAccess: false, user, where })).totalDocs;

  // Each role's list total, checked against a count.
  const totals = async () => {
    const result: Record<'handler' | 'abuseSpecialist' | 'admin', number> = {
      handler: 0,
      abuseSpecialist: 0,
      admin: 0,
    };
    for (const [role, user] of [
      ['handler', handler],
      ['abuseSpecialist', abuseSpecialist],
      ['admin', admin],
    ] as const) {
      const page = await list(user);
      const count = await counted(user);
      expect(page.totalDocs, role).toBe(count);
      expect(page.totalPages, role).toBe(Math.ceil(count / 10));
      expect(page.hasNextPage, role).toBe(count > 10);
      expect(page.docs.length, role).toBe(Math.min(count, 10));
      result[role] = count;
    }
    return result;
  };

  it('counts new cases for the team that works them, and all of them for an admin', async () => {
    const before = await totals();
    for (let index = 0; index < 12; index += 1) await fileAsSite(payload, validComplaint);
    for (let index = 0; index < 2; index += 1) await fileAsSite(payload, validAbuseReport, 'de');
    const after = await totals();
    expect(after.handler - before.handler).toBe(12);
    expect(after.abuseSpecialist - before.abuseSpecialist).toBe(2);
    expect(after.admin - before.admin).toBe(14);
    // Someone on both teams sees both channels.
    const both = await staffUser(payload, 'handler', 'abuseSpecialist');
    expect((await list(both)).totalDocs).toBe(await counted(both));
    expect(await counted(both)).toBe(after.admin);
    // The first page is the urgent end of the whole list, not of a part of it.
    const everyCase = await payload.find({
      collection: 'cases',
      depth: 0,
      limit: 0,
      pagination: false,
      // The list's own order (most urgent, nearest deadline, oldest first), counted over everything.
      sort: payload.collections.cases.config.defaultSort,
      overrideAccess: false,
      user: admin,
    });
    const urgentEnd = everyCase.docs.slice(0, 10).map((doc) => doc.id);
    expect((await list(admin)).docs.map((doc) => doc.id)).toEqual(urgentEnd);
    expect((await list(both)).docs.map((doc) => doc.id)).toEqual(urgentEnd);
  });

  it('stays right through status changes, retention and erasure', async () => {
    const complaint = await fileAsSite(payload, validComplaint);
    const report = await fileAsSite(payload, validAbuseReport, 'de');
    const before = await totals();

    await advanceCase(payload, complaint.id, handler, 'acknowledged', 'inProgress', 'answered');
    await payload.update({
      collection: 'cases',
      id: report.id,
      data: { status: 'closed', closeReason: 'spam', closeNote: 'Junk.' },
      overrideAccess: false,
      user: abuseSpecialist,
    });
    expect(await totals()).toEqual(before);

    // Anonymised by the retention job or an erasure request, a case stays on
    // the list (cases are never deleted: their timeline refers to them).
    await anonymiseCase(await createLocalReq({}, payload), complaint.id, 'retention');
    await anonymiseCase(await createLocalReq({}, payload), report.id, 'erasure');
    expect(await totals()).toEqual(before);
  });

  it('leaves a filtered list and later pages to the count', async () => {
    for (let index = 0; index < 11; index += 1) await fileAsSite(payload, validComplaint);
    const received: Where = { status: { equals: 'received' } };
    for (const user of [handler, admin]) {
      expect((await list(user, received)).totalDocs).toBe(await counted(user, received));
      const second = await list(user, {}, 2);
      expect(second.totalDocs).toBe(await counted(user));
      expect(second.page).toBe(2);
      expect(second.hasPrevPage).toBe(true);
      // Page two follows page one.
      const first = await list(user);
      expect(second.docs.map((doc) => doc.id)).not.toContain(first.docs[0]?.id);
    }
  });

  it('never lets code that reads past access depend on the rollups it may be repairing', async () => {
    const before = await totals();
    await clearRollups(payload);
    // The rebuild pages through every case by Payload's own count.
    const all = await payload.find({ collection: 'cases', depth: 0, limit: 1 });
    expect(all.totalDocs).toBe(before.admin);
    expect(all.hasNextPage).toBe(before.admin > 1);
    await rebuildRollups(payload);
    expect(await totals()).toEqual(before);
  });
});
