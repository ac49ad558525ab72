import { getTranslation } from '@payloadcms/translations';
import type { PayloadRequest, ServerProps, Where } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { hasRole } from '../../access/roles';
import { deskTranslate } from '../../i18n';
import { escalationsAwaitingFinalAnswer, monthLists, type FigureList } from '../../reports/lists';
import { reportsViewPath } from '../../reports/routes';
import { berlinMonth } from '../../reports/tally';
import { listUrl } from './listUrl';
import { mailGroups, queueGroups, type QueueGroup } from './queues';
import { TileGrid } from './Tile';

// The first thing a colleague sees at /admin: the work waiting for them, each
// number a link to its list. Counted as the colleague (their access rules), so
// the list shows the same number. Admins also get the month so far; editors
// the content they keep.
export const HomeScreen = async ({ i18n, payload, permissions, user }: ServerProps) => {
  if (!user) return null;
  const t = deskTranslate(i18n.t);
  const adminRoute = payload.config.routes.admin;
  type Counted = FigureList['collection'] | QueueGroup['collection'];
  const count = async (collection: Counted, where: Where) =>
    // A copy: a query across a relationship (case.status) gets the related
    // collection's access rules written into the where it is given, and the
    // link must carry the query as it was meant.
    (await payload.count({ collection, where: structuredClone(where), user, overrideAccess: false })).totalDocs;
  const tile = async ({
    label,
    collection,
    where,
    alarm,
  }: Omit<FigureList, 'collection'> & { collection: Counted; alarm?: boolean }) => ({
    label: t(label),
    href: listUrl({ adminRoute, collection, where }),
    count: await count(collection, where),
    alarm,
  });

  const readable = ({ collection }: QueueGroup) => Boolean(permissions?.collections?.[collection]?.read);
  const counted = await Promise.all(
    queueGroups(user.id)
      .filter(readable)
      .map(async ({ title, collection, queues }) => ({
        title: t(title),
        tiles: await Promise.all(queues.map((queue) => tile({ ...queue, collection }))),
      })),
  );
  // The mail tiles (what went wrong with our mail, what customers wrote) form
  // one group, whichever of their lists the colleague may read.
  const mail = mailGroups(new Date());
  const mailTiles = (
    await Promise.all(
      mail
        .filter(readable)
        .map(({ collection, queues }) => Promise.all(queues.map((queue) => tile({ ...queue, collection })))),
    )
  ).flat();
  const [mailGroup] = mail;
  const groups =
    mailTiles.length > 0 && mailGroup
      ? [...counted, { title: t(mailGroup.title, mailGroup.titleValues), tiles: mailTiles }]
      : counted;

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
