import type { Payload } from 'payload';
import { listQueryPlans } from './measure';
import { indexList, mongoListPlans } from './mongo';

const code = (lines: string[]) => lines.map((line) => `\`${line}\``).join('; ');

// The fields a MongoDB filter names (inside $and/$or too), the candidates for an index's equality prefix.
const filterFields = (filter: unknown): string[] =>
  filter && typeof filter === 'object'
    ? Object.entries(filter).flatMap(([key, value]) =>
        key.startsWith('$') ? (Array.isArray(value) ? value.flatMap(filterFields) : []) : [key],
      )
    : [];

// The index a real MongoDB can walk in the sort's order for this filter: its
// keys are fields the filter pins, then exactly the sort's keys, all in the
// sort's directions or all reversed.
const servingIndex = (
  indexes: { name: string; key: Record<string, number> }[],
  { filter, sort }: { filter: object; sort: Record<string, number> },
): string | undefined => {
  const pinned = new Set(filterFields(filter));
  const wanted = Object.entries(sort);
  const prefix = (keys: [string, number][]) => keys.findIndex(([field]) => !pinned.has(field));
  return (
    indexes
      .map(({ name, key }) => ({ name, keys: Object.entries(key) }))
      .filter(({ keys }) => {
        const rest = keys.slice(prefix(keys));
        const inOrder = (sign: number) =>
          wanted.every(([field, direction], at) => rest[at]?.[0] === field && rest[at]?.[1] === sign * direction);
        return rest.length === wanted.length && (inOrder(1) || inOrder(-1));
      })
      // The one that also narrows to the filter's fields first, as a planner would prefer.
      .sort((one, other) => prefix(other.keys) - prefix(one.keys))[0]?.name
  );
};

const json = (value: unknown) => `\`${JSON.stringify(value)}\``;

// The sentence under the scale table that shows whether an index serves the
// list's sort: SQLite's EXPLAIN QUERY PLAN; MongoDB's explain where the server
// has one, and else the query the list sends beside the index that would serve it.
export const describeListPlans = async (
  payload: Payload,
  lists: Record<'handler' | 'admin', () => Promise<unknown>>,
): Promise<{ text: string; raw: unknown }> => {
  if (payload.db.name !== 'mongoose') {
    const plans = await listQueryPlans(payload);
    return {
      text: `SQLite's plan for the list's core query as a handler: ${code(plans.handler)}; as an admin: ${code(plans.admin)}; for its total (from the report's rollups, cms/collections/Cases/listTotal.ts): ${code(plans.total)}.`,
      raw: plans,
    };
  }
  const plans = await mongoListPlans(payload, lists);
  const indexes = indexList(plans.indexes);
  const query = (who: 'handler' | 'admin') => {
    const index = servingIndex(plans.indexes, plans.sent[who]);
    return `as ${who === 'handler' ? 'a handler' : 'an admin'} the list sends \`find\` with filter ${json(plans.sent[who].filter)} and sort ${json(plans.sent[who].sort)}, ${index ? `which the index \`${index}\` serves in order` : '**which no index serves in order**'}`;
  };
  const sent = `${query('handler')}; ${query('admin')}.`;
  if (plans.explained) {
    return {
      text: `${sent[0]?.toUpperCase()}${sent.slice(1)} MongoDB's own plans (\`explain\`) are in raw.json. ${indexes}`,
      raw: plans,
    };
  }
  return {
    text:
      `MongoDB's query plan: \`explain\` is refused by mongo-java-server (\`${plans.explainError}\`). It has no query planner: every query scans the whole collection and sorts in memory, so its list timings above say nothing about a real MongoDB at these sizes (the figures do: they read the rollups, a few hundred documents at any size). ` +
      `What a real MongoDB would plan follows from the query and the indexes: ${sent} ` +
      `A real MongoDB walks such an index in sort order and stops after the page; the first page's total comes from the report's rollups (cms/collections/Cases/listTotal.ts), later pages and filtered lists count over the same index. ${indexes}`,
    raw: plans,
  };
};
