import type { UIFieldServerComponent } from 'payload';
import { readerLocale } from '@shared/i18n/locales';
import { readStaffConversation } from '../../conversation/staff';
import { deskTranslate } from '../../i18n';
import type { User } from '../../payload-types';
import { MessageItem } from './MessageItem';

// Every message in and out of a case or an escalation, oldest first, on the
// record's own page (cms/conversation/staff.ts reads it with the colleague's
// access rules). Times in Europe/Berlin whatever the browser's zone. A reply
// composed on the page lands in the outbox and shows here like any other mail.
export const Conversation: UIFieldServerComponent = async ({ data, payload, user, i18n, collectionSlug }) => {
  const t = deskTranslate(i18n.t);
  const id = Number((data as { id?: number } | undefined)?.id);
  if (!id || !user || (collectionSlug !== 'cases' && collectionSlug !== 'escalations')) return null;
  const messages = await readStaffConversation({
    payload,
    user: { ...(user as User), collection: 'users' },
    target: { collection: collectionSlug, id },
  });
  if (!messages) return null;
  return (
    <section aria-labelledby="conversation-heading" className="conversation" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="conversation-heading">{t('conversationTitle')}</h3>
      <p style={{ color: 'var(--theme-elevation-650)', maxWidth: '70ch' }}>{t('conversationIntro')}</p>
      {messages.length === 0 ? (
        <p>{t('conversationEmpty')}</p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'calc(var(--base) / 2)' }}>
          {messages.map((message) => (
            <MessageItem key={message.key} message={message} t={t} language={readerLocale(i18n.language)} />
          ))}
        </ol>
      )}
    </section>
  );
};
