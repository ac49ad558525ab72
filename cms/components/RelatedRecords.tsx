import type { Payload, UIFieldServerComponent, Where } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { readerLocale, type Locale, type Words } from '@shared/i18n/locales';
import { feedbackStatusLabels } from '../collections/Feedback/statusLabels';
import { deskTranslate, type Translate } from '../i18n';
import { statusLabels } from '../workflow/lifecycle';

type Row = { href: string; label: string; status: string; receivedAt?: string | null; why: string };
type RelatedDoc = { id?: number; reporter?: { email?: string | null }; domains?: { ascii?: string | null }[] | null };

const LIMIT = 20;

// Who else wrote from this address, and what else was filed about these
// domains: the customer's and the domain's history on the case itself, each
// record linked, as far as the staff member may see it.
export const RelatedRecords: UIFieldServerComponent = async ({ data, payload, user, i18n }) => {
  const doc = (data ?? {}) as RelatedDoc;
  if (!doc.id || !user) return null;
  const t = deskTranslate(i18n.t);
  const language = readerLocale(i18n.language);
  const email = doc.reporter?.email?.trim().toLowerCase();
  const domains = (doc.domains ?? []).map((domain) => domain.ascii).filter((ascii): ascii is string => Boolean(ascii));
  const staff = { ...user, collection: 'users' } as never;
  const rows = await relatedRows({ payload, user: staff, caseId: doc.id, email, domains, t, language });
  return (
    <section aria-labelledby="related-records" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="related-records">{t('relatedTitle')}</h3>
      {rows.length === 0 ? (
        <p>{t('relatedNone')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.href}>
              <a href={row.href}>{row.label}</a> — {row.status}
              {row.receivedAt
                ? `, ${t('relatedReceived', { time: formatBerlinTime(row.receivedAt, language) })}`
                : ''}{' '}
              <small>({row.why})</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

// A status in the reader's language; a value without words as stored.
const statusText =
  (labels: Partial<Record<string, Words>>, language: Locale) =>
  (status?: string | null): string =>
    status ? (labels[status]?.[language] ?? status) : '';

const relatedRows = async ({
  payload,
  user,
  caseId,
  email,
  domains,
  t,
  language,
}: {
  payload: Payload;
  user: never;
  caseId: number;
  email: string | undefined;
  domains: string[];
  t: Translate;
  language: Locale;
}): Promise<Row[]> => {
  const asStaff = { user, overrideAccess: false, depth: 0, limit: LIMIT, sort: '-receivedAt' } as const;
  const caseWhere: Where[] = [
    ...(email ? [{ 'reporter.email': { equals: email } }] : []),
    ...(domains.length ? [{ 'domains.ascii': { in: domains } }] : []),
  ];
  if (!caseWhere.length) return [];
  // A role without access to a collection simply sees none of it.
  const quietly = async <T,>(find: Promise<{ docs: T[] }>): Promise<T[]> =>
    (await find.catch(() => ({ docs: [] }))).docs;
  const [cases, escalations, feedback] = await Promise.all([
    quietly(
      payload.find({
        collection: 'cases',
        where: { and: [{ id: { not_equals: caseId } }, { or: caseWhere }] },
        ...asStaff,
      }),
    ),
    quietly(
      payload.find({
        collection: 'escalations',
        where: { or: [{ case: { equals: caseId } }, ...caseWhere] },
        ...asStaff,
      }),
    ),
    email
      ? quietly(payload.find({ collection: 'feedback', where: { 'contact.email': { equals: email } }, ...asStaff }))
      : Promise.resolve([]),
  ]);
  const why = (record: RelatedDoc) =>
    email && record.reporter?.email?.toLowerCase() === email ? t('relatedSameEmail') : t('relatedSameDomain');
  const recordStatus = statusText(statusLabels, language);
  return [
    ...cases.map((found) => ({
      href: `/admin/collections/cases/${found.id}`,
      label: found.caseNumber ?? t('relatedCase', { id: found.id }),
      status: recordStatus(found.status),
      receivedAt: found.receivedAt,
      why: why(found as RelatedDoc),
    })),
    ...escalations.map((found) => ({
      href: `/admin/collections/escalations/${found.id}`,
      label: found.escalationNumber ?? t('relatedEscalation', { id: found.id }),
      status: recordStatus(found.status),
      receivedAt: found.receivedAt,
      why: found.case === caseId ? t('relatedEscalationOfThis') : why(found as RelatedDoc),
    })),
    ...feedback.map((found) => ({
      href: `/admin/collections/feedback/${found.id}`,
      label: t('relatedFeedback', { id: found.id }),
      status: statusText(feedbackStatusLabels, language)(found.status),
      receivedAt: found.receivedAt,
      why: t('relatedSameEmail'),
    })),
  ];
};
