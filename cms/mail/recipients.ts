import type { PayloadRequest } from 'payload';
import { readerLocale, type Locale } from '@shared/i18n/locales';
import type { Role } from '../access/roles';
import { remembered } from '../utilities/keptPerServer';
import { relationId } from '../utilities/relationId';
import { channelMailboxes } from './settings';
import type { Channel } from '@shared/channel';

export type Recipient = { key: string; email: string; name?: string | null; language: Locale };

export type MailChannel = Channel | 'feedback';

// The prefix of the teams' keys among what is kept per server.
export const TEAM_KEPT = 'team:';

const teamRole: Record<Channel, Role> = { complaint: 'handler', abuse: 'abuseSpecialist' };

const asRecipient = (user: { id: number | string; email: string; name?: string | null; language?: string | null }) => ({
  key: `user:${user.id}`,
  email: user.email,
  name: user.name,
  language: readerLocale(user.language),
});

// Everyone who works a channel's queue (handlers for complaints and escalations,
// abuse specialists for abuse reports). Kept per server like the mail settings
// (utilities/keptPerServer.ts): dropped when an account is saved or deleted
// here, after a minute at the latest when it was changed through another server.
export const channelTeam = (req: PayloadRequest, channel: Channel): Promise<Recipient[]> =>
  remembered(`${TEAM_KEPT}${channel}`, async () => {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { roles: { in: [teamRole[channel]] } },
      pagination: false,
      select: { email: true, name: true, language: true },
      depth: 0,
      overrideAccess: true,
      req,
    });
    return docs.map(asRecipient);
  });

// A deadline concerns the person the record is assigned to, or the whole team
// while nobody has it.
export const responsibleStaff = async (
  req: PayloadRequest,
  channel: Channel,
  assignee: unknown,
): Promise<Recipient[]> => {
  const id = relationId(assignee);
  if (id !== undefined) {
    const user = await req.payload
      .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null);
    if (user) return [asRecipient(user)];
  }
  return channelTeam(req, channel);
};

// Customers reply to the channel's own mailbox, kept in the contact details.
export const replyAddress = async (req: PayloadRequest, channel: MailChannel): Promise<string | undefined> =>
  (await channelMailboxes(req))[channel];
