import type { Translate } from '../i18n/desk';

// "today", "1 business day left", "3 business days left": one wording for the
// dates summary and the list cell.
export const businessDaysLeft = (t: Translate, days: number): string => {
  if (days === 0) return t('today');
  return days === 1 ? t('oneBusinessDayLeft') : t('businessDaysLeft', { count: days });
};
