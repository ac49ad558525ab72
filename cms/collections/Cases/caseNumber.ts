import type { Payload, PayloadRequest } from 'payload';

// C-2026-000123 for complaints, A- for abuse reports, E- for escalations.
export const numberPrefixes = { complaint: 'C', abuse: 'A', escalation: 'E' } as const;
export type NumberSeries = keyof typeof numberPrefixes;

export const formatCaseNumber = ({ series, year, value }: { series: NumberSeries; year: number; value: number }) =>
  `${numberPrefixes[series]}-${year}-${String(value).padStart(6, '0')}`;

// The counter is changed in the intake's transaction where there is one (the
// embedded database's holds the only write lock until it commits, so a number
// a failed record drew is given back, never handed out twice); without one a
// failed record leaves a gap, which is harmless. Increments of one series run
// one after another inside this process; the database's atomic increment and
// the unique index on the number keep several processes apart as well.
const queues = new Map<string, Promise<unknown>>();

const serialised = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
};

// A counter row, once found or made, stays: its id is kept for the process,
// so drawing a number is one atomic increment.
const counterIds = new WeakMap<Payload, Map<string, number | string>>();

const counterFor = async (req: PayloadRequest, series: string): Promise<number | string> => {
  const { payload } = req;
  const ids = counterIds.get(payload) ?? new Map<string, number | string>();
  counterIds.set(payload, ids);
  const known = ids.get(series);
  if (known !== undefined) return known;
  const find = async () =>
    (await payload.find({ collection: 'case-counters', where: { series: { equals: series } }, limit: 1, req })).docs[0];
  const counter =
    (await find()) ??
    (await payload
      .create({ collection: 'case-counters', data: { series, value: 0 }, req })
      .catch(async (error: unknown) => {
        // Another server of a scaled-out desk made the series' row at the same
        // moment (the unique index on `series` refused this one): use theirs.
        const made = await find();
        if (!made) throw error;
        return made;
      }));
  ids.set(series, counter.id);
  return counter.id;
};

export const nextCaseNumber = ({
  series,
  year,
  req,
}: {
  series: NumberSeries;
  year: number;
  req: PayloadRequest;
}): Promise<string> => {
  const key = `${numberPrefixes[series]}-${year}`;
  const increment = async () =>
    (await req.payload.db.updateOne({
      collection: 'case-counters',
      id: await counterFor(req, key),
      data: { value: { $inc: 1 } },
      req,
    })) as unknown as { value: number } | null;
  return serialised(key, async () => {
    // A counter made in a transaction that was then rolled back is gone: find or make it again.
    const updated =
      (await increment().catch(() => null)) ?? (counterIds.get(req.payload)?.delete(key), await increment());
    if (!updated) throw new Error(`the case number counter ${key} could not be incremented`);
    return formatCaseNumber({ series, year, value: updated.value });
  });
};
