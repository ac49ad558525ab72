import type { PayloadRequest } from 'payload';
import { fallbackChain } from '@shared/i18n/fallback';
import type { Locale } from '@shared/i18n/locales';
import { publishedDocuments } from '../content/versioning';
import { fillParagraphs, PARAGRAPH_BREAK } from '../mail/editable';
import type { CannedReply } from '../payload-types';
import type { ReplyValues } from './placeholders';
import type { ReplyRecord } from './record';

// A canned reply as the composer offers it: its title, and its text in the
// reply's language with this record's placeholders filled in.
export type OfferedReply = { id: number | string; title: string; text: string };

type PerLocale = Partial<Record<Locale, string | null>>;

const inLanguage = (value: unknown, language: Locale): string | undefined => {
  const texts = (value ?? {}) as PerLocale;
  return texts[language]?.trim() || undefined;
};

// A title may be missing in a language whose text exists: the fallback's, as elsewhere.
const titleIn = (value: unknown, language: Locale): string =>
  [language, ...fallbackChain(language)].map((code) => inLanguage(value, code as Locale)).find(Boolean) ?? '';

// The published canned replies for this kind of record that have a text in the
// language, read as the colleague (a handler sees no abuse team's replies).
// Read in every language at once: Payload's fallback would offer an English
// text as a Dutch one.
export const cannedRepliesFor = async (
  req: PayloadRequest,
  record: ReplyRecord,
  language: Locale,
  values: ReplyValues,
): Promise<OfferedReply[]> => {
  const { docs } = await req.payload.find({
    collection: 'canned-replies',
    where: { and: [publishedDocuments, { usedFor: { in: [record.use] } }] },
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  });
  return (docs as CannedReply[])
    .flatMap((doc) => {
      const body = inLanguage(doc.body, language);
      if (!body) return [];
      const text = fillParagraphs(body, values).join(PARAGRAPH_BREAK);
      return [{ id: doc.id, title: titleIn(doc.title, language), text }];
    })
    .sort((a, b) => a.title.localeCompare(b.title, language));
};

// One canned reply by id, as offered (undefined if not offered here).
export const offeredReply = async (
  req: PayloadRequest,
  record: ReplyRecord,
  language: Locale,
  values: ReplyValues,
  id: string,
): Promise<OfferedReply | undefined> =>
  (await cannedRepliesFor(req, record, language, values)).find((reply) => String(reply.id) === id);
