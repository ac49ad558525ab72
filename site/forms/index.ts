import { abuseForm } from './abuse';
import { complaintForm } from './complaint';
import { escalationForm } from './escalation';
import { feedbackForm } from './feedback';
import type { FormKind, FormSpec } from './types';

export const forms: Record<FormKind, FormSpec> = {
  complaint: complaintForm,
  abuse: abuseForm,
  escalation: escalationForm,
  feedback: feedbackForm,
};
