import { randomBytes } from 'node:crypto';
import type { Payload } from 'payload';
import { cmsSettings } from '@shared/settings';

// The first start creates one admin. Credentials come from ADMIN_EMAIL and
// ADMIN_PASSWORD, or a random password is printed once: it is never stored in
// clear anywhere.
export const seedAdmin = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' });
  if (totalDocs > 0) return;
  const email = cmsSettings().ADMIN_EMAIL;
  const password = cmsSettings().ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: ['admin'] },
  });
  if (!cmsSettings().ADMIN_PASSWORD) {
    const line = '─'.repeat(60);
    console.log(
      `\n${line}\n  First admin created. Log in to the CMS admin with\n    email:    ${email}\n    password: ${password}\n  This password is shown only now.\n${line}\n`,
    );
  }
};
