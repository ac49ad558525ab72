import type { Field, GlobalBeforeChangeHook, GlobalSlug } from 'payload';
import { isLocale } from '@shared/i18n/locales';
import type { TranslatedField, TranslationStamps } from './status';

export const STAMPS_FIELD = 'translationStamps';

// What counts as a change: the words and the structure, not how the editor's
// JSON happens to be ordered or which editor state came along with it.
const fingerprint = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'object') return String(value).trim();
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { type, text, tag, url, children, root, format } = node as Record<string, unknown>;
    const own = [type, tag, format, url, typeof text === 'string' ? text : ''].filter(Boolean).join(':');
    const kids = Array.isArray(children) ? children.map(walk).join('|') : root ? walk(root) : '';
    return `${own}(${kids})`;
  };
  return walk(value);
};

// Remembers, per language and field, when its text last changed, so the admin
// can tell a translation that was saved before its Dutch or English source
// changed (TranslationStatus). Computed from the stored document, never taken
// from the request: nobody can make an old translation look current.
export const stampTranslations =
  (slug: GlobalSlug, fields: readonly TranslatedField[]): GlobalBeforeChangeHook =>
  async ({ data, req }) => {
    const locale = req.locale;
    if (!isLocale(locale)) return data;
    // Not through `req`: the Local API would change the request's locale and fallback.
    const stored = (await req.payload.findGlobal({
      slug,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })) as unknown as Record<string, unknown>;
    const stamps = structuredClone((stored[STAMPS_FIELD] ?? {}) as TranslationStamps);
    const now = new Date().toISOString();
    for (const { name } of fields) {
      if (!(name in data) || fingerprint(data[name]) === fingerprint(stored[name])) continue;
      stamps[locale] = { ...stamps[locale], [name]: now };
    }
    return { ...data, [STAMPS_FIELD]: stamps };
  };

// The stamps themselves (written by the hook above) and the panel at the top
// of the global's edit view that reads them.
export const translationFields = (slug: GlobalSlug, fields: readonly TranslatedField[]): Field[] => [
  {
    name: 'translationStatus',
    type: 'ui',
    admin: {
      components: {
        Field: {
          path: '/components/TranslationStatus#TranslationStatus',
          serverProps: { globalSlug: slug, translatedFields: fields },
        },
      },
    },
  },
  {
    name: STAMPS_FIELD,
    type: 'json',
    // Bookkeeping, not content: no JSON blob among the changes an editor compares.
    admin: { hidden: true, components: { Diff: '/components/NoDiff#NoDiff' } },
    // Staff only: the site has no use for them.
    access: { read: ({ req }) => req.user?.collection === 'users' },
  },
];
