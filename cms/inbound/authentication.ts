import type { ParsedMail } from './parse';

export type Verdict = { verdict: 'pass' | 'fail' | 'none'; spf?: string; dkim?: string; dmarc?: string };

const result = (header: string, method: string): string | undefined =>
  new RegExp(`\\b${method}\\s*=\\s*([a-z]+)`, 'i').exec(header)?.[1]?.toLowerCase();

// What the receiving server (Resend, or the mail server that forwarded the
// message) found about the sender, per RFC 8601 Authentication-Results: a
// message whose DMARC failed, or whose SPF and DKIM both failed, may not be
// from whom it says; it is held for review and gets no acknowledgement until
// staff release it. Without the header (an .eml from elsewhere) there is no
// verdict, and nothing is held.
export const authenticationVerdict = (mail: ParsedMail): Verdict => {
  // The topmost header is the one our side of the delivery added.
  const header = mail.authenticationResults[0];
  if (!header) return { verdict: 'none' };
  const spf = result(header, 'spf');
  const dkim = result(header, 'dkim');
  const dmarc = result(header, 'dmarc');
  const failed = (value?: string) => value === 'fail' || value === 'softfail' || value === 'permerror';
  const verdict = failed(dmarc) || (failed(spf) && (failed(dkim) || !dkim)) ? 'fail' : 'pass';
  return { verdict, spf, dkim, dmarc };
};
