import path from 'node:path';

// Processes are started from the repository root (npm scripts, tests); DATA_DIR
// lets a test or a deployment put the embedded database anywhere else.
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'data'),
);
