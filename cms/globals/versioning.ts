import type { Access, Field, GlobalBeforeChangeHook, GlobalConfig, PayloadRequest } from 'payload';
import { allowRoles, hasRole } from '../access/roles';

// What readers and customers see from the CMS is published, never edited live:
// editors save drafts (autosaved as they type), preview them on the site,
// publish or schedule the publication, and every published version stays in
// the history with who published it and when (Payload's own versions view
// compares two versions and restores one).

// Every version is kept (0: no limit). The procedure is a legal promise: the
// version a complaint was filed under must stay readable for as long as the
// case is kept (site route /[lang]/procedure/[version]). Autosave rewrites
// the one newest draft version instead of adding one per keystroke, so the
// history grows by a version per publication and draft session.
export const VERSIONS_KEPT = 0;
const AUTOSAVE_MS = 1_500;

export const SAVED_BY = 'savedBy';

// Who saved this version: for a published version, who published it (for a
// scheduled one, the editor who scheduled it). Payload's versions keep the
// date, not the person.
const savedByField: Field = {
  name: SAVED_BY,
  type: 'relationship',
  relationTo: 'users',
  label: 'Saved or published by',
  // Set by stampSaver on every save; what a client sends is overwritten.
  admin: { readOnly: true, position: 'sidebar' },
};

const stampSaver: GlobalBeforeChangeHook = ({ data, req }) => {
  const user = req.user as { collection?: string; id?: number | string } | null | undefined;
  if (user?.collection === 'users' && user.id !== undefined) return { ...data, [SAVED_BY]: user.id };
  return data;
};

// Drafts are for editors. Anyone else (the site's key, the public API,
// handlers reading mail settings) asking the API for the draft (`?draft=true`)
// is refused; without it Payload reads the global itself, which only a
// publication writes. (Not a filter on `_status`: Payload leaves the global's
// own `_status` at its default, 'draft', when content is saved without one,
// as the seed did before drafts existed.)
const asksForDraft = (req: PayloadRequest): boolean => {
  const draft = (req.query as Record<string, unknown> | undefined)?.draft;
  return draft === 'true' || draft === true;
};

const publishedUnlessEditor =
  (read: Access | undefined): Access =>
  (args) => {
    if (hasRole(args.req.user, 'editor')) return true;
    if (asksForDraft(args.req)) return false;
    return read ? read(args) : Boolean(args.req.user);
  };

type Hooks = NonNullable<GlobalConfig['hooks']>;

export const withDrafts = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: { ...global.access, read: publishedUnlessEditor(global.access?.read), readVersions: allowRoles('editor') },
  versions: {
    drafts: { autosave: { interval: AUTOSAVE_MS }, schedulePublish: true },
    max: VERSIONS_KEPT,
  },
  hooks: {
    ...global.hooks,
    beforeChange: [...(global.hooks?.beforeChange ?? []), stampSaver],
  } satisfies Hooks,
  fields: [...global.fields, savedByField],
});
