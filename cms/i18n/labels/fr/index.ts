import type { LabelCatalogue } from '../en';
import { globalsFr } from './globals';
import { mailFr } from './mail';
import { recordsFr } from './records';
import { staffFr } from './staff';

export const labelsFr: LabelCatalogue = {
  groups: { Cases: 'Dossiers', Settings: 'Paramètres' },
  ...recordsFr,
  ...mailFr,
  ...staffFr,
  ...globalsFr,
};
