import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { logInToAdmin } from '../helpers/admin';
import { screenshot, useBrowser } from '../helpers/browser';
import { fill, siteUrl, staffApi, submit, withPage } from '../helpers/site';

const browserOf = useBrowser();

const directive = (csp: string | null, name: string) =>
  csp
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

// What Chromium reports about the page's policy: every blocked load or script.
const policyReports = (page: Page): string[] => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });
  return blocked;
};

describe('security headers', () => {
  it('come with every kind of site response: page, form error, redirect, not found', async () => {
    const responses = [
      await fetch(`${siteUrl()}/nl/`),
      await fetch(`${siteUrl()}/de/complaint`),
      await fetch(`${siteUrl()}/`, { redirect: 'manual' }),
      await fetch(`${siteUrl()}/de/status/${'A'.repeat(43)}`),
      await fetch(`${siteUrl()}/en/no-such-page`),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy');
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('come with the CMS admin and API', async () => {
    for (const path of ['/api/cases', '/admin/login']) {
      const response = await fetch(`${inject('cmsUrl')}${path}`);
      expect(directive(response.headers.get('content-security-policy'), 'frame-ancestors')).toBe(
        "frame-ancestors 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // Nothing on an admin page may come from another origin; frames only from
    // the CMS and the public site (whose preview page the live preview shows).
    const adminPolicy = (await fetch(`${inject('cmsUrl')}/admin/login`)).headers.get('content-security-policy');
    for (const name of ['default-src', 'connect-src', 'img-src', 'font-src']) {
      expect(directive(adminPolicy, name)).toMatch(new RegExp(`^${name} 'self'( blob:| data:)*$`));
    }
    const site = new URL(inject('siteUrl')).origin;
    expect([`frame-src 'self'`, `frame-src 'self' ${site}`]).toContain(directive(adminPolicy, 'frame-src'));
    // Admin pages allow only the scripts Next marks with this response's nonce.
    const nonces = [];
    for (let load = 0; load < 2; load += 1) {
      const page = await fetch(`${inject('cmsUrl')}/admin/login`);
      const scriptSrc = directive(page.headers.get('content-security-policy'), 'script-src') ?? '';
      expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'$/);
      expect(scriptSrc).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      const html = await page.text();
      expect(html).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  // Home, lists, a case, the reports and an outbox message: the admin works
  // under its policy with nothing blocked and nothing fetched from another host.
  it('leave the admin fully working in Chromium, the outbox message shown as its recipient sees it', async () => {
    const cms = new URL(inject('cmsUrl'));
    const stamp = Date.now();
    const { doc } = (await (
      await staffApi()
    ).request('/api/cases', 'POST', {
      channel: 'complaint',
      language: 'de',
      receivedVia: 'phone',
      receivedAt: new Date().toISOString(),
      reporter: { name: 'Vorschau Leserin', email: `preview-${stamp}@example.test` },
      complaint: { topic: 'other', description: 'A message to preview.' },
    })) as { doc: { caseNumber: string } };
    const elsewhere: string[] = [];
    const context = await browserOf().newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const blocked = policyReports(page);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.host !== cms.host) elsewhere.push(request.url());
    });
    await logInToAdmin(page);
    // The pages staff use most, each under the policy: home, lists, a case, the reports.
    for (const path of ['', '/collections/cases', '/collections/escalations', '/reports']) {
      await page.goto(`${inject('adminUrl')}${path}`);
      await page.locator('.template-default').first().waitFor();
    }
    await page.goto(`${inject('adminUrl')}/collections/cases`);
    await page.locator('table tbody tr a').first().click();
    await page.locator('#field-status').waitFor();

    await page.goto(`${inject('adminUrl')}/collections/outbox?where[to][equals]=preview-${stamp}@example.test`);
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/admin\/collections\/outbox\/[^/]+$/);
    const frame = page.frameLocator('iframe[title="Preview of the HTML message"]');
    await frame.getByText(doc.caseNumber, { exact: false }).first().waitFor();
    expect(await page.locator('iframe[title="Preview of the HTML message"]').getAttribute('sandbox')).toBe('');
    expect(await page.locator('.message-preview__text').textContent()).toContain(doc.caseNumber);
    // No code editor: it would fetch Monaco from a CDN.
    expect(await page.locator('.monaco-editor, .code-editor').count()).toBe(0);
    await screenshot(page, 'admin-outbox-message-1440');
    await page.setViewportSize({ width: 390, height: 1000 });
    await screenshot(page, 'admin-outbox-message-390');
    await context.close();
    expect(blocked).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('leave the site fully working in Chromium, without a single blocked resource', async () => {
    let blocked: string[] = [];
    await withPage(browserOf(), { javaScriptEnabled: true }, async (page) => {
      blocked = policyReports(page);
      await page.goto(`${siteUrl()}/en/complaint`);
      // The browser script's inline check still runs under the policy.
      await fill(page, { email: 'not-an-address' });
      await page.locator('#field-name').focus();
      await page.locator('#field-email-error').waitFor();
      await fill(page, {
        name: 'Policy Tester',
        email: 'policy@example.test',
        topic: 'support',
        description: 'Checking the policy.',
        expectedOutcome: 'Nothing.',
      });
      await submit(page);
      expect(await page.locator('.case-number').textContent()).toMatch(/^C-/);
    });
    expect(blocked).toEqual([]);
  });
});
