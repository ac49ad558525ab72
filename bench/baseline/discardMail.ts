import type { EmailAdapter } from 'payload';

// The form builder sends its mail inside the request; a real provider would add
// a network round trip the product does not pay (it only queues). Dropping the
// composed message keeps the comparison about the work on this machine.
export const discardMail: EmailAdapter = () => ({
  name: 'discard',
  defaultFromAddress: 'complaints@example.test',
  defaultFromName: 'Complaints desk',
  sendEmail: async () => ({}),
});
