import type { CollectionBeforeValidateHook, Payload } from 'payload';
import { feedbackSchema, type FeedbackTopic } from '../../../../shared/schemas/feedback';
import { hasRole, isSiteClient } from '../../../access/roles';
import { invalidSubmission, refuse } from '../../../workflow/errors';
import { submissionKeyOf } from '../../../hooks/repeatedSubmission';

// The reader's chosen department, else the one that takes the topic, else the default.
export const routeFeedback = async (
  payload: Payload,
  topic: FeedbackTopic,
  chosen?: string,
): Promise<number | string | undefined> => {
  const { docs } = await payload.find({ collection: 'departments', limit: 100, depth: 0, overrideAccess: true });
  const department =
    (chosen ? docs.find((doc) => doc.slug === chosen) : undefined) ??
    docs.find((doc) => doc.topics?.includes(topic)) ??
    docs.find((doc) => doc.isDefault);
  return department?.id;
};

export const acceptFeedback: CollectionBeforeValidateHook = async ({ data = {}, operation, req }) => {
  if (operation !== 'create') return data;
  if (!isSiteClient(req.user)) {
    if (req.user && !hasRole(req.user, 'handler', 'abuseSpecialist')) refuse('feedback', req, 'topic', 'Not allowed.');
    return data;
  }
  const parsed = feedbackSchema.safeParse(data);
  if (!parsed.success) return invalidSubmission('feedback', req, parsed.error);
  const feedback = parsed.data;
  return {
    language: feedback.language,
    topic: feedback.topic,
    message: feedback.message,
    contact: { name: feedback.name, email: feedback.email },
    department: await routeFeedback(req.payload, feedback.topic, feedback.department),
    receivedAt: new Date().toISOString(),
    status: 'new',
    submissionKey: submissionKeyOf(data),
  };
};
