import type { PayloadRequest, ServerProps } from 'payload';
import { MAX_IMPORTED_MAIL_BYTES } from '@shared/limits';
import { hasRole } from '../access/roles';
import { deskTranslate, type DeskKey } from '../i18n';
import { importRefusalLabels } from '../inbound/importRefusals';

// "Import .eml" above the Inbox: a plain form (it works without JavaScript)
// posting the file to /api/inbound-messages/import, which takes it the way
// `npm run mail:receive` does and sends the browser to the new record, or back
// here with what was wrong (?importError=…), said in the admin's language.
// Shown to those who may import (the endpoint decides again, per mailbox).
export const ImportEml = ({
  i18n,
  payload,
  user,
  searchParams,
}: ServerProps & { searchParams?: Record<string, string | string[] | undefined> }) => {
  const staff = user as PayloadRequest['user'];
  if (!hasRole(staff, 'handler', 'abuseSpecialist')) return null;
  const t = deskTranslate(i18n.t);
  const code = typeof searchParams?.importError === 'string' ? searchParams.importError : undefined;
  const error = code && (importRefusalLabels as Record<string, DeskKey | undefined>)[code];
  const size = MAX_IMPORTED_MAIL_BYTES / 1024 / 1024;
  return (
    <details
      className="desk-import-eml"
      open={Boolean(error)}
      style={{
        margin: '0 0 var(--base)',
        padding: 'calc(var(--base) / 2) calc(var(--base) * 0.8)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m, 4px)',
      }}
    >
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('importEmlTitle')}</summary>
      <form
        method="post"
        encType="multipart/form-data"
        action={`${payload.config.routes.api}/inbound-messages/import`}
        style={{ display: 'grid', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}
      >
        <p id="import-eml-hint" style={{ margin: 0 }}>
          {t('importEmlHint', { size })}
        </p>
        {error && (
          <p id="import-eml-error" role="alert" style={{ margin: 0, color: 'var(--theme-error-500)', fontWeight: 600 }}>
            {t(error, { size })}
          </p>
        )}
        <label htmlFor="import-eml-file">{t('importEmlFile')}</label>
        <input
          id="import-eml-file"
          name="file"
          type="file"
          accept=".eml,message/rfc822"
          required
          aria-describedby={error ? 'import-eml-hint import-eml-error' : 'import-eml-hint'}
          aria-invalid={error ? true : undefined}
        />
        <div>
          <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }}>
            {t('importEmlSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
};
