import type { z } from 'zod';

type Def = { type: string; in?: z.ZodType; innerType?: z.ZodType };

// The longest text a form field accepts, read from the field's own zod schema
// (its .max()), so the page's character count and hint never state a second
// limit that could drift from the one the server enforces.
export const maxLengthOf = (schema: z.ZodType, field: string): number | undefined => {
  let current = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape?.[field];
  while (current) {
    const def = current._zod.def as Def;
    if (def.type === 'string') return (current as z.ZodString).maxLength ?? undefined;
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return undefined;
};
