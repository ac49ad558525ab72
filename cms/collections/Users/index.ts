import type { CollectionConfig } from 'payload';
import { hasRole, isAdmin, isStaff, roleLabels, roles } from '../../access/roles';
import { mailLanguageField } from '../../fields/mailLanguage';
import { createPersonalViews } from '../../queryPresets';
import { setAdminLanguage } from './hooks/adminLanguage';
import { cmsSettings } from '../../../shared/settings';

// Staff accounts. Only admins manage them. Handlers and abuse specialists see
// their colleagues (to assign cases); everyone reads and edits their own
// profile, but never their own roles.
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
  // The admin opens in the language of the colleague's profile.
  hooks: { afterChange: [createPersonalViews], afterLogin: [setAdminLanguage] },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    admin: ({ req }) => hasRole(req.user, 'handler', 'abuseSpecialist', 'editor'),
    create: isAdmin,
    delete: isAdmin,
    read: ({ req }) =>
      hasRole(req.user, 'handler', 'abuseSpecialist') || (isStaff(req.user) ? { id: { equals: req.user?.id } } : false),
    update: ({ req }) => hasRole(req.user, 'admin') || (isStaff(req.user) ? { id: { equals: req.user?.id } } : false),
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['handler'],
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      saveToJWT: true,
    },
    mailLanguageField,
  ],
};
