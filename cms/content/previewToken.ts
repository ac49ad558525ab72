import { createHmac, timingSafeEqual } from 'node:crypto';
import { payloadSecret } from '../secret';

// A preview link lets whoever holds it see the drafts on the real site for a
// short while: an editor opens it from the admin, or sends it to a colleague.
// It is signed with a key derived from the CMS's own secret, so the site needs
// no secret of its own: it hands the token to the CMS, which checks it.
export const PREVIEW_MINUTES = 15;
// The live preview beside the editor reloads the site page on every autosave:
// it keeps one link for as long as the editor works on the page.
export const LIVE_PREVIEW_MINUTES = 120;

const key = () => createHmac('sha256', payloadSecret()).update('content-preview').digest();
const sign = (expires: number) => createHmac('sha256', key()).update(`preview:${expires}`).digest('base64url');

export const createPreviewToken = (now = new Date(), minutes = PREVIEW_MINUTES): string => {
  const expires = Math.floor(now.getTime() / 1000) + minutes * 60;
  return `${expires}.${sign(expires)}`;
};

export type PreviewTokenCheck = 'valid' | 'expired' | 'invalid';

export const checkPreviewToken = (token: string, now = new Date()): PreviewTokenCheck => {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const expires = Number(match[1]);
  const given = Buffer.from(match[2] ?? '');
  const expected = Buffer.from(sign(expires));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return expires * 1000 > now.getTime() ? 'valid' : 'expired';
};
