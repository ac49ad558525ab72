import { allowRoles, anyone } from './roles';

// Published content (procedure text, contact details): everyone reads it, the
// site included; only content editors and admins change it.
export const contentAccess = {
  read: anyone,
  update: allowRoles('editor'),
};
