import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical';
import type { GlobalConfig } from 'payload';
import { sitePreview } from '../content/previewConfig';
import { withDrafts } from './versioning';
import { contentAccess } from '../access/content';
import { notifySiteOfGlobal } from '../hooks/notifySite';

// The procedure as the registrar publishes it, written per language by content
// editors. The site renders `bodyHtml`, so it needs no Lexical code of its own.
export const ProcedurePage: GlobalConfig = withDrafts({
  slug: 'procedure-page',
  label: 'Procedure page',
  access: contentAccess,
  admin: { ...sitePreview },
  hooks: { afterChange: [notifySiteOfGlobal] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'intro', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
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
