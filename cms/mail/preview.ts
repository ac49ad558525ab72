import type { PayloadRequest } from 'payload';
import type { Locale } from '@shared/i18n/locales';
import type { EditableMessage } from './editable';
import type { Reference } from './messages';
import { composeMail } from './queue';
import { shortSiteLabel } from './siteLabels';

// Made-up facts for the mail preview: every customer message, filled in as a
// real case would fill it, so editors see the finished mail before publishing.
const complaint: Reference = { kind: 'complaint', caseNumber: 'C-2027-000123' };
const abuse: Reference = { kind: 'abuse', caseNumber: 'A-2027-000045' };
const escalation: Reference = { kind: 'escalation', escalationNumber: 'E-2027-000007', caseNumber: 'C-2027-000123' };
const statusUrl = 'https://example.org/status/preview';
const receivedAt = '2027-01-04T09:30:00.000Z';
const answerDueAt = '2027-01-18T22:59:59.999Z';
const sampleText = '…';

const compose = (req: PayloadRequest, key: EditableMessage, language: Locale) => {
  const customer = { audience: 'customer' as const, language, name: 'Alex Example' };
  switch (key) {
    case 'acknowledgementComplaint':
    case 'acknowledgementAbuse':
    case 'acknowledgementEscalation': {
      const [ref, choice] = {
        acknowledgementComplaint: [complaint, 'complaint.topic.transfer'],
        acknowledgementAbuse: [abuse, 'abuse.category.phishing'],
        acknowledgementEscalation: [escalation, null],
      }[key] as [Reference, string | null];
      return composeMail(
        req,
        'acknowledgement',
        customer,
        { ref, receivedAt, answerDueAt, statusUrl, customerText: sampleText, choice },
        { draft: true },
      );
    }
    case 'acknowledgementFeedback':
      return composeMail(
        req,
        'feedbackAcknowledgement',
        customer,
        {
          department: 'Customer Service',
          topic: shortSiteLabel('feedback.topic.services', language),
          message: sampleText,
        },
        { draft: true },
      );
    case 'extension':
      return composeMail(
        req,
        'extension',
        customer,
        { ref: complaint, expectedAnswerAt: '2027-02-01T22:59:59.999Z', reason: sampleText, statusUrl },
        { draft: true },
      );
    case 'answer':
    case 'answerEscalation':
      return composeMail(
        req,
        'answer',
        customer,
        { ref: complaint, answer: sampleText, escalateUntil: '2027-02-15T22:59:59.999Z', statusUrl },
        { draft: true },
      );
    case 'finalAnswer':
      return composeMail(
        req,
        'finalAnswer',
        customer,
        { ref: escalation, answer: sampleText, statusUrl },
        { draft: true },
      );
    case 'duplicate':
      return composeMail(
        req,
        'closedAsDuplicate',
        customer,
        { ref: complaint, original: 'C-2027-000099', statusUrl },
        { draft: true },
      );
    case 'windowClosed':
      return composeMail(
        req,
        'windowClosed',
        customer,
        { ref: complaint, answeredAt: receivedAt, statusUrl },
        { draft: true },
      );
    case 'registrant':
      return composeMail(
        req,
        'registrantNotice',
        { audience: 'registrant', language, name: null },
        {
          caseNumber: abuse.caseNumber,
          domains: 'example.com',
          category: 'abuse.category.phishing',
          urls: ['https://example.com/login'],
          report: sampleText,
          reporter: null,
        },
        { draft: true },
      );
  }
};

export const previewMail = compose;
