import type { EvidenceFile } from './types';

// File names for decoded evidence, from its declared type; the desk's upload
// checks (cms/collections/Evidence) look at the content itself, not at these.
const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/json': 'json',
  'message/rfc822': 'eml',
  'text/rfc822-headers': 'txt',
};

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export const evidenceName = (contentType: string, index: number): string =>
  `evidence-${index + 1}.${extensions[contentType.toLowerCase().split(';')[0]?.trim() ?? ''] ?? 'bin'}`;

type Encoded = { contentType: string; payload: string; description?: string };

// Base64 evidence (X-ARF v4's evidence items) decoded into files. An item that
// is not base64 is left out with a note, never stored as garbage.
export const decodeEvidence = (items: Encoded[]): { files: EvidenceFile[]; notes: string[] } => {
  const files: EvidenceFile[] = [];
  const notes: string[] = [];
  items.forEach((item, index) => {
    const payload = item.payload.trim();
    if (!payload || !BASE64.test(payload)) {
      notes.push(`Evidence item ${index + 1} (${item.contentType}) is not base64 and was left out.`);
      return;
    }
    files.push({
      filename: evidenceName(item.contentType, index),
      contentType: item.contentType.toLowerCase(),
      content: Buffer.from(payload, 'base64'),
      ...(item.description ? { description: item.description } : {}),
    });
  });
  return { files, notes };
};
