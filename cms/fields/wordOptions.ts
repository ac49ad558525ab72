import type { Words } from '@shared/i18n/locales';

// A select's options from its values' words in every admin language: the
// stored values never change, the reader sees them named in their language.
export const wordOptions = <V extends string>(
  words: Record<V, Words>,
  values: readonly V[] = Object.keys(words) as V[],
) => values.map((value) => ({ value, label: words[value] }));
