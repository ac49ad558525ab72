import type { CollectionBeforeChangeHook } from 'payload';
import { berlinYear } from '../../../../shared/calendar/berlin';
import { nextCaseNumber, type Channel } from '../caseNumber';

// Numbers are per channel and per year of receipt (in Berlin time): C-2026-000123.
export const assignCaseNumber: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.caseNumber) return data;
  const channel = (data.channel ?? 'complaint') as Channel;
  const receivedAt = new Date(data.receivedAt ?? Date.now());
  const caseNumber = await nextCaseNumber({ channel, year: berlinYear(receivedAt), payload: req.payload });
  return { ...data, caseNumber };
};
