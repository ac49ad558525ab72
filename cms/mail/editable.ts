import type { Locale } from '@shared/i18n/locales';
import { mailWording, type MailWording } from './wording';

// The paragraphs of every customer message that editors may reword in the
// admin (the Mail wording global), with the placeholders each one fills in.
// The code's wording (./wording/<lang>.ts) is the default: it is what the
// field starts with, what "Reset to default" brings back, and what a message
// uses while its field is empty. Subjects, fact labels and the case facts
// themselves stay in code: they carry the case number the procedure requires.

type Editable = {
  label: string;
  placeholders: readonly string[];
  // The code's paragraphs with each placeholder left as {name}.
  template: (w: MailWording) => string[];
  // The wording with this message's paragraphs replaced by the editor's.
  apply: (w: MailWording, paragraphs: (values: Record<string, string>) => string[]) => MailWording;
};

const ph = (name: string) => `{${name}}`;

export const editableMessages = {
  acknowledgementComplaint: {
    label: 'Acknowledgement of a complaint',
    placeholders: ['answerDue'],
    template: (w) => w.acknowledgement.complaint.body(ph('answerDue')),
    apply: (w, p) => ({
      ...w,
      acknowledgement: {
        ...w.acknowledgement,
        complaint: { ...w.acknowledgement.complaint, body: (answerDue) => p({ answerDue }) },
      },
    }),
  },
  acknowledgementAbuse: {
    label: 'Acknowledgement of an abuse report',
    placeholders: ['answerDue'],
    template: (w) => w.acknowledgement.abuse.body(ph('answerDue')),
    apply: (w, p) => ({
      ...w,
      acknowledgement: {
        ...w.acknowledgement,
        abuse: { ...w.acknowledgement.abuse, body: (answerDue) => p({ answerDue }) },
      },
    }),
  },
  acknowledgementEscalation: {
    label: 'Acknowledgement of an escalation',
    placeholders: ['answerDue'],
    template: (w) => w.acknowledgement.escalation.body(ph('answerDue')),
    apply: (w, p) => ({
      ...w,
      acknowledgement: {
        ...w.acknowledgement,
        escalation: { ...w.acknowledgement.escalation, body: (answerDue) => p({ answerDue }) },
      },
    }),
  },
  acknowledgementFeedback: {
    label: 'Thanks for feedback',
    placeholders: ['department'],
    template: (w) => w.acknowledgement.feedback.body(ph('department')),
    apply: (w, p) => ({
      ...w,
      acknowledgement: {
        ...w.acknowledgement,
        feedback: { ...w.acknowledgement.feedback, body: (department) => p({ department }) },
      },
    }),
  },
  extension: {
    label: 'Extension notice',
    placeholders: ['newDate'],
    template: (w) => w.extension.body(ph('newDate')),
    apply: (w, p) => ({ ...w, extension: { ...w.extension, body: (newDate) => p({ newDate }) } }),
  },
  answer: {
    label: 'Answer (before the answer itself)',
    placeholders: [],
    template: (w) => w.answer.body,
    apply: (w, p) => ({ ...w, answer: { ...w.answer, body: p({}) } }),
  },
  answerEscalation: {
    label: 'Answer (how to escalate)',
    placeholders: ['until'],
    template: (w) => [w.answer.escalation(ph('until'))],
    apply: (w, p) => ({ ...w, answer: { ...w.answer, escalation: (until) => p({ until }).join('\n\n') } }),
  },
  finalAnswer: {
    label: 'Final answer (before the answer itself)',
    placeholders: [],
    template: (w) => [...w.finalAnswer.body, w.finalAnswer.closing],
    apply: (w, p) => {
      const paragraphs = p({});
      // The last paragraph follows the answer: it tells the case is closed.
      return {
        ...w,
        finalAnswer: {
          ...w.finalAnswer,
          body: paragraphs.slice(0, -1),
          closing: paragraphs.at(-1) ?? '',
        },
      };
    },
  },
  duplicate: {
    label: 'Closed as a duplicate',
    placeholders: ['original'],
    template: (w) => w.duplicate.body(ph('original')),
    apply: (w, p) => ({ ...w, duplicate: { ...w.duplicate, body: (original) => p({ original }) } }),
  },
  windowClosed: {
    label: 'Case closed after the escalation period',
    placeholders: ['answeredOn'],
    template: (w) => w.windowClosed.body(ph('answeredOn')),
    apply: (w, p) => ({ ...w, windowClosed: { ...w.windowClosed, body: (answeredOn) => p({ answeredOn }) } }),
  },
  registrant: {
    label: 'Abuse report forwarded to the registrant',
    placeholders: ['category'],
    template: (w) => w.registrant.body(ph('category')),
    apply: (w, p) => ({ ...w, registrant: { ...w.registrant, body: (category) => p({ category }) } }),
  },
} satisfies Record<string, Editable>;

export type EditableMessage = keyof typeof editableMessages;
export const editableMessageKeys = Object.keys(editableMessages) as EditableMessage[];

// Paragraphs are separated by an empty line in the editor's text.
export const PARAGRAPH_BREAK = '\n\n';

export const defaultWording = (key: EditableMessage, language: Locale): string =>
  editableMessages[key].template(mailWording(language)).join(PARAGRAPH_BREAK);

// A text with its placeholders filled in, as paragraphs (split at an empty
// line). A name without a value stays as written; the save refused unknown ones
// (cms/fields/placeholders.ts). Also fills canned replies (cms/replies/).
export const fillParagraphs = (text: string, values: Record<string, string>): string[] =>
  text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim().replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole))
    .filter(Boolean);

const fill = fillParagraphs;

// The message wording in one language with the editor's published paragraphs
// in place of the code's; an empty field keeps the code's.
export type WordingOverrides = Partial<Record<EditableMessage, string | null>>;

export const wordingWith = (language: Locale, overrides: WordingOverrides | null | undefined): MailWording =>
  editableMessageKeys.reduce<MailWording>((wording, key) => {
    const text = overrides?.[key]?.trim();
    if (!text) return wording;
    const { apply } = editableMessages[key] as Editable;
    return apply(wording, (values) => fill(text, values));
  }, mailWording(language));
