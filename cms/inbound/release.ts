import type { Endpoint } from 'payload';
import { processInbound } from './process';

// POST /api/inbound-messages/:id/release: a colleague who may read a message
// held for failed authentication lets it through; it is then threaded or filed
// (and acknowledged) as if it had passed. Read access decides: the message's
// team, or an admin.
export const releaseHeldEndpoint: Endpoint = {
  path: '/:id/release',
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== 'users') return Response.json({ error: 'Sign in first.' }, { status: 401 });
    const id = req.routeParams?.id as number | undefined;
    const { docs } = await req.payload.find({
      collection: 'inbound-messages',
      where: { id: { equals: id } },
      overrideAccess: false,
      user: req.user,
      depth: 0,
      limit: 1,
      req,
    });
    const message = docs[0];
    if (!message) return Response.json({ error: 'No such message, or not yours to see.' }, { status: 404 });
    if (message.status !== 'held') {
      return Response.json({ error: 'Only a message held for review can be released.' }, { status: 409 });
    }
    const status = await processInbound(req, message, { released: true });
    return Response.json({ id: message.id, status });
  },
};
