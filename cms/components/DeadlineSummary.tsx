import type { UIFieldServerComponent } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { readerLocale } from '@shared/i18n/locales';
import { registrarCalendar } from '../calendar';
import { deskTranslate, type DeskKey } from '../i18n';
import { businessDaysLeft } from './businessDaysLeft';
import type { CloseReason } from '../workflow/lifecycle';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';

type Row = { label: DeskKey; at?: string | null; done?: string | null; note?: string };

const closeReasonKeys: Record<CloseReason, DeskKey> = {
  resolved: 'closeReasonResolved',
  noEscalation: 'closeReasonNoEscalation',
  finalAnswer: 'closeReasonFinalAnswer',
  spam: 'closeReasonSpam',
  duplicate: 'closeReasonDuplicate',
  outOfScope: 'closeReasonOutOfScope',
};

// The record's dates as the procedure counts them: in Europe/Berlin and in
// business days, whatever time zone the browser is in. The one place the edit
// view shows them, so no second clock can disagree.
export const DeadlineSummary: UIFieldServerComponent = async ({ data, payload, i18n }) => {
  const t = deskTranslate(i18n.t);
  const language = readerLocale(i18n.language);
  const doc = (data ?? {}) as WorkflowDoc;
  if (!doc.receivedAt) return null;
  const calendar = await registrarCalendar(payload);
  const now = new Date();
  const closed = doc.status === 'closed';
  const answerDue = effectiveAnswerDue(doc);
  const extended = doc.extension?.expectedAnswerAt && doc.deadlines?.answerDueAt;
  const rows: Row[] = [
    { label: 'received', at: doc.receivedAt, done: doc.receivedAt },
    { label: 'urgentReviewDue', at: doc.deadlines?.reviewDueAt },
    { label: 'acknowledgementDue', at: doc.deadlines?.acknowledgementDueAt, done: doc.milestones?.acknowledgedAt },
    {
      label: 'answerDue',
      at: answerDue,
      done: doc.milestones?.answeredAt,
      note: extended
        ? t('extendedFrom', { at: formatBerlinTime(String(doc.deadlines?.answerDueAt), language) })
        : undefined,
    },
    {
      label: 'escalationPossibleUntil',
      at: doc.escalationWindowEndsAt,
      done: closed ? doc.milestones?.closedAt : null,
    },
    { label: 'statusClosed', at: doc.milestones?.closedAt, done: doc.milestones?.closedAt },
  ];
  const state = ({ label, at, done }: Row): string => {
    if (label === 'received' || label === 'statusClosed') return '';
    const due = new Date(String(at));
    if (done) {
      const doneAt = t('doneAt', { at: formatBerlinTime(done, language) });
      return new Date(done) > due ? `${doneAt} ${t('late')}` : doneAt;
    }
    // A closed record owes nothing more: what was not done is history, not a countdown.
    if (closed) return due < new Date(String(doc.milestones?.closedAt)) ? t('missedState') : t('notNeededClosed');
    if (due <= now) return t('passed');
    const days = calendar.businessDaysBetween(now, due);
    return businessDaysLeft(t, days);
  };
  const reasonKey = doc.closeReason ? closeReasonKeys[doc.closeReason as CloseReason] : undefined;
  const reason = reasonKey ? t(reasonKey) : null;
  return (
    <section aria-label={t('datesRegion')} style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t('datesBerlin')}</h3>
      <table>
        <tbody>
          {rows
            .filter(({ at }) => Boolean(at))
            .map((row) => (
              <tr key={row.label}>
                <th scope="row" style={{ textAlign: 'left', paddingRight: 'var(--base)', verticalAlign: 'top' }}>
                  {t(row.label)}
                </th>
                <td style={{ verticalAlign: 'top' }}>
                  {formatBerlinTime(String(row.at), language)}
                  {row.note ? (
                    <>
                      <br />
                      <small>{row.note}</small>
                    </>
                  ) : null}
                </td>
                <td style={{ paddingLeft: 'var(--base)', verticalAlign: 'top' }}>{state(row)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {closed && reason ? (
        <p>
          <strong>{t('closedBecause')}</strong> {reason}
          {doc.closeNote ? ` — ${doc.closeNote}` : ''}
        </p>
      ) : null}
    </section>
  );
};
