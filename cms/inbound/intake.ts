import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { mailIntake } from '../hooks/context';
import { mailWording } from '../mail/wording';
import { routeFeedback } from '../intake/feedback';
import { abuseInputFromMachineReport, type MachineReport } from './machineReports';
import type { ParsedMail } from './parse';
import type { InboundChannel } from './threading';

// What the intake pipeline needs to know about a mail besides its content.
export type MailFacts = {
  receivedAt: string;
  language: Locale;
  evidence: number[];
  // An X-ARF or ARF report the mail carries (cms/inbound/machineReports/).
  machineReport?: MachineReport;
};

const MAX_TEXT = 20_000;

// In the record's language: handlers and, quoted in the acknowledgement, the
// customer read these words.
const reporterOf = (mail: ParsedMail, language: Locale) => ({
  name: mail.fromName?.trim() || mail.from || mailWording(language).filedMail.unknownSender,
  email: mail.from,
});

const described = (mail: ParsedMail, language: Locale) => {
  const words = mailWording(language).filedMail;
  return (
    [mail.subject && `${words.subject}: ${mail.subject}`, mail.text].filter(Boolean).join('\n\n').slice(0, MAX_TEXT) ||
    words.noText
  );
};

// THE place where a parsed mail to abuse@ becomes the pipeline's abuse input:
// a machine report (X-ARF, ARF) gives its structured fields (category, URLs,
// domains, source, reporter organisation; its evidence files are already
// stored, their ids in `facts.evidence`), any other mail this plain reading.
export const abuseInputFromMail = (mail: ParsedMail, facts: MailFacts): Record<string, unknown> => {
  if (!facts.machineReport) return plainAbuseInput(mail, facts);
  const { data } = abuseInputFromMachineReport(facts.machineReport, new Date(facts.receivedAt));
  return { ...data, abuse: { ...data.abuse, attachments: facts.evidence } };
};

const plainAbuseInput = (mail: ParsedMail, facts: MailFacts): Record<string, unknown> => ({
  channel: 'abuse',
  language: facts.language,
  receivedVia: 'email',
  receivedAt: facts.receivedAt,
  reporter: reporterOf(mail, facts.language),
  abuse: {
    category: 'other',
    evidence: described(mail, facts.language),
    attachments: facts.evidence,
  },
});

export const complaintInputFromMail = (mail: ParsedMail, facts: MailFacts): Record<string, unknown> => ({
  channel: 'complaint',
  language: facts.language,
  receivedVia: 'email',
  receivedAt: facts.receivedAt,
  reporter: reporterOf(mail, facts.language),
  complaint: { topic: 'other', description: described(mail, facts.language) },
});

const feedbackInputFromMail = async (req: PayloadRequest, mail: ParsedMail, facts: MailFacts) => {
  const department = await routeFeedback(req.payload, 'other', facts.language);
  return {
    language: facts.language,
    topic: 'other',
    message: described(mail, facts.language),
    contact: { name: mail.fromName ?? null, email: mail.from ?? null },
    department: department?.id,
    receivedAt: facts.receivedAt,
    status: 'new',
  };
};

export type Filed = { collection: 'cases' | 'feedback'; id: number; number?: string };

// Filed once per message: a job run again after a crash finds the first record
// by this key (its unique index refuses a second one).
const onceKey = (inboundId: number | string) => `inbound-mail-${String(inboundId).padStart(8, '0')}`;

const alreadyFiled = async (req: PayloadRequest, inboundId: number | string): Promise<Filed | undefined> => {
  for (const collection of ['cases', 'feedback'] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: { submissionKey: { equals: onceKey(inboundId) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    });
    const doc = docs[0] as { id: number; caseNumber?: string | null } | undefined;
    if (doc) return { collection, id: doc.id, number: doc.caseNumber ?? undefined };
  }
  return undefined;
};

// New mail to a desk mailbox goes through the same intake pipeline as the web
// forms and staff entries (cms/intake/): same numbers, deadlines, timeline and
// mail, received via e-mail at the time it arrived. `acknowledge: false` for
// automatic mail (cms/inbound/automatic.ts).
export const fileFromMail = async (
  req: PayloadRequest,
  {
    inboundId,
    mailbox,
    mail,
    facts,
    acknowledge,
  }: {
    inboundId: number | string;
    mailbox: InboundChannel;
    mail: ParsedMail;
    facts: MailFacts;
    acknowledge: boolean;
  },
): Promise<Filed> => {
  const earlier = await alreadyFiled(req, inboundId);
  if (earlier) return earlier;
  const context = mailIntake.with({ acknowledge });
  const submissionKey = onceKey(inboundId);
  if (mailbox === 'feedback') {
    const doc = await req.payload.create({
      collection: 'feedback',
      data: { ...(await feedbackInputFromMail(req, mail, facts)), submissionKey } as never,
      overrideAccess: true,
      context,
      depth: 0,
      req,
    });
    return { collection: 'feedback', id: doc.id };
  }
  const data = mailbox === 'abuse' ? abuseInputFromMail(mail, facts) : complaintInputFromMail(mail, facts);
  const doc = await req.payload.create({
    collection: 'cases',
    data: { ...data, submissionKey } as never,
    overrideAccess: true,
    context,
    depth: 0,
    req,
  });
  return { collection: 'cases', id: doc.id, number: doc.caseNumber ?? undefined };
};
