import type { CollectionBeforeChangeHook } from 'payload';
import { berlinYear } from '../../../../shared/calendar/berlin';
import { nextCaseNumber, type NumberSeries } from '../caseNumber';

// Numbers are per series and per year of receipt (in Berlin time).
export const assignNumber =
  ({
    field,
    series,
  }: {
    field: string;
    series: (data: Record<string, unknown>) => NumberSeries;
  }): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || data[field]) return data;
    const receivedAt = new Date(data.receivedAt ?? Date.now());
    const number = await nextCaseNumber({ series: series(data), year: berlinYear(receivedAt), payload: req.payload });
    return { ...data, [field]: number };
  };
