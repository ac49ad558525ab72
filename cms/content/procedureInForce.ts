import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload';

// Which published version of the procedure page was in force when a case or an
// escalation arrived: the customer's status page links to it, and the site
// shows that version read-only (/[lang]/procedure/[version]) however often the
// page changed since.

export type ProcedureInForce = { versionId: string; publishedAt: string };

export const procedureInForceField: Field = {
  name: 'procedureInForce',
  type: 'group',
  label: 'Procedure in force when it arrived',
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'The published version of the procedure page the customer filed under (Procedure page › Versions).',
  },
  // Recorded once, at arrival; nobody changes it afterwards.
  access: { update: () => false },
  fields: [
    { name: 'versionId', type: 'text', label: 'Version' },
    { name: 'publishedAt', type: 'date', label: 'Published', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
};

// The last version published at or before `at`; undefined before the first one.
export const findProcedureInForce = async (req: PayloadRequest, at: Date): Promise<ProcedureInForce | undefined> => {
  const { docs } = await req.payload.findGlobalVersions({
    slug: 'procedure-page',
    where: {
      and: [{ 'version._status': { equals: 'published' } }, { updatedAt: { less_than_equal: at.toISOString() } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const version = docs[0];
  return version ? { versionId: String(version.id), publishedAt: version.updatedAt } : undefined;
};

// Called once per collection (Cases, Escalations), on create, whether the
// customer filed through the site or staff entered a letter or a call.
export const recordProcedureInForce: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const arrived = typeof data.receivedAt === 'string' ? new Date(data.receivedAt) : new Date();
  const inForce = await findProcedureInForce(req, Number.isNaN(arrived.getTime()) ? new Date() : arrived);
  // Whatever a client sent for it is replaced: only the CMS knows which version applied.
  return { ...data, procedureInForce: inForce ?? { versionId: null, publishedAt: null } };
};
