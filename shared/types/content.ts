// The contract between the CMS's content endpoints (cms/content/endpoints.ts)
// and the site's preview and past-version pages.

export type ProcedureText = { title: string; intro: string | null; bodyHtml: string };

// A version of the procedure page that was published, as it read then.
export type PublishedProcedure = ProcedureText & { versionId: string; publishedAt: string };

// The drafts behind a signed preview link: the page and the contact block.
export type ContentPreview = { procedure: ProcedureText; contact: Record<string, unknown> };

// Which published procedure a case was filed under, for its status page.
export type ProcedureInForceView = { versionId: string; publishedAt: string };
