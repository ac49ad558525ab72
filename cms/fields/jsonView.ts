import type { Field } from 'payload';

const JSON_VIEW = '/components/JsonView#JsonView';

// Every JSON field in these fields (in arrays, groups, rows and tabs too) shown
// by the read-only JsonView instead of Payload's CDN-loaded code editor.
export const showJsonReadOnly = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'json') {
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_VIEW } } };
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: showJsonReadOnly(tab.fields) })) };
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: showJsonReadOnly(field.fields) } as Field;
    }
    return field;
  });
