import { FieldDiffContainer } from '@payloadcms/ui/rsc';
import type { FieldDiffServerProps } from 'payload';
import { formatBerlinTime, registrarTimeZone } from '@shared/calendar/berlin';
import { readerLocale, type Locale } from '@shared/i18n/locales';
import { deskTranslate, type Translate } from '../i18n';

type VersionData = { savedByName?: string | null; updatedAt?: string | null; _status?: string | null } | null;

const describe = (version: VersionData, t: Translate, language: Locale) => {
  if (!version?.updatedAt) return <p className="version-author__none">—</p>;
  return (
    <p className="version-author__who">
      <strong>{version.savedByName || t('savedByUnknown')}</strong>
      <br />
      {t(version._status === 'published' ? 'versionPublishedAt' : 'versionSavedAt', {
        at: formatBerlinTime(version.updatedAt, language),
        zone: registrarTimeZone,
      })}
    </p>
  );
};

// At the top of a version (Payload's version view): who saved or published it
// and when, in Berlin time, beside the same for the version it is compared with.
// See content/versionAuthor.ts for why it is here and not in the versions list.
export const VersionAuthorDiff = (props: FieldDiffServerProps) => {
  const { comparisonValue, versionValue, i18n, nestingLevel } = props;
  const t = deskTranslate(i18n.t as never);
  const language = readerLocale(i18n.language);
  return (
    <FieldDiffContainer
      className="version-author"
      i18n={i18n}
      label={{ label: t('savedBy') }}
      nestingLevel={nestingLevel}
      From={describe(comparisonValue as VersionData, t, language)}
      To={describe(versionValue as VersionData, t, language)}
    />
  );
};
