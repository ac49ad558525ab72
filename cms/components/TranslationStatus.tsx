import type { GlobalSlug, UIFieldServerComponent } from 'payload';
import { fallbackChain } from '@shared/i18n/fallback';
import { locales, type Locale } from '@shared/i18n/locales';
import { deskTranslate } from '../i18n';
import { fieldLabelText } from '../i18n/labels/apply';
import { translationStatus, type TranslatedField, type TranslationStamps } from '../translations/status';

type Props = { globalSlug: GlobalSlug; translatedFields: TranslatedField[] };

const languageName = (code: Locale) => locales.find((locale) => locale.code === code)?.label ?? code;

// At the top of a global's edit view: for each language, what is missing (and
// so shown in the fallback language) and what is outdated because its Dutch or
// English source changed after the translation was saved. A language without
// required content is a warning the editor sees before publishing.
export const TranslationStatus: UIFieldServerComponent = async (props) => {
  const { globalSlug, translatedFields, payload, i18n, req } = props as typeof props & Props;
  const t = deskTranslate(i18n.t);
  const stored = (await payload.findGlobal({
    slug: globalSlug,
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
  })) as unknown as Record<string, unknown>;
  const values = Object.fromEntries(
    translatedFields.map(({ name }) => [name, stored[name] as Partial<Record<Locale, unknown>>]),
  );
  // The fields named as the editor's admin names them (cms/i18n/labels/).
  const named = translatedFields.map((field) => ({ ...field, label: fieldLabelText(i18n.t, globalSlug, field.name) }));
  const statuses = translationStatus(named, values, stored.translationStamps as TranslationStamps);
  const incomplete = statuses.filter(({ missingRequired }) => missingRequired.length);
  const anything = statuses.some(({ missing, outdated }) => missing.length || outdated.length);

  return (
    <section
      className="translation-status"
      aria-labelledby="translation-status-heading"
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-s, 3px)',
      }}
    >
      <h3 id="translation-status-heading" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {t('translationsHeading')}
      </h3>
      {incomplete.length > 0 && (
        <p
          role="alert"
          className="translation-status__warning"
          style={{
            padding: 'calc(var(--base) / 2)',
            background: 'var(--theme-warning-100)',
            borderLeft: '4px solid var(--theme-warning-500)',
            color: 'var(--theme-elevation-1000)',
          }}
        >
          {t('translationsPublishWarning', {
            languages: incomplete.map(({ locale }) => languageName(locale)).join(', '),
          })}
        </p>
      )}
      {anything ? (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {statuses
            .filter(({ missing, outdated }) => missing.length || outdated.length)
            .map(({ locale, missing, outdated }) => (
              <li key={locale} data-locale={locale}>
                <strong>{languageName(locale)}</strong>
                {missing.length > 0 && (
                  <span className="translation-status__missing">
                    {' · '}
                    {t('translationsMissing', {
                      fields: missing.join(', '),
                      fallback: fallbackChain(locale).map(languageName).join(t('translationsThen')),
                    })}
                  </span>
                )}
                {outdated.length > 0 && (
                  <span className="translation-status__outdated">
                    {' · '}
                    {t('translationsOutdated', { fields: outdated.join(', ') })}
                  </span>
                )}
              </li>
            ))}
        </ul>
      ) : (
        <p style={{ margin: 0 }}>{t('translationsComplete')}</p>
      )}
    </section>
  );
};
