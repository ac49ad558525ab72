import type { Where } from 'payload';
import { formatAdminURL } from 'payload/shared';

// A query in the bracket form Payload's list view reads from its URL
// (where[and][0][status][equals]=received), so a link opens the list filtered
// exactly as the count beside it was made.
const flatten = (value: unknown, prefix: string): [string, string][] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, `${prefix}[${key}]`))
    : [[prefix, String(value)]];

export const listUrl = ({ adminRoute, collection, where }: { adminRoute: string; collection: string; where: Where }) =>
  `${formatAdminURL({ adminRoute, path: `/collections/${collection}` })}?${new URLSearchParams(flatten(where, 'where'))}`;
