import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import type { GlobalConfig } from 'payload';
import { sitePreview } from '../content/previewConfig';
import { withDrafts } from '../content/versioning';
import { contentAccess } from '../access/content';
import { onlyWhatTheSiteShows } from '../editor';
import { notifySiteOfGlobal } from '../hooks/notifySite';
import { forgetKept } from '../utilities/keptPerServer';
import { stampTranslations, translationFields } from '../translations/stamps';

// The words readers see in every language (TranslationStatus lists the gaps).
const translated = [
  { name: 'title', label: 'Title', required: true },
  { name: 'intro', label: 'Intro' },
  { name: 'body', label: 'Body' },
];

// The procedure as the registrar publishes it, written per language by content
// editors. The site renders `bodyHtml`, so it needs no Lexical code of its own.
export const ProcedurePage: GlobalConfig = withDrafts({
  slug: 'procedure-page',
  label: 'Procedure page',
  access: contentAccess,
  admin: { ...sitePreview },
  hooks: {
    beforeChange: [stampTranslations('procedure-page', translated)],
    afterChange: [notifySiteOfGlobal, forgetKept],
  },
  fields: [
    ...translationFields('procedure-page', translated),
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'intro', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true, validate: onlyWhatTheSiteShows },
    {
      name: 'bodyHtml',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [
          ({ siblingData }) => {
            const body = siblingData.body as SerializedEditorState | null | undefined;
            return body ? convertLexicalToHTML({ data: body }) : '';
          },
        ],
      },
    },
  ],
});
