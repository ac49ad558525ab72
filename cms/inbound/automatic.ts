import { headerText, type ParsedMail } from './parse';

// Mail no machine should answer (RFC 3834, and what mail servers and list
// managers actually send). Two kinds:
// - `reply`: an auto-reply, a bounce, or mail from one of our own addresses.
//   Answering it starts a mail loop; as new mail it is no case either (an
//   out-of-office is nobody's complaint), so it is kept, ignored, and shown.
// - `bulk`: generated mail (Auto-Submitted: auto-generated, Precedence bulk,
//   junk, list). It may well be a report (a blocklist's, a brand-protection
//   firm's), so it is filed, but never acknowledged.
export type Automatic = { kind: 'reply' | 'bulk'; reason: string };

const bounceSenders = /^(mailer-daemon|postmaster|bounces?|no-?reply|do-?not-?reply)([+@-]|$)/i;

export const automaticMail = (mail: ParsedMail, ownAddresses: string[]): Automatic | undefined => {
  const from = mail.from ?? '';
  if (from && ownAddresses.some((own) => sameMailbox(own, from))) {
    return { kind: 'reply', reason: `from our own address ${from}` };
  }
  if (bounceSenders.test(from)) return { kind: 'reply', reason: `from ${from} (a bounce or no-reply sender)` };
  const submitted = headerText(mail, 'auto-submitted').toLowerCase();
  if (submitted.startsWith('auto-replied')) return { kind: 'reply', reason: 'Auto-Submitted: auto-replied' };
  for (const name of ['x-autoreply', 'x-autorespond']) {
    if (headerText(mail, name)) return { kind: 'reply', reason: `${name} header` };
  }
  if (/^(multipart\/report).*delivery-status/i.test(headerText(mail, 'content-type'))) {
    return { kind: 'reply', reason: 'a delivery status notification' };
  }
  if (submitted && submitted !== 'no') return { kind: 'bulk', reason: `Auto-Submitted: ${submitted}` };
  const precedence = headerText(mail, 'precedence').toLowerCase().trim();
  if (['bulk', 'junk', 'list'].includes(precedence)) return { kind: 'bulk', reason: `Precedence: ${precedence}` };
  if (headerText(mail, 'list-id') || headerText(mail, 'list-unsubscribe')) {
    return { kind: 'bulk', reason: 'mailing-list mail (List-Id)' };
  }
  return undefined;
};

// user+tag@example.com is user@example.com's mailbox.
const baseOf = (address: string) => address.toLowerCase().replace(/\+[^@]*@/, '@');
export const sameMailbox = (a: string, b: string) => baseOf(a) === baseOf(b);
