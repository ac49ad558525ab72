import type { GlobalAfterChangeHook, PayloadRequest } from 'payload';
import type { Locale } from '../../shared/i18n/locales';
import { mailSettings as defaultMailSettings } from '../seed/content/mailSettings';

export type SenderSettings = {
  fromName: string;
  fromAddress: string;
  staffFromAddress: string;
  greeting: string;
  greetingWithoutName: string;
  signature: string;
};

// The mail wording (sender, greeting, signature) and the channel mailboxes are
// read by every message an intake queues; they change a few times a year. Each
// is read once and kept here: dropped at once when an editor saves it on this
// server (forgetMailSettings), and after a minute at the latest, so an edit
// saved through another server of a scaled-out desk reaches this one too.
const KEEP_MS = 60_000;

type Kept = { until: number; value: Promise<unknown> };
const kept = new Map<string, Kept>();

const remembered = <T>(key: string, read: () => Promise<T>): Promise<T> => {
  const now = Date.now();
  const found = kept.get(key);
  if (found && found.until > now) return found.value as Promise<T>;
  const value = read();
  kept.set(key, { until: now + KEEP_MS, value });
  // A failed read is not kept: the next message reads again.
  value.catch(() => kept.delete(key));
  return value;
};

export const forgetMailSettings: GlobalAfterChangeHook = ({ doc }) => {
  kept.clear();
  return doc;
};

export const mailSettings = (req: PayloadRequest, language: Locale): Promise<SenderSettings> =>
  remembered(`mail-settings:${language}`, async () => {
    const stored = await req.payload.findGlobal({
      slug: 'mail-settings',
      locale: language,
      fallbackLocale: 'en',
      depth: 0,
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
  });

export type ChannelMailboxes = { complaint?: string; abuse?: string; feedback?: string };

// Customers reply to the channel's own mailbox, kept in the contact details.
export const channelMailboxes = (req: PayloadRequest): Promise<ChannelMailboxes> =>
  remembered('contact-details', async () => {
    const contact = await req.payload.findGlobal({ slug: 'contact-details', depth: 0, overrideAccess: true });
    return {
      complaint: contact.complaintsEmail || undefined,
      abuse: contact.abuseEmail || undefined,
      feedback: contact.feedbackEmail || undefined,
    };
  });
