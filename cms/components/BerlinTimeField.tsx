import { getTranslation } from '@payloadcms/translations';
import type { DateFieldServerComponent } from 'payload';
import { formatBerlinTime, registrarTimeZone } from '@shared/calendar/berlin';
import { readerLocale } from '@shared/i18n/locales';

// A time nobody edits (sent, last attempt, anonymised, published), shown as
// text in Europe/Berlin like every other time on the desk. Payload's date
// field would show it in the browser's zone, in a picker nobody may use.
export const BerlinTimeField: DateFieldServerComponent = ({ value, clientField, field, i18n }) => {
  const label = clientField.label ? getTranslation(clientField.label, i18n) : field.name;
  const id = `berlin-time-${field.name}`;
  return (
    <div className="field-type berlin-time" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label" id={id}>
        {typeof label === 'string' ? label : field.name}
      </span>
      <p aria-labelledby={id} style={{ margin: 0 }}>
        {typeof value === 'string' && value
          ? `${formatBerlinTime(value, readerLocale(i18n.language))} (${registrarTimeZone})`
          : '—'}
      </p>
    </div>
  );
};
