import type { ConversationMessage } from '@shared/types/conversation';
import { formatBerlinTime } from '@shared/calendar/berlin';
import type { Locale } from '@shared/i18n/locales';
import type { Translate } from '../../i18n';
import { isProblem, statusKey } from './labels';

const megabytes = (bytes: number | null) => (bytes === null ? '' : ` (${(bytes / 1024 / 1024).toFixed(1)} MB)`);

// One message of the conversation: who, to whom, when (Berlin), where it
// stands, what it said and what came with it. Long lines and addresses wrap,
// so it reads on a phone as on a desk.
export const MessageItem = ({
  message,
  t,
  language,
}: {
  message: ConversationMessage;
  t: Translate;
  language: Locale;
}) => {
  const incoming = message.direction === 'in';
  const problem = isProblem(message);
  return (
    <li
      className={`conversation__message conversation__message--${message.direction}`}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderInlineStart: `4px solid ${incoming ? 'var(--theme-success-500)' : 'var(--theme-elevation-400)'}`,
        borderRadius: 'var(--style-radius-s)',
        padding: 'calc(var(--base) / 2) calc(var(--base) * 0.75)',
        marginInlineStart: incoming ? 0 : 'min(5%, calc(var(--base) * 2))',
        overflowWrap: 'anywhere',
      }}
    >
      <p style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: '0 calc(var(--base) / 2)' }}>
        <strong>{incoming ? t('conversationIn') : t('conversationOut')}</strong>
        <time dateTime={message.at}>{formatBerlinTime(message.at, language)}</time>
        <span
          className="conversation__status"
          style={problem ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}
        >
          {t('conversationStatus')}: {t(statusKey(message))}
        </span>
        {message.via === 'statusPage' && <em>{t('conversationViaStatusPage')}</em>}
        {message.audience === 'registrant' && <em>{t('conversationToRegistrant')}</em>}
      </p>
      <dl
        style={{
          margin: 'calc(var(--base) / 4) 0',
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          gap: '0 calc(var(--base) / 2)',
        }}
      >
        <dt>{t('conversationFrom')}</dt>
        <dd style={{ margin: 0 }}>{message.from}</dd>
        <dt>{t('conversationTo')}</dt>
        <dd style={{ margin: 0 }}>{message.to}</dd>
      </dl>
      <h4 style={{ margin: 'calc(var(--base) / 4) 0' }}>
        {message.href ? <a href={message.href}>{message.subject || t('conversationNoSubject')}</a> : message.subject}
      </h4>
      {message.deliveryNote && <p style={{ color: 'var(--theme-error-500)' }}>{message.deliveryNote}</p>}
      {/* A long mail scrolls in its own box; focusable, so a keyboard can scroll it too. */}
      <div
        className="conversation__text"
        tabIndex={0}
        style={{ whiteSpace: 'pre-wrap', maxHeight: '24rem', overflowY: 'auto' }}
      >
        {message.text}
      </div>
      {message.attachments.length > 0 && (
        <>
          <h5 style={{ margin: 'calc(var(--base) / 2) 0 0' }}>{t('conversationAttachments')}</h5>
          <ul style={{ margin: 0 }}>
            {message.attachments.map((attachment, index) => (
              <li key={`${attachment.filename}-${index}`}>
                {attachment.filename}
                {megabytes(attachment.size)}
                {attachment.outcome ? `: ${attachment.outcome}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {message.evidence.length > 0 && (
        <p style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
          {t('conversationEvidence')}:{' '}
          {message.evidence.map((file, index) => (
            <span key={file.id}>
              {index > 0 && ', '}
              <a href={`/admin/collections/evidence/${file.id}`}>{file.filename}</a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
};
