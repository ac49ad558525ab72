import type { Endpoint, PayloadRequest } from 'payload';
import { Resend } from 'resend';
import { cmsSettings } from '@shared/settings';
import { deliveryEvent, isDeliveryEvent } from './delivery';
import { storeReceipt } from './receipt';

export const RESEND_WEBHOOK_PATH = '/inbound/resend';

type Event = { type?: string; created_at?: string; data?: { email_id?: string; created_at?: string } };

const refused = (message: string) => Response.json({ error: message }, { status: 401 });

// Svix's scheme as Resend sends it (svix-*), or the Standard Webhooks names.
const signatureHeaders = (req: PayloadRequest) => {
  const header = (name: string) => req.headers.get(`svix-${name}`) ?? req.headers.get(`webhook-${name}`) ?? '';
  return { id: header('id'), timestamp: header('timestamp'), signature: header('signature') };
};

// Checked on the raw body, before anything is parsed or stored, with the SDK's
// `webhooks.verify` (signature and a timestamp no older than five minutes).
// Without RESEND_WEBHOOK_SECRET the desk receives nothing: every call is refused.
const verified = (req: PayloadRequest, body: string): Event | undefined => {
  const secret = cmsSettings().RESEND_WEBHOOK_SECRET;
  const headers = signatureHeaders(req);
  if (!secret || !headers.id || !headers.signature) return undefined;
  try {
    // verify() needs no API key; the SDK's constructor insists on one.
    const resend = new Resend(cmsSettings().RESEND_API_KEY ?? 're_verify_only');
    return resend.webhooks.verify({ payload: body, headers, webhookSecret: secret }) as Event;
  } catch {
    return undefined;
  }
};

// POST /api/inbound/resend: Resend's webhook. A received mail is stored as a
// receipt (once per webhook id and e-mail id) and read by a job; a delivery
// event marks the outbox. The answer comes at once, so Resend never times out
// and redelivers because the desk was slow.
export const resendWebhookEndpoint: Endpoint = {
  path: RESEND_WEBHOOK_PATH,
  method: 'post',
  handler: async (req) => {
    const body = req.text ? await req.text() : '';
    const event = verified(req, body);
    if (!event) return refused('The webhook signature is missing, wrong or stale.');
    const webhookId = signatureHeaders(req).id;
    if (event.type === 'email.received' && event.data?.email_id) {
      const { id, duplicate } = await storeReceipt(req, {
        source: 'resend',
        webhookId,
        providerEmailId: event.data.email_id,
        receivedAt: event.data.created_at ?? event.created_at ?? new Date().toISOString(),
      });
      return Response.json({ received: id, duplicate }, { status: duplicate ? 200 : 202 });
    }
    if (isDeliveryEvent(event.type) && event.data?.email_id) {
      return Response.json(await deliveryEvent(req, event.type, event.data as never));
    }
    // An event the desk does not subscribe to: acknowledged, nothing done.
    return Response.json({ ignored: event.type ?? 'unknown' });
  },
};
