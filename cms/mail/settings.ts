import type { PayloadRequest } from 'payload';
import { forgetKept, remembered } from '../utilities/keptPerServer';
import { defaultLocale, isLocale, type Locale } from '@shared/i18n/locales';
import { mailSettings as defaultMailSettings } from '../seed/content/mailSettings';
import { wordingWith, type WordingOverrides } from './editable';

export type SenderSettings = {
  fromName: string;
  fromAddress: string;
  staffFromAddress: string;
  greeting: string;
  greetingWithoutName: string;
  signature: string;
};

// The mail wording (sender, greeting, signature, paragraphs) and the channel
// mailboxes are read by every message an intake queues: kept per server
// (utilities/keptPerServer.ts), dropped when an editor saves them.
export const forgetMailSettings = forgetKept;

const readMailSettings = async (req: PayloadRequest, language: Locale, draft: boolean): Promise<SenderSettings> => {
  const stored = await req.payload.findGlobal({
    slug: 'mail-settings',
    locale: language,
    fallbackLocale: 'en',
    depth: 0,
    draft,
    overrideAccess: true,
  });
  // Until an editor saves the settings, the starting wording applies.
  const defaults = defaultMailSettings(language);
  return {
    fromName: stored.fromName || defaults.fromName,
    fromAddress: stored.fromAddress || defaults.fromAddress,
    staffFromAddress: stored.staffFromAddress || defaults.staffFromAddress,
    greeting: stored.greeting || defaults.greeting,
    greetingWithoutName: stored.greetingWithoutName || defaults.greetingWithoutName,
    signature: stored.signature || defaults.signature,
  };
};

// The published settings (kept); a preview (draft) reads the draft each time.
export const mailSettings = (req: PayloadRequest, language: Locale, draft = false): Promise<SenderSettings> =>
  draft
    ? readMailSettings(req, language, true)
    : remembered(`mail-settings:${language}`, () => readMailSettings(req, language, false));

const readWording = async (req: PayloadRequest, language: Locale, draft: boolean) => {
  const stored = await req.payload.findGlobal({
    slug: 'mail-wording',
    locale: language,
    fallbackLocale: false,
    draft,
    depth: 0,
    overrideAccess: true,
  });
  return wordingWith(language, stored as WordingOverrides);
};

// The editors' published paragraphs in this language (never a draft, never
// another language's: an empty field means the code's wording in this one),
// kept like the settings. A preview (draft: true) reads the wording being prepared.
export const publishedWording = (req: PayloadRequest, language: Locale, draft = false) =>
  draft
    ? readWording(req, language, true)
    : remembered(`mail-wording:${language}`, () => readWording(req, language, false));

export type ChannelMailboxes = { complaint?: string; abuse?: string; feedback?: string };
type ChannelLanguages = Record<keyof ChannelMailboxes, Locale>;

const readContactMail = (req: PayloadRequest) =>
  remembered('contact-details', async () => {
    const contact = await req.payload.findGlobal({ slug: 'contact-details', depth: 0, overrideAccess: true });
    const language = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
    return {
      mailboxes: {
        complaint: contact.complaintsEmail || undefined,
        abuse: contact.abuseEmail || undefined,
        feedback: contact.feedbackEmail || undefined,
      } satisfies ChannelMailboxes,
      languages: {
        complaint: language(contact.complaintsLanguage),
        abuse: language(contact.abuseLanguage),
        feedback: language(contact.feedbackLanguage),
      } satisfies ChannelLanguages,
    };
  });

// Customers reply to the channel's own mailbox, kept in the contact details.
export const channelMailboxes = async (req: PayloadRequest): Promise<ChannelMailboxes> =>
  (await readContactMail(req)).mailboxes;

// Each mailbox's default language (set by admins in the contact details): mail
// too short to tell its language is filed in it.
export const mailboxLanguages = async (req: PayloadRequest): Promise<ChannelLanguages> =>
  (await readContactMail(req)).languages;
