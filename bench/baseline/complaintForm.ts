import { complaintTopics } from '@shared/schemas/complaint';

// Lexical rich text of one paragraph, as the form builder stores its messages.
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
});

// The complaint form built the usual Payload way: a `forms` document whose
// blocks mirror the site's fields, answering with a message and mailing the
// reader an acknowledgement (the product queues one too).
export const complaintFormDoc = {
  title: 'Complaint',
  fields: [
    { blockType: 'text', name: 'name', label: 'Name', required: true },
    { blockType: 'email', name: 'email', label: 'E-mail', required: true },
    { blockType: 'text', name: 'phone', label: 'Phone' },
    { blockType: 'text', name: 'customerNumber', label: 'Customer number' },
    { blockType: 'text', name: 'organisation', label: 'Organisation' },
    {
      blockType: 'select',
      name: 'topic',
      label: 'Topic',
      required: true,
      options: complaintTopics.map((value) => ({ value, label: value })),
    },
    { blockType: 'textarea', name: 'domains', label: 'Domain names' },
    { blockType: 'textarea', name: 'description', label: 'What happened', required: true },
    { blockType: 'textarea', name: 'expectedOutcome', label: 'What you expect', required: true },
  ],
  confirmationType: 'message',
  confirmationMessage: paragraph('Thank you. We have received your complaint.'),
  emails: [
    {
      emailTo: '{{email}}',
      emailFrom: 'complaints@example.test',
      subject: 'We received your complaint',
      message: paragraph('Dear {{name}}, we received your complaint about {{topic}}.'),
    },
  ],
};
