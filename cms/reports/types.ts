// The figures staff see on the reports page and download as CSV. Plain data
// only, so the server can hand it to the charts in the browser unchanged.

export { channels, type Channel } from '@shared/channel';
import type { Channel } from '@shared/channel';

// One counted group: a topic, a language, a month (YYYY-MM, Europe/Berlin)…
export type Tally = { key: string; count: number };

export type DeadlineOutcome = 'met' | 'missed' | 'open';

export type DeadlineTally = Record<DeadlineOutcome, number> & {
  // Met as a share of the deadlines already decided (met + missed), in percent
  // to one decimal; null while none is decided. Open ones are not yet a result.
  metPercent: number | null;
};

export type DeadlinePerformance = { acknowledgement: DeadlineTally; answer: DeadlineTally };

export type Figures = {
  generatedAt: string;
  // Every month from the first record to the last, so charts and tables show
  // quiet months as zero instead of leaving them out.
  months: string[];
  cases: {
    byChannel: Record<Channel, number>;
    byComplaintTopic: Tally[];
    byAbuseCategory: Tally[];
    byLanguage: Record<Channel, Tally[]>;
    byMonth: Record<Channel, Tally[]>;
    openByStatus: Record<Channel, Tally[]>;
    deadlines: Record<Channel | 'all', DeadlinePerformance>;
    // Business days from receipt to the answer, over answered cases; null when none is answered.
    medianBusinessDaysToAnswer: Record<Channel, number | null>;
  };
  escalations: {
    total: number;
    open: number;
    byMonth: Tally[];
    // The answer here is the final answer.
    deadlines: DeadlinePerformance;
  };
  feedback: {
    total: number;
    byMonth: Tally[];
  };
};
