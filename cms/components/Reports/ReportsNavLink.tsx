import { Link, NavGroup } from '@payloadcms/ui';
import type { PayloadRequest, ServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { canSeeReports } from '../../reports/access';
import { reportsViewPath } from '../../reports/routes';

// The reports in the admin's side navigation, for those who may see them (the
// view checks again: hiding a link protects nothing).
export const ReportsNavLink = ({ payload, user }: ServerProps) => {
  if (!canSeeReports(user as PayloadRequest['user'])) return null;
  return (
    <NavGroup label="Reports">
      <Link
        className="nav__link"
        href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: reportsViewPath })}
        id="nav-reports"
        prefetch={false}
      >
        <span className="nav__link-label">Figures and deadlines</span>
      </Link>
    </NavGroup>
  );
};
