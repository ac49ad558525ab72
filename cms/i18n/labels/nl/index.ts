import type { LabelCatalogue } from '../en';
import { globalsNl } from './globals';
import { mailNl } from './mail';
import { recordsNl } from './records';
import { staffNl } from './staff';

export const labelsNl: LabelCatalogue = {
  groups: { Cases: 'Zaken', Settings: 'Instellingen' },
  ...recordsNl,
  ...mailNl,
  ...staffNl,
  ...globalsNl,
};
