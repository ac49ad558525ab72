import { inject } from 'vitest';
import type { ReceivedEmail } from './resendStandIn';

// What the Resend stand-in behind the started product received, read over its
// HTTP side door (the stand-in lives in the global setup's process).
export const receivedMail = async (): Promise<ReceivedEmail[]> => {
  const response = await fetch(`${inject('resendUrl')}/_stand-in/emails`);
  return (await response.json()) as ReceivedEmail[];
};

// Waits for the product's mail queue (worked every 2 seconds) to deliver a
// message to the address that matches.
export const waitForMail = async (
  address: string,
  matches: (mail: ReceivedEmail) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<ReceivedEmail> => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = (await receivedMail()).find((mail) => mail.to.includes(address) && matches(mail));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${address} arrived within ${timeoutMs} ms`);
};

// Mail to the desk, as Resend receives it for the domain: the stand-in stores
// the raw message and delivers the signed `email.received` webhook to the CMS.
export const mailToDesk = async (raw: Buffer): Promise<{ id: string; status: number }> => {
  const response = await fetch(`${inject('resendUrl')}/_stand-in/inbound`, {
    method: 'POST',
    body: new Uint8Array(raw),
  });
  return (await response.json()) as { id: string; status: number };
};

// Resend tells the desk what became of a mail it sent (`email.bounced`, …).
export const deliveryEvent = async (type: string, data: Record<string, unknown>): Promise<number> => {
  const response = await fetch(`${inject('resendUrl')}/_stand-in/events`, {
    method: 'POST',
    body: JSON.stringify({ type, data }),
  });
  return ((await response.json()) as { status: number }).status;
};
