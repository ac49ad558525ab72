import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { remembered } from '../utilities/keptPerServer';

type Localized = Partial<Record<Locale, string | null>> | null | undefined;
type StoredChoice = { offered?: boolean | null; label?: Localized; help?: Localized } | null | undefined;

// The published Form choices global in every language at once (locale 'all'):
// what the forms offer and the words editors gave each choice.
export type PublishedFormChoices = {
  complaintTopics?: Record<string, StoredChoice> | null;
  abuseCategories?: Record<string, StoredChoice> | null;
};

// Read once per server and kept (utilities/keptPerServer.ts), dropped when an
// editor saves the global: the intake's check of what is offered and the
// mail's choice labels share this one read, so neither costs a complaint a
// database round trip. Never a draft.
export const publishedFormChoices = (req: PayloadRequest): Promise<PublishedFormChoices> =>
  remembered(
    'form-choices',
    async () =>
      (await req.payload.findGlobal({
        slug: 'form-choices',
        locale: 'all',
        depth: 0,
        draft: false,
        overrideAccess: true,
      })) as unknown as PublishedFormChoices,
  );
