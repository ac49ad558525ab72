import type { PayloadRequest } from 'payload';
import type { Case } from '../payload-types';
import { channelMailboxes } from '../mail/settings';
import { writeTimeline } from '../workflow/recordTimeline';

// The Message-ID of a status-page message, from the form's submission key: a
// form sent twice (a double click, a retry) is stored once.
const messageIdOf = (submissionKey: string) => `<status-page.${submissionKey}@desk.invalid>`;

// The customer's message from their status page, kept as what it is: inbound
// mail of the case, threaded by the token (the caller found the case by it).
// So it shows wherever a reply by mail shows: the conversation, the Inbox and
// the timeline. Like a reply by mail it reopens nothing and moves no deadline.
// Nothing is kept half: if the timeline entry cannot be written, the message
// is taken back and the customer asked to send it again.
export const receiveStatusReply = async (
  req: PayloadRequest,
  { found, text, submissionKey }: { found: Case; text: string; submissionKey: string },
): Promise<{ id: number; repeated: boolean }> => {
  const messageId = messageIdOf(submissionKey);
  const system = { overrideAccess: true, depth: 0, req } as const;
  const earlier = await req.payload.find({
    collection: 'inbound-messages',
    where: { and: [{ messageId: { equals: messageId } }, { case: { equals: found.id } }] },
    limit: 1,
    ...system,
  });
  if (earlier.docs[0]) return { id: earlier.docs[0].id, repeated: true };
  const [escalations, mailboxes] = await Promise.all([
    req.payload.find({ collection: 'escalations', where: { case: { equals: found.id } }, limit: 1, ...system }),
    channelMailboxes(req),
  ]);
  const escalation = escalations.docs[0];
  const record = await req.payload.create({
    collection: 'inbound-messages',
    data: {
      source: 'statusPage',
      status: 'threaded',
      statusReason: 'Written on the status page: threaded by its private link.',
      receivedAt: new Date().toISOString(),
      channel: found.channel,
      from: found.reporter.email ?? '',
      fromName: found.reporter.name,
      to: mailboxes[found.channel] ?? '',
      subject: `Re: ${escalation?.escalationNumber ?? found.caseNumber ?? ''}`.trim(),
      text,
      messageId,
      case: found.id,
      escalation: escalation?.id,
    },
    ...system,
  });
  try {
    await writeTimeline({
      req,
      target: { caseId: found.id, escalationId: escalation?.id, channel: found.channel },
      entries: [
        {
          type: 'messageFromCustomer',
          summary: 'Message from the customer on the status page',
          details: { inboundMessage: record.id, threadedBy: 'the status link' },
        },
      ],
    });
  } catch (error) {
    await req.payload.delete({ collection: 'inbound-messages', id: record.id, ...system });
    throw error;
  }
  return { id: record.id, repeated: false };
};
