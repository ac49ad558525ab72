import { Button } from '@payloadcms/ui';
import type { ReactNode } from 'react';
import { registrarTimeZone } from '../../../shared/calendar/berlin';
import type { Figures } from '../../reports/types';
import { BarChartFigure, type ChartSeries } from './BarChartFigure';
import { FigureTableView } from './FigureTableView';
import { channelLabels, outcomeLabels } from './labels';
import { palette } from './palette';
import {
  answerTimeTable,
  categoryTable,
  deadlineTable,
  languageTable,
  monthlyTable,
  openStatusTable,
  topicTable,
  totalsTable,
} from './tables';

const channelSeries: ChartSeries[] = [
  { key: 'complaint', label: channelLabels.complaint, color: palette.blue },
  { key: 'abuse', label: channelLabels.abuse, color: palette.vermillion },
];

const countSeries: ChartSeries[] = [{ key: 'count', label: 'Cases', color: palette.blue }];

const generatedAtFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: registrarTimeZone,
});

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2 style={{ marginBottom: 'var(--base)' }}>{title}</h2>
    {children}
  </section>
);

// The figures the procedure promises staff: counts by channel, type, language
// and month, and how many deadlines were met.
export const FiguresReport = ({ figures, csvUrl }: { figures: Figures; csvUrl: string }) => {
  const months = monthlyTable(figures);
  const deadlines = deadlineTable(figures);
  return (
    <>
      <p>
        Counted {generatedAtFormat.format(new Date(figures.generatedAt))} (Europe/Berlin), over every case, escalation
        and feedback received so far.
      </p>
      <p>
        <Button el="anchor" url={csvUrl} buttonStyle="secondary" size="medium">
          Download these figures as CSV
        </Button>
      </p>

      <Section title="Overview">
        <FigureTableView table={totalsTable(figures)} />
      </Section>

      <Section title="Received per month">
        <BarChartFigure
          table={months}
          series={[
            ...channelSeries,
            { key: 'escalations', label: 'Escalations', color: palette.orange },
            { key: 'feedback', label: 'Feedback', color: palette.purple },
          ]}
        />
        <FigureTableView table={months} />
      </Section>

      <Section title="Deadlines">
        <BarChartFigure
          table={deadlines}
          horizontal
          stacked
          series={[
            { key: 'met', label: outcomeLabels.met, color: palette.green },
            { key: 'missed', label: outcomeLabels.missed, color: palette.vermillion },
            { key: 'open', label: outcomeLabels.open, color: palette.grey },
          ]}
        />
        <FigureTableView table={deadlines} units={{ metPercent: '%' }} />
        <FigureTableView table={answerTimeTable(figures)} />
      </Section>

      {[topicTable(figures), categoryTable(figures)].map((table) => (
        <Section key={table.id} title={table.title}>
          <BarChartFigure table={table} series={countSeries} horizontal />
          <FigureTableView table={table} />
        </Section>
      ))}

      {[languageTable(figures), openStatusTable(figures)].map((table) => (
        <Section key={table.id} title={table.title}>
          <BarChartFigure table={table} series={channelSeries} />
          <FigureTableView table={table} />
        </Section>
      ))}
    </>
  );
};
