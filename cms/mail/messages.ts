import { formatDeadline, formatMoment } from '@shared/i18n/formatDate';
import type { Locale } from '@shared/i18n/locales';
import { labelled } from '@shared/i18n/typography';
import { codeLabels, type ChoiceLabel } from './choiceLabels';
import type { MailPart } from './render';
import { mailWording, type MailWording } from './wording';

// The catalogue of messages: for each kind, its subject and body parts in the
// reader's language, built from the facts of the event. Greeting, signature and
// addresses are added when the message is composed (compose.ts).

export type Reference =
  | { kind: 'complaint' | 'abuse'; caseNumber: string }
  | { kind: 'escalation'; escalationNumber: string; caseNumber: string };

export type Deadline = 'acknowledgement' | 'answer' | 'finalAnswer';

export type MailBody = { subject: string; parts: MailPart[] };

// date: a deadline's day; moment: day and time, for the 24-hour review.
// label: "label: value" with the language's spacing (French: a narrow no-break space).
// choice: a topic's or category's name ("abuse.category.phishing" -> "Phishing"),
// as editors published it for this language (./choiceLabels.ts).
type Tools = {
  w: MailWording;
  date: (iso: string) => string;
  moment: (iso: string) => string;
  label: (label: string, value: string) => string;
  choice: ChoiceLabel;
};

const referenceText = (w: MailWording, ref: Reference) =>
  ref.kind === 'escalation'
    ? w.reference.escalation(ref.escalationNumber, ref.caseNumber)
    : w.reference[ref.kind](ref.caseNumber);

const numberFacts = (w: MailWording, ref: Reference): [string, string][] =>
  ref.kind === 'escalation'
    ? [
        [w.facts.caseNumber, ref.caseNumber],
        [w.facts.escalationNumber, ref.escalationNumber],
      ]
    : [[w.facts.caseNumber, ref.caseNumber]];

const paragraphs = (texts: string[]): MailPart[] => texts.map((paragraph) => ({ paragraph }));

const statusLink = (w: MailWording, url: string | undefined): MailPart[] =>
  url ? [{ link: { label: w.statusLink, url } }] : [];

const quote = (label: string, text: string | null | undefined): MailPart[] =>
  text?.trim() ? [{ quote: { label, text: text.trim() } }] : [];

// What the record is about: its complaint topic or abuse category, by key.
const choiceFact = ({ w, choice }: Tools, key: string | null | undefined): [string, string][] =>
  key ? [[key.startsWith('abuse.') ? w.facts.category : w.facts.topic, choice(key)]] : [];

type DeadlineFacts = { ref: Reference; deadline: Deadline; dueAt: string; adminUrl: string };

// A reminder before a deadline and the notice that it passed differ only in wording.
const deadlineNotice = ({ w, date }: Tools, kind: 'deadlineSoon' | 'deadlinePassed', f: DeadlineFacts): MailBody => {
  const deadline = w.staff.deadlines[f.deadline];
  return {
    subject: w.staff[kind].subject(referenceText(w, f.ref), deadline),
    parts: [
      ...paragraphs(w.staff[kind].body(deadline, date(f.dueAt))),
      { link: { label: w.staff.openCase, url: f.adminUrl } },
    ],
  };
};

// Staff writing from the case (cms/replies/): their paragraphs, placeholders
// already filled in; a question also says how to answer. Neither is the formal
// answer, so neither names a deadline.
type ReplyFacts = { ref: Reference; paragraphs: string[]; statusUrl?: string };

const replyBody = ({ w, label }: Tools, f: ReplyFacts, question: boolean): MailBody => ({
  subject: label(referenceText(w, f.ref), question ? w.reply.questionSubject : w.reply.subject),
  parts: [
    ...paragraphs(f.paragraphs),
    ...(question ? paragraphs([w.reply.answerHint]) : []),
    { facts: numberFacts(w, f.ref) },
    ...statusLink(w, f.statusUrl),
  ],
});

