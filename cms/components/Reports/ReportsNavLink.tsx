import { Link, NavGroup } from '@payloadcms/ui';
import type { PayloadRequest, ServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { deskTranslate } from '../../i18n';
import { canSeeReports } from '../../reports/access';
import { reportsViewPath } from '../../reports/routes';

// The reports in the admin's side navigation, for those who may see them (the
// view checks again: hiding a link protects nothing).
export const ReportsNavLink = ({ i18n, payload, user }: ServerProps) => {
  if (!canSeeReports(user as PayloadRequest['user'])) return null;
  const t = deskTranslate(i18n.t);
  return (
    <NavGroup label={t('reportsNavGroup')}>
      <Link
        className="nav__link"
        href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: reportsViewPath })}
        id="nav-reports"
        prefetch={false}
      >
        <span className="nav__link-label">{t('reportsNavLink')}</span>
      </Link>
    </NavGroup>
  );
};
