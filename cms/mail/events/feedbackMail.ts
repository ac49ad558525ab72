import type { PayloadRequest } from 'payload';
import { readerLocale, type Locale } from '@shared/i18n/locales';
import type { Department, Feedback } from '../../payload-types';
import { relationId } from '../../utilities/relationId';
import { adminUrl } from '../links';
import { outgoing, type Outgoing } from '../queue';
import { replyAddress } from '../recipients';
import { siteLabel } from '../siteLabels';

const departmentOf = async (req: PayloadRequest, doc: Feedback, known?: Department): Promise<Department | null> => {
  const id = relationId(doc.department);
  if (id === undefined) return null;
  if (known && String(known.id) === String(id)) return known;
  return req.payload.findByID({
    collection: 'departments',
    id,
    depth: 0,
    locale: doc.language as Locale,
    overrideAccess: true,
    req,
  });
};

// Feedback is forwarded to its department by mail, and the reader, if they left
// an address, gets a thank-you naming where it went. `known`: the department as
// the intake routed it (read in the feedback's language).
export const feedbackReceiptMessages = async (
  req: PayloadRequest,
  doc: Feedback,
  known?: Department,
  { acknowledge = true }: { acknowledge?: boolean } = {},
): Promise<Outgoing[]> => {
  const language = doc.language as Locale;
  const department = await departmentOf(req, doc, known);
  const relations = { feedback: doc.id };
  const messages: Outgoing[] = [];
  if (department) {
    const departmentLanguage = readerLocale(department.language);
    messages.push(
      outgoing(
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
      ),
    );
  }
  if (doc.contact?.email && acknowledge) {
    messages.push(
      outgoing(
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
      ),
    );
  }
  return messages;
};
