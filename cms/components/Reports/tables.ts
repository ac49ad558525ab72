import { channels, type DeadlinePerformance, type Figures, type Tally } from '../../reports/types';
import { channelLabels, humanise, languageLabel, outcomeLabels, statusLabel } from './labels';

export type Cell = number | string | null;

// One table of the dashboard. The chart beside it is drawn from the same rows,
// so the table is the chart's text alternative, figure for figure.
export type FigureTable = {
  id: string;
  title: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { label: string; values: Record<string, Cell> }[];
};

const countOf = (tallies: readonly Tally[], key: string): number =>
  tallies.find((tally) => tally.key === key)?.count ?? 0;

const singleColumn = (id: string, title: string, rowHeader: string, tallies: readonly Tally[]): FigureTable => ({
  id,
  title,
  rowHeader,
  columns: [{ key: 'count', label: 'Cases' }],
  rows: tallies.map(({ key, count }) => ({ label: humanise(key), values: { count } })),
});

const channelColumns = channels.map((channel) => ({ key: channel, label: channelLabels[channel] }));

export const totalsTable = (figures: Figures): FigureTable => ({
  id: 'totals',
  title: 'Received in total',
  rowHeader: 'Kind',
  columns: [{ key: 'count', label: 'Number' }],
  rows: [
    ...channels.map((channel) => ({
      label: `${channelLabels[channel]} received`,
      values: { count: figures.cases.byChannel[channel] },
    })),
    { label: 'Escalations received', values: { count: figures.escalations.total } },
    { label: 'Escalations still open', values: { count: figures.escalations.open } },
    { label: 'Feedback received', values: { count: figures.feedback.total } },
  ],
});

export const monthlyTable = (figures: Figures): FigureTable => ({
  id: 'months',
  title: 'Received per month (Europe/Berlin)',
  rowHeader: 'Month',
  columns: [...channelColumns, { key: 'escalations', label: 'Escalations' }, { key: 'feedback', label: 'Feedback' }],
  rows: figures.months.map((month) => ({
    label: month,
    values: {
      complaint: countOf(figures.cases.byMonth.complaint, month),
      abuse: countOf(figures.cases.byMonth.abuse, month),
      escalations: countOf(figures.escalations.byMonth, month),
      feedback: countOf(figures.feedback.byMonth, month),
    },
  })),
});

export const topicTable = (figures: Figures): FigureTable =>
  singleColumn('topics', 'Complaints by topic', 'Topic', figures.cases.byComplaintTopic);

export const categoryTable = (figures: Figures): FigureTable =>
  singleColumn('categories', 'Abuse reports by category', 'Category', figures.cases.byAbuseCategory);

export const languageTable = (figures: Figures): FigureTable => ({
  id: 'languages',
  title: 'Cases by language',
  rowHeader: 'Language',
  columns: channelColumns,
  rows: figures.cases.byLanguage.complaint.map(({ key }) => ({
    label: languageLabel(key),
    values: {
      complaint: countOf(figures.cases.byLanguage.complaint, key),
      abuse: countOf(figures.cases.byLanguage.abuse, key),
    },
  })),
});

export const openStatusTable = (figures: Figures): FigureTable => ({
  id: 'open-cases',
  title: 'Open cases by status',
  rowHeader: 'Status',
  columns: channelColumns,
  rows: figures.cases.openByStatus.complaint.map(({ key }) => ({
    label: statusLabel(key),
    values: {
      complaint: countOf(figures.cases.openByStatus.complaint, key),
      abuse: countOf(figures.cases.openByStatus.abuse, key),
    },
  })),
});

const deadlineRows = (scope: string, answerName: string, performance: DeadlinePerformance) =>
  (
    [
      ['acknowledgement', performance.acknowledgement],
      [answerName, performance.answer],
    ] as const
  ).map(([name, tally]) => ({
    label: `${scope}: ${name}`,
    values: { met: tally.met, missed: tally.missed, open: tally.open, metPercent: tally.metPercent },
  }));

// Met as a share of the deadlines already decided; open ones do not count yet.
export const deadlineTable = (figures: Figures): FigureTable => ({
  id: 'deadlines',
  title: 'Deadlines met',
  rowHeader: 'Deadline',
  columns: [
    { key: 'met', label: outcomeLabels.met },
    { key: 'missed', label: outcomeLabels.missed },
    { key: 'open', label: outcomeLabels.open },
    { key: 'metPercent', label: 'Met (% of decided)' },
  ],
  rows: [
    ...channels.flatMap((channel) => deadlineRows(channelLabels[channel], 'answer', figures.cases.deadlines[channel])),
    ...deadlineRows('All cases', 'answer', figures.cases.deadlines.all),
    ...deadlineRows('Escalations', 'final answer', figures.escalations.deadlines),
  ],
});

export const answerTimeTable = (figures: Figures): FigureTable => ({
  id: 'answer-time',
  title: 'Median time to answer',
  rowHeader: 'Channel',
  columns: [{ key: 'median', label: 'Business days from receipt to answer' }],
  rows: channels.map((channel) => ({
    label: channelLabels[channel],
    values: { median: figures.cases.medianBusinessDaysToAnswer[channel] },
  })),
});
