// @ts-check
import node from '@astrojs/node';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './shared/i18n/locales.ts';
import { MAX_FORM_BYTES } from './shared/limits.ts';

// Every page is rendered on request: the procedure text comes from the CMS
// (cached briefly in site/lib/cms.ts) and the forms answer POSTs.
export default defineConfig({
  srcDir: './site',
  outDir: './dist/site',
  output: 'server',
  // Middleware mode: site/server.mjs serves the built app (why: there).
  adapter: node({ mode: 'middleware', bodySizeLimit: MAX_FORM_BYTES }),
  // Readers' sessions (the confirmation after a POST): on this machine's disk,
  // or in MongoDB shared by every site instance (site/lib/sessionDriver.ts).
  session: {
    driver: {
      entrypoint: fileURLToPath(new URL('./site/lib/sessionDriver.ts', import.meta.url)),
      config: { base: fileURLToPath(new URL('./node_modules/.astro/sessions', import.meta.url)) },
    },
  },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts are always files of their own, however small: the pages' CSP
  // (site/middleware.ts) runs only this site's script files, never inline ones.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
