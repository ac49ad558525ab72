import type { CollectionConfig, Field } from 'payload';

const BERLIN_TIME_CELL = '/components/BerlinTimeCell#BerlinTimeCell';

// Payload's own timestamp fields (same name, type, index and label), with the
// list cell every other time on the desk uses: Europe/Berlin, not the browser's zone.
const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
  name,
  type: 'date',
  index: true,
  label: ({ t }) => t(name === 'createdAt' ? 'general:createdAt' : 'general:updatedAt'),
  admin: { disableBulkEdit: true, hidden: true, components: { Cell: BERLIN_TIME_CELL } },
});

// Every collection with timestamps shows them in Berlin time: in list columns
// and above the document (BerlinTimestamps, in place of Payload's pair).
export const withBerlinTimestamps = (collection: CollectionConfig): CollectionConfig => {
  if (collection.timestamps === false) return collection;
  const has = (name: string) => collection.fields.some((field) => 'name' in field && field.name === name);
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          beforeDocumentControls: ['/components/BerlinTimestamps#BerlinTimestamps'],
        },
      },
    },
    fields: [
      ...collection.fields,
      ...(['createdAt', 'updatedAt'] as const).filter((name) => !has(name)).map(timestamp),
    ],
  };
};
