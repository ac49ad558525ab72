// Labels and descriptions of the globals editors and admins keep: the pages'
// words, contact details, mail wording and the desk's settings.
export const globalsEn = {
  'procedure-page': {
    label: 'Procedure page',
    fields: { title: 'Title', intro: 'Introduction', body: 'Text' },
    descriptions: {},
  },
  'contact-details': {
    label: 'Contact details',
    fields: {
      organisation: 'Organisation',
      department: 'Department',
      escalationDepartment: 'Escalation department',
      street: 'Street',
      postalCode: 'Postal code',
      city: 'City',
      country: 'Country',
      phone: 'Phone',
      fax: 'Fax',
      complaintsEmail: 'Complaints mailbox',
      complaintsLanguage: 'Default language of complaints mail',
      abuseEmail: 'Abuse mailbox',
      abuseLanguage: 'Default language of abuse mail',
      feedbackEmail: 'Feedback mailbox',
      feedbackLanguage: 'Default language of feedback mail',
    },
    descriptions: {
      phone:
        'With the country code, e.g. +49 6894 9396 850 (a number without one is read as German). Stored as +4968949396850; the site shows it as 06894 9396850.',
      fax: 'With the country code, e.g. +49 6894 9396 850 (a number without one is read as German). Stored as +4968949396850; the site shows it as 06894 9396850.',
      complaintsLanguage:
        "Mail to the complaints mailbox is filed and acknowledged in this language when its text is too short to tell. Staff can correct a record's language. Set by admins.",
      abuseLanguage:
        "Mail to the abuse mailbox is filed and acknowledged in this language when its text is too short to tell. Staff can correct a record's language. Set by admins.",
      feedbackLanguage:
        "Mail to the feedback mailbox is filed and acknowledged in this language when its text is too short to tell. Staff can correct a record's language. Set by admins.",
    },
  },
  'form-choices': {
    label: 'Form choices and labels',
    fields: {
      'tab.complaintTopics': 'Complaint topics',
      'tab.abuseCategories': 'Abuse categories',
      'tab.labels': 'Form labels',
      'choice.offered': 'Offered on the form',
      'choice.label': 'Label',
      'choice.help': 'Help text',
      labels: 'Labels',
      'labels.key': 'Text on the form',
      'labels.text': 'Your wording',
    },
    rows: { labels: 'Label' },
    descriptions: {
      'tab.labels':
        "Every other label and hint comes from the site's translation files. Add a row to say it differently in the language you are editing; remove it to go back.",
      'choice.label': 'Empty: the form\'s own words in this language ("{{choice}}" in English).',
      'choice.help': 'Shown under the list on the form.',
    },
  },
  'mail-settings': {
    label: 'Mail settings',
    fields: {
      fromName: 'Sender name',
      fromAddress: 'Sender address',
      staffFromAddress: 'Sender address for staff mail',
      greeting: 'Greeting',
      greetingWithoutName: 'Greeting without a name',
      signature: 'Signature',
      reminderLeadHours: 'Reminder lead time (hours)',
    },
    descriptions: {
      fromName: 'The sender name customers see, e.g. "Key-Systems Customer Service".',
      fromAddress:
        'Sender of mail to customers. Must be on a domain verified with the mail provider. Replies go to the channel mailbox from the contact details.',
      staffFromAddress: 'Sender of notifications and reminders to staff and departments.',
      greeting:
        'First line of every mail to a customer. {name} is replaced by their name; no other placeholder is filled in.',
      greetingWithoutName: 'Used when the customer left no name (anonymous feedback). No placeholders.',
      signature: 'Last lines of every mail to a customer. No placeholders.',
      reminderLeadHours: 'Staff are reminded this many hours before an acknowledgement or answer is due.',
    },
  },
  'mail-wording': {
    label: 'Mail wording',
    fields: {
      acknowledgementComplaint: 'Acknowledgement of a complaint',
      acknowledgementAbuse: 'Acknowledgement of an abuse report',
      acknowledgementEscalation: 'Acknowledgement of an escalation',
      acknowledgementFeedback: 'Thanks for feedback',
      extension: 'Extension notice',
      answer: 'Answer (before the answer itself)',
      answerEscalation: 'Answer (how to escalate)',
      finalAnswer: 'Final answer (before the answer itself)',
      duplicate: 'Closed as a duplicate',
      windowClosed: 'Case closed after the escalation period',
      registrant: 'Abuse report forwarded to the registrant',
    },
    descriptions: {},
  },
  'calendar-settings': {
    label: 'Calendar',
    fields: { closureDays: 'Closure days', 'closureDays.date': 'Date', 'closureDays.reason': 'Reason' },
    rows: { closureDays: 'Closure day' },
    descriptions: {
      closureDays:
        'Days on which the office is closed besides weekends and Saarland public holidays. Deadlines already promised do not move.',
    },
  },
  'retention-settings': {
    label: 'Retention',
    fields: { caseMonths: 'Cases: months after closing', feedbackMonths: 'Feedback: months after arrival' },
    descriptions: {
      caseMonths: 'Months after a case is closed before its personal data is removed.',
      feedbackMonths: 'Months after feedback arrived before the message and contact details are removed.',
    },
  },
};
