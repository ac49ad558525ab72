import type { PayloadRequest } from 'payload';
import { offeredFrom, type Offered } from '../../shared/schemas/offered';
import { remembered } from '../utilities/keptPerServer';

// What editors offer on the forms (the published Form choices, never a draft),
// kept per server like the mail wording (utilities/keptPerServer.ts): dropped
// when an editor publishes new choices, so the intake costs no extra read.
export const offeredChoices = (req: PayloadRequest): Promise<Offered> =>
  remembered('form-choices', async () =>
    offeredFrom(
      (await req.payload.findGlobal({
        slug: 'form-choices',
        depth: 0,
        draft: false,
        overrideAccess: true,
      })) as Parameters<typeof offeredFrom>[0],
    ),
  );
