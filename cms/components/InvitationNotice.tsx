'use client';
import { useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui';
import { useEffect } from 'react';
import { deskTranslate } from '../i18n/desk';

// On "Create new" colleague: says that the colleague chooses their own password
// from an invitation mail. Payload's create form always asks for a password; its
// inputs are hidden here (custom.css) and filled with a random value only so
// the form validates. The server ignores any password an admin sends for
// someone else (cms/collections/Users/accountMail.ts), this one included.
export const InvitationNotice = () => {
  const { id } = useDocumentInfo();
  const { dispatchFields } = useForm();
  const t = deskTranslate(useTranslation().t);
  const password = useFormFields(([fields]) => fields.password?.value);
  useEffect(() => {
    if (id || password) return;
    const ignored = `${crypto.randomUUID()}${crypto.randomUUID()}`;
    for (const path of ['password', 'confirm-password']) {
      dispatchFields({ type: 'UPDATE', path, value: ignored, valid: true, errorMessage: undefined });
    }
  }, [id, password, dispatchFields]);
  if (id) return null;
  return (
    <p className="invitation-notice" style={{ marginBottom: 'var(--base)' }}>
      {t('invitationNotice')}
    </p>
  );
};
