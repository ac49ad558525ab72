import type { PayloadRequest } from 'payload';
import { defaultLocale } from '@shared/i18n/locales';
import { cmsSettings } from '@shared/settings';
import { channelMailboxes, mailboxLanguages, mailSettings } from '../mail/settings';
import type { InboundMessage } from '../payload-types';
import { writeTimeline } from '../workflow/recordTimeline';
import { evidenceFromMail, listedOnly, type AttachmentOutcome } from './attachments';
import { authenticationVerdict } from './authentication';
import { automaticMail, sameMailbox } from './automatic';
import { earlierCopy } from './duplicate';
import { fetchFromResend } from './fetch';
import { fileFromMail } from './intake';
import { guessLanguage } from './language';
import { readMachineReport } from './machineReports';
import { parseMail, type ParsedMail } from './parse';
import { keepRaw, readRaw } from './raw';
import type { InboundStatus } from './status';
import { findThread, type InboundChannel } from './threading';

type Update = Partial<Omit<InboundMessage, 'id' | 'createdAt' | 'updatedAt'>> & { status?: InboundStatus };

const save = (req: PayloadRequest, id: number, data: Update) =>
  req.payload.update({ collection: 'inbound-messages', id, data: data as never, overrideAccess: true, depth: 0, req });

// Our own addresses (the mailboxes and the senders of our mail): mail from them
// is never answered.
const deskAddresses = async (req: PayloadRequest) => {
  const mailboxes = await channelMailboxes(req);
  const sender = await mailSettings(req, defaultLocale);
  return {
    mailboxes,
    own: [
      ...Object.values(mailboxes),
      sender.fromAddress,
      sender.staffFromAddress,
      cmsSettings().MAIL_DEFAULT_FROM,
    ].filter((address): address is string => Boolean(address)),
  };
};

export const mailboxOf = (mail: ParsedMail, mailboxes: Partial<Record<InboundChannel, string>>) =>
  (['abuse', 'complaint', 'feedback'] as const).find((channel) => {
    const address = mailboxes[channel];
    return address && mail.to.some((to) => sameMailbox(to, address));
  });

const facts = (mail: ParsedMail) => ({
  from: mail.from,
  fromName: mail.fromName,
  to: mail.to.join(', '),
  subject: mail.subject,
  text: mail.text.slice(0, 100_000),
  messageId: mail.messageId,
  inReplyTo: mail.inReplyTo,
  references: mail.references.join(' '),
});

// The raw message: kept already (an imported file, or an earlier attempt), or
// fetched from the provider now and kept beside the record.
const rawOf = async (req: PayloadRequest, record: InboundMessage): Promise<Buffer> => {
  if (record.rawFile) return readRaw(String(record.id));
  if (!record.providerEmailId) throw new Error('The message has neither a kept copy nor a provider id.');
  const raw = await fetchFromResend(record.providerEmailId);
  await save(req, record.id, { rawFile: await keepRaw(String(record.id), raw) });
  return raw;
};

