import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@libsql/client';
import { sqliteDurability } from '../../cms/database';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  accepted,
  deliveriesTo,
  problemsIn,
  startLoadProduct,
  submitFor,
  waitUntil,
  type LoadProduct,
} from '../helpers/load';

// The CMS is killed without warning in the middle of a load, while it is
// sending mail, and started again a few seconds later on the same database.
let product: LoadProduct;

beforeAll(async () => {
  product = await startLoadProduct({
    MAIL_SEND_TIMEOUT_MS: '3000',
    MAIL_QUEUE_LIMIT: '100',
    // A job the killed server was working on is handed back after 10 s.
    JOBS_STALE_AFTER_SECONDS: '10',
  });
});

afterAll(async () => {
  await product?.stop();
});

describe('the CMS killed and restarted during a load', () => {
  it('loses no accepted complaint, leaves no half record, and still sends the queued mail', async () => {
    onTestFailed(() => console.error(problemsIn(product.logs)));
    // The provider takes each message but answers late, so sends are in flight
    // (taken, not yet confirmed) when the CMS dies.
    product.resend.failNext(100_000, { kind: 'slow', ms: 1_500 });
    const load = submitFor(product.siteUrl, { clients: 20, durationMs: 40_000, label: 'crash' });
    await sleep(12_000);
    product.killCms();
    await sleep(3_000);
    await product.restartCms();
    const submissions = await load;
    product.resend.clearFaults();

    const acceptedOnes = submissions.filter(accepted);
    const refused = submissions.filter((submission) => !accepted(submission));
    console.log(
      `${submissions.length} submissions: ${acceptedOnes.length} accepted, ` +
        `${refused.length} told to try again while the CMS was away`,
    );
    // Readers who met the dead CMS were told so (503, their text kept), nothing else.
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((submission) => submission.status))).toEqual(new Set([503]));
    expect(acceptedOnes.length).toBeGreaterThan(refused.length);

    const admin = await product.admin();
    const cases = await admin.cases();
    const byEmail = new Map<string, number>();
    for (const doc of cases) byEmail.set(doc.reporter.email, (byEmail.get(doc.reporter.email) ?? 0) + 1);
    // Every accepted complaint is there once; a refused one at most once (the
    // CMS may have stored it just before it died, without answering).
    for (const submission of acceptedOnes) expect(byEmail.get(submission.email), submission.marker).toBe(1);
    for (const submission of refused) expect(byEmail.get(submission.email) ?? 0).toBeLessThanOrEqual(1);
    // No half record: every stored case has its number and deadlines (one row),
    // and, once the restarted CMS has completed an intake the kill cut short
    // (there are no transactions on the embedded database), its receipt entry
    // in the timeline and its acknowledgement in the outbox, each once.
    for (const doc of cases) {
      expect(doc.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
      expect(doc.deadlines?.acknowledgementDueAt).toBeTruthy();
    }
    expect(new Set(cases.map((doc) => doc.caseNumber)).size).toBe(cases.length);
    const acknowledgementKeys = async () => new Set((await admin.outbox()).map((message) => message.eventKey));
    await waitUntil(
      async () => {
        const keys = await acknowledgementKeys();
        return cases.every((doc) => keys.has(`cases:${doc.id}:acknowledgement`));
      },
      240_000,
      'every stored case with its acknowledgement in the outbox',
    );
    const receipts = (await admin.timeline()).filter((event) => event.type === 'submitted');
    for (const doc of cases) {
      expect(receipts.filter((event) => String(event.case) === String(doc.id)).length, String(doc.id)).toBe(1);
    }
    const completed = product.logs.filter((line) => line.includes('whose intake a stopped server left half done'));
    console.log(`intake completed after the restart: ${completed.join('; ') || 'none was cut short'}`);

    // Mail that was queued or in flight when the CMS died still goes out, once.
    await waitUntil(
      async () => (await admin.outbox()).every((message) => message.status === 'sent'),
      240_000,
      'every queued message sent after the restart',
    );
    const released = product.logs.filter((line) => line.includes('left processing by a server that stopped'));
    console.log(`after the restart: ${released.join('; ') || 'no job was caught mid-run'}`);
    const acknowledgements = deliveriesTo(product.resend, 'acknowledgement');
    for (const doc of cases) expect(acknowledgements.get(doc.reporter.email), doc.reporter.email).toBe(1);

    // All of this with the embedded database as a deployment runs it: the WAL
    // journal (kept in the file) and synchronous = FULL (cms/database.ts).
    if (!product.database.DATABASE_URI) {
      const file = createClient({ url: `file:${path.join(product.database.DATA_DIR ?? '', 'complaints.db')}` });
      const { rows } = await file.execute('PRAGMA journal_mode');
      file.close();
      expect(rows[0]?.journal_mode).toBe(sqliteDurability.journalMode);
      console.log(`embedded database: ${JSON.stringify(sqliteDurability)}`);
    }
  });
});
