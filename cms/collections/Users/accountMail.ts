import { randomBytes } from 'node:crypto';
import type { CollectionAfterChangeHook, CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload';
import { Forbidden } from 'payload';
import { readerLocale } from '@shared/i18n/locales';
import { cmsBaseUrl } from '../../mail/links';
import { queueMail } from '../../mail/queue';

// Invitations, not passwords: an admin who adds a colleague never chooses (or
// sees) their password. The account gets a random one nobody knows, and the
// colleague a mail, through the outbox like every other mail, with Payload's own
// reset link to choose theirs. "Forgot password" on the sign-in page sends the
// same kind of mail through the outbox too, so neither is lost when the
// provider is down.

const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;
const RESET_VALID_MS = 60 * 60 * 1000;
// Set on the request while an invitation's reset token is made.
const INVITING = 'invitingColleague' as const;

// Nobody chooses another person's password. An account made by someone signed
// in (an admin adding a colleague) gets a random password nobody knows, whatever
// was sent (the admin's create screen sends a throwaway one, see
// InvitationNotice); a password change for someone else is refused. The first
// account (no one signed in yet) and the seed set theirs; everyone changes
// their own. Runs before Payload reads the password from the request.
export const ownPasswordsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data;
  if (!data || !req.user) return args;
  if (operation === 'create') return { ...args, data: { ...data, password: randomBytes(32).toString('base64url') } };
  if (!data.password) return args;
  const id = (args as { id?: number | string }).id;
  if ((operation === 'update' || operation === 'updateByID') && String(req.user.id) !== String(id)) {
    throw new Forbidden(req.t);
  }
  return args;
};

// A colleague added by someone signed in (not the first account, not the seed) is invited.
export const inviteColleague: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user || req.user.collection !== 'users') return doc;
  req.context[INVITING] = true;
  try {
    await req.payload.forgotPassword({ collection: 'users', data: { email: doc.email }, req });
  } finally {
    req.context[INVITING] = false;
  }
  return doc;
};

// Payload would hand its reset mail straight to the provider; the outbox sends it instead.
export const resetMailThroughOutbox: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args;
  return { ...args, disableEmail: true, expiration: req.context[INVITING] ? INVITATION_VALID_MS : RESET_VALID_MS };
};

export const queueResetMail: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result;
  const email = String((args as { data?: { email?: string } }).data?.email ?? '')
    .toLowerCase()
    .trim();
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  });
  const user = docs[0];
  if (!user?.resetPasswordExpiration) return result;
  const language = readerLocale(user.language);
  const { routes } = req.payload.config;
  const url = `${cmsBaseUrl(req.payload)}${routes.admin}${req.payload.config.admin.routes.reset}/${result}`;
  const expiresAt = user.resetPasswordExpiration;
  const envelope = {
    audience: 'staff' as const,
    channel: 'account' as const,
    language,
    to: user.email,
    name: user.name,
  };
  if (req.context[INVITING]) {
    const invitedBy = req.user && 'name' in req.user && req.user.name ? String(req.user.name) : 'An admin';
    await queueMail(
      req,
      'staffInvitation',
      { ...envelope, eventKey: `invitation:${user.id}:${expiresAt}` },
      {
        invitedBy,
        url,
        expiresAt,
      },
    );
  } else {
    await queueMail(
      req,
      'passwordReset',
      { ...envelope, eventKey: `passwordReset:${user.id}:${expiresAt}` },
      {
        url,
        expiresAt,
      },
    );
  }
  return result;
};
