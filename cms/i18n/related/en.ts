// The "same customer or domains" panel on a case (cms/components/RelatedRecords.tsx).
// Spread into ../en.ts; the other languages are typed against it.
export const relatedEn = {
  relatedTitle: 'Same customer or domains',
  relatedNone: 'Nothing else from this address or about these domains.',
  relatedReceived: 'received {{time}}',
  relatedSameEmail: 'same e-mail address',
  relatedSameDomain: 'same domain',
  relatedEscalationOfThis: 'escalation of this case',
  relatedCase: 'Case {{id}}',
  relatedEscalation: 'Escalation {{id}}',
  relatedFeedback: 'Feedback {{id}}',
};
