// Field labels and descriptions of what admins and teams set up: colleagues,
// evidence files, canned replies, departments and the API's clients.
export const staffEn = {
  users: {
    singular: 'User',
    plural: 'Users',
    fields: { name: 'Name', roles: 'Roles', language: 'Language (mail and admin)' },
    descriptions: {},
  },
  evidence: {
    singular: 'Evidence file',
    plural: 'Evidence',
    description: 'Kept as it arrived: nobody edits, crops, replaces or deletes evidence (retention removes it).',
    fields: { sha256: 'SHA-256', uploadedBy: 'Uploaded by (colleague)', uploadedVia: 'Uploaded by' },
    descriptions: { sha256: 'Fingerprint of the file as it arrived.' },
  },
  'canned-replies': {
    singular: 'Canned reply',
    plural: 'Canned replies',
    description:
      'Replies staff start from when they write to a customer from a case, per language. Only published replies are offered; a language without a text is not offered in that language.',
    fields: { title: 'Title', usedFor: 'Used for', body: 'Text' },
    descriptions: {
      title: 'What staff pick it by in the composer.',
      usedFor: 'The records it is offered on.',
      body: 'Placeholders: {name}, {caseNumber}, {answerDue}, {domains}. An empty line starts a new paragraph.',
    },
  },
  departments: {
    singular: 'Department',
    plural: 'Departments',
    fields: {
      name: 'Name',
      slug: 'Short name (in links)',
      email: 'Email',
      topics: 'Topics',
      isDefault: 'Default department',
      language: 'Mail language',
    },
    descriptions: {
      topics: 'Feedback on these topics is routed here unless the reader picks a department.',
      isDefault: 'Receives feedback no other department takes.',
    },
  },
  'api-clients': {
    singular: 'API client',
    plural: 'API clients',
    fields: { name: 'Name' },
    descriptions: {},
  },
  partners: {
    singular: 'Partner',
    plural: 'Partners',
    description:
      'Organisations that file abuse reports through the partner API. “Generate new API key”, copy the key (it is shown once), save, and give it to the partner. Generating a new key and saving revokes the old one; deleting the partner revokes its key for good.',
    fields: {
      name: 'Organisation',
      contactEmail: 'Contact email',
      reporterType: 'Reporter type',
      maxReportsPerHour: 'Most reports per hour',
    },
    descriptions: {
      name: 'Filed reports show this as the reporter.',
      contactEmail: 'Acknowledgements and answers to the partner’s reports go here.',
      maxReportsPerHour: 'More reports in an hour are refused (429) until the hour has passed.',
    },
  },
  'reply-attachments': {
    singular: 'Reply attachment',
    plural: 'Reply attachments',
    fields: { sentBy: 'Sent by' },
    descriptions: {},
  },
  'erasure-requests': {
    singular: 'Erasure request',
    plural: 'Erasure requests',
    description:
      'Erases a reporter’s personal data from every case, escalation and feedback filed with their address. It cannot be undone.',
    fields: {
      email: 'Email',
      reference: 'Reference',
      emailHash: 'Fingerprint of the address',
      requestedAt: 'Requested',
      requestedBy: 'Requested by',
      casesAnonymised: 'Cases anonymised',
      feedbackAnonymised: 'Feedback anonymised',
    },
    descriptions: {
      email: 'The address the person filed with. Used once and not stored.',
      reference: 'Your reference for the request (ticket, letter date).',
    },
  },
  // Payload's jobs collection, which admins look at: its name and nav group
  // (its fields are Payload's own and stay as Payload names them).
  'payload-jobs': { singular: 'Queued job', plural: 'Queued jobs', fields: {}, descriptions: {} },
};
