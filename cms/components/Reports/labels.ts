import { locales } from '@shared/i18n/locales';
import type { DeskKey, Translate } from '../../i18n';
import type { Channel, DeadlineOutcome } from '../../reports/types';
import type { Status } from '../../workflow/lifecycle';

const channelKeys: Record<Channel, DeskKey> = { complaint: 'complaints', abuse: 'abuseReports' };
export const channelLabel = (t: Translate, channel: Channel): string => t(channelKeys[channel]);

const outcomeKeys: Record<DeadlineOutcome, DeskKey> = { met: 'met', missed: 'missed', open: 'notYetDue' };
export const outcomeLabel = (t: Translate, outcome: DeadlineOutcome): string => t(outcomeKeys[outcome]);

// Option values are camelCase words ('fraudulentSite'): readable once split.
// Topics and categories have no admin translation yet: the site's wording for
// them lives in site/i18n, which the CMS does not import.
export const humanise = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// Each language by its own name, as the language switchers show them.
export const languageLabel = (code: string): string =>
  locales.find((locale) => locale.code === code)?.label ?? humanise(code);

const statusKeys: Record<Status, DeskKey> = {
  received: 'statusReceived',
  acknowledged: 'statusAcknowledged',
  inProgress: 'statusInProgress',
  answered: 'statusAnswered',
  escalated: 'statusEscalated',
  closed: 'statusClosed',
};
export const statusLabel = (t: Translate, status: string): string => {
  const key = statusKeys[status as Status] as DeskKey | undefined;
  return key ? t(key) : humanise(status);
};
