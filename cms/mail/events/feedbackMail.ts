import type { CollectionAfterChangeHook } from 'payload';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import type { Feedback } from '../../payload-types';
import { relationId } from '../../utilities/relationId';
import { adminUrl } from '../links';
import { queueMail } from '../queue';
import { replyAddress } from '../recipients';
import { siteLabel } from '../siteLabels';

// Feedback is forwarded to its department by mail, and the reader, if they left
// an address, gets a thank-you naming where it went.
export const mailFeedbackEvents: CollectionAfterChangeHook<Feedback> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc;
  const language = doc.language as Locale;
  const departmentId = relationId(doc.department);
  const department =
    departmentId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'departments',
          id: departmentId,
          depth: 0,
          locale: language,
          overrideAccess: true,
          req,
        });
  const relations = { feedback: doc.id };
  if (department) {
    const departmentLanguage: Locale = isLocale(department.language) ? department.language : 'en';
    await queueMail(
      req,
      'feedbackForwarded',
      {
        eventKey: `feedback:${doc.id}:forward`,
        audience: 'staff',
        channel: 'feedback',
        language: departmentLanguage,
        to: department.email,
        replyTo: doc.contact?.email ?? undefined,
        relations,
      },
      {
        topic: siteLabel(`feedback.topic.${doc.topic}`, departmentLanguage),
        receivedAt: doc.receivedAt,
        message: doc.message,
        replyTo: doc.contact?.email,
        adminUrl: adminUrl(req.payload, 'feedback', doc.id),
      },
    );
  }
  if (doc.contact?.email) {
    await queueMail(
      req,
      'feedbackAcknowledgement',
      {
        eventKey: `feedback:${doc.id}:acknowledgement`,
        audience: 'customer',
        channel: 'feedback',
        language,
        to: doc.contact.email,
        name: doc.contact.name,
        replyTo: await replyAddress(req, 'feedback'),
        relations,
      },
      {
        department: department?.name ?? '—',
        topic: siteLabel(`feedback.topic.${doc.topic}`, language),
        message: doc.message,
      },
    );
  }
  return doc;
};
