import type { DefaultServerCellComponentProps } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { readerLocale } from '@shared/i18n/locales';
import { registrarCalendar } from '../calendar';
import { staffDeadline } from '../workflow/urgency';
import type { WorkflowDoc } from '../workflow/types';
import { deskTranslate } from '../i18n/desk';
import { businessDaysLeft } from './businessDaysLeft';
import { CellLink } from './CellLink';

// The next deadline in the registrar's time (Europe/Berlin, whatever the
// browser's zone) and how many business days are left, in the case lists.
export const DeadlineCell = async (props: DefaultServerCellComponentProps) => {
  const { cellData, rowData, payload, i18n } = props;
  const t = deskTranslate(i18n.t);
  const due = staffDeadline(rowData as WorkflowDoc) ?? (typeof cellData === 'string' ? cellData : null);
  if (!due)
    return (
      <CellLink {...props}>
        <span>—</span>
      </CellLink>
    );
  const dueAt = new Date(due);
  const now = new Date();
  const calendar = await registrarCalendar(payload);
  const left = calendar.businessDaysBetween(now, dueAt);
  const owed = staffDeadline(rowData as WorkflowDoc) !== null;
  const overdue = owed && dueAt <= now;
  const remark = !owed
    ? t('escalationWindowState')
    : overdue
      ? left < -1
        ? t('overdueBy', { count: -left })
        : left === -1
          ? t('overdueByOne')
          : t('overdueState')
      : businessDaysLeft(t, left);
  return (
    <CellLink {...props}>
      <span style={overdue ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}>
        {formatBerlinTime(dueAt, readerLocale(i18n.language))} Berlin
        <br />
        <small>{remark}</small>
      </span>
    </CellLink>
  );
};
