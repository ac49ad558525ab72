'use client';
import { useDocumentInfo, useTranslation } from '@payloadcms/ui';
import { formatBerlinTime, registrarTimeZone } from '@shared/calendar/berlin';
import { readerLocale } from '@shared/i18n/locales';

// "Last modified" and "Created" above a document, in Europe/Berlin like every
// other time on the desk. Payload's own pair (hidden in custom.css) is
// formatted in the browser's zone, so a colleague abroad would read two clocks
// on one page.
export const BerlinTimestamps = () => {
  const { data } = useDocumentInfo();
  const { t, i18n } = useTranslation();
  const language = readerLocale(i18n.language);
  const updatedAt = data?.updatedAt as string | undefined;
  const createdAt = data?.createdAt as string | undefined;
  if (!updatedAt && !createdAt) return null;
  return (
    <p className="berlin-timestamps" style={{ margin: 0, fontSize: '0.85em', color: 'var(--theme-elevation-650)' }}>
      {updatedAt ? `${t('general:lastModified')}: ${formatBerlinTime(updatedAt, language)}` : ''}
      {updatedAt && createdAt ? ' · ' : ''}
      {createdAt ? `${t('general:created')}: ${formatBerlinTime(createdAt, language)}` : ''} ({registrarTimeZone})
    </p>
  );
};
