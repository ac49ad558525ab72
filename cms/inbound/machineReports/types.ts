import type { Attachment, ParsedMail } from 'mailparser';
import type { AbuseCategory } from '@shared/schemas/abuseReport';
import type { DomainName } from '@shared/schemas/domains';

// The three machine formats abuse mailboxes receive: X-ARF v4 (JSON), X-ARF 0.2
// (MIME with a YAML report; "v3" here, the generation before the JSON one) and
// ARF (RFC 5965 feedback reports).
export const machineReportFormats = ['xarf4', 'xarf3', 'arf'] as const;
export type MachineReportFormat = (typeof machineReportFormats)[number];

// What a reader needs of a message, as mailparser parses it: its headers, its
// parts' type, name and bytes, its text and sender. mailparser's ParsedMail
// fits, and so does the inbound mail job's own reading (cms/inbound/parse.ts).
export type ParsedMessage = Pick<ParsedMail, 'headers'> & {
  attachments: Pick<Attachment, 'filename' | 'contentType' | 'content'>[];
  from?: { value: { name?: string; address?: string }[] };
} & Partial<Pick<ParsedMail, 'text' | 'subject' | 'date'>>;

// An evidence file decoded from the report (base64 in X-ARF v4) or taken from
// the message (a log, the original spam): stored with the site's upload checks.
export type EvidenceFile = { filename: string; contentType: string; content: Buffer; description?: string };

export type MachineReport = {
  format: MachineReportFormat;
  // Whether it passed its format's check (X-ARF v4: the published JSON Schema;
  // X-ARF 0.2 and ARF: the fields their specifications require). A report that
  // fails is still an abuse report; `reason` says why it failed.
  valid: boolean;
  reason?: string;
  category: AbuseCategory;
  // The report's own classification, as it wrote it ("content/phishing", "abuse").
  reportedAs: string;
  reportId?: string;
  urls: string[];
  domains: DomainName[];
  source?: { ip?: string; host?: string; port?: number };
  reporter: { organisation?: string; email?: string; domain?: string };
  // When the abuse was seen (ISO 8601), as the report says.
  occurredAt?: string;
  // A short text for people: the report's description and its notable fields.
  summary: string[];
  evidence: EvidenceFile[];
  // What the reader left out, and why (evidence it could not decode or must not keep).
  notes: string[];
};
