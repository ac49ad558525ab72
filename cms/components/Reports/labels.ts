import { locales } from '../../../shared/i18n/locales';
import type { Channel, DeadlineOutcome } from '../../reports/types';
import { statusLabels, type Status } from '../../workflow/lifecycle';

export const channelLabels: Record<Channel, string> = { complaint: 'Complaints', abuse: 'Abuse reports' };

export const outcomeLabels: Record<DeadlineOutcome, string> = { met: 'Met', missed: 'Missed', open: 'Not yet due' };

// Option values are camelCase words ('fraudulentSite'): readable once split.
export const humanise = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const languageLabel = (code: string): string =>
  locales.find((locale) => locale.code === code)?.label ?? humanise(code);

export const statusLabel = (status: string): string => statusLabels[status as Status] ?? humanise(status);
