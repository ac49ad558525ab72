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

// A bad day: the mail provider is down (answering 503 or not at all) for the
// whole minute in which 50 readers keep filing complaints; then it recovers.
let product: LoadProduct;

beforeAll(async () => {
  product = await startLoadProduct({ MAIL_SEND_TIMEOUT_MS: '3000' });
});

afterAll(async () => {
  await product?.stop();
});

describe('50 readers for 60 seconds while the mail provider is down', () => {
  it('stores every complaint once with its own number, and delivers every acknowledgement once after recovery', async () => {
    onTestFailed(() => console.error(problemsIn(product.logs)));
    product.resend.goDown();
    // A reader told to try again sends the same form again (up to three times).
    const submissions = await submitFor(product.siteUrl, {
      clients: 50,
      durationMs: 60_000,
      label: 'outage',
      tries: 3,
    });
    const requestsDuringOutage = product.resend.requests;
    product.resend.recover();

    console.log(
      `${submissions.length} complaints filed in 60 s by 50 readers ` +
        `(${submissions.filter((submission) => submission.tries > 1).length} sent more than once); ` +
        `${requestsDuringOutage} mail send attempts met the outage`,
    );
    // The provider's outage is invisible to the readers: every form is taken.
    expect(submissions.filter((submission) => !accepted(submission))).toEqual([]);
    expect(requestsDuringOutage).toBeGreaterThan(0);
    expect(product.resend.emails).toHaveLength(0);

    const admin = await product.admin();
    const cases = await admin.cases();
    const filed = new Set(submissions.map((submission) => submission.email));
    const stored = cases.filter((doc) => filed.has(doc.reporter.email));
    expect(stored).toHaveLength(submissions.length);
    expect(new Set(stored.map((doc) => doc.reporter.email)).size).toBe(submissions.length);
    expect(new Set(stored.map((doc) => doc.caseNumber)).size).toBe(submissions.length);
    for (const doc of stored) {
      expect(doc.caseNumber).toMatch(/^C-\d{4}-\d{6}$/);
      expect(doc.deadlines?.answerDueAt).toBeTruthy();
    }

    await waitUntil(
      () => deliveriesTo(product.resend, 'acknowledgement').size >= filed.size,
      420_000,
      'every acknowledgement delivered after the recovery',
    );
    const acknowledgements = deliveriesTo(product.resend, 'acknowledgement');
    for (const email of filed) expect(acknowledgements.get(email), email).toBe(1);
    // The queue is empty: nothing left to send twice, nothing stuck.
    const outbox = await admin.outbox();
    const unsent = outbox.filter((message) => message.status !== 'sent');
    expect(unsent).toEqual([]);
    console.log(
      `${product.resend.emails.length} messages delivered after ${product.resend.requests} requests to the provider`,
    );
  });
});
