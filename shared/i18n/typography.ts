import type { Locale } from './locales';

// French sets a narrow no-break space (U+202F) before : ; ? and ! so the sign
// never starts a line; the other languages set none.
const beforeSign = (locale: string): string => (locale === 'fr' ? '\u202F' : '');

// "Label: value" in the reader's language. A label that already ends in a
// question mark or colon ("Que s’est-il passé ?") takes no second sign.
export const labelled = (locale: Locale | string, label: string, value = ''): string => {
  const head = /[?:]$/.test(label.trim()) ? label.trim() : `${label.trim()}${beforeSign(locale)}:`;
  return value ? `${head} ${value}` : head;
};
