import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../cms/access/roles';
import { root } from '../../scripts/lib/processes';
import { addColleague } from './invitation';
import { workflowStep } from './workflowStep';

// Seeds the desk with staff of every role and records of every kind, for walks
// through the admin: through the public site's forms where a reader would file
// (a complaint, an abuse report with an evidence upload, an escalation, feedback)
// and through the REST API as the admin where staff would enter or move things.

export type DeskAddresses = {
  cmsUrl: string;
  siteUrl: string;
  resendUrl: string;
  admin: { email: string; password: string };
};

export type StaffLogin = { id?: number; email: string; password: string; name: string };

export type SeededDesk = {
  staff: Record<Role, StaffLogin>;
  // Cases kept "received" (their acknowledgement mail fails for now), so that
  // every action button, Acknowledge included, is there to press.
  workable: { complaint: string; abuse: string; adminComplaint: string };
  // An escalation of an answered complaint, for the handler's final answer.
  escalation: string;
  // Seeded so that every list, saved view and picker has something to show.
  overdueLetter: string;
  assignedToHandler: string;
  feedbackMessage: string;
};

const pngFixture = path.join(root, 'test/fixtures/screenshot.png');

type Api = (path: string, method: string, body?: unknown) => Promise<Record<string, unknown>>;

const apiAs = async (cmsUrl: string, login: { email: string; password: string }): Promise<Api> => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (!response.ok) throw new Error(`login as ${login.email}: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return async (apiPath, method, body) => {
    const answer = await fetch(`${cmsUrl}${apiPath}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${apiPath}: ${answer.status} ${await answer.text()}`);
    return answer.json() as Promise<Record<string, unknown>>;
  };
};

// The Resend stand-in refuses mail to this address for a while: the case's
// acknowledgement is retried (30 s, 1 min, 2 min...) and the case stays "received".
const holdMailTo = async (resendUrl: string, address: string) => {
  const response = await fetch(`${resendUrl}/_stand-in/faults`, {
    method: 'POST',
    body: JSON.stringify({ count: 40, fault: { kind: 'error', status: 500, to: address } }),
  });
  if (!response.ok) throw new Error(`the stand-in refused the fault: ${response.status}`);
};

// Fills a site form by its field ids (the same in every language) and sends it;
// resolves with the number on the confirmation and the private status link.
const fileOnSite = async (
  page: Page,
  url: string,
  values: Record<string, string | boolean>,
  files: Record<string, string> = {},
): Promise<{ number: string; statusLink: string }> => {
  await page.goto(url);
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#field-${name}`);
    const tag = await field.evaluate((element) => element.tagName.toLowerCase());
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (tag === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  for (const [name, file] of Object.entries(files)) await page.locator(`#field-${name}`).setInputFiles(file);
  await page.locator('form[data-form] button[type=submit]').click();
  await page.waitForURL(/\/received$/);
  const number = (await page.locator('.case-number').count())
    ? ((await page.locator('.case-number').textContent()) ?? '')
    : '';
  const statusLink = (await page.locator('.status-link').count())
    ? ((await page.locator('.status-link').getAttribute('href')) ?? '')
    : '';
  return { number, statusLink };
};

const roleNames: Record<Role, string> = {
  admin: 'Ada Admin',
  handler: 'Hanna Handler',
  abuseSpecialist: 'Abe Abuse',
  editor: 'Eddie Editor',
};

