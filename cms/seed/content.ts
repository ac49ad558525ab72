import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical';
import type { Payload } from 'payload';
import { SEEDING } from '../hooks/notifySite';
import { locales } from '@shared/i18n/locales';
import { contactDetails } from './content/contactDetails';
import { mailSettings } from './content/mailSettings';
import { procedureMarkdown } from './content/procedure';
import { procedureTitles } from './content/procedureTitles';

// Starting content, written once into an empty database. Editors change it in
// the admin afterwards; a restart never overwrites their work.
export const seedContent = async (payload: Payload): Promise<void> => {
  const current = await payload.findGlobal({ slug: 'procedure-page', locale: 'nl', fallbackLocale: false });
  if (current.title) return;

  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  for (const { code } of locales) {
    // A newly added language may have no starting text yet: it falls back
    // (Payload's localization fallback) until editors write it.
    const markdown = procedureMarkdown[code];
    const titles = procedureTitles[code];
    if (markdown && titles) {
      await payload.updateGlobal({
        context: { [SEEDING]: true },
        slug: 'procedure-page',
        locale: code,
        data: {
          // Published, as the admin's Publish button sends it: the admin shows its status.
          _status: 'published',
          title: titles.title,
          intro: titles.intro,
          body: convertMarkdownToLexical({ editorConfig, markdown }),
        },
      });
    }
    await payload.updateGlobal({
      context: { [SEEDING]: true },
      slug: 'contact-details',
      locale: code,
      data: { ...contactDetails(code), _status: 'published' },
    });
    await payload.updateGlobal({
      slug: 'mail-settings',
      locale: code,
      data: { ...mailSettings(code), _status: 'published' },
    });
  }
};