const catalogue = {
  reply: (tools: Tools, f: ReplyFacts): MailBody => replyBody(tools, f, false),

  question: (tools: Tools, f: ReplyFacts): MailBody => replyBody(tools, f, true),

  acknowledgement: (
    tools: Tools,
    f: {
      ref: Reference;
      receivedAt: string;
      answerDueAt: string;
      statusUrl?: string;
      customerText?: string | null;
      choice?: string | null;
    },
  ): MailBody => {
    const { w, date, label } = tools;
    const wording = w.acknowledgement[f.ref.kind];
    return {
      subject: label(referenceText(w, f.ref), wording.subject),
      parts: [
        ...paragraphs(wording.body(date(f.answerDueAt))),
        {
          facts: [
            ...numberFacts(w, f.ref),
            ...choiceFact(tools, f.choice),
            [w.facts.received, date(f.receivedAt)],
            [f.ref.kind === 'escalation' ? w.facts.finalAnswerDue : w.facts.answerDue, date(f.answerDueAt)],
          ],
        },
        ...quote(w.yourMessage, f.customerText),
        ...statusLink(w, f.statusUrl),
      ],
    };
  },

  feedbackAcknowledgement: ({ w }: Tools, f: { department: string; topic: string; message: string }): MailBody => ({
    subject: w.acknowledgement.feedback.subject,
    parts: [
      ...paragraphs(w.acknowledgement.feedback.body(f.department)),
      { facts: [[w.facts.topic, f.topic]] },
      ...quote(w.yourMessage, f.message),
    ],
  }),

  extension: (
    { w, date, label }: Tools,
    f: { ref: Reference; expectedAnswerAt: string; reason: string; statusUrl?: string },
  ): MailBody => ({
    subject: label(referenceText(w, f.ref), w.extension.subject),
    parts: [
      ...paragraphs(w.extension.body(date(f.expectedAnswerAt))),
      { facts: [...numberFacts(w, f.ref), [w.facts.newAnswerDate, date(f.expectedAnswerAt)]] },
      ...quote(w.extension.reasonLabel, f.reason),
      ...statusLink(w, f.statusUrl),
    ],
  }),

  answer: (
    { w, date, label }: Tools,
    f: { ref: Reference; answer: string; escalateUntil?: string | null; statusUrl?: string },
  ): MailBody => ({
    subject: label(referenceText(w, f.ref), w.answer.subject),
    parts: [
      ...paragraphs(w.answer.body),
      ...quote(w.answer.answerLabel, f.answer),
      ...(f.escalateUntil
        ? [
            { paragraph: w.answer.escalation(date(f.escalateUntil)) },
            { facts: [...numberFacts(w, f.ref), [w.facts.escalateUntil, date(f.escalateUntil)]] } as MailPart,
          ]
        : [{ facts: numberFacts(w, f.ref) } as MailPart]),
      ...statusLink(w, f.statusUrl),
    ],
  }),

  finalAnswer: ({ w, label }: Tools, f: { ref: Reference; answer: string; statusUrl?: string }): MailBody => ({
    subject: label(referenceText(w, f.ref), w.finalAnswer.subject),
    parts: [
      ...paragraphs(w.finalAnswer.body),
      ...quote(w.finalAnswer.answerLabel, f.answer),
      { paragraph: w.finalAnswer.closing },
      { facts: numberFacts(w, f.ref) },
      ...statusLink(w, f.statusUrl),
    ],
  }),

  closedAsDuplicate: ({ w, label }: Tools, f: { ref: Reference; original: string; statusUrl?: string }): MailBody => ({
    subject: label(referenceText(w, f.ref), w.duplicate.subject),
    parts: [
      ...paragraphs(w.duplicate.body(f.original)),
      { facts: numberFacts(w, f.ref) },
      ...statusLink(w, f.statusUrl),
    ],
  }),

  windowClosed: (
    { w, date, label }: Tools,
    f: { ref: Reference; answeredAt: string; statusUrl?: string },
  ): MailBody => ({
    subject: label(referenceText(w, f.ref), w.windowClosed.subject),
    parts: [
      ...paragraphs(w.windowClosed.body(date(f.answeredAt))),
      { facts: numberFacts(w, f.ref) },
      ...statusLink(w, f.statusUrl),
    ],
  }),

  registrantNotice: (
    { w, label, choice }: Tools,
    f: {
      caseNumber: string;
      domains: string;
      // The category's key: "abuse.category.phishing".
      category: string;
      urls: string[];
      report: string;
      reporter: string | null;
    },
  ): MailBody => ({
    subject: w.registrant.subject(f.caseNumber, f.domains),
    parts: [
      ...paragraphs(w.registrant.body(choice(f.category))),
      { facts: [[w.facts.caseNumber, f.caseNumber]] },
      ...(f.urls.length ? [{ quote: { label: w.registrant.urlsLabel, text: f.urls.join('\n') } }] : []),
      ...quote(w.registrant.reportLabel, f.report),
      { paragraph: f.reporter ? label(w.registrant.reporterLabel, f.reporter) : w.registrant.reporterWithheld },
    ],
  }),

  newCase: (
    tools: Tools,
    f: {
      ref: Reference;
      filedBy: string;
      receivedAt: string;
      customerText?: string | null;
      adminUrl: string;
      choice?: string | null;
    },
  ): MailBody => ({
    subject: tools.w.staff.newCase.subject(referenceText(tools.w, f.ref)),
    parts: [
      ...paragraphs(tools.w.staff.newCase.body(f.filedBy, tools.date(f.receivedAt))),
      ...(f.choice ? [{ facts: choiceFact(tools, f.choice) } as MailPart] : []),
      ...quote(tools.w.staff.customerText, f.customerText),
      { link: { label: tools.w.staff.openCase, url: f.adminUrl } },
    ],
  }),

  urgentAbuse: (
    { w, moment }: Tools,
    f: { ref: Reference; authorityReference: string; reviewDueAt: string; adminUrl: string },
  ): MailBody => ({
    subject: w.staff.urgentAbuse.subject(referenceText(w, f.ref)),
    parts: [
      ...paragraphs(w.staff.urgentAbuse.body(f.authorityReference, moment(f.reviewDueAt))),
      { link: { label: w.staff.openCase, url: f.adminUrl } },
    ],
  }),

  feedbackForwarded: (
    { w, date }: Tools,
    f: { topic: string; receivedAt: string; message: string; replyTo?: string | null; adminUrl: string },
  ): MailBody => ({
    subject: w.staff.feedbackForwarded.subject(f.topic),
    parts: [
      ...paragraphs(w.staff.feedbackForwarded.body(date(f.receivedAt))),
      ...quote(w.staff.customerText, f.message),
      {
        paragraph: f.replyTo ? w.staff.feedbackForwarded.replyTo(f.replyTo) : w.staff.feedbackForwarded.anonymous,
      },
      { link: { label: w.staff.openCase, url: f.adminUrl } },
    ],
  }),

  // Staff accounts: a new colleague chooses their own password; so does one
  // who forgot it. The link is Payload's reset link (cms/collections/Users/accountMail.ts).
  staffInvitation: ({ w, moment }: Tools, f: { invitedBy: string; url: string; expiresAt: string }): MailBody => ({
    subject: w.account.invitation.subject,
    parts: [
      ...paragraphs(w.account.invitation.body(f.invitedBy, moment(f.expiresAt))),
      { link: { label: w.account.choosePassword, url: f.url } },
    ],
  }),

  passwordReset: ({ w, moment }: Tools, f: { url: string; expiresAt: string }): MailBody => ({
    subject: w.account.passwordReset.subject,
    parts: [
      ...paragraphs(w.account.passwordReset.body(moment(f.expiresAt))),
      { link: { label: w.account.choosePassword, url: f.url } },
    ],
  }),

  assigned: (
    { w, date }: Tools,
    f: { ref: Reference; assignedBy: string; deadline?: Deadline; dueAt?: string | null; adminUrl: string },
  ): MailBody => ({
    subject: w.staff.assigned.subject(referenceText(w, f.ref)),
    parts: [
      ...paragraphs(w.staff.assigned.body(f.assignedBy)),
      {
        paragraph:
          f.deadline && f.dueAt
            ? w.staff.assigned.nextDeadline(w.staff.deadlines[f.deadline], date(f.dueAt))
            : w.staff.assigned.noDeadline,
      },
      { link: { label: w.staff.openCase, url: f.adminUrl } },
    ],
  }),

  deadlineSoon: (tools: Tools, f: DeadlineFacts): MailBody => deadlineNotice(tools, 'deadlineSoon', f),

  deadlinePassed: (tools: Tools, f: DeadlineFacts): MailBody => deadlineNotice(tools, 'deadlinePassed', f),
};

export type MessageKind = keyof typeof catalogue;
export type MessageFacts<K extends MessageKind> = Parameters<(typeof catalogue)[K]>[1];

// wording: the code's by default; the editors' published paragraphs for mail
// to customers (see ./editable.ts). choice: the code's labels by default; the
// editors' published ones when composed for the outbox (./queue.ts).
export const buildMessage = <K extends MessageKind>(
  kind: K,
  language: Locale,
  facts: MessageFacts<K>,
  wording: MailWording = mailWording(language),
  choice: ChoiceLabel = codeLabels(language),
): MailBody => {
  const tools: Tools = {
    w: wording,
    date: (iso) => formatDeadline(iso, language),
    moment: (iso) => formatMoment(iso, language),
    label: (text, value) => labelled(language, text, value),
    choice,
  };
  return (catalogue[kind] as (tools: Tools, facts: MessageFacts<K>) => MailBody)(tools, facts);
};
