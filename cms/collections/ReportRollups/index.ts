import type { CollectionConfig } from 'payload';

// The report's counters (cms/reports/rollups/): kept up to date by the save of
// every case, escalation and feedback, read by the reports, rebuilt from the
// records by `npm run reports:rebuild`. Nobody reads or edits them directly:
// the reports endpoint reads them with its own access check.
export const ReportRollups: CollectionConfig = {
  slug: 'report-rollups',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['cases', 'escalations', 'feedback'],
      index: true,
    },
    { name: 'month', type: 'text' },
    { name: 'channel', type: 'text' },
    // The complaint's topic or the abuse report's category.
    { name: 'segment', type: 'text' },
    { name: 'language', type: 'text' },
    { name: 'deadline', type: 'text' },
    { name: 'dueAt', type: 'date' },
    { name: 'counts', type: 'json', required: true },
  ],
};
