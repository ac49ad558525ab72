import { Button } from '@payloadcms/ui';
import type { ReactNode } from 'react';
import { registrarTimeZone } from '@shared/calendar/berlin';
import { locales } from '@shared/i18n/locales';
import type { Translate } from '../../i18n';
import type { Figures } from '../../reports/types';
import { BarChartFigure, type ChartSeries } from './BarChartFigure';
import { FigureTableView } from './FigureTableView';
import { channelLabel, outcomeLabel } from './labels';
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
  type FigureTable,
} from './tables';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2 style={{ marginBottom: 'var(--base)' }}>{title}</h2>
    {children}
  </section>
);

// Dates in the reader's admin language, on the registrar's clock.
const countedAtFormat = (language: string) =>
  new Intl.DateTimeFormat(locales.find((locale) => locale.code === language)?.dateLocale ?? 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: registrarTimeZone,
  });

// The figures the procedure promises staff: counts by channel, type, language
// and month, and how many deadlines were met.
export const FiguresReport = ({
  figures,
  csvUrl,
  t,
  language,
}: {
  figures: Figures;
  csvUrl: string;
  t: Translate;
  language: string;
}) => {
  const months = monthlyTable(figures, t);
  const deadlines = deadlineTable(figures, t);
  const noneYet = t('noneYet');
  const chart = (table: FigureTable) => ({
    table,
    title: t('chartTitle', { title: table.title }),
    caption: t('chartCaption', { title: table.title }),
  });
  const channelSeries: ChartSeries[] = [
    { key: 'complaint', label: channelLabel(t, 'complaint'), color: palette.blue },
    { key: 'abuse', label: channelLabel(t, 'abuse'), color: palette.vermillion },
  ];
  return (
    <>
      <p>{t('countedAt', { at: countedAtFormat(language).format(new Date(figures.generatedAt)) })}</p>
      <p>
        <Button el="anchor" url={csvUrl} buttonStyle="secondary" size="medium">
          {t('downloadCsv')}
        </Button>
      </p>

      <Section title={t('overview')}>
        <FigureTableView table={totalsTable(figures, t)} noneYet={noneYet} />
      </Section>

      <Section title={t('receivedPerMonth')}>
        <BarChartFigure
          {...chart(months)}
          series={[
            ...channelSeries,
            { key: 'escalations', label: t('escalations'), color: palette.orange },
            { key: 'feedback', label: t('feedback'), color: palette.purple },
          ]}
        />
        <FigureTableView table={months} noneYet={noneYet} />
      </Section>

      <Section title={t('deadlines')}>
        <BarChartFigure
          {...chart(deadlines)}
          horizontal
          stacked
          series={[
            { key: 'met', label: outcomeLabel(t, 'met'), color: palette.green },
            { key: 'missed', label: outcomeLabel(t, 'missed'), color: palette.vermillion },
            { key: 'open', label: outcomeLabel(t, 'open'), color: palette.grey },
          ]}
        />
        <FigureTableView table={deadlines} noneYet={noneYet} units={{ metPercent: '%' }} />
        <FigureTableView table={answerTimeTable(figures, t)} noneYet={noneYet} />
      </Section>

      {[topicTable(figures, t), categoryTable(figures, t)].map((table) => (
        <Section key={table.id} title={table.title}>
          <BarChartFigure
            {...chart(table)}
            series={[{ key: 'count', label: t('cases'), color: palette.blue }]}
            horizontal
          />
          <FigureTableView table={table} noneYet={noneYet} />
        </Section>
      ))}

      {[languageTable(figures, t), openStatusTable(figures, t)].map((table) => (
        <Section key={table.id} title={table.title}>
          <BarChartFigure {...chart(table)} series={channelSeries} />
          <FigureTableView table={table} noneYet={noneYet} />
        </Section>
      ))}
    </>
  );
};
