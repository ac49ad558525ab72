import type { Field } from 'payload';

// Payload's bulk edit offers every field it cannot see a lock on, including
// fields only hooks write; choosing one "succeeds" and changes nothing. So bulk
// edit offers exactly the fields that may change for many records at once.
export const bulkEditOnly = (editable: readonly string[], fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && !editable.includes(field.name)
      ? ({ ...field, admin: { ...field.admin, disableBulkEdit: true } } as Field)
      : field,
  );
