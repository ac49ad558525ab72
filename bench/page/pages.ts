import { localeCodes } from '@shared/i18n/locales';

// The procedure's public pages in every language: the procedure itself and the
// four forms (site/pages/[lang]/).
export const procedurePage = (locale: string) => `/${locale}/`;

export const pagePaths = (): string[] =>
  localeCodes.flatMap((locale) => [
    procedurePage(locale),
    ...['complaint', 'abuse', 'escalation', 'feedback'].map((form) => `/${locale}/${form}`),
  ]);

// The stylesheets and scripts a page loads (inline ones are part of its HTML).
export const pageAssets = (html: string): { css: string[]; js: string[] } => {
  const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0]);
  return {
    css: tags(/<link\b[^>]*rel="stylesheet"[^>]*>/g).flatMap((tag) => attribute(tag, 'href') ?? []),
    js: tags(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g).flatMap((tag) => attribute(tag, 'src') ?? []),
  };
};
