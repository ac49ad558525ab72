import type { Access, PayloadRequest, Where } from 'payload';
import { channels, type Channel } from '@shared/channel';
import type { Words } from '@shared/i18n/locales';

export const roles = ['admin', 'handler', 'abuseSpecialist', 'editor'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, Words> = {
  admin: { nl: 'Beheerder', en: 'Admin', de: 'Administrator', fr: 'Administrateur', es: 'Administrador' },
  handler: {
    nl: 'Klachtbehandelaar',
    en: 'Complaints handler',
    de: 'Beschwerdebearbeitung',
    fr: 'Chargé des réclamations',
    es: 'Gestor de reclamaciones',
  },
  abuseSpecialist: {
    nl: 'Misbruikspecialist',
    en: 'Abuse specialist',
    de: 'Missbrauchsspezialist',
    fr: 'Spécialiste des abus',
    es: 'Especialista en abusos',
  },
  editor: {
    nl: 'Contentredacteur',
    en: 'Content editor',
    de: 'Redaktion',
    fr: 'Rédacteur de contenu',
    es: 'Editor de contenidos',
  },
};

type AuthUser = PayloadRequest['user'];
type StaffUser = { collection?: string; roles?: Role[] | null };

const staffRoles = (user: AuthUser): Role[] => {
  const staff = user as StaffUser | null | undefined;
  return staff?.collection === 'users' ? (staff.roles ?? []) : [];
};

export const hasRole = (user: AuthUser, ...wanted: Role[]): boolean => {
  const held = staffRoles(user);
  return held.includes('admin') || wanted.some((role) => held.includes(role));
};

export const isStaff = (user: AuthUser): boolean => staffRoles(user).length > 0;

const collectionOf = (user: AuthUser): string | undefined =>
  (user as { collection?: string } | null | undefined)?.collection;

// The public site authenticates as an API client; it may only file submissions.
export const isSiteClient = (user: AuthUser): boolean => collectionOf(user) === 'api-clients';

// A partner (a blocklist, a brand-protection firm, a CERT) authenticates with
// its own API key and may only file X-ARF reports through its endpoint
// (cms/collections/Partners/reportEndpoint.ts): every access check that
// asks for a role or for the site client refuses it.
export const isPartner = (user: AuthUser): boolean => collectionOf(user) === 'partners';

// Machines, not people: kept out of Payload's own records (access/internal.ts).
export const isMachineClient = (user: AuthUser): boolean => isSiteClient(user) || isPartner(user);

// Access functions built from roles; admins pass every check.
export const allowRoles =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...wanted);

export const isAdmin: Access = allowRoles('admin');
export const anyone: Access = () => true;
export const nobody: Access = () => false;

// Who works which channel: complaints belong to handlers, abuse reports to abuse
// specialists. Returns a query constraint, so lists only ever hold allowed rows.
// 'all' for an admin and for someone on both teams, else the channels the
// person's roles work (maybe none). Every record guarded by channelAccess has
// a required channel of these two, so "both" is "all" and is asked as no
// constraint: `channel IN ('complaint', 'abuse')` would keep SQLite from
// reading the list's order off its index (it sorted a million cases, 2.8 s).
// Also read by the case list's kept total (collections/Cases/listTotal.ts).
export const readableChannels = (user: AuthUser): 'all' | Channel[] => {
  if (hasRole(user, 'admin')) return 'all';
  const worked = [
    ...(hasRole(user, 'handler') ? (['complaint'] as const) : []),
    ...(hasRole(user, 'abuseSpecialist') ? (['abuse'] as const) : []),
  ];
  return worked.length === channels.length ? 'all' : worked;
};

export const channelAccess: Access = ({ req }) => {
  const readable = readableChannels(req.user);
  if (readable === 'all') return true;
  if (readable.length === 0) return false;
  const where: Where = { channel: { in: readable } };
  return where;
};
