import { channels, type Channel, type DeadlinePerformance, type Figures, type Tally } from './types';

// One figure per line (long format), so a spreadsheet can filter and pivot it
// without knowing the report's layout: which section, which group in it, which
// channel ('all' for both channels together, empty where none applies), and
// the number.
export type CsvRow = { section: string; key: string; channel: string; value: string | number | null };

export const csvHeader = ['section', 'key', 'channel', 'value'] as const;

// RFC 4180: a field holding a comma, a quote or a line break is quoted, and its
// quotes doubled.
export const csvField = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvLine = (fields: readonly (string | number | null)[]): string => fields.map(csvField).join(',');

const tallyRows = (section: string, channel: string, tallies: readonly Tally[]): CsvRow[] =>
  tallies.map(({ key, count }) => ({ section, key, channel, value: count }));

const perChannelRows = (section: string, byChannel: Record<Channel, readonly Tally[]>): CsvRow[] =>
  channels.flatMap((channel) => tallyRows(section, channel, byChannel[channel]));

const deadlineRows = (prefix: string, answerName: string, channel: string, performance: DeadlinePerformance) =>
  (
    [
      [`${prefix}_acknowledgement_deadline`, performance.acknowledgement],
      [`${prefix}_${answerName}_deadline`, performance.answer],
    ] as const
  ).flatMap(([section, tally]): CsvRow[] => [
    { section, key: 'met', channel, value: tally.met },
    { section, key: 'missed', channel, value: tally.missed },
    { section, key: 'open', channel, value: tally.open },
    { section, key: 'met_percent', channel, value: tally.metPercent },
  ]);

// Every figure of the dashboard, in the dashboard's order.
export const figureRows = (figures: Figures): CsvRow[] => [
  { section: 'report', key: 'generated_at', channel: '', value: figures.generatedAt },
  ...channels.map((channel) => ({
    section: 'cases',
    key: 'total',
    channel,
    value: figures.cases.byChannel[channel],
  })),
  ...tallyRows('cases_by_topic', 'complaint', figures.cases.byComplaintTopic),
  ...tallyRows('cases_by_category', 'abuse', figures.cases.byAbuseCategory),
  ...perChannelRows('cases_by_language', figures.cases.byLanguage),
  ...perChannelRows('cases_by_month', figures.cases.byMonth),
  ...perChannelRows('open_cases_by_status', figures.cases.openByStatus),
  ...[...channels, 'all' as const].flatMap((channel) =>
    deadlineRows('case', 'answer', channel, figures.cases.deadlines[channel]),
  ),
  ...channels.map((channel) => ({
    section: 'case_answer_business_days',
    key: 'median',
    channel,
    value: figures.cases.medianBusinessDaysToAnswer[channel],
  })),
  // Escalations are of complaints only.
  { section: 'escalations', key: 'total', channel: 'complaint', value: figures.escalations.total },
  { section: 'escalations', key: 'open', channel: 'complaint', value: figures.escalations.open },
  ...tallyRows('escalations_by_month', 'complaint', figures.escalations.byMonth),
  ...deadlineRows('escalation', 'final_answer', 'complaint', figures.escalations.deadlines),
  { section: 'feedback', key: 'total', channel: '', value: figures.feedback.total },
  ...tallyRows('feedback_by_month', '', figures.feedback.byMonth),
];

export const figuresToCsv = (figures: Figures): string =>
  [csvHeader, ...figureRows(figures).map((row) => [row.section, row.key, row.channel, row.value])]
    .map(csvLine)
    .join('\r\n') + '\r\n';
