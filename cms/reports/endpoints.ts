import type { Endpoint, PayloadRequest } from 'payload';
import { berlinDate } from '@shared/calendar/days';
import { canSeeReports } from './access';
import { figuresToCsv } from './csv';
import { computeFigures } from './figures';
import { figuresCsvPath, figuresPath } from './routes';

// Figures change with every case, and hold internal numbers: never cached.
const noStore = { 'cache-control': 'no-store' };

const refusal = (req: PayloadRequest): Response | undefined => {
  if (!req.user) return Response.json({ error: 'Unauthorized' }, { status: 401, headers: noStore });
  if (!canSeeReports(req.user)) return Response.json({ error: 'Forbidden' }, { status: 403, headers: noStore });
  return undefined;
};

// GET /api/reports/figures: the dashboard's figures as JSON.
export const figuresEndpoint: Endpoint = {
  path: figuresPath,
  method: 'get',
  handler: async (req) => refusal(req) ?? Response.json(await computeFigures(req.payload), { headers: noStore }),
};

// GET /api/reports/figures.csv: the same figures as a spreadsheet download,
// named for the Berlin day it was made.
export const figuresCsvEndpoint: Endpoint = {
  path: figuresCsvPath,
  method: 'get',
  handler: async (req) => {
    const refused = refusal(req);
    if (refused) return refused;
    const now = new Date();
    return new Response(figuresToCsv(await computeFigures(req.payload, { now })), {
      headers: {
        ...noStore,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="complaints-figures-${berlinDate(now)}.csv"`,
      },
    });
  },
};

export const reportEndpoints: Endpoint[] = [figuresEndpoint, figuresCsvEndpoint];
