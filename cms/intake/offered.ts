import type { PayloadRequest } from 'payload';
import { offeredFrom, type Offered } from '@shared/schemas/offered';
import { publishedFormChoices } from '../content/formChoices';

// What editors offer on the forms (the published Form choices, never a draft),
// kept per server with the choices' labels (content/formChoices.ts), so the
// intake costs no extra read.
export const offeredChoices = async (req: PayloadRequest): Promise<Offered> =>
  offeredFrom((await publishedFormChoices(req)) as Parameters<typeof offeredFrom>[0]);
