import { getTranslation } from '@payloadcms/translations';
import type { PayloadRequest, ServerProps, Where } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { hasRole } from '../../access/roles';
import { deskTranslate } from '../../i18n';
import { escalationsAwaitingFinalAnswer, monthLists, type FigureList } from '../../reports/lists';
import { reportsViewPath } from '../../reports/routes';
import { berlinMonth } from '../../reports/tally';
import { listUrl } from './listUrl';
import { queueGroups } from './queues';
import { TileGrid } from './Tile';

// The first thing a colleague sees at /admin: the work waiting for them, each
// number a link to its list. Counted as the colleague (their access rules), so
// the list shows the same number. Admins also get the month so far; editors
// the content they keep.
export const HomeScreen = async ({ i18n, payload, permissions, user }: ServerProps) => {
  if (!user) return null;
  const t = deskTranslate(i18n.t);
  const adminRoute = payload.config.routes.admin;
  const count = async (collection: FigureList['collection'], where: Where) =>
    (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs;
  const tile = async ({ label, collection, where, alarm }: FigureList & { alarm?: boolean }) => ({
    label: t(label),
    href: listUrl({ adminRoute, collection, where }),
    count: await count(collection, where),
    alarm,
  });

  const groups = await Promise.all(
    queueGroups(user.id)
      .filter(({ collection }) => permissions?.collections?.[collection]?.read)
      .map(async ({ title, collection, queues }) => ({
        title: t(title),
        tiles: await Promise.all(queues.map((queue) => tile({ ...queue, collection }))),
      })),
  );

  const month = berlinMonth(new Date());
  const monthTiles = hasRole(user as PayloadRequest['user'], 'admin')
    ? await Promise.all([
        ...monthLists(month).map(tile),
        tile({
          label: 'escalationsAwaitingFinalAnswer',
          collection: 'escalations',
          where: escalationsAwaitingFinalAnswer,
        }),
      ])
    : [];

  const globals = payload.config.globals.filter(({ slug }) => permissions?.globals?.[slug]?.update);
  const keepsContent = groups.length === 0 && globals.length > 0;

  return (
    <section aria-labelledby="home-title" className="desk-home" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h1 id="home-title" style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>
        {t('homeTitle')}
      </h1>
      {groups.length > 0 && <p>{t('homeIntro')}</p>}
      {groups.map((group) => (
        <TileGrid key={group.title} title={group.title} tiles={group.tiles} />
      ))}
      {monthTiles.length > 0 && (
        <TileGrid
          title={t('thisMonth', { month })}
          tiles={monthTiles}
          more={{
            href: formatAdminURL({ adminRoute, path: reportsViewPath }),
            label: t('allFigures'),
          }}
        />
      )}
      {keepsContent && (
        <nav aria-label={t('contentYouKeep')}>
          <h2>{t('contentYouKeep')}</h2>
          <ul style={{ paddingInlineStart: '1.2em' }}>
            {globals.map((global) => (
              <li key={global.slug} style={{ marginBottom: 'calc(var(--base) / 3)' }}>
                <a href={formatAdminURL({ adminRoute, path: `/globals/${global.slug}` })}>
                  {getTranslation(global.label, i18n)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
};
