import type { CollectionConfig } from 'payload';
import { allowRoles, anyone, isAdmin } from '../../access/roles';
import { caseFields } from './fields';
import { acceptPublicComplaint } from './hooks/acceptPublicComplaint';
import { assignCaseNumber } from './hooks/assignCaseNumber';

// Complaints and abuse reports. The public may file one (through the site) but
// never read, list or change any; staff work them in the admin.
export const Cases: CollectionConfig = {
  slug: 'cases',
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: ['caseNumber', 'channel', 'status', 'language', 'receivedAt'],
  },
  defaultSort: '-receivedAt',
  access: {
    create: anyone,
    read: allowRoles('handler', 'abuseSpecialist'),
    update: allowRoles('handler', 'abuseSpecialist'),
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [acceptPublicComplaint],
    beforeChange: [assignCaseNumber],
  },
  fields: caseFields,
};
