import type { Payload } from 'payload';

// C-2026-000123 for complaints, A- for abuse reports, E- for escalations.
export const numberPrefixes = { complaint: 'C', abuse: 'A', escalation: 'E' } as const;
export type NumberSeries = keyof typeof numberPrefixes;

export const formatCaseNumber = ({ series, year, value }: { series: NumberSeries; year: number; value: number }) =>
  `${numberPrefixes[series]}-${year}-${String(value).padStart(6, '0')}`;

// The counter is changed outside the record's own transaction, so a number is
// never handed out twice; a record that then fails to save leaves a gap, which
// is harmless. Increments of one series run one after another inside this
// process; the database's atomic increment and the unique index on the number
// keep several processes apart as well.
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

const counterFor = async (payload: Payload, series: string): Promise<number | string> => {
  const ids = counterIds.get(payload) ?? new Map<string, number | string>();
  counterIds.set(payload, ids);
  const known = ids.get(series);
  if (known !== undefined) return known;
  const find = async () =>
    (await payload.find({ collection: 'case-counters', where: { series: { equals: series } }, limit: 1 })).docs[0];
  const counter =
    (await find()) ??
    (await payload.create({ collection: 'case-counters', data: { series, value: 0 } }).catch(async (error: unknown) => {
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
  payload,
}: {
  series: NumberSeries;
  year: number;
  payload: Payload;
}): Promise<string> => {
  const key = `${numberPrefixes[series]}-${year}`;
  return serialised(key, async () => {
    const id = await counterFor(payload, key);
    const updated = (await payload.db.updateOne({
      collection: 'case-counters',
      id,
      data: { value: { $inc: 1 } },
    })) as unknown as { value: number };
    return formatCaseNumber({ series, year, value: updated.value });
  });
};
