import type { Case, Department } from '../payload-types';

// The four ways something is filed: each has one pipeline (cms/intake/*.ts).
export type IntakeKind = 'complaint' | 'abuse' | 'escalation' | 'feedback';
export type IntakeCollection = 'cases' | 'escalations' | 'feedback';

// What one intake found out on its way, typed, handed from step to step in
// Payload's per-operation context (hooks/context.ts: intakeState).
export type IntakeState = {
  // The public site (its API key), a staff member entering a letter, fax or
  // call, or a mail to a desk mailbox (cms/inbound/intake.ts).
  source: 'site' | 'staff' | 'mail';
  // False for mail no machine should answer (cms/inbound/automatic.ts): the
  // record is filed and the team told, but no acknowledgement goes out.
  acknowledge?: boolean;
  // The status link's token: given back once, in the create response, and put
  // in the acknowledgement; only its hash and a sealed copy are stored.
  accessToken?: string;
  // The complaint an escalation is about, as validation read it.
  escalatedCase?: Case;
  // The embedded database's transaction this intake opened (and commits last).
  transaction?: string;
  // Where feedback was routed, as validation read it (in the feedback's language).
  department?: Department;
};
