import type { PayloadRequest } from 'payload';
import type { InboundMessage } from '../payload-types';
import type { ParsedMail } from './parse';
import type { InboundStatus } from './status';

// Where an earlier copy went that already counts: filed, threaded or held.
const settled: InboundStatus[] = ['threaded', 'newCase', 'held'];

// The same message reaching the desk twice: a colleague imports a .eml the
// provider already delivered, or the same file twice. Same Message-ID from the
// same sender is the same mail; it is filed once, and the second copy points
// at the first. (Resend delivering one mail twice is caught earlier, on its ids.)
export const earlierCopy = async (
  req: PayloadRequest,
  id: number,
  mail: ParsedMail,
): Promise<Pick<InboundMessage, 'id' | 'channel' | 'case' | 'escalation' | 'feedback'> | undefined> => {
  if (!mail.messageId || !mail.from) return undefined;
  const { docs } = await req.payload.find({
    collection: 'inbound-messages',
    where: {
      and: [
        { messageId: { equals: mail.messageId } },
        { from: { equals: mail.from } },
        { status: { in: settled } },
        { id: { not_equals: id } },
      ],
    },
    sort: 'receivedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs[0];
};
