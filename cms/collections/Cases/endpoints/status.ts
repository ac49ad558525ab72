import type { Endpoint } from 'payload';
import { isSiteClient, isStaff } from '../../../access/roles';
import { findCaseStatus } from '../statusView';

// GET /api/cases/status/:token — for the site's private status page. A wrong
// token and a malformed one get the same plain 404, so nothing can be learned
// by guessing.
export const caseStatusEndpoint: Endpoint = {
  path: '/status/:token',
  method: 'get',
  handler: async (req) => {
    if (!isSiteClient(req.user) && !isStaff(req.user)) return Response.json({ error: 'Forbidden' }, { status: 403 });
    const token = String(req.routeParams?.token ?? '');
    const view = await findCaseStatus(req.payload, token);
    if (!view) return Response.json({ error: 'Not found' }, { status: 404 });
    return Response.json(view, { headers: { 'cache-control': 'no-store' } });
  },
};