export const seedDesk = async (browser: Browser, desk: DeskAddresses): Promise<SeededDesk> => {
  const admin = await apiAs(desk.cmsUrl, desk.admin);
  const stamp = Date.now();
  const address = (label: string) => `${label}-${stamp}@example.test`;

  // Staff of every role, each made by the admin as a new colleague would be
  // (so each gets the personal saved views a new account gets).
  const staff = {} as Record<Role, StaffLogin>;
  for (const role of ['admin', 'handler', 'abuseSpecialist', 'editor'] as const) {
    const login = {
      email: address(`walk-${role.toLowerCase()}`),
      password: `a-long-${role}-password`,
      name: roleNames[role],
    };
    const doc = await addColleague(admin, { ...login, roles: [role] });
    staff[role] = { ...login, id: doc.id };
  }

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const site = (form: string) => `${desk.siteUrl}/en/${form}`;
  try {
    // A complaint, an abuse report with its evidence file, and one more
    // complaint for the admin: their acknowledgements are held back.
    const workableComplaint = address('walk-complaint');
    const workableAbuse = address('walk-abuse');
    const adminComplaint = address('walk-admin-complaint');
    for (const held of [workableComplaint, workableAbuse, adminComplaint]) await holdMailTo(desk.resendUrl, held);
    const complaint = await fileOnSite(page, site('complaint'), {
      name: 'Walter Walk',
      email: workableComplaint,
      domains: 'walk-example.nl',
      topic: 'transfer',
      description: 'My transfer has been pending for two weeks.',
      expectedOutcome: 'Complete the transfer.',
    });
    const abuse = await fileOnSite(
      page,
      site('abuse'),
      {
        category: 'phishing',
        domains: 'phish-walk.example',
        urls: 'https://phish-walk.example/login',
        evidence: 'The page imitates a bank login.',
        reporterType: 'organisation',
        name: 'CERT Walk',
        email: workableAbuse,
        goodFaith: true,
      },
      { attachments: pngFixture },
    );
    const forAdmin = await fileOnSite(page, site('complaint'), {
      name: 'Ada Customer',
      email: adminComplaint,
      topic: 'billing',
      description: 'Billed twice.',
      expectedOutcome: 'Refund.',
    });

    // A complaint answered by the desk and escalated by its customer.
    const escalating = address('walk-escalating');
    const answered = await fileOnSite(page, site('complaint'), {
      name: 'Esther Escalate',
      email: escalating,
      topic: 'transfer',
      description: 'Stuck.',
      expectedOutcome: 'Finish it.',
    });
    const { docs } = (await admin(`/api/cases?where[caseNumber][equals]=${answered.number}&depth=0`, 'GET')) as {
      docs: { id: number; status: string }[];
    };
    const answeredId = docs[0]?.id;
    for (let tries = 0; tries < 120; tries += 1) {
      const now = (await admin(`/api/cases/${answeredId}?depth=0`, 'GET')) as { status: string };
      if (now.status !== 'received') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const status of ['inProgress', 'answered']) {
      await admin(`/api/cases/${answeredId}`, 'PATCH', workflowStep(status));
    }
    const escalation = await fileOnSite(page, site('escalation'), {
      caseNumber: answered.number,
      name: 'Esther Escalate',
      email: escalating,
      description: 'Still stuck.',
      reasonUnsatisfied: 'No date given.',
      expectedSteps: 'Finish this week.',
    });

    const feedbackMessage = `Clear forms, thank you (${stamp}).`;
    await fileOnSite(page, site('feedback'), { topic: 'website', message: feedbackMessage, email: '' });

    // Staff-entered records: an overdue letter, and a call assigned to the handler.
    const letter = (await admin('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'en',
      receivedVia: 'post',
      receivedAt: new Date(stamp - 21 * 86_400_000).toISOString(),
      reporter: { name: 'Lotte Letter', email: address('walk-letter') },
      complaint: { topic: 'billing', description: 'Billed twice in March (by post).' },
    })) as { doc: { caseNumber: string } };
    const call = (await admin('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'de',
      receivedVia: 'phone',
      receivedAt: new Date(stamp - 60_000).toISOString(),
      reporter: { name: 'Carla Call', email: address('walk-call') },
      complaint: { topic: 'other', description: 'Called today.' },
    })) as { doc: { id: number; caseNumber: string } };
    await admin(`/api/cases/${call.doc.id}`, 'PATCH', { assignee: staff.handler.id, addNote: 'Taken by Hanna.' });

    // An erasure request, so its list has a document to open.
    await admin('/api/erasure-requests', 'POST', { email: address('walk-erased'), reference: `Letter ${stamp}` });

    return {
      staff,
      workable: { complaint: complaint.number, abuse: abuse.number, adminComplaint: forAdmin.number },
      escalation: escalation.number,
      overdueLetter: letter.doc.caseNumber,
      assignedToHandler: call.doc.caseNumber,
      feedbackMessage,
    };
  } finally {
    await context.close();
  }
};
