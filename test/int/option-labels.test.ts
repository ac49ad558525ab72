import type { FlattenedField } from 'payload';
import { describe, expect, it } from 'vitest';
import { locales } from '@shared/i18n/locales';

// A select in the admin once read "Status.via.email" and
// "Abuse.reporterType.organisation": its words were looked up where they were
// not kept, and the key itself was shown. Every option of every select, in
// every admin language, is words.
const looksLikeAKey = /^[A-Za-z]+(\.[A-Za-z]+){2,}$/;

const isHidden = (field: FlattenedField) =>
  ('hidden' in field && field.hidden === true) || field.admin?.hidden === true;

const selects = (fields: FlattenedField[], prefix = ''): { path: string; field: FlattenedField; hidden: boolean }[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (field.type === 'select' || field.type === 'radio') return [{ path, field, hidden: isHidden(field) }];
    if ('flattenedFields' in field) {
      return selects(field.flattenedFields, `${path}.`).map((found) => ({
        ...found,
        hidden: found.hidden || isHidden(field),
      }));
    }
    return [];
  });

const labelsOf = (field: FlattenedField): string[] => {
  if (field.type !== 'select' && field.type !== 'radio') return [];
  return field.options.flatMap((option) => {
    if (typeof option === 'string') return [];
    const { label } = option;
    if (typeof label === 'string') return [label];
    if (label && typeof label === 'object' && !('type' in label)) {
      const byLanguage = label as Record<string, string | undefined>;
      return locales.map(({ code }) => byLanguage[code] ?? '');
    }
    return [];
  });
};

describe('select options in the admin', () => {
  it('are named in words in every language, never by a translation key', async () => {
    const { default: config } = await import('@payload-config');
    const { collections, globals } = await config;
    const keysShown = [...collections, ...globals].flatMap(({ slug, flattenedFields }) =>
      selects(flattenedFields).flatMap(({ path, field }) =>
        labelsOf(field)
          .filter((label) => label === '' || looksLikeAKey.test(label))
          .map((label) => `${slug}.${path}: "${label}"`),
      ),
    );
    expect(keysShown).toEqual([]);
  });
});

// Options whose words are the same in every language by nature: language
// names are written in their own language, a time zone is its IANA name.
const sameInEveryLanguage = (path: string) => /(^|\.)(\w*[lL]anguage|\w+_tz)$/.test(path);

describe('select options staff read', () => {
  it('come in each admin language, not in English only', async () => {
    const { default: config } = await import('@payload-config');
    const { collections, globals } = await config;
    const englishOnly = [...collections, ...globals]
      // Payload's own collections (jobs, preferences, query presets) bring Payload's words.
      .filter(({ slug }) => !slug.startsWith('payload-'))
      .filter((entity) => !('admin' in entity && entity.admin?.hidden === true))
      .flatMap(({ slug, flattenedFields }) =>
        selects(flattenedFields)
          .filter(({ path, hidden }) => !hidden && !sameInEveryLanguage(path))
          .flatMap(({ path, field }) =>
            field.type === 'select' || field.type === 'radio'
              ? field.options
                  .filter((option) => typeof option === 'string' || typeof option.label === 'string')
                  .map((option) => `${slug}.${path}: ${typeof option === 'string' ? option : option.value}`)
              : [],
          ),
      );
    expect(englishOnly).toEqual([]);
  });
});
