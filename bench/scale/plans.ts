import type { Payload } from 'payload';
import { listQueryPlans } from './measure';
import { mongoListPlans } from './mongo';

const code = (lines: string[]) => lines.map((line) => `\`${line}\``).join('; ');

// The sentence under the scale table that shows whether an index serves the
// list's sort: SQLite's EXPLAIN QUERY PLAN, or MongoDB's explain where the
// server has one (and the collection's indexes where it has not).
export const describeListPlans = async (payload: Payload): Promise<{ text: string; raw: unknown }> => {
  if (payload.db.name !== 'mongoose') {
    const plans = await listQueryPlans(payload);
    return {
      text: `SQLite's plan for the list's core query as a handler: ${code(plans.handler)}; as an admin: ${code(plans.admin)}.`,
      raw: plans,
    };
  }
  const plans = await mongoListPlans(payload);
  const indexes = `The cases collection's indexes (\`listIndexes\`): ${code(plans.indexes)}.`;
  if (plans.explained) {
    return {
      text: `${indexes} MongoDB's plans for the list's core query (\`find(…).sort({deadlines.urgencyRank: 1, deadlines.nextDeadlineAt: 1}).limit(10).explain()\`) as a handler and as an admin are in raw.json.`,
      raw: plans,
    };
  }
  return {
    text:
      `${indexes} \`explain\` is refused by mongo-java-server (\`${plans.explainError}\`): it has no query planner, every query scans the whole collection and sorts in memory, so the list's timings above say nothing about a real MongoDB at these sizes. ` +
      'A real MongoDB would answer the admin\'s list from `deadlines.urgencyRank_1_deadlines.nextDeadlineAt_1` (an index scan in sort order, stopping after the page; the total count is a count over the same index) and the handler\'s (`channel: {$in: ["complaint"]}`) from `channel_1_deadlines.urgencyRank_1_deadlines.nextDeadlineAt_1` (equality on the prefix, then the sort order): both indexes are declared on the collection (`cms/collections/Cases/index.ts`) and built by the adapter (`ensureIndexes: true`), as the list above shows.',
    raw: plans,
  };
};
