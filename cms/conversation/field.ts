import type { Field } from 'payload';

// The conversation on a case's and an escalation's page (cms/components/Conversation.tsx):
// a view, not data; nothing is stored with the record.
export const conversationField: Field = {
  name: 'conversation',
  type: 'ui',
  admin: { components: { Field: '/components/Conversation/index#Conversation' } },
};
