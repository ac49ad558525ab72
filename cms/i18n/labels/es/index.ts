import type { LabelCatalogue } from '../en';
import { globalsEs } from './globals';
import { mailEs } from './mail';
import { recordsEs } from './records';
import { staffEs } from './staff';

export const labelsEs: LabelCatalogue = {
  groups: { Cases: 'Casos', Settings: 'Ajustes' },
  ...recordsEs,
  ...mailEs,
  ...staffEs,
  ...globalsEs,
};
