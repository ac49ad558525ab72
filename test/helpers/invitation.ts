import { inject } from 'vitest';
import { waitForMail } from './mailbox';

type Request = (path: string, method: string, body?: unknown) => Promise<Record<string, unknown>>;
type Colleague = { email: string; password: string; name?: string; roles: string[]; language?: string };

// The link a staff invitation or password-reset mail carries: Payload's reset screen.
export const resetToken = (text: string): string | undefined => /\/admin\/reset\/([0-9a-f]+)/.exec(text)?.[1];

// Adds a colleague as an admin does (no password: the admin never chooses one),
// then, as the colleague, takes the link in the invitation mail and chooses the
// password. Resolves with the new account.
export const addColleague = async (asAdmin: Request, { password, ...colleague }: Colleague) => {
  const { doc } = (await asAdmin('/api/users', 'POST', colleague)) as { doc: { id: number } };
  const invitation = await waitForMail(colleague.email, (mail) => Boolean(resetToken(mail.text ?? '')));
  const token = resetToken(invitation.text ?? '');
  const chosen = await fetch(`${inject('cmsUrl')}/api/users/reset-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  if (!chosen.ok)
    throw new Error(`choosing a password for ${colleague.email}: ${chosen.status} ${await chosen.text()}`);
  return doc;
};
