import type { BusinessCalendar } from './businessDays';
import { berlinDate } from './days';
import type { Words } from '../i18n/locales';

// How pressing a record's next deadline is, in the words staff filter by. The
// "soon" window is two business days, as the work queues promise.
export const urgencies = ['overdue', 'today', 'soon', 'later', 'none'] as const;
export type Urgency = (typeof urgencies)[number];

export const urgencyLabels: Record<Urgency, Words> = {
  overdue: { nl: 'Te laat', en: 'Overdue', de: 'Überfällig', fr: 'En retard', es: 'Vencido' },
  today: { nl: 'Vandaag', en: 'Due today', de: 'Heute fällig', fr: 'À traiter aujourd’hui', es: 'Vence hoy' },
  soon: {
    nl: 'Binnen 2 werkdagen',
    en: 'Due within 2 business days',
    de: 'In 2 Arbeitstagen fällig',
    fr: 'Sous 2 jours ouvrés',
    es: 'Vence en 2 días hábiles',
  },
  later: { nl: 'Later', en: 'Later', de: 'Später', fr: 'Plus tard', es: 'Más adelante' },
  none: {
    nl: 'Geen open termijn',
    en: 'No open deadline',
    de: 'Keine offene Frist',
    fr: 'Aucun délai en cours',
    es: 'Sin plazo pendiente',
  },
};

// The work queue's order: what is overdue first, what owes nothing last.
export const urgencyRank = (urgency: Urgency): number => urgencies.indexOf(urgency);

const SOON_BUSINESS_DAYS = 2;

export const urgencyOf = (due: string | null | undefined, now: Date, calendar: BusinessCalendar): Urgency => {
  if (!due) return 'none';
  const dueAt = new Date(due);
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  if (berlinDate(dueAt) === berlinDate(now)) return 'today';
  return calendar.businessDaysBetween(now, dueAt) <= SOON_BUSINESS_DAYS ? 'soon' : 'later';
};
