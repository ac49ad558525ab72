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

// A time in a list column is shown in Berlin time like every other time on the
// desk: Payload's own date cell would use the browser's zone, so a colleague in
// New York saw "04:38" in the Inbox list and "10:37" on the message itself.
// Dates without a time of day (a holiday) keep Payload's cell.
const withBerlinCell = (field: Field): Field => {
  if (field.type === 'date') {
    const dayOnly = field.admin?.date?.pickerAppearance === 'dayOnly';
    if (dayOnly || field.admin?.components?.Cell) return field;
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: BERLIN_TIME_CELL } } };
  }
  if ('fields' in field) return { ...field, fields: field.fields.map(withBerlinCell) } as Field;
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withBerlinCell) })) };
  return field;
};

// Every collection shows its times in Berlin: its own date fields in list
// columns, and its timestamps in list columns and above the document
// (BerlinTimestamps, in place of Payload's pair).
export const withBerlinTimes = (collection: CollectionConfig): CollectionConfig => {
  const has = (name: string) => collection.fields.some((field) => 'name' in field && field.name === name);
  const fields = collection.fields.map(withBerlinCell);
  if (collection.timestamps === false) return { ...collection, fields };
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
    fields: [...fields, ...(['createdAt', 'updatedAt'] as const).filter((name) => !has(name)).map(timestamp)],
  };
};
