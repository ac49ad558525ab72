import { Resend } from 'resend';
import { cmsSettings } from '@shared/settings';

// Resend's webhook says only that a message arrived; the message itself is
// fetched with the SDK (`emails.receiving.get`), and its raw RFC 5322 bytes
// downloaded from the short-lived URL that answer carries. An error names the
// provider's id, so a message that never comes is findable there.
export const fetchFromResend = async (emailId: string): Promise<Buffer> => {
  const apiKey = cmsSettings().RESEND_API_KEY;
  if (!apiKey) throw new Error(`Cannot fetch message ${emailId}: no RESEND_API_KEY is set.`);
  const resend = new Resend(apiKey);
  const signal = AbortSignal.timeout(cmsSettings().MAIL_SEND_TIMEOUT_MS);
  const { data, error } = await resend.emails.receiving.get(emailId, {}, { signal });
  if (error || !data) {
    const status = error && 'statusCode' in error && error.statusCode ? ` (HTTP ${error.statusCode})` : '';
    throw new Error(`Resend could not serve message ${emailId}${status}: ${error?.message ?? 'no answer'}`);
  }
  if (!data.raw?.download_url) throw new Error(`Resend has no raw copy of message ${emailId} (yet).`);
  const response = await fetch(data.raw.download_url, { signal });
  if (!response.ok) throw new Error(`Downloading message ${emailId} failed (HTTP ${response.status}).`);
  return Buffer.from(await response.arrayBuffer());
};
