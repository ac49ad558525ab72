import type { Words } from '@shared/i18n/locales';

export const feedbackStatusLabels = {
  new: { nl: 'Nieuw', en: 'New', de: 'Neu', fr: 'Nouveau', es: 'Nuevo' },
  forwarded: { nl: 'Doorgestuurd', en: 'Forwarded', de: 'Weitergeleitet', fr: 'Transmis', es: 'Reenviado' },
  closed: { nl: 'Afgesloten', en: 'Closed', de: 'Abgeschlossen', fr: 'Clos', es: 'Cerrado' },
} satisfies Record<string, Words>;

export type FeedbackStatus = keyof typeof feedbackStatusLabels;
