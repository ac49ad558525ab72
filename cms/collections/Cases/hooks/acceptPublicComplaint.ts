import { ValidationError, type CollectionBeforeValidateHook } from 'payload';
import { isLocale, defaultLocale } from '../../../../shared/i18n/locales';
import { complaintSchema, type Complaint } from '../../../../shared/schemas/complaint';
import { fieldErrors } from '../../../../shared/schemas/issues';

const toCaseData = (complaint: Complaint) => ({
  channel: 'complaint',
  language: complaint.language,
  reporter: {
    name: complaint.name,
    email: complaint.email,
    phone: complaint.phone,
    customerNumber: complaint.customerNumber,
    organisation: complaint.organisation,
  },
  domains: complaint.domains,
  complaint: {
    topic: complaint.topic,
    description: complaint.description,
    expectedOutcome: complaint.expectedOutcome,
  },
});

// A create without a staff login is a customer's complaint from the site. Its
// body is the complaint form, checked with the same zod schema the site uses;
// only what the schema accepts is kept, so nobody outside can set a status, a
// receipt time or a case number.
export const acceptPublicComplaint: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data;
  const result = complaintSchema.safeParse(data ?? {});
  if (!result.success) {
    const locale = isLocale(req.locale) ? req.locale : defaultLocale;
    const errors = Object.entries(fieldErrors(result.error, locale)).map(([path, message]) => ({ path, message }));
    throw new ValidationError({ collection: 'cases', errors }, req.t);
  }
  return { ...toCaseData(result.data), status: 'received', receivedAt: new Date().toISOString() };
};
