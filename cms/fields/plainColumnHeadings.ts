import type { Field } from 'payload';

const PLAIN_LABEL = '/components/PlainLabel#PlainLabel';

const withPlainLabel = (field: Field): Field => {
  // Rows and collapsibles only arrange fields: their fields are the group's.
  if (field.type === 'row' || field.type === 'collapsible')
    return { ...field, fields: field.fields.map(withPlainLabel) };
  if (!('name' in field) || field.type === 'group' || field.type === 'array' || field.type === 'ui') return field;
  if (field.admin && 'components' in field.admin && field.admin.components && 'Label' in field.admin.components) {
    return field;
  }
  const admin = (field.admin ?? {}) as { components?: Record<string, unknown> };
  return { ...field, admin: { ...admin, components: { ...admin.components, Label: PLAIN_LABEL } } } as Field;
};

// Fields directly inside a named group get a list column headed by their own
// label (PlainLabel), not "Group > Field".
export const plainColumnHeadings = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'group' && 'name' in field && field.name
      ? { ...field, fields: field.fields.map(withPlainLabel) }
      : field,
  );
