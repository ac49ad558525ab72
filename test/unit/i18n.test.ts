import { describe, expect, it } from 'vitest';
import { localeCodes } from '@shared/i18n/locales';
import { missingValidationMessages } from '@shared/i18n/validation';
import { missingKeys, translator } from '../../site/i18n';

describe('translations', () => {
  it.each(localeCodes)('the site has every UI string in %s', (locale) => {
    // A new language starts with English fallbacks; this lists what it still lacks.
    expect(missingKeys(locale)).toEqual([]);
  });

  it.each(localeCodes)('every validation message exists in %s', (locale) => {
    expect(missingValidationMessages(locale)).toEqual([]);
  });

  it('falls back to English for a key a language lacks', () => {
    expect(translator('de')('nav.procedure')).toBe('Verfahren');
    expect(translator('xx' as never)('nav.procedure')).toBe('Procedure');
  });
});
