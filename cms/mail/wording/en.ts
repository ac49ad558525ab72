// Every word the product mails, in English. The other languages are typed
// against this object (see ./index.ts), so a missing or misshaped translation
// fails to compile. Greeting and signature are not here: editors keep them in
// the mail settings global.

export const en = {
  // How a message names what it is about. Escalation subjects carry the word
  // for "complaint", as the procedure asks.
  reference: {
    complaint: (caseNumber: string) => `Complaint ${caseNumber}`,
    abuse: (caseNumber: string) => `Abuse report ${caseNumber}`,
    escalation: (escalationNumber: string, caseNumber: string) =>
      `Complaint ${caseNumber}, escalation ${escalationNumber}`,
  },
  facts: {
    caseNumber: 'Case number',
    escalationNumber: 'Escalation number',
    received: 'Received on',
    answerDue: 'Answer expected by',
    finalAnswerDue: 'Final answer expected by',
    newAnswerDate: 'New expected date',
    escalateUntil: 'You can escalate until',
    topic: 'Topic',
    category: 'Category',
    department: 'Department',
  },
  statusLink: 'See the status of your case',
  yourMessage: 'Your message',
  // A mailed complaint or report as the desk files it (cms/inbound/intake.ts):
  // the record's text starts with the mail's subject, in the record's language.
  filedMail: { subject: 'Subject', noText: '(The message had no text.)', unknownSender: 'Unknown sender' },
  acknowledgement: {
    complaint: {
      subject: 'we have received your complaint',
      body: (answerDue: string) => [
        'Thank you for your complaint. We have registered it and a member of our customer service team will look into it.',
        `You will receive our answer by ${answerDue} at the latest. If we need more time, we will tell you before then and give you a new date.`,
      ],
    },
    abuse: {
      subject: 'we have received your abuse report',
      body: (answerDue: string) => [
        'Thank you for your report. Our abuse team will investigate it and take action where the domain is used for abuse.',
        `You will hear from us by ${answerDue} at the latest. If the investigation needs longer, we will tell you before then.`,
      ],
    },
    escalation: {
      subject: 'we have received your escalation',
      body: (answerDue: string) => [
        'You told us you are not satisfied with our answer to your complaint. We have registered your escalation; it is reviewed by someone who was not involved in the first answer.',
        `You will receive our final answer by ${answerDue} at the latest. If we need more time, we will tell you before then.`,
      ],
    },
    feedback: {
      subject: 'Thank you for your feedback',
      body: (department: string) => [
        `Thank you for taking the time to share your comments. We have passed them on to ${department}.`,
        'Feedback has no fixed answer time; if you asked a question, the department will reply to this address.',
      ],
    },
  },
  extension: {
    subject: 'we need more time',
    body: (newDate: string) => [
      'We are still investigating and cannot answer within the usual time.',
      `You will receive our answer by ${newDate} at the latest.`,
    ],
    reasonLabel: 'Why we need longer',
  },
  answer: {
    subject: 'our answer',
    body: ['Thank you for your patience. Here is our answer.'],
    answerLabel: 'Our answer',
    escalation: (until: string) =>
      `If you are not satisfied with this answer, you can escalate your complaint until ${until} through the link below. If we receive no escalation by then, we consider the case closed.`,
  },
  finalAnswer: {
    subject: 'our final answer',
    body: ['We have reviewed your escalation. Here is our final answer.'],
    answerLabel: 'Our final answer',
    closing: 'With this answer, your complaint is closed.',
  },
  duplicate: {
    subject: 'we continue under an earlier case',
    body: (original: string) => [
      `You already told us about this: we are handling it under case ${original}, so we have closed this one.`,
      `Everything you sent is kept with it. Please quote ${original} if you write to us about it.`,
    ],
  },
  // Staff writing to the customer from the case (cms/replies/): the text is
  // theirs; a question also says how to answer.
  reply: {
    subject: 'a message about your case',
    questionSubject: 'a question about your case',
    answerHint: 'Reply to this mail to answer: your answer goes straight to your case.',
  },
  windowClosed: {
    subject: 'your case is closed',
    body: (answeredOn: string) => [
      `We answered your complaint on ${answeredOn}. The period for escalating it has now ended, so we have closed the case.`,
      'If something new comes up, you are always welcome to file a new complaint.',
    ],
  },
  // To the holder of a reported domain: the report, without the reporter's
  // identity unless they agreed to share it.
  registrant: {
    subject: (caseNumber: string, domains: string) => `Abuse report ${caseNumber} concerning ${domains}`,
    body: (category: string) => [
      `We have received a report that a domain registered through us is being used for abuse (${category}).`,
      'Please look into it and remove the abusive content, or tell us why you believe the report is mistaken, by replying to this message.',
    ],
    reportLabel: 'The report',
    urlsLabel: 'Reported addresses',
    reporterLabel: 'Reported by',
    reporterWithheld: 'The reporter asked us not to share their identity.',
  },
  account: {
    invitation: {
      subject: 'Your account on the complaints desk',
      body: (invitedBy: string, until: string) => [
        `${invitedBy} has made you an account on the complaints desk.`,
        `Choose your own password with the link below. The link works once, until ${until}; after that, use "Forgot password" on the sign-in page.`,
      ],
    },
    passwordReset: {
      subject: 'Choose a new password for the complaints desk',
      body: (until: string) => [
        'Someone asked to reset the password of your account on the complaints desk.',
        `Choose a new password with the link below. The link works once, until ${until}. If you did not ask for this, ignore this message: your password stays as it is.`,
      ],
    },
    choosePassword: 'Choose your password',
  },
  staff: {
    newCase: {
      subject: (reference: string) => `New in your queue: ${reference}`,
      body: (filedBy: string, received: string) => [`${filedBy} filed this on ${received}.`],
    },
    urgentAbuse: {
      subject: (reference: string) => `URGENT, review within 24 hours: ${reference}`,
      body: (authorityReference: string, reviewDue: string) => [
        `This abuse report comes from a public authority or law enforcement (reference: ${authorityReference}).`,
        `It must be reviewed by ${reviewDue}.`,
      ],
    },
    feedbackForwarded: {
      subject: (topic: string) => `Feedback for your department: ${topic}`,
      body: (received: string) => [`A reader sent this feedback through the website on ${received}.`],
      replyTo: (email: string) => `Reply to ${email} if an answer is needed.`,
      anonymous: 'The reader left no address: no reply is possible.',
    },
    deadlineSoon: {
      subject: (reference: string, deadline: string) => `Reminder: ${deadline} due soon for ${reference}`,
      body: (deadline: string, due: string) => [`The ${deadline} is due on ${due}.`],
    },
    deadlinePassed: {
      subject: (reference: string, deadline: string) => `Missed: ${deadline} for ${reference}`,
      body: (deadline: string, due: string) => [`The ${deadline} was due on ${due} and has not been sent.`],
    },
    deadlines: {
      acknowledgement: 'acknowledgement',
      answer: 'answer',
      finalAnswer: 'final answer',
    },
    assigned: {
      subject: (reference: string) => `Assigned to you: ${reference}`,
      body: (assignedBy: string) => [`${assignedBy} assigned this to you.`],
      nextDeadline: (deadline: string, due: string) => `Next deadline: ${deadline}, due ${due}.`,
      noDeadline: 'It has no open deadline.',
    },
    openCase: 'Open it in the admin',
    customerText: 'What the customer wrote',
  },
};

// Functions must keep their parameters; strings and lists stay strings and lists.
type Shape<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends readonly string[]
    ? string[]
    : T extends string
      ? string
      : { [K in keyof T]: Shape<T[K]> };

export type MailWording = Shape<typeof en>;
