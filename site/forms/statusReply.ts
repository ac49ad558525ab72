import { statusReplySchema } from '@shared/schemas/statusReply';
import type { FieldSpec, PostedFormSpec } from './types';

// The customer's message on their status page: one field, the shared schema.
export const statusReplyField: FieldSpec = {
  name: 'message',
  label: 'status.reply.message',
  kind: 'textarea',
  rows: 6,
  required: true,
};

export const statusReplyForm: PostedFormSpec = {
  schema: statusReplySchema,
  fieldsets: [{ legend: 'status.reply.heading', fields: [statusReplyField] }],
};
