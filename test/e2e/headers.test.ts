import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { fill, siteUrl, submit, withPage } from '../helpers/site';

const browserOf = useBrowser();

const directive = (csp: string | null, name: string) =>
  csp
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

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
  });

  it('leave the site fully working in Chromium, without a single blocked resource', async () => {
    const blocked: string[] = [];
    await withPage(browserOf(), { javaScriptEnabled: true }, async (page) => {
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
      });
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
