import type { CollectionConfig } from 'payload';
import { allowRoles, hasRole, isAdmin, isSiteClient } from '../../access/roles';
import { bulkEditOnly } from '../../fields/bulkEdit';
import { submissionKeyField } from '../../hooks/repeatedSubmission';
import { intakeStepField } from '../../intake/field';
import { workflowActionsEndpoint } from '../../workflow/actions';
import { replyEndpoints } from '../../replies/endpoint';
import { escalationFields } from './fields';
import { escalationHooks } from './hooks';
import { plainColumnHeadings } from '../../fields/plainColumnHeadings';
import { procedureInForceField } from '../../content/procedureInForce';

// Escalated complaints: the customer was not satisfied with the answer. Their
// own deadlines: acknowledgement in 2 business days, final answer in 10.
export const Escalations: CollectionConfig = {
  slug: 'escalations',
  admin: {
    useAsTitle: 'escalationNumber',
    defaultColumns: ['escalationNumber', 'case', 'status', 'deadlines.nextDeadlineAt', 'deadlines.urgency', 'language'],
    group: 'Cases',
  },
  defaultSort: ['deadlines.urgencyRank', 'deadlines.nextDeadlineAt'],
  enableQueryPresets: true,
  access: {
    create: ({ req }) => isSiteClient(req.user) || hasRole(req.user, 'handler'),
    read: allowRoles('handler'),
    update: allowRoles('handler'),
    delete: isAdmin,
  },
  // In the order they run, each with its reason: ./hooks.ts.
  hooks: escalationHooks,
  endpoints: [workflowActionsEndpoint('escalations'), ...replyEndpoints('escalations')],
  fields: plainColumnHeadings(
    bulkEditOnly(['addNote'], [...escalationFields, submissionKeyField, procedureInForceField, intakeStepField]),
  ),
};
