import { globalsEn } from './globals';
import { mailEn } from './mail';
import { recordsEn } from './records';
import { staffEn } from './staff';

// The English labels of every collection and global staff and editors see,
// keyed by slug: the reference each other language is typed against, so a
// missing (or stray) key fails to compile. Nav groups are keyed by the
// group's English name as the configs give it.
export const labelsEn = {
  groups: { Cases: 'Cases', Settings: 'Settings' },
  ...recordsEn,
  ...mailEn,
  ...staffEn,
  ...globalsEn,
};

export type LabelCatalogue = typeof labelsEn;
export type Records = typeof recordsEn;
export type Mail = typeof mailEn;
export type Staff = typeof staffEn;
export type Globals = typeof globalsEn;
