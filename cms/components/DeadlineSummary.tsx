import type { UIFieldServerComponent } from 'payload';
import { registrarTimeZone } from '../../shared/calendar/berlin';
import { registrarCalendar } from '../calendar';
import { effectiveAnswerDue } from '../workflow/nextDeadline';
import type { WorkflowDoc } from '../workflow/types';

const berlinTime = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: registrarTimeZone,
});

// The record's deadlines as the procedure counts them: in Europe/Berlin and in
// business days, whatever time zone the browser is in (the date fields below
// follow the browser).
export const DeadlineSummary: UIFieldServerComponent = async ({ data, payload }) => {
  const doc = (data ?? {}) as WorkflowDoc;
  if (!doc.receivedAt) return null;
  const calendar = await registrarCalendar(payload);
  const now = new Date();
  const rows: [string, string | null | undefined, string | null | undefined][] = [
    ['Received', doc.receivedAt, null],
    ['Acknowledgement due', doc.deadlines?.acknowledgementDueAt, doc.milestones?.acknowledgedAt],
    ['Urgent review due', doc.deadlines?.reviewDueAt, null],
    ['Answer due', effectiveAnswerDue(doc), doc.milestones?.answeredAt],
  ];
  const left = (due: string) => {
    const days = calendar.businessDaysBetween(now, new Date(due));
    if (new Date(due) <= now) return 'passed';
    return days === 0 ? 'today' : `${days} business day${days === 1 ? '' : 's'} left`;
  };
  const doneText = (due: string, done: string) =>
    `done ${berlinTime.format(new Date(done))}${new Date(done) > new Date(due) ? ' (late)' : ''}`;
  return (
    <section aria-label="Deadlines in Europe/Berlin" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>Deadlines (Europe/Berlin)</h3>
      <table>
        <tbody>
          {rows
            .filter(([, at]) => Boolean(at))
            .map(([label, at, done]) => (
              <tr key={label}>
                <th scope="row" style={{ textAlign: 'left', paddingRight: 'var(--base)' }}>
                  {label}
                </th>
                <td>{berlinTime.format(new Date(String(at)))}</td>
                <td style={{ paddingLeft: 'var(--base)' }}>
                  {label === 'Received' ? '' : done ? doneText(String(at), done) : left(String(at))}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
};
