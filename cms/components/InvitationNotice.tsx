'use client';
import { useDocumentInfo, useTranslation } from '@payloadcms/ui';
import { deskTranslate } from '../i18n/desk';

// On "Create new" colleague: says that the colleague chooses their own password
// from an invitation mail. Payload's create form for an account always asks for
// a password; whatever is typed there is thrown away on the server, which gives
// the account a random one nobody knows (ownPasswordsOnly in
// cms/collections/Users/accountMail.ts).
export const InvitationNotice = () => {
  const { id } = useDocumentInfo();
  const t = deskTranslate(useTranslation().t);
  if (id) return null;
  return (
    <p className="invitation-notice" role="note" style={{ marginBottom: 'var(--base)' }}>
      {t('invitationNotice')}
    </p>
  );
};
