import type { Payload, UIFieldServerComponent, Where } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { statusLabels, type Status } from '../workflow/lifecycle';

type Row = { href: string; label: string; status: string; receivedAt?: string | null; why: string };
type Record = { id?: number; reporter?: { email?: string | null }; domains?: { ascii?: string | null }[] | null };

const LIMIT = 20;

// Who else wrote from this address, and what else was filed about these
// domains: the customer's and the domain's history on the case itself, each
// record linked, as far as the staff member may see it.
export const RelatedRecords: UIFieldServerComponent = async ({ data, payload, user }) => {
  const doc = (data ?? {}) as Record;
  if (!doc.id || !user) return null;
  const email = doc.reporter?.email?.trim().toLowerCase();
  const domains = (doc.domains ?? []).map((domain) => domain.ascii).filter((ascii): ascii is string => Boolean(ascii));
  const rows = await relatedRows(payload, { ...user, collection: 'users' } as never, doc.id, email, domains);
  return (
    <section aria-labelledby="related-records" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="related-records">Same customer or domains</h3>
      {rows.length === 0 ? (
        <p>Nothing else from this address or about these domains.</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.href}>
              <a href={row.href}>{row.label}</a> — {row.status}
              {row.receivedAt ? `, received ${formatBerlinTime(row.receivedAt)}` : ''} <small>({row.why})</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const statusText = (status?: string | null) => (status ? (statusLabels[status as Status] ?? status) : '');

const relatedRows = async (
  payload: Payload,
  user: never,
  caseId: number,
  email: string | undefined,
  domains: string[],
): Promise<Row[]> => {
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
  const why = (record: Record) =>
    email && record.reporter?.email?.toLowerCase() === email ? 'same e-mail address' : 'same domain';
  return [
    ...cases.map((found) => ({
      href: `/admin/collections/cases/${found.id}`,
      label: found.caseNumber ?? `Case ${found.id}`,
      status: statusText(found.status),
      receivedAt: found.receivedAt,
      why: why(found as Record),
    })),
    ...escalations.map((found) => ({
      href: `/admin/collections/escalations/${found.id}`,
      label: found.escalationNumber ?? `Escalation ${found.id}`,
      status: statusText(found.status),
      receivedAt: found.receivedAt,
      why: found.case === caseId ? 'escalation of this case' : why(found as Record),
    })),
    ...feedback.map((found) => ({
      href: `/admin/collections/feedback/${found.id}`,
      label: `Feedback ${found.id}`,
      status: String(found.status ?? ''),
      receivedAt: found.receivedAt,
      why: 'same e-mail address',
    })),
  ];
};
