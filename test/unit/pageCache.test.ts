import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  contentChanged,
  contentGeneration,
  contentVersionDue,
  followContentVersion,
  forgetPublishedContent,
  getContactDetails,
  getProcedurePage,
} from '../../site/lib/cms';
import { keepPage, keptPage } from '../../site/lib/pageCache';

// The site's kept procedure page and the CMS it follows, with the CMS played
// by a stubbed fetch: what a reader gets after an editor publishes.
const cms = { title: 'Old title', version: 'v0' };

const answer = (body: unknown) => Response.json(body);
const fakeCms = async (input: string | URL | Request): Promise<Response> => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  if (url.pathname === '/api/content/version') return answer({ version: cms.version });
  if (url.pathname === '/api/globals/procedure-page') return answer({ title: cms.title, bodyHtml: '' });
  if (url.pathname === '/api/globals/contact-details') return answer({ organisation: 'Registrar' });
  return new Response(null, { status: 404 });
};

const pageUrl = new URL('http://site.test/en/');

// As Astro renders the page: the frontmatter loads the procedure before the
// response exists; the footer loads the contact details while the body streams.
const render = async (): Promise<string> => {
  const renderedAt = contentGeneration();
  const page = await getProcedurePage('en');
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const contact = await getContactDetails('en');
      controller.enqueue(new TextEncoder().encode(`<title>${page?.title}</title><p>${contact?.organisation}</p>`));
      controller.close();
    },
  });
  const response = await keepPage(new Request(pageUrl), pageUrl, new Response(body, { status: 200 }), renderedAt);
  return response.text();
};

// What the site's server answers without rendering, if anything.
const keptTitle = async (): Promise<string | undefined> => {
  const kept = keptPage(new Request(pageUrl), pageUrl);
  return kept && /<title>([^<]*)<\/title>/.exec(await kept.text())?.[1];
};

describe("the site's kept procedure page", () => {
  beforeEach(() => {
    vi.stubEnv('CMS_URL', 'http://cms.test');
    vi.stubEnv('CONTENT_CHECK_SECONDS', '0');
    vi.stubGlobal('fetch', vi.fn(fakeCms));
    Object.assign(cms, { title: 'Old title', version: 'v0' });
    forgetPublishedContent();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('is kept after its first render, with the content it shows', async () => {
    expect(await render()).toContain('Old title');
    expect(await keptTitle()).toBe('Old title');
  });

  it('is never served from before a publication, even once the new content is loaded', async () => {
    await render();
    await render();
    expect(await keptTitle()).toBe('Old title');
    cms.title = 'New title';
    contentChanged(undefined);
    expect(await keptTitle()).toBeUndefined();
    // The next reader's render loads the new content (the footer's while the body streams) …
    expect(await render()).toContain('New title');
    // … and every reader after gets the new page, never the one kept before.
    expect([await keptTitle(), await keptTitle()]).toEqual(['New title', 'New title']);
  });

  it('asks the CMS again until it answers the version it told of (a save not committed yet)', async () => {
    await render();
    // Told from inside the save: the CMS still answers the old version and content.
    contentChanged('v1');
    expect(await render()).toContain('Old title');
    expect(contentVersionDue()).toBe(true);
    await followContentVersion();
    expect(contentVersionDue()).toBe(true);
    // Committed: the next request finds the new version and drops what it read before.
    Object.assign(cms, { title: 'New title', version: 'v1' });
    const before = contentGeneration();
    await followContentVersion();
    expect(contentGeneration()).toBe(before + 1);
    expect(contentVersionDue()).toBe(false);
    expect(await keptTitle()).toBeUndefined();
    expect(await render()).toContain('New title');
    expect(await keptTitle()).toBe('New title');
  });
});
