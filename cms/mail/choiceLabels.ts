import type { PayloadRequest } from 'payload';
import { choiceLabel, withoutExplanation } from '@shared/i18n/choices';
import type { Locale } from '@shared/i18n/locales';
import { publishedFormChoices, type PublishedFormChoices } from '../content/formChoices';

// How mail names a choice ("complaint.topic.billing", "abuse.category.phishing"),
// in running text and without the explanation in brackets.
export type ChoiceLabel = (key: string) => string;

// The Form choices groups that hold an editor's label for a key's prefix.
const groups: Record<string, keyof PublishedFormChoices> = {
  'complaint.topic': 'complaintTopics',
  'abuse.category': 'abuseCategories',
};

// The label an editor published for this language, if any. Read the way the
// site reads it (site/lib/cms.ts, without Payload's language fallback), so mail
// repeats the words the reader chose on the form: a language the editor did not
// label keeps the code's words in that language (shared/i18n/choices/), which
// exist for every language.
const editorsLabel = (stored: PublishedFormChoices, key: string, language: Locale): string | undefined => {
  const cut = key.lastIndexOf('.');
  const group = groups[key.slice(0, cut)];
  if (!group) return undefined;
  return stored[group]?.[key.slice(cut + 1)]?.label?.[language]?.trim() || undefined;
};

export const labelsFrom =
  (stored: PublishedFormChoices, language: Locale): ChoiceLabel =>
  (key) =>
    withoutExplanation(editorsLabel(stored, key, language) ?? choiceLabel(key, language));

// The published labels (kept per server with the offered choices: no read per message).
export const choiceLabels = async (req: PayloadRequest, language: Locale): Promise<ChoiceLabel> =>
  labelsFrom(await publishedFormChoices(req), language);

// Without the CMS (unit tests, the code's own wording): the code's labels.
export const codeLabels =
  (language: Locale): ChoiceLabel =>
  (key) =>
    withoutExplanation(choiceLabel(key, language));
