import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts'),
  '@shared': path.resolve(import.meta.dirname, 'shared'),
};

// Five suites: unit (pure logic), int (real Payload on a throwaway database,
// Local API and HTTP), e2e (real Chromium against the built site and CMS),
// load (the built product under many submitters, with the mail provider down
// and the CMS killed; each file starts servers of its own), and scaleout.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/helpers/throwawayDatabase.ts'],
          globalSetup: ['test/helpers/cmsServer.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/product.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'load',
          include: ['test/load/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
      // The scaled-out deployment on MongoDB (two CMS instances, the worker, two
      // sites); run by test/mongo-server/run-int.sh after the int suite.
      {
        extends: true,
        test: {
          name: 'scaleout',
          include: ['test/scaleout/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
