import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical';
import type { RichTextFieldValidation, TextField, TextFieldSingleValidation } from 'payload';
import { richText } from 'payload/shared';
import { deskTranslate } from './i18n';
import { isPublishableLink } from './fields/webLink';

const validLink: TextFieldSingleValidation = (value, { req, siblingData }) =>
  (siblingData as { linkType?: string }).linkType === 'internal' || isPublishableLink(value)
    ? true
    : deskTranslate(req.t)('linkInvalid');

// The rich-text editor offers exactly what the site renders (its HTML comes
// from convertLexicalToHTML, styled by site/styles/global.css): headings from
// level 2 (the page title is the one H1, so a second is impossible), lists,
// links, bold, italic and quotes. No tables (the site does not style them), no
// uploads or relationships, and links only to addresses, never to a document:
// a link could otherwise point at private evidence or a case.
export const contentEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' && field.type === 'text' ? ({ ...field, validate: validLink } as TextField) : field,
        ),
    }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
});

// What the site renders, node by node. Payload's own check runs after this
// one; this refuses what an API call or a pasted document could still bring
// in although the toolbar does not offer it: a second H1, an upload, a
// relationship to a case, a table.
const allowedNodes = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'list',
  'listitem',
  'link',
  'autolink',
  'quote',
  'linebreak',
  'tab',
]);
const allowedHeadings = new Set(['h2', 'h3', 'h4']);

export const unsupportedNode = (value: unknown): { type: string; tag?: string } | undefined => {
  const walk = (node: unknown): { type: string; tag?: string } | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    const { type, tag, children } = node as { type?: unknown; tag?: unknown; children?: unknown };
    if (typeof type === 'string' && !allowedNodes.has(type)) return { type };
    if (type === 'heading' && !allowedHeadings.has(String(tag))) return { type, tag: String(tag) };
    return Array.isArray(children) ? children.map(walk).find(Boolean) : undefined;
  };
  return walk((value as { root?: unknown } | null | undefined)?.root);
};

export const onlyWhatTheSiteShows: RichTextFieldValidation = async (value, options) => {
  const found = unsupportedNode(value);
  if (found) {
    const t = deskTranslate(options.req.t);
    return found.type === 'heading'
      ? t('richTextHeadingLevel', { tag: found.tag ?? '' })
      : t('richTextUnsupported', { type: found.type });
  }
  return richText(value, options);
};
