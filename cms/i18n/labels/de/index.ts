import type { LabelCatalogue } from '../en';
import { globalsDe } from './globals';
import { mailDe } from './mail';
import { recordsDe } from './records';
import { staffDe } from './staff';

export const labelsDe: LabelCatalogue = {
  groups: { Cases: 'Fälle', Settings: 'Einstellungen' },
  ...recordsDe,
  ...mailDe,
  ...staffDe,
  ...globalsDe,
};
