// Small readers for loosely typed report fields: a machine report is input
// from outside, so nothing in it is trusted to have the type it should.
export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

export const object = (value: unknown): Fields => (isObject(value) ? value : {});

// A time as ISO 8601, or nothing when it is not one.
export const isoTime = (value: unknown): string | undefined => {
  const raw = text(value);
  if (!raw) return undefined;
  const time = new Date(raw);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
};

// "Label: value" lines for the summary, leaving out what is empty.
export const lines = (entries: [string, unknown][]): string[] =>
  entries.flatMap(([label, value]) => (text(value) ? [`${label}: ${text(value)}`] : []));
