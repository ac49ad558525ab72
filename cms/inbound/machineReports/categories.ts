import type { AbuseCategory } from '@shared/schemas/abuseReport';

// How each format's classification maps onto the desk's abuse categories
// (shared/schemas/abuseReport.ts). What has no match of its own (network
// attacks, vulnerabilities, blocklist entries) is "other": staff still see the
// report's own words (MachineReport.reportedAs).

// X-ARF v4: category/type, as in the specification's type list.
const xarf4Types: Record<string, AbuseCategory> = {
  'content/phishing': 'phishing',
  'messaging/phishing': 'phishing',
  'content/malware': 'malware',
  'content/exploit': 'malware',
  'content/web_hack': 'malware',
  'content/remote_compromise': 'malware',
  'infrastructure/compromised_server': 'malware',
  'infrastructure/botnet': 'botnet',
  'infrastructure/bot': 'botnet',
  'connection/bot': 'botnet',
  'connection/infected-host': 'botnet',
  'messaging/spam': 'spam',
  'messaging/bulk_messaging': 'spam',
  'content/spamvertised': 'spam',
  'content/fraud': 'fraudulentSite',
  'content/fake_shop': 'fraudulentSite',
  'content/pharma_fraud': 'fraudulentSite',
  'content/gambling_scam': 'fraudulentSite',
  'content/carding': 'fraudulentSite',
  'content/identity_theft': 'fraudulentSite',
  'content/brand_infringement': 'intellectualProperty',
};

export const xarf4Category = (category: string, type: string): AbuseCategory =>
  xarf4Types[`${category}/${type}`] ?? (category === 'copyright' ? 'intellectualProperty' : 'other');

// Child sexual abuse material and intimate images are never stored by the desk
// (the web form sends such reports to a hotline): the report is kept so the
// domain can be acted on, its evidence is not.
export const evidenceNeverKept = (category: string, type: string): boolean =>
  category === 'content' && ['csam', 'csem', 'ncii'].includes(type);

// X-ARF 0.2: Report-Type (with Category as a fallback).
const xarf3Types: Record<string, AbuseCategory> = {
  phishing: 'phishing',
  malware: 'malware',
  'malware-infection': 'malware',
  botnet: 'botnet',
  'bot-infection': 'botnet',
  spam: 'spam',
  fraud: 'fraudulentSite',
  copyright: 'intellectualProperty',
  trademark: 'intellectualProperty',
};

export const xarf3Category = (reportType: string, category: string): AbuseCategory =>
  xarf3Types[reportType.toLowerCase()] ?? (category.toLowerCase() === 'fraud' ? 'fraudulentSite' : 'other');

// ARF (RFC 5965 §7.3 and its registry): what the mailbox provider saw.
const arfTypes: Record<string, AbuseCategory> = {
  abuse: 'spam',
  fraud: 'phishing',
  virus: 'malware',
};

export const arfCategory = (feedbackType: string): AbuseCategory => arfTypes[feedbackType.toLowerCase()] ?? 'other';
