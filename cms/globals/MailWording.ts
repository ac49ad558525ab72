import type { Field, GlobalConfig, PayloadHandler } from 'payload';
import { inEveryLocale, isLocale, locales, readerLocale } from '@shared/i18n/locales';
import { allowRoles, hasRole } from '../access/roles';
import { textareaWithPlaceholders } from '../fields/placeholders';
import { deskTranslate } from '../i18n';
import { defaultWording, editableMessageKeys, editableMessages, type EditableMessage } from '../mail/editable';
import { previewMail } from '../mail/preview';
import { forgetMailSettings } from '../mail/settings';
import { withDrafts } from '../content/versioning';

// Who may see wording and previews: those who write it and those whose cases it goes out with.
const readers = ['editor', 'handler', 'abuseSpecialist'] as const;

const isEditable = (value: unknown): value is EditableMessage =>
  typeof value === 'string' && (editableMessageKeys as string[]).includes(value);

// GET /api/globals/mail-wording/preview?message=answer&language=de: the finished
// mail (subject, HTML, text) with the draft wording and made-up case facts.
const preview: PayloadHandler = async (req) => {
  if (!hasRole(req.user, ...readers)) return Response.json({ error: 'Not allowed' }, { status: 403 });
  const message = req.searchParams.get('message');
  const language = req.searchParams.get('language');
  if (!isEditable(message) || !isLocale(language)) {
    return Response.json({ error: 'Unknown message or language' }, { status: 400 });
  }
  const { subject, html, text } = await previewMail(req, message, language);
  return Response.json({ subject, html, text }, { headers: { 'cache-control': 'no-store' } });
};

const wordingField = (key: EditableMessage): Field => {
  const { label, placeholders } = editableMessages[key];
  const defaults = inEveryLocale((code) => defaultWording(key, code));
  return {
    name: key,
    label,
    type: 'textarea',
    localized: true,
    validate: textareaWithPlaceholders(placeholders),
    // The code's wording in the language being edited, until an editor changes it.
    defaultValue: ({ locale }: { locale?: string }) => defaults[readerLocale(locale)],
    admin: {
      rows: 6,
      description: ({ t }) => {
        const desk = deskTranslate(t as never);
        return placeholders.length
          ? desk('wordingPlaceholders', { list: placeholders.map((name) => `{${name}}`).join(', ') })
          : desk('wordingNoPlaceholders');
      },
      components: {
        afterInput: [{ path: '/components/ResetToDefault#ResetToDefault', clientProps: { fieldPath: key, defaults } }],
      },
    },
  };
};

// The paragraphs of every message customers (and registrants) receive, per
// language, as editors want them worded. Drafts, autosave and scheduled
// publishing are Payload's: mail only ever uses the published version
// (cms/mail/queue.ts), and the preview at the top shows the draft.
const mailWording: GlobalConfig = {
  slug: 'mail-wording',
  label: 'Mail wording',
  admin: { group: 'Settings' },
  access: {
    read: allowRoles(...readers),
    update: allowRoles('editor'),
    readVersions: allowRoles(...readers),
  },
  endpoints: [{ path: '/preview', method: 'get', handler: preview }],
  // Outgoing mail keeps the published wording for a minute (mail/settings.ts).
  hooks: { afterChange: [forgetMailSettings] },
  fields: [
    {
      name: 'mailPreview',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/components/MailPreviewPanel#MailPreviewPanel',
            clientProps: {
              messages: editableMessageKeys.map((key) => ({ value: key, label: editableMessages[key].label })),
              languages: locales.map(({ code, label }) => ({ value: code, label })),
            },
          },
        },
      },
    },
    ...editableMessageKeys.map(wordingField),
  ],
};

// Drafts are checked too: a draft with an unknown placeholder is refused at once, not at publishing.
export const MailWording = withDrafts(mailWording, { validate: true });
