import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import { redirect } from 'next/navigation';
import type { AdminViewServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { deskTranslate } from '../../i18n';
import { canSeeReports } from '../../reports/access';
import { computeFigures } from '../../reports/figures';
import { figuresCsvPath, reportsViewPath } from '../../reports/routes';
import { FiguresReport } from './FiguresReport';

// /admin/reports. Payload serves custom views to anyone, signed in or not, so
// the view checks who is asking itself, with the same rule as the API.
export const ReportsView = async ({ initPageResult, params, searchParams, user }: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult;
  const { routes, admin } = req.payload.config;
  if (!req.user) {
    const back = encodeURIComponent(formatAdminURL({ adminRoute: routes.admin, path: reportsViewPath }));
    redirect(formatAdminURL({ adminRoute: routes.admin, path: `${admin.routes.login}?redirect=${back}` }));
  }
  const allowed = canSeeReports(req.user);
  const t = deskTranslate(req.i18n.t);
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // Copied: React 19 refuses the frozen object Payload hands the view (as Payload's own views do).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>{t('reportsTitle')}</h1>
        {allowed ? (
          <FiguresReport
            figures={await computeFigures(req.payload)}
            csvUrl={formatAdminURL({ apiRoute: routes.api, path: figuresCsvPath })}
            t={t}
            language={req.i18n.language}
          />
        ) : (
          <p>{t('reportsNotAllowed')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  );
};
