import type { AstroGlobal } from 'astro';
import { isLocale, type Locale } from '@shared/i18n/locales';
import { translator, type Translate } from '../i18n';

export type PageContext = { locale: Locale; t: Translate };

// Reads the language from the URL; undefined means the page does not exist.
export const pageContext = (Astro: AstroGlobal): PageContext | undefined => {
  const { lang } = Astro.params;
  if (!isLocale(lang)) return undefined;
  return { locale: lang, t: translator(lang) };
};
