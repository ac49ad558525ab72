import type { JSONFieldServerComponent } from 'payload';

// A stored JSON value (a timeline entry's details, a job's input and log),
// shown read-only as indented text in place of Payload's JSON editor: that
// editor is Monaco, which loads itself from a public CDN, so on a machine
// without internet the field never appears, and the admin's CSP refuses it
// anyway. Nobody edits these values by hand: the timeline and the job log are
// records of what happened.
export const JsonView: JSONFieldServerComponent = ({ value, field, clientField, i18n }) => {
  const label = typeof clientField.label === 'string' ? clientField.label : field.name;
  const empty = value === undefined || value === null || (typeof value === 'object' && !Object.keys(value).length);
  const id = `json-view-${field.name}`;
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label" id={id}>
        {label}
      </span>
      {empty ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{i18n.t('general:noValue')}</p>
      ) : (
        <pre
          aria-labelledby={id}
          tabIndex={0}
          style={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxHeight: '24rem',
            overflow: 'auto',
            padding: 'calc(var(--base) / 2)',
            border: '1px solid var(--theme-elevation-150)',
            background: 'var(--theme-elevation-50)',
            fontFamily: 'var(--font-mono, monospace)',
            margin: 0,
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
};
