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
import type { TextField, TextFieldSingleValidation } from 'payload';
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
