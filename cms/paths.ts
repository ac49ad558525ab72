import path from 'node:path';
import { cmsSettings } from '@shared/settings';

// Processes are started from the repository root (npm scripts, tests); DATA_DIR
// lets a test or a deployment put the embedded database anywhere else.
export const dataDir = path.resolve(/*turbopackIgnore: true*/ cmsSettings().DATA_DIR);