// Reads one received message and sends it where it belongs. Safe to run again:
// a message past `received` is left alone, and filing finds an earlier record.
// The caller has the record already (the job, the release endpoint) and hands
// it over, so it is read once.
// `released`: staff looked at a message held for failed authentication and let
// it through (cms/inbound/release.ts): it goes on as if it had passed.
export const processInbound = async (
  req: PayloadRequest,
  record: InboundMessage,
  { released = false }: { released?: boolean } = {},
): Promise<InboundStatus> => {
  const { id } = record;
  if (record.status !== (released ? 'held' : 'received')) return record.status as InboundStatus;
  const raw = await rawOf(req, record);

  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await save(req, id, {
      status: 'failed',
      statusReason: `Not readable as a mail message (${reason}); kept as it arrived.`,
    });
    return 'failed';
  }
  const earlier = await earlierCopy(req, id, mail);
  if (earlier) {
    const { channel, case: onCase, escalation, feedback } = earlier;
    await save(req, id, {
      ...facts(mail),
      ...{ channel, case: onCase, escalation, feedback },
      status: 'ignored',
      statusReason: `Received before as inbound message ${earlier.id} (same Message-ID, same sender): not filed or answered again.`,
    });
    return 'ignored';
  }
  const desk = await deskAddresses(req);
  const automatic = automaticMail(mail, desk.own);
  const authentication = authenticationVerdict(mail);
  const mailbox = mailboxOf(mail, desk.mailboxes);
  const base: Update = { ...facts(mail), authentication, automatic: automatic?.reason, mailbox };

  if (!mail.from) {
    await save(req, id, {
      ...base,
      channel: mailbox ?? 'complaint',
      status: 'held',
      statusReason: 'No sender address could be read: the message may be malformed. Kept as it arrived.',
    });
    return 'held';
  }

  const held = authentication.verdict === 'fail' && !released;
  const heldReason = `Failed authentication (SPF ${authentication.spf ?? '—'}, DKIM ${authentication.dkim ?? '—'}, DMARC ${authentication.dmarc ?? '—'}): held for review, nothing sent back until staff release it.`;
  const finding = await findThread(req, mail);

  if (finding.thread) {
    const { thread } = finding;
    const links = {
      case: thread.case,
      escalation: thread.escalation,
      feedback: thread.feedback,
      channel: thread.channel,
    };
    if (held) {
      await save(req, id, { ...base, ...links, status: 'held', statusReason: heldReason });
      return 'held';
    }
    if (thread.case !== undefined) {
      // Shown on the case; its status stays as it is (a reply reopens nothing).
      await writeTimeline({
        req,
        target: { caseId: thread.case, escalationId: thread.escalation, channel: thread.channel },
        entries: [
          {
            type: 'messageFromCustomer',
            summary: `Mail from ${mail.from}: ${mail.subject || '(no subject)'}`,
            details: { inboundMessage: id, threadedBy: thread.how, attachments: mail.attachments.length },
          },
        ],
      });
    }
    await save(req, id, {
      ...base,
      ...links,
      status: 'threaded',
      statusReason: `Threaded by ${thread.how}.`,
      attachments: listedOnly(mail.attachments),
    });
    return 'threaded';
  }

  if (automatic?.kind === 'reply') {
    await save(req, id, {
      ...base,
      channel: mailbox ?? 'complaint',
      status: 'ignored',
      statusReason: `Automatic mail (${automatic.reason}), not a reply to any record: kept, not filed, not answered.`,
    });
    return 'ignored';
  }
  if (!mailbox) {
    await save(req, id, {
      ...base,
      channel: 'complaint',
      status: 'ignored',
      statusReason: 'Not addressed to the complaints, abuse or feedback mailbox (see Contact details).',
    });
    return 'ignored';
  }
  if (held) {
    await save(req, id, { ...base, channel: mailbox, status: 'held', statusReason: heldReason });
    return 'held';
  }
  return fileNew(req, { id, mail, mailbox, base, record, acknowledge: !automatic, mentioned: finding.mentionedCase });
};

// New mail to a mailbox, filed through the intake pipeline.
export const fileNew = async (
  req: PayloadRequest,
  {
    id,
    mail,
    mailbox,
    base,
    record,
    acknowledge,
    mentioned,
  }: {
    id: number;
    mail: ParsedMail;
    mailbox: InboundChannel;
    base: Update;
    record: Pick<InboundMessage, 'receivedAt'>;
    acknowledge: boolean;
    mentioned?: { id: number };
  },
): Promise<InboundStatus> => {
  let evidence: number[] = [];
  let attachments: AttachmentOutcome[] = listedOnly(mail.attachments);
  // A machine report's evidence is what the report carries (decoded from
  // base64, the original spam); the report's own JSON or YAML part is not.
  const machineReport = mailbox === 'abuse' ? (readMachineReport(asReportMessage(mail)) ?? undefined) : undefined;
  if (mailbox === 'abuse') {
    const files = machineReport
      ? machineReport.evidence.map((file) => ({ ...file, size: file.content.length }))
      : mail.attachments;
    const kept = await evidenceFromMail(req, files, mail.from ?? 'an unknown sender');
    evidence = kept.ids;
    attachments = kept.outcomes;
  }
  // Too short a text to tell: the mailbox's default language (contact details).
  const language = guessLanguage(mail.text, (await mailboxLanguages(req))[mailbox]);
  const filed = await fileFromMail(req, {
    inboundId: id,
    mailbox,
    mail,
    facts: { receivedAt: record.receivedAt, language, evidence, machineReport },
    acknowledge,
  });
  const refused = attachments.filter((attachment) => attachment.outcome.startsWith('Refused'));
  if (filed.collection === 'cases' && refused.length > 0) {
    await writeTimeline({
      req,
      target: { caseId: filed.id, channel: mailbox },
      entries: [
        {
          type: 'note',
          summary: `${refused.length} attachment(s) of the mail not kept as evidence`,
          note: refused.map((attachment) => `${attachment.filename}: ${attachment.outcome}`).join('\n'),
        },
      ],
    });
  }
  await save(req, id, {
    ...base,
    channel: mailbox,
    case: filed.collection === 'cases' ? filed.id : undefined,
    feedback: filed.collection === 'feedback' ? filed.id : undefined,
    mentionedCase: mentioned?.id,
    evidence,
    attachments,
    status: 'newCase',
    statusReason: [
      filed.number ? `Filed as ${filed.number}.` : 'Filed as feedback.',
      acknowledge ? '' : `No acknowledgement: ${base.automatic}.`,
      mentioned ? 'The subject names another case, but the sender is not its customer: see "Mentioned case".' : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
  return 'newCase';
};

// The mail as the machine-report readers take it (mailparser's shape).
const asReportMessage = (mail: ParsedMail) => ({
  ...mail,
  from: mail.from ? { value: [{ address: mail.from, name: mail.fromName }] } : undefined,
});
