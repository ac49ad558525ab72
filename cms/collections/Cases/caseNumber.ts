import type { Payload } from 'payload';

export type Channel = 'complaint' | 'abuse';

const prefixes: Record<Channel, string> = { complaint: 'C', abuse: 'A' };

export const formatCaseNumber = ({ channel, year, value }: { channel: Channel; year: number; value: number }) =>
  `${prefixes[channel]}-${year}-${String(value).padStart(6, '0')}`;

// The counter is changed outside the case's own transaction, so a number is
// never handed out twice; a case that then fails to save leaves a gap, which is
// harmless. Increments of one series run one after another inside this process; the
// database's atomic increment and the unique index on caseNumber keep several
// processes apart as well.
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

const counterFor = async (payload: Payload, series: string) => {
  const found = await payload.find({ collection: 'case-counters', where: { series: { equals: series } }, limit: 1 });
  if (found.docs[0]) return found.docs[0];
  return payload.create({ collection: 'case-counters', data: { series, value: 0 } });
};

export const nextCaseNumber = ({
  channel,
  year,
  payload,
}: {
  channel: Channel;
  year: number;
  payload: Payload;
}): Promise<string> => {
  const series = `${prefixes[channel]}-${year}`;
  return serialised(series, async () => {
    const counter = await counterFor(payload, series);
    const updated = (await payload.db.updateOne({
      collection: 'case-counters',
      id: counter.id,
      data: { value: { $inc: 1 } },
    })) as unknown as { value: number };
    return formatCaseNumber({ channel, year, value: updated.value });
  });
};
