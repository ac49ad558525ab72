import { english, type Translate } from '../../i18n';
import { channels, type DeadlinePerformance, type Figures, type Tally } from '../../reports/types';
import { channelLabel, humanise, languageLabel, outcomeLabel, statusLabel } from './labels';

export type Cell = number | string | null;

// One table of the dashboard. The chart beside it is drawn from the same rows,
// so the table is the chart's text alternative, figure for figure. Each builder
// takes the reader's labels (English unless given).
export type FigureTable = {
  id: string;
  title: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { label: string; values: Record<string, Cell> }[];
};

const countOf = (tallies: readonly Tally[], key: string): number =>
  tallies.find((tally) => tally.key === key)?.count ?? 0;

const singleColumn = (
  t: Translate,
  { id, title, rowHeader }: { id: string; title: string; rowHeader: string },
  tallies: readonly Tally[],
): FigureTable => ({
  id,
  title,
  rowHeader,
  columns: [{ key: 'count', label: t('cases') }],
  rows: tallies.map(({ key, count }) => ({ label: humanise(key), values: { count } })),
});

const channelColumns = (t: Translate) => channels.map((channel) => ({ key: channel, label: channelLabel(t, channel) }));

export const totalsTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'totals',
  title: t('receivedInTotal'),
  rowHeader: t('kind'),
  columns: [{ key: 'count', label: t('number') }],
  rows: [
    { label: t('complaintsReceived'), values: { count: figures.cases.byChannel.complaint } },
    { label: t('abuseReportsReceived'), values: { count: figures.cases.byChannel.abuse } },
    { label: t('escalationsReceived'), values: { count: figures.escalations.total } },
    { label: t('escalationsAwaitingFinalAnswer'), values: { count: figures.escalations.open } },
    { label: t('feedbackReceived'), values: { count: figures.feedback.total } },
  ],
});

export const monthlyTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'months',
  title: t('receivedPerMonthBerlin'),
  rowHeader: t('month'),
  columns: [
    ...channelColumns(t),
    { key: 'escalations', label: t('escalations') },
    { key: 'feedback', label: t('feedback') },
  ],
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

export const topicTable = (figures: Figures, t: Translate = english): FigureTable =>
  singleColumn(
    t,
    { id: 'topics', title: t('complaintsByTopic'), rowHeader: t('topic') },
    figures.cases.byComplaintTopic,
  );

export const categoryTable = (figures: Figures, t: Translate = english): FigureTable =>
  singleColumn(
    t,
    { id: 'categories', title: t('abuseReportsByCategory'), rowHeader: t('category') },
    figures.cases.byAbuseCategory,
  );

export const languageTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'languages',
  title: t('casesByLanguage'),
  rowHeader: t('language'),
  columns: channelColumns(t),
  rows: figures.cases.byLanguage.complaint.map(({ key }) => ({
    label: languageLabel(key),
    values: {
      complaint: countOf(figures.cases.byLanguage.complaint, key),
      abuse: countOf(figures.cases.byLanguage.abuse, key),
    },
  })),
});

export const openStatusTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'open-cases',
  title: t('openCasesByStatus'),
  rowHeader: t('status'),
  columns: channelColumns(t),
  rows: figures.cases.openByStatus.complaint.map(({ key }) => ({
    label: statusLabel(t, key),
    values: {
      complaint: countOf(figures.cases.openByStatus.complaint, key),
      abuse: countOf(figures.cases.openByStatus.abuse, key),
    },
  })),
});

const deadlineRows = (t: Translate, scope: string, answerName: string, performance: DeadlinePerformance) =>
  (
    [
      [t('acknowledgement'), performance.acknowledgement],
      [answerName, performance.answer],
    ] as const
  ).map(([deadline, tally]) => ({
    label: t('deadlineOf', { scope, deadline }),
    values: { met: tally.met, missed: tally.missed, open: tally.open, metPercent: tally.metPercent },
  }));

// Met as a share of the deadlines already decided; open ones do not count yet.
export const deadlineTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'deadlines',
  title: t('deadlinesMet'),
  rowHeader: t('deadline'),
  columns: [
    { key: 'met', label: outcomeLabel(t, 'met') },
    { key: 'missed', label: outcomeLabel(t, 'missed') },
    { key: 'open', label: outcomeLabel(t, 'open') },
    { key: 'metPercent', label: t('metPercent') },
  ],
  rows: [
    ...channels.flatMap((channel) =>
      deadlineRows(t, channelLabel(t, channel), t('answer'), figures.cases.deadlines[channel]),
    ),
    ...deadlineRows(t, t('allCases'), t('answer'), figures.cases.deadlines.all),
    ...deadlineRows(t, t('escalations'), t('finalAnswer'), figures.escalations.deadlines),
  ],
});

export const answerTimeTable = (figures: Figures, t: Translate = english): FigureTable => ({
  id: 'answer-time',
  title: t('medianTimeToAnswer'),
  rowHeader: t('channel'),
  columns: [{ key: 'median', label: t('businessDaysToAnswer') }],
  rows: channels.map((channel) => ({
    label: channelLabel(t, channel),
    values: { median: figures.cases.medianBusinessDaysToAnswer[channel] },
  })),
});
