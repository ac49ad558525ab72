import type { BrowserContext, Page } from 'playwright-core';

// Watches an admin page the way a person at the desk would notice trouble, and
// more: every failed answer (4xx/5xx) to a request the page made to the CMS,
// every error toast, every request to a host other than the CMS, every console
// error and uncaught exception. Each problem is filed under the screen the walk
// was on when it happened, so a failure names the screen and what went wrong.

export type Problem = { screen: string; what: string };

export type PageWatch = {
  // The screen the walk is on now; what happens from here on is filed under it.
  screen: (name: string) => void;
  // Everything noticed since the last call (bodies of failed answers read in full).
  take: () => Promise<Problem[]>;
  // Resolves once the page has had no request in flight for `quietMs`.
  settled: (options?: { quietMs?: number; timeoutMs?: number }) => Promise<void>;
};

// Payload's toasts (sonner): an error toast carries both.
export const errorToastSelector = '.toast-error, [data-sonner-toast][data-type="error"]';

const shorten = (text: string, length = 300) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};

// Sets up the toast watch for every page of the context; call once per context.
const toastBindings = new WeakSet<BrowserContext>();
const toastListeners = new WeakMap<Page, (text: string) => void>();
const watchToasts = async (context: BrowserContext) => {
  if (toastBindings.has(context)) return;
  toastBindings.add(context);
  await context.exposeBinding('__adminWalkToast', ({ page }, text: string) => toastListeners.get(page)?.(text));
  // A string, not a function: the test's compiler may add helpers to a
  // function's text that do not exist in the page.
  await context.addInitScript(`(() => {
    const selector = ${JSON.stringify(errorToastSelector)};
    const seen = new WeakSet();
    const report = (element) => {
      if (seen.has(element)) return;
      seen.add(element);
      window.__adminWalkToast?.(element.textContent ?? '');
    };
    const scan = (root) => {
      if (root.matches?.(selector)) report(root);
      root.querySelectorAll?.(selector).forEach(report);
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') scan(mutation.target);
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) scan(node);
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-type'] });
  })();`);
};

export const watchPage = async (page: Page, cmsOrigin: string): Promise<PageWatch> => {
  let current = 'start';
  let found: Problem[] = [];
  let pending: Promise<void>[] = [];
  const note = (what: string, screen = current) => found.push({ screen, what });

  await watchToasts(page.context());
  toastListeners.set(page, (text) => note(`error toast: "${shorten(text)}"`));

  let inFlight = 0;
  let lastActivity = Date.now();
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return;
    if (new URL(url).origin !== cmsOrigin) note(`request to another host: ${request.method()} ${url}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    const url = response.url();
    if (status < 400 || !url.startsWith(cmsOrigin)) return;
    const screen = current;
    const { pathname, search } = new URL(url);
    const request = response.request();
    const override = request.headers()['x-payload-http-method-override'];
    const described = `${status} ${request.method()}${override ? ` (as ${override})` : ''} ${pathname}${search}`;
    pending.push(
      response
        .text()
        .then((body) => {
          note(`failed answer: ${described}: ${shorten(body, 200)}`, screen);
        })
        .catch(() => {
          note(`failed answer: ${described}`, screen);
        }),
    );
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    note(`console error: ${shorten(message.text())}${url ? ` (${url.replace(cmsOrigin, '')}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => note(`uncaught exception: ${shorten(error.message)}`));

  return {
    settled: async ({ quietMs = 300, timeoutMs = 15_000 } = {}) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    screen: (name) => {
      current = name;
    },
    take: async () => {
      const waiting = pending;
      pending = [];
      await Promise.all(waiting);
      const taken = found;
      found = [];
      return taken;
    },
  };
};

// "[handler · list cases] failed answer: 415 POST ..." — one line per problem.
export const describeProblems = (role: string, problems: Problem[]): string[] =>
  problems.map(({ screen, what }) => `[${role} · ${screen}] ${what}`);
