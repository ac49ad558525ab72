import type { Payload, Where } from 'payload';

type Actor = Parameters<Payload['find']>[0]['user'];

export const listPageSize = (payload: Payload): number =>
  payload.collections.cases.config.admin.pagination?.defaultLimit ?? 10;

// The staff case list as the admin's list view asks for it
// (@payloadcms/next/dist/views/List): no sort of its own, so the collection's
// defaultSort applies; `{}` when nobody filtered; the default page size; depth
// 0; lock status; the person's own access (a handler sees complaints only, an
// admin everything). Read by the int tests and the scale bench alike.
export const staffCaseList = (
  payload: Payload,
  user: Actor,
  { where = {}, page = 1 }: { where?: Where; page?: number } = {},
) =>
  payload.find({
    collection: 'cases',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    includeLockStatus: true,
    limit: listPageSize(payload),
    locale: 'nl',
    overrideAccess: false,
    page,
    user,
    where,
  });
