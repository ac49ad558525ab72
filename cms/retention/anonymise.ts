import type { PayloadRequest, Where } from 'payload';
import { writeTimeline } from '../workflow/recordTimeline';

// What replaces personal data. Required fields keep a value so the record stays
// valid; everything else is emptied.
export const REMOVED = '[removed]';
const ANONYMOUS_REPORTER = {
  name: REMOVED,
  email: 'removed@anonymised.invalid',
  phone: null,
  postalAddress: null,
  customerNumber: null,
  organisation: null,
};

export type Reason = 'retention' | 'erasure';

const reasonText: Record<Reason, string> = {
  retention: 'Personal data removed: the retention period ended',
  erasure: 'Personal data removed on an erasure request',
};

const all = async <T>(find: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>): Promise<T[]> => {
  const found: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await find(page);
    found.push(...result.docs);
    if (!result.hasNextPage) return found;
  }
};

// Mail kept in the outbox names people in its address and body.
const scrubOutbox = async (req: PayloadRequest, where: Where) => {
  const messages = await all((page) =>
    req.payload.find({ collection: 'outbox', where, page, limit: 200, depth: 0, overrideAccess: true, req }),
  );
  for (const message of messages) {
    await req.payload.update({
      collection: 'outbox',
      id: message.id,
      data: {
        to: REMOVED,
        replyTo: null,
        subject: REMOVED,
        text: REMOVED,
        html: REMOVED,
        lastError: null,
        attachments: null,
      },
      overrideAccess: true,
      req,
    });
  }
};

// Received mail is the customer's own words and address: the record and its
// raw message file (the collection's afterDelete hook) go entirely.
export const forgetInboundMail = async (req: PayloadRequest, where: Where) => {
  await req.payload.delete({ collection: 'inbound-messages', where, overrideAccess: true, req });
};

// The timeline keeps what happened and when; notes and details may name people.
const scrubTimeline = async (req: PayloadRequest, caseId: number) => {
  const events = await all((page) =>
    req.payload.find({
      collection: 'case-events',
      where: { case: { equals: caseId } },
      page,
      limit: 200,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  );
  for (const event of events) {
    const naming = ['messageToCustomer', 'messageFromCustomer', 'mailNotDelivered', 'forwarded'];
    const nameless = naming.includes(event.type) ? REMOVED : event.summary;
    await req.payload.update({
      collection: 'case-events',
      id: event.id,
      data: { note: null, details: null, summary: nameless, actor: event.by ? event.actor : 'system' },
      overrideAccess: true,
      req,
    });
  }
};

export const anonymiseCase = async (req: PayloadRequest, caseId: number, reason: Reason): Promise<void> => {
  const { payload } = req;
  const found = await payload.findByID({ collection: 'cases', id: caseId, depth: 0, overrideAccess: true, req });
  const attachments = (found.abuse?.attachments ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry));
  await payload.update({
    collection: 'cases',
    id: caseId,
    data: {
      reporter: ANONYMOUS_REPORTER,
      domains: [],
      complaint: { topic: found.complaint?.topic, description: null, expectedOutcome: null },
      abuse: {
        category: found.abuse?.category,
        reporterType: found.abuse?.reporterType,
        authorityReference: null,
        urls: [],
        evidence: null,
        attachments: [],
        goodFaith: found.abuse?.goodFaith,
        shareIdentity: false,
        consent: { ...found.abuse?.consent, evidence: null },
      },
      answer: null,
      closeNote: null,
      extension: { ...found.extension, reason: found.extension?.reason ? REMOVED : null, lateReason: null },
      accessTokenHash: null,
      accessTokenSealed: null,
      anonymisedAt: new Date().toISOString(),
    } as never,
    overrideAccess: true,
    req,
  });
  for (const id of attachments) {
    await payload.delete({ collection: 'evidence', id, overrideAccess: true, req });
  }
  const escalations = await all((page) =>
    payload.find({
      collection: 'escalations',
      where: { case: { equals: caseId } },
      page,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  );
  for (const escalation of escalations) {
    await payload.update({
      collection: 'escalations',
      id: escalation.id,
      data: {
        reporter: ANONYMOUS_REPORTER,
        domains: [],
        description: REMOVED,
        reasonUnsatisfied: REMOVED,
        expectedSteps: REMOVED,
        answer: null,
        closeNote: null,
        anonymisedAt: new Date().toISOString(),
      } as never,
      overrideAccess: true,
      req,
    });
  }
  await scrubOutbox(req, { case: { equals: caseId } });
  // The files staff sent the customer (cms/replies/) go like the evidence.
  await req.payload.delete({
    collection: 'reply-attachments',
    where: { case: { equals: caseId } },
    overrideAccess: true,
    req,
  });
  await forgetInboundMail(req, { or: [{ case: { equals: caseId } }, { mentionedCase: { equals: caseId } }] });
  await scrubTimeline(req, caseId);
  await writeTimeline({
    req,
    target: { caseId, channel: found.channel },
    entries: [{ type: 'anonymised', summary: reasonText[reason] }],
  });
};

export const anonymiseFeedback = async (req: PayloadRequest, feedbackId: number): Promise<void> => {
  await req.payload.update({
    collection: 'feedback',
    id: feedbackId,
    data: { message: REMOVED, contact: { name: null, email: null }, anonymisedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    req,
  });
  await scrubOutbox(req, { feedback: { equals: feedbackId } });
  await forgetInboundMail(req, { feedback: { equals: feedbackId } });
};
