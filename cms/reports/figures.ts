import type { Payload } from 'payload';
import { registrarCalendar } from '../calendar';
import { summarise } from './summarise';
import type { Figures } from './types';
import { figuresFromRollups } from './rollups/read';

// What the dashboard, the CSV and the home screen show: read from the rollups
// each save keeps (cms/reports/rollups/), a few hundred rows at any size.
export const computeFigures = figuresFromRollups;

// A year of cases is a handful of reads, and no single query result has to
// hold the whole history.
const PAGE_SIZE = 1000;

const readAllPages = async <T>(readPage: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>) => {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await readPage(page);
    all.push(...docs);
    if (!hasNextPage) return all;
  }
};

const workflowSelect = {
  status: true,
  receivedAt: true,
  deadlines: { acknowledgementDueAt: true, answerDueAt: true },
  extension: { expectedAnswerAt: true },
  milestones: { acknowledgedAt: true, answeredAt: true, closedAt: true },
} as const;

// The figures counted from every record: the check on the rollups (tests,
// `npm run reports:rebuild`) and the baseline in the benchmark. Whoever asks:
// the caller has checked that they may see the reports, and the figures hold
// no personal data.
export const recountFigures = async (payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<Figures> => {
  const read = { depth: 0, overrideAccess: true, limit: PAGE_SIZE, sort: 'id' } as const;
  const [cases, escalations, feedback, calendar] = await Promise.all([
    readAllPages((page) =>
      payload.find({
        ...read,
        page,
        collection: 'cases',
        select: {
          ...workflowSelect,
          channel: true,
          language: true,
          complaint: { topic: true },
          abuse: { category: true },
        },
      }),
    ),
    readAllPages((page) => payload.find({ ...read, page, collection: 'escalations', select: workflowSelect })),
    readAllPages((page) => payload.find({ ...read, page, collection: 'feedback', select: { receivedAt: true } })),
    registrarCalendar(payload),
  ]);
  return summarise({ cases, escalations, feedback }, { calendar, now });
};
