'use client';
import { Button, useLocale, useTranslation } from '@payloadcms/ui';
import { useEffect, useId, useState } from 'react';
import { deskTranslate } from '../i18n/desk';

type Option = { value: string; label: string };
type Props = { messages: Option[]; languages: Option[] };
type Preview = { subject: string; html: string; text: string };

// The finished mail for any message in any language, as the customer will
// read it, with the wording as last saved (the draft) and made-up case facts.
// The HTML is shown like the outbox shows sent mail (MessagePreview): in a
// frame with every sandbox restriction, under the admin's CSP.
export const MailPreviewPanel = ({ messages, languages }: Props) => {
  const locale = useLocale();
  const { t } = useTranslation();
  const desk = deskTranslate(t as never);
  const [message, setMessage] = useState(messages[0]?.value ?? '');
  const [language, setLanguage] = useState(locale.code);
  const [preview, setPreview] = useState<Preview | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { message: useId(), language: useId(), frame: useId() };

  const show = async () => {
    setBusy(true);
    try {
      const query = new URLSearchParams({ message, language });
      const response = await fetch(`/api/globals/mail-wording/preview?${query}`, { credentials: 'include' });
      setPreview(response.ok ? ((await response.json()) as Preview) : 'failed');
    } catch {
      setPreview('failed');
    } finally {
      setBusy(false);
    }
  };
  // Follow the language the editor switches the document to.
  useEffect(() => setLanguage(locale.code), [locale.code]);

  return (
    <section
      className="mail-preview"
      aria-labelledby={ids.frame}
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
        border: '1px solid var(--theme-elevation-150)',
      }}
    >
      <h3 id={ids.frame} style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {desk('mailPreviewHeading')}
      </h3>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>{desk('mailPreviewHint')}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'end' }}>
        <label htmlFor={ids.message} style={{ display: 'grid', gap: 4 }}>
          {desk('mailPreviewMessage')}
          <select id={ids.message} value={message} onChange={(event) => setMessage(event.target.value)}>
            {messages.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.language} style={{ display: 'grid', gap: 4 }}>
          {desk('mailPreviewLanguage')}
          <select id={ids.language} value={language} onChange={(event) => setLanguage(event.target.value)}>
            {languages.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={() => void show()}>
          {desk('mailPreviewShow')}
        </Button>
      </div>
      {preview === 'failed' && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {desk('mailPreviewFailed')}
        </p>
      )}
      {preview && preview !== 'failed' && (
        <div aria-live="polite">
          <p style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>
            <strong>{desk('mailPreviewSubject')}</strong> {preview.subject}
          </p>
          <iframe
            sandbox=""
            srcDoc={preview.html}
            title={desk('mailPreviewFrame', { subject: preview.subject })}
            style={{
              width: '100%',
              height: '26rem',
              border: '1px solid var(--theme-elevation-150)',
              background: '#fff',
            }}
          />
          <h4 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>{desk('plainTextBody')}</h4>
          <pre
            className="mail-preview__text"
            style={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              padding: 'calc(var(--base) / 2)',
              background: 'var(--theme-elevation-50)',
            }}
          >
            {preview.text}
          </pre>
        </div>
      )}
    </section>
  );
};
