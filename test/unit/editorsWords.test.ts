import { describe, expect, it } from 'vitest';
import { nationalPhone, parseContactPhone, telHref } from '@shared/contact/phone';
import { fallbackChain, sourceLocales } from '@shared/i18n/fallback';
import { isPublishableLink } from '../../cms/fields/webLink';
import { translationStatus } from '../../cms/translations/status';

describe('the registrar’s phone and fax numbers', () => {
  it('stores any way of typing a German number as E.164', () => {
    for (const typed of ['+49 6894 9396 850', '06894 9396850', '+49 (0)6894 9396-850', '0049 6894 9396850']) {
      expect(parseContactPhone(typed)).toEqual({ ok: true, e164: '+4968949396850' });
    }
  });

  it('refuses what cannot be dialled', () => {
    for (const typed of ['call us maybe', '12', '+49 123', '+999 1234 5678']) {
      expect(parseContactPhone(typed).ok, typed).toBe(false);
    }
  });

  it('shows the national format and dials E.164; a bad stored value is no link', () => {
    expect(nationalPhone('+4968949396850')).toBe('06894 9396850');
    expect(telHref('+4968949396850')).toBe('tel:+4968949396850');
    expect(telHref('call us maybe')).toBeUndefined();
    expect(nationalPhone('call us maybe')).toBe('call us maybe');
  });
});

describe('links in published text', () => {
  it.each([
    'https://www.key-systems.net/',
    'http://example.org/a?b=c',
    'mailto:abuse@key-systems.net',
    'tel:+4968949396850',
    '/en/complaint',
  ])('accepts %s', (url) => expect(isPublishableLink(url)).toBe(true));
  it.each([
    'www.example.org',
    'javascript:alert(1)',
    'call us maybe',
    'https://localhost',
    '//evil.example',
    'mailto:nobody',
    'tel:call-us',
  ])('refuses %s', (url) => expect(isPublishableLink(url)).toBe(false));
});

describe('languages without content', () => {
  it('fall back to English, then Dutch; English falls back to Dutch', () => {
    expect(fallbackChain('es')).toEqual(['en', 'nl']);
    expect(fallbackChain('de')).toEqual(['en', 'nl']);
    expect(fallbackChain('en')).toEqual(['nl']);
    expect(fallbackChain('nl')).toEqual(['en']);
  });

  it('are translated from Dutch and English', () => {
    expect(sourceLocales('nl')).toEqual([]);
    expect(sourceLocales('en')).toEqual(['nl']);
    expect(sourceLocales('fr')).toEqual(['nl', 'en']);
  });
});

describe('the translation status of a global', () => {
  const fields = [
    { name: 'title', label: 'Title', required: true },
    { name: 'intro', label: 'Intro' },
    { name: 'body', label: 'Body' },
  ];
  const rich = (text: string) => ({ root: { children: [{ type: 'paragraph', children: text ? [{ text }] : [] }] } });

  it('lists missing content per language, required content separately', () => {
    const statuses = translationStatus(
      fields,
      {
        title: { nl: 'Klachten', en: 'Complaints', de: 'Beschwerden', fr: 'Réclamations' },
        intro: { nl: 'Intro', en: 'Intro', de: '', fr: 'Intro' },
        body: { nl: rich('Tekst'), en: rich('Text'), de: rich('Text'), fr: rich(''), es: rich('Texto') },
      },
      {},
    );
    const of = (locale: string) => statuses.find((status) => status.locale === locale);
    expect(of('nl')).toMatchObject({ missing: [], missingRequired: [], outdated: [] });
    expect(of('de')).toMatchObject({ missing: ['Intro'], missingRequired: [] });
    // An editor's cleared rich text keeps an empty paragraph: still missing.
    expect(of('fr')).toMatchObject({ missing: ['Body'], missingRequired: [] });
    expect(of('es')).toMatchObject({ missing: ['Title', 'Intro'], missingRequired: ['Title'] });
  });

  it('flags a translation saved before its Dutch or English source changed', () => {
    const values = { title: { nl: 'A', en: 'A', de: 'A', fr: 'A', es: 'A' } };
    const stamps = {
      nl: { title: '2027-01-02T10:00:00.000Z' },
      en: { title: '2027-01-01T10:00:00.000Z' },
      de: { title: '2027-01-03T10:00:00.000Z' },
      fr: { title: '2027-01-01T12:00:00.000Z' },
    };
    const statuses = translationStatus(fields, values, stamps);
    const outdated = Object.fromEntries(statuses.map(({ locale, outdated: list }) => [locale, list]));
    expect(outdated).toEqual({ nl: [], en: ['Title'], de: [], fr: ['Title'], es: [] });
  });
});
