import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { hasRole, isAdmin, isStaff, roleLabels, roles } from '../../access/roles';
import { staffLanguageField } from '../../fields/mailLanguage';
import { createPersonalViews } from '../../queryPresets';
import { inviteColleague, queueResetMail, ownPasswordsOnly, resetMailThroughOutbox } from './accountMail';
import { setAdminLanguage } from './hooks/adminLanguage';
import { forgetKeptOnDelete, forgetKeptOnSave } from '../../utilities/keptPerServer';
import { TEAM_KEPT } from '../../mail/recipients';
import { cmsSettings } from '@shared/settings';
import { wordOptions } from '../../fields/wordOptions';

// Staff accounts. Only admins manage them. Handlers and abuse specialists see
// their colleagues (to assign cases); everyone reads and edits their own
// profile, but never their own roles.
// A colleague always has a name to be shown by: if none is given, the e-mail's
// local part ("hanna.handler") until someone types the real one.
const nameFromEmail: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const email = String(data.email ?? originalDoc?.email ?? '');
  if (!String(data.name ?? originalDoc?.name ?? '').trim() && email) data.name = email.split('@')[0];
  return data;
};

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Guessing a password gets five tries, then the account waits 15 minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // Payload's cookie is always HttpOnly. It is Secure wherever the admin is
    // served over HTTPS, and Lax so that a link in a staff mail opens the admin
    // signed in while another site's POST carries no cookie at all.
    cookies: { secure: cmsSettings().CMS_PUBLIC_URL?.startsWith('https:') ?? false, sameSite: 'Lax' },
  },
  hooks: {
    // A new colleague is invited to choose a password; reset mail goes through the outbox.
    beforeOperation: [ownPasswordsOnly, resetMailThroughOutbox],
    beforeChange: [nameFromEmail],
    // The teams kept per server for the mail (mail/recipients.ts) are read again.
    afterChange: [createPersonalViews, inviteColleague, forgetKeptOnSave(TEAM_KEPT)],
    afterDelete: [forgetKeptOnDelete(TEAM_KEPT)],
    afterOperation: [queueResetMail],
    // The admin opens in the language of the colleague's profile.
    afterLogin: [setAdminLanguage],
  },
  admin: {
    // Colleagues are picked (as assignees) and shown by name.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    admin: ({ req }) => hasRole(req.user, 'handler', 'abuseSpecialist', 'editor'),
    create: isAdmin,
    delete: isAdmin,
    read: ({ req }) =>
      hasRole(req.user, 'handler', 'abuseSpecialist') || (isStaff(req.user) ? { id: { equals: req.user?.id } } : false),
    update: ({ req }) => hasRole(req.user, 'admin') || (isStaff(req.user) ? { id: { equals: req.user?.id } } : false),
  },
  fields: [
    {
      name: 'invitation',
      type: 'ui',
      admin: { components: { Field: '/components/InvitationNotice#InvitationNotice' } },
    },
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['handler'],
      options: wordOptions(roleLabels, roles),
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      saveToJWT: true,
    },
    staffLanguageField,
  ],
};
