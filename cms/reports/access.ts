import type { PayloadRequest } from 'payload';
import { hasRole } from '../access/roles';

// The staff who work cases see the figures (admins pass every role check). The
// figures are counts only, so each sees both channels. Editors and the site's
// API client do not.
export const canSeeReports = (user: PayloadRequest['user']): boolean => hasRole(user, 'handler', 'abuseSpecialist');
