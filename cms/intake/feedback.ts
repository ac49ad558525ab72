import type { Payload } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import { feedbackSchema, type FeedbackTopic } from '@shared/schemas/feedback';
import { hasRole } from '../access/roles';
import { publishedDocuments } from '../content/versioning';
import { submissionKeyOf } from '../hooks/repeatedSubmission';
import { feedbackReceiptMessages } from '../mail/events/feedbackMail';
import { queueMails } from '../mail/queue';
import type { Department, Feedback } from '../payload-types';
import { invalidSubmission, refuse } from '../workflow/errors';
import type { IntakePipeline } from './pipeline';

// The reader's chosen department, else the one that takes the topic, else the
// default; read in the reader's language, as the thank-you names it. Only
// published departments, under their published names (never a draft's).
export const routeFeedback = async (
  payload: Payload,
  topic: FeedbackTopic,
  language: Locale,
  chosen?: string,
): Promise<Department | undefined> => {
  const { docs } = await payload.find({
    collection: 'departments',
    where: publishedDocuments,
    pagination: false,
    depth: 0,
    locale: language,
    overrideAccess: true,
  });
  return (
    (chosen ? docs.find((doc) => doc.slug === chosen) : undefined) ??
    docs.find((doc) => doc.topics?.includes(topic)) ??
    docs.find((doc) => doc.isDefault)
  );
};

// Comments and suggestions: no number, no deadline; forwarded to the
// department concerned, and the reader thanked if they left an address.
export const feedbackPipeline: IntakePipeline<Feedback> = {
  collection: 'feedback',
  validate: async ({ data, req, state }) => {
    // Staff's entry, or a mail to the feedback mailbox (cms/inbound/intake.ts).
    if (state.source !== 'site') {
      if (req.user && !hasRole(req.user, 'handler', 'abuseSpecialist'))
        refuse('feedback', req, 'topic', 'Not allowed.');
      return data;
    }
    const parsed = feedbackSchema.safeParse(data);
    if (!parsed.success) return invalidSubmission('feedback', req, parsed.error);
    const feedback = parsed.data;
    state.department = await routeFeedback(req.payload, feedback.topic, feedback.language, feedback.department);
    return {
      language: feedback.language,
      topic: feedback.topic,
      message: feedback.message,
      contact: { name: feedback.name, email: feedback.email },
      department: state.department?.id,
      receivedAt: new Date().toISOString(),
      status: 'new',
      submissionKey: submissionKeyOf(data),
    };
  },
  followUps: {
    mail: async ({ req, doc, state, repairing }) =>
      queueMails(
        req,
        await feedbackReceiptMessages(req, doc, state.department, { acknowledge: state.acknowledge !== false }),
        { fresh: !repairing },
      ),
  },
  confirm: (doc) => doc,
  restoreState: async () => ({ source: 'site' }),
};
