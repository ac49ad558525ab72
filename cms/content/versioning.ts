import type { Access, CollectionConfig, GlobalConfig, PayloadRequest, Where } from 'payload';
import { allowRoles, hasRole } from '../access/roles';
import { stampDocumentAuthor, stampGlobalAuthor, versionAuthorField } from './versionAuthor';

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

// validate: check drafts as published content is checked (a draft with an
// unknown placeholder is refused at once, not at publishing).
type DraftOptions = { validate?: boolean };

const drafts = ({ validate = false }: DraftOptions) => ({
  autosave: { interval: AUTOSAVE_MS },
  schedulePublish: true,
  ...(validate ? { validate: true } : {}),
});

// Drafts are for editors. Anyone else (the site's key, the public API,
// handlers reading mail settings) asking the API for the draft (`?draft=true`)
// is refused; without it Payload reads the published document, which only a
// publication writes. (Not a filter on `_status` for globals: Payload leaves a
// global's own `_status` at its default, 'draft', when content is saved without
// one, as the seed did before drafts existed.)
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

// A document of a versioned collection reaches readers once published: one
// created as a draft has no published version yet. Rows from before drafts
// existed have no status and count as published.
export const publishedDocuments: Where = {
  or: [{ _status: { equals: 'published' } }, { _status: { exists: false } }],
};

// Payload's admin asks for the draft when it names a related document (the
// department on a feedback, in its list, form and filters): a colleague who is
// no editor gets the published documents then, as without the question.
const staffNamingRelated = (req: PayloadRequest): boolean => asksForDraft(req) && req.user?.collection === 'users';

const onlyPublished =
  (read: Access | undefined): Access =>
  async (args) => {
    const allowed =
      staffNamingRelated(args.req) && !hasRole(args.req.user, 'editor')
        ? await (read ? read(args) : true)
        : await publishedUnlessEditor(read)(args);
    if (allowed === true && !hasRole(args.req.user, 'editor')) return publishedDocuments;
    if (allowed && typeof allowed === 'object') return { and: [allowed, publishedDocuments] };
    return allowed;
  };

type GlobalHooks = NonNullable<GlobalConfig['hooks']>;
type CollectionHooks = NonNullable<CollectionConfig['hooks']>;

export const withDrafts = (global: GlobalConfig, options: DraftOptions = {}): GlobalConfig => ({
  ...global,
  access: {
    ...global.access,
    read: publishedUnlessEditor(global.access?.read),
    readVersions: global.access?.readVersions ?? allowRoles('editor'),
  },
  versions: { drafts: drafts(options), max: VERSIONS_KEPT },
  hooks: {
    ...global.hooks,
    beforeChange: [...(global.hooks?.beforeChange ?? []), stampGlobalAuthor],
  } satisfies GlobalHooks,
  fields: [versionAuthorField, ...global.fields],
});

// The same for a collection whose documents readers see (department names).
export const withCollectionDrafts = (collection: CollectionConfig, options: DraftOptions = {}): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    read: onlyPublished(collection.access?.read),
    readVersions: collection.access?.readVersions ?? allowRoles('editor'),
  },
  versions: { drafts: drafts(options), maxPerDoc: VERSIONS_KEPT },
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), stampDocumentAuthor],
  } satisfies CollectionHooks,
  fields: [versionAuthorField, ...collection.fields],
});
