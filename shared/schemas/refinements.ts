import type { z } from 'zod';

// Zod skips an object's cross-field checks once a field has failed; a form must
// show the reader every problem in one round, so these checks always run (on
// whatever parsed).
export const everyProblemAtOnce = (payload: z.core.ParsePayload): boolean =>
  typeof payload.value === 'object' && payload.value !== null;
