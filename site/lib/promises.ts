import { formatDeadline } from '@shared/i18n/formatDate';
import type { Locale } from '@shared/i18n/locales';
import type { StatusPromise } from '@shared/types/caseStatus';
import type { Translate } from '../i18n';

// One promise as the customer reads it: its name, and whether it was kept (on
// time or late), missed, still due, or no longer owed because the case closed.
export const promiseRow = (
  promise: StatusPromise,
  { t, locale, closed, now = new Date() }: { t: Translate; locale: Locale; closed: boolean; now?: Date },
): [string, string] | undefined => {
  if (!promise.dueAt) return undefined;
  const date = (value: string) => formatDeadline(value, locale);
  const due = date(promise.dueAt);
  const state = promise.keptAt
    ? t(new Date(promise.keptAt) <= new Date(promise.dueAt) ? 'status.promise.kept' : 'status.promise.keptLate')
        .replace('{date}', date(promise.keptAt))
        .replace('{due}', due)
    : closed
      ? t('status.promise.closed')
      : t(now > new Date(promise.dueAt) ? 'status.promise.missed' : 'status.promise.due').replace('{date}', due);
  const moved = promise.extendedFrom
    ? ` ${t('status.promise.extended').replace('{date}', date(promise.extendedFrom))}`
    : '';
  return [t(`status.promise.${promise.kind}`), `${state}${moved}`];
};
