import type { Access, PayloadRequest } from 'payload';

export const roles = ['admin', 'handler', 'abuseSpecialist', 'editor'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  handler: 'Complaints handler',
  abuseSpecialist: 'Abuse specialist',
  editor: 'Content editor',
};

type StaffUser = { collection?: string; roles?: Role[] | null };

const staffRoles = (user: PayloadRequest['user']): Role[] => {
  const staff = user as StaffUser | null | undefined;
  return staff?.collection === 'users' ? (staff.roles ?? []) : [];
};

export const hasRole = (user: PayloadRequest['user'], ...wanted: Role[]): boolean => {
  const held = staffRoles(user);
  return held.includes('admin') || wanted.some((role) => held.includes(role));
};

// Access functions built from roles; admins pass every check.
export const allowRoles =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...wanted);

export const isAdmin: Access = allowRoles('admin');
export const anyone: Access = () => true;
export const nobody: Access = () => false;
