import type { DefaultServerCellComponentProps } from 'payload';
import { formatBerlinTime } from '../../shared/calendar/berlin';
import { registrarCalendar } from '../calendar';
import { staffDeadline } from '../workflow/urgency';
import type { WorkflowDoc } from '../workflow/types';

const plural = (count: number) => `${count} business day${count === 1 ? '' : 's'}`;

// The next deadline in the registrar's time (Europe/Berlin, whatever the
// browser's zone) and how many business days are left, in the case lists.
export const DeadlineCell = async ({ cellData, rowData, payload }: DefaultServerCellComponentProps) => {
  const due = staffDeadline(rowData as WorkflowDoc) ?? (typeof cellData === 'string' ? cellData : null);
  if (!due) return <span>—</span>;
  const dueAt = new Date(due);
  const now = new Date();
  const calendar = await registrarCalendar(payload);
  const left = calendar.businessDaysBetween(now, dueAt);
  const owed = staffDeadline(rowData as WorkflowDoc) !== null;
  const overdue = owed && dueAt <= now;
  const remark = !owed
    ? 'escalation window'
    : overdue
      ? `overdue${left < 0 ? ` by ${plural(-left)}` : ''}`
      : left === 0
        ? 'due today'
        : `${plural(left)} left`;
  return (
    <span style={overdue ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}>
      {formatBerlinTime(dueAt)} Berlin
      <br />
      <small>{remark}</small>
    </span>
  );
};
