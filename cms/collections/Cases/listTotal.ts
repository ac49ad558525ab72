import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PaginatedDocs, Where } from 'payload';
import { readableChannels } from '../../access/roles';
import { countCasesByChannel } from '../../reports/rollups/store';

// The staff list's "1–10 of N" without counting the table.
//
// Payload's list view always asks `find` for a page with its total, and the
// database adapter answers the total with a `count(*)` over every case the
// person may read: at a million cases that count alone took most of the
// list's time (SQLite walks ~800,000 index entries for a handler), while the
// page itself comes straight off the sort's index. When the list has no filter
// of the person's own (no search, no preset, no filter: only what their role
// may read), that total is already known: the report's rollups count every
// case per channel, kept in the same transaction as each save and deletion
// (reports/rollups/apply.ts; test/int/rollups.test.ts checks them against a
// full recount). So for such a list this asks the database for the page only
// (`pagination: false`, the same limit) and fills in the totals
// from the rollups. Any other query is left exactly as Payload runs it.
// While `npm run reports:rebuild` runs (it empties the rollups, then refills
// them: run it when nobody works, as it says) a list may show a low total.

// The find arguments this hook took the count out of: afterOperation receives
// the very object beforeOperation returned.
const keptTotal = new WeakSet<object>();

// True when a where clause constrains nothing: absent, `{}`, or and/or lists
// of such (what the list view sends when nobody filtered).
export const constrainsNothing = (where: Where | undefined): boolean =>
  !where ||
  Object.entries(where).every(
    ([key, value]) =>
      (key === 'and' || key === 'or') && Array.isArray(value) && value.every((inner) => constrainsNothing(inner)),
  );

export const listTotalBeforeFind: CollectionBeforeOperationHook = ({ args, operation, overrideAccess }) => {
  // A person's list only. Code that reads with access overridden (the
  // rollups' own rebuild pages through every case by `hasNextPage`) always
  // gets Payload's count, never the rollups it may be about to repair.
  if (operation !== 'read' || overrideAccess !== false) return args;
  const find = args as {
    id?: unknown;
    pagination?: boolean;
    limit?: number;
    page?: number;
    where?: Where;
    trash?: boolean;
  };
  // findByID and findVersions share the 'read' hook; only a paginated find of
  // cases (not the trash) with no filter of its own qualifies, and only its
  // first page: without pagination MongoDB's adapter ignores the page
  // (mongoose-paginate-v2 skips nothing), so later pages keep Payload's count.
  if (
    'id' in find ||
    find.pagination === false ||
    find.limit === 0 ||
    (find.page ?? 1) !== 1 ||
    find.trash ||
    !constrainsNothing(find.where)
  )
    return args;
  // The limit a paginated find defaults to; without pagination it would be "all".
  const pageOnly = { ...args, pagination: false, limit: find.limit ?? 10 };
  keptTotal.add(pageOnly);
  return pageOnly;
};

export const listTotalAfterFind: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'find' || !keptTotal.has(args)) return result;
  const page = result as PaginatedDocs;
  const { limit } = args as { limit: number };
  // The access rule's own answer to "which cases": all of them for an admin.
  const channels = readableChannels(req.user);
  const perChannel = await countCasesByChannel(req.payload, req);
  const totalDocs =
    channels === 'all'
      ? [...perChannel.values()].reduce((sum, count) => sum + count, 0)
      : channels.reduce((sum, channel) => sum + (perChannel.get(channel) ?? 0), 0);
  // The figures Payload's paginated find gives for a first page (drizzle's findMany).
  const totalPages = Math.ceil(totalDocs / limit);
  return {
    ...page,
    limit,
    page: 1,
    totalDocs,
    totalPages,
    hasPrevPage: false,
    hasNextPage: totalPages > 1,
    prevPage: null,
    nextPage: totalPages > 1 ? 2 : null,
    pagingCounter: 1,
  } as typeof result;
};
