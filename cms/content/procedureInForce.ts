import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload';
import { berlinTimeText } from '../fields/berlinTime';
import { remembered } from '../utilities/keptPerServer';

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
    { name: 'publishedAt', type: 'date', label: 'Published', admin: berlinTimeText },
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

// The latest published version, kept per server (utilities/keptPerServer.ts:
// dropped when an editor saves the page here, after a minute elsewhere): what
// applies to everything arriving now, so an intake costs no read of it.
const latestPublished = (req: PayloadRequest) =>
  remembered('procedure-in-force', () => findProcedureInForce(req, new Date()));

const inForceAt = async (req: PayloadRequest, at: Date): Promise<ProcedureInForce | undefined> => {
  const latest = await latestPublished(req);
  // Something that arrived before the latest publication (a letter staff enter late) is looked up.
  return latest && new Date(latest.publishedAt) <= at ? latest : findProcedureInForce(req, at);
};

// Called once per collection (Cases, Escalations), on create, whether the
// customer filed through the site or staff entered a letter or a call.
export const recordProcedureInForce: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const arrived = typeof data.receivedAt === 'string' ? new Date(data.receivedAt) : new Date();
  const inForce = await inForceAt(req, Number.isNaN(arrived.getTime()) ? new Date() : arrived);
  // Whatever a client sent for it is replaced: only the CMS knows which version applied.
  return { ...data, procedureInForce: inForce ?? { versionId: null, publishedAt: null } };
};
