import type { FlattenedField } from 'payload';
import { describe, expect, it } from 'vitest';
import { locales } from '@shared/i18n/locales';

// A select in the admin once read "Status.via.email" and
// "Abuse.reporterType.organisation": its words were looked up where they were
// not kept, and the key itself was shown. Every option of every select, in
// every admin language, is words.
const looksLikeAKey = /^[A-Za-z]+(\.[A-Za-z]+){2,}$/;

const selects = (fields: FlattenedField[], prefix = ''): { path: string; field: FlattenedField }[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (field.type === 'select' || field.type === 'radio') return [{ path, field }];
    if ('flattenedFields' in field) return selects(field.flattenedFields, `${path}.`);
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
