import { getTranslation } from '@payloadcms/translations';
import { FieldLabel } from '@payloadcms/ui';
import type { I18nClient } from '@payloadcms/translations';
import type { ClientField } from 'payload';

type Props = { clientField?: ClientField; field?: ClientField; i18n: I18nClient; path?: string };

// A field's own label. Payload heads a list column of a field inside a group
// with the group's label too ("Deadlines > Next deadline"), which makes the
// triage columns hard to scan at a glance; with this label component the
// column reads "Next deadline". In the edit form (where there is a path) it is
// Payload's own field label, so nothing changes there.
export const PlainLabel = ({ clientField, field, i18n, path }: Props) => {
  const shown = clientField ?? field;
  const label = shown && 'label' in shown && shown.label ? getTranslation(shown.label, i18n) : '';
  const text = typeof label === 'string' && label ? label : shown && 'name' in shown ? shown.name : '';
  if (!path) return <span>{text}</span>;
  const required = Boolean(shown && 'required' in shown && shown.required);
  return <FieldLabel label={text} path={path} required={required} />;
};
