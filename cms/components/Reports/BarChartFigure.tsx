'use client';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FigureTable } from './tables';

export type ChartSeries = { key: string; label: string; color: string };

type Props = {
  table: FigureTable;
  // In the reader's language, made on the server (t() does not cross to the browser).
  title: string;
  caption: string;
  series: ChartSeries[];
  stacked?: boolean;
  // Bars run left to right, for long row labels (deadline names, categories).
  horizontal?: boolean;
};

const axisTick = { fill: 'var(--theme-elevation-800)', fontSize: 12 };
// In the text colour: pale series colours (orange, grey) are too faint as text.
const legendText = (value: string) => <span style={{ color: 'var(--theme-text)' }}>{value}</span>;
const tooltipStyle = { background: 'var(--theme-elevation-0)', border: '1px solid var(--theme-elevation-150)' };

// A bar chart of one dashboard table. The table itself, right below, is the
// text alternative; the caption says so.
export const BarChartFigure = ({ table, title, caption, series, stacked = false, horizontal = false }: Props) => {
  const captionId = useId();
  const data = table.rows.map((row) => ({ label: row.label, ...row.values }));
  // Legend and tooltip list the series in the table's column order, not alphabetically.
  const seriesOrder = (item: { dataKey?: unknown }) => series.findIndex(({ key }) => key === item.dataKey);
  const height = horizontal ? Math.max(180, table.rows.length * 34 + 70) : 300;
  return (
    <figure aria-labelledby={captionId} style={{ margin: '0 0 calc(var(--base) * 0.5)' }}>
      <BarChart
        responsive
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        title={title}
        style={{ width: '100%', maxWidth: 960, height }}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={axisTick} />
            <YAxis type="category" dataKey="label" width={200} tick={axisTick} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis allowDecimals={false} tick={axisTick} />
          </>
        )}
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--theme-elevation-100)' }} itemSorter={seriesOrder} />
        <Legend itemSorter={seriesOrder} formatter={legendText} />
        {series.map(({ key, label, color }) => (
          <Bar key={key} dataKey={key} name={label} fill={color} stackId={stacked ? 'stack' : undefined} />
        ))}
      </BarChart>
      <figcaption id={captionId}>{caption}</figcaption>
    </figure>
  );
};
