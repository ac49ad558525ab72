// Where an inbound message stands (cms/collections/InboundMessages).
export const inboundStatuses = ['received', 'parsed', 'threaded', 'newCase', 'held', 'ignored', 'failed'] as const;
export type InboundStatus = (typeof inboundStatuses)[number];

export const inboundStatusLabels: Record<InboundStatus, string> = {
  received: 'Received (not read yet)',
  parsed: 'Read',
  threaded: 'Threaded to its case',
  newCase: 'Filed as a new record',
  held: 'Held for review (failed authentication)',
  ignored: 'Ignored (automatic mail)',
  failed: 'Failed',
};
