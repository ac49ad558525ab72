import type { CodeFieldServerComponent } from 'payload';
import { deskTranslate } from '../i18n';

// The outbox message as its recipient sees it, in place of Payload's code
// editor (Monaco, which loads itself from a public CDN and never appears on a
// machine without internet). The HTML is shown in a frame with every sandbox
// restriction: no scripts, no forms, no same-origin access, and the admin's
// CSP (cms/proxy.ts) still applies inside it, so images from other hosts stay
// unloaded. Below it the plain-text body, as mail clients without HTML show it.
// Nothing here is editable: the outbox is the record of what was sent.
export const MessagePreview: CodeFieldServerComponent = ({ data, i18n }) => {
  const t = deskTranslate(i18n.t);
  const message = (data ?? {}) as { html?: string | null; text?: string | null };
  return (
    <div className="field-type message-preview" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="message-preview-html" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t('messageAsSent')}
      </h3>
      <iframe
        sandbox=""
        srcDoc={message.html ?? ''}
        title={t('messagePreviewTitle')}
        aria-describedby="message-preview-html"
        style={{
          width: '100%',
          height: '28rem',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s, 3px)',
          // Mail is written for a white page, whatever the admin's theme.
          background: '#fff',
          resize: 'vertical',
        }}
      />
      <h3 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>{t('plainTextBody')}</h3>
      <pre
        className="message-preview__text"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          padding: 'calc(var(--base) / 2)',
          border: '1px solid var(--theme-elevation-150)',
          background: 'var(--theme-elevation-50)',
          fontFamily: 'var(--font-mono, monospace)',
          margin: 0,
        }}
      >
        {message.text ?? ''}
      </pre>
    </div>
  );
};
