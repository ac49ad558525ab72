import type { CollectionBeforeChangeHook, Field, GlobalBeforeChangeHook } from 'payload';
import { deskTranslate } from '../i18n';

// Who saved each version: for a published version, who published it (for a
// scheduled one, the editor who scheduled it: Payload's job saves as them).
// Payload's versions keep the date, not the person. Kept twice on purpose: the
// account (for queries and admins) and the name as it was then, which editors
// may read (they cannot read colleagues' accounts) and which stays readable
// after the account is renamed or removed.
export const SAVED_BY = 'savedBy';
export const SAVED_BY_NAME = 'savedByName';

export const SAVED_AT = 'savedAt';

// Payload's versions list takes no extra column (3.90: buildVersionColumns is
// fixed), so the name is shown on the version view: this row has no name of
// its own, so Payload hands its Diff the whole version compared and the one
// compared with (cms/components/VersionAuthorDiff.tsx). Payload shows a row
// only when one of its fields changed; `savedAt` changes with every save, so
// the name is shown for every pair of versions, also when one editor saved both.
export const versionAuthorField: Field = {
  type: 'row',
  admin: {
    position: 'sidebar',
    components: { Diff: '/components/VersionAuthorDiff#VersionAuthorDiff' },
  },
  fields: [
    {
      name: SAVED_BY_NAME,
      type: 'text',
      label: ({ t }) => deskTranslate(t as never)('savedBy'),
      // Set by stampAuthor on every save; what a client sends is overwritten.
      admin: { readOnly: true },
    },
    { name: SAVED_BY, type: 'relationship', relationTo: 'users', admin: { hidden: true } },
    { name: SAVED_AT, type: 'date', admin: { hidden: true } },
  ],
};

type Saver = { collection?: string; id?: number | string; name?: string | null; email?: string | null };

const stamp = <T extends Record<string, unknown>>(data: T, user: unknown): T => {
  const saver = user as Saver | null | undefined;
  const saved = { ...data, [SAVED_AT]: new Date().toISOString() };
  if (saver?.collection !== 'users' || saver.id === undefined) return saved;
  return { ...saved, [SAVED_BY]: saver.id, [SAVED_BY_NAME]: saver.name?.trim() || saver.email || String(saver.id) };
};

export const stampGlobalAuthor: GlobalBeforeChangeHook = ({ data, req }) => stamp(data, req.user);

export const stampDocumentAuthor: CollectionBeforeChangeHook = ({ data, req }) => stamp(data, req.user);
