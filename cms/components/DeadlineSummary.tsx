import type { UIFieldServerComponent } from 'payload';
import { formatBerlinTime } from '../../shared/calendar/berlin';
import { registrarCalendar } from '../calendar';
import { closeReasonLabels, type CloseReason } from '../workflow/lifecycle';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';

type Row = { label: string; at?: string | null; done?: string | null; note?: string };

// The record's dates as the procedure counts them: in Europe/Berlin and in
// business days, whatever time zone the browser is in. The one place the edit
// view shows them, so no second clock can disagree.
export const DeadlineSummary: UIFieldServerComponent = async ({ data, payload }) => {
  const doc = (data ?? {}) as WorkflowDoc;
  if (!doc.receivedAt) return null;
  const calendar = await registrarCalendar(payload);
  const now = new Date();
  const closed = doc.status === 'closed';
  const answerDue = effectiveAnswerDue(doc);
  const extended = doc.extension?.expectedAnswerAt && doc.deadlines?.answerDueAt;
  const rows: Row[] = [
    { label: 'Received', at: doc.receivedAt, done: doc.receivedAt },
    { label: 'Urgent review due', at: doc.deadlines?.reviewDueAt },
    { label: 'Acknowledgement due', at: doc.deadlines?.acknowledgementDueAt, done: doc.milestones?.acknowledgedAt },
    {
      label: 'Answer due',
      at: answerDue,
      done: doc.milestones?.answeredAt,
      note: extended ? `extended from ${formatBerlinTime(String(doc.deadlines?.answerDueAt))}` : undefined,
    },
    {
      label: 'Escalation possible until',
      at: doc.escalationWindowEndsAt,
      done: closed ? doc.milestones?.closedAt : null,
    },
    { label: 'Closed', at: doc.milestones?.closedAt, done: doc.milestones?.closedAt },
  ];
  const state = ({ label, at, done }: Row): string => {
    if (label === 'Received' || label === 'Closed') return '';
    const due = new Date(String(at));
    if (done) return new Date(done) > due ? `done ${formatBerlinTime(done)} (late)` : `done ${formatBerlinTime(done)}`;
    // A closed record owes nothing more: what was not done is history, not a countdown.
    if (closed) return due < new Date(String(doc.milestones?.closedAt)) ? 'missed' : 'not needed: closed';
    if (due <= now) return 'passed';
    const days = calendar.businessDaysBetween(now, due);
    return days === 0 ? 'today' : `${days} business day${days === 1 ? '' : 's'} left`;
  };
  const reason = doc.closeReason ? closeReasonLabels[doc.closeReason as CloseReason] : null;
  return (
    <section aria-label="Dates in Europe/Berlin" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>Dates (Europe/Berlin)</h3>
      <table>
        <tbody>
          {rows
            .filter(({ at }) => Boolean(at))
            .map((row) => (
              <tr key={row.label}>
                <th scope="row" style={{ textAlign: 'left', paddingRight: 'var(--base)', verticalAlign: 'top' }}>
                  {row.label}
                </th>
                <td style={{ verticalAlign: 'top' }}>
                  {formatBerlinTime(String(row.at))}
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
          <strong>Closed:</strong> {reason}
          {doc.closeNote ? ` — ${doc.closeNote}` : ''}
        </p>
      ) : null}
    </section>
  );
};
