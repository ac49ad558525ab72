import { beforeAll, describe, expect, it } from 'vitest';
import type * as PreviewTokens from '../../cms/content/previewToken';

// The signed preview link: valid for its 15 minutes, then refused; a changed
// expiry or signature is refused outright.
describe('preview links', () => {
  let tokens: typeof PreviewTokens;

  beforeAll(async () => {
    process.env.PAYLOAD_SECRET = 'a-test-secret-for-preview-links';
    tokens = await import('../../cms/content/previewToken');
  });

  const issued = new Date('2026-12-20T10:00:00Z');
  const minutesLater = (minutes: number) => new Date(issued.getTime() + minutes * 60_000);

  it('opens the drafts until it expires', () => {
    const token = tokens.createPreviewToken(issued);
    expect(tokens.checkPreviewToken(token, minutesLater(14))).toBe('valid');
    expect(tokens.checkPreviewToken(token, minutesLater(15))).toBe('expired');
  });

  it('refuses a token whose expiry or signature was changed, or that is not one', () => {
    const [expires, signature] = tokens.createPreviewToken(issued).split('.');
    expect(tokens.checkPreviewToken(`${Number(expires) + 3600}.${signature}`, issued)).toBe('invalid');
    expect(tokens.checkPreviewToken(`${expires}.${'A'.repeat(43)}`, issued)).toBe('invalid');
    expect(tokens.checkPreviewToken('', issued)).toBe('invalid');
    expect(tokens.checkPreviewToken('<script>', issued)).toBe('invalid');
  });

  it('is signed with the CMS secret: another installation’s token is refused', async () => {
    const token = tokens.createPreviewToken(issued);
    process.env.PAYLOAD_SECRET = 'another-installation';
    try {
      expect(tokens.checkPreviewToken(token, issued)).toBe('invalid');
    } finally {
      process.env.PAYLOAD_SECRET = 'a-test-secret-for-preview-links';
    }
  });
});
