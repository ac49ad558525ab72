import type { Cell, FigureTable } from './tables';

// An empty figure (no median without answered cases, no share before a
// deadline is decided) is said in words, not left blank.
const formatCell = (value: Cell, noneYet: string, unit?: string): string => {
  if (value === null) return noneYet;
  return unit ? `${value} ${unit}` : String(value);
};

// Payload's own table look (the `table` class of its list views), with column
// headings dark enough to read (Payload's pale grey fails WCAG contrast).
export const FigureTableView = ({
  table,
  noneYet,
  units = {},
}: {
  table: FigureTable;
  noneYet: string;
  units?: Record<string, string>;
}) => (
  <div className="table">
    <table id={`table-${table.id}`}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBottom: 'calc(var(--base) * 0.4)' }}>
        {table.title}
      </caption>
      <thead style={{ color: 'var(--theme-elevation-800)' }}>
        <tr>
          <th scope="col">{table.rowHeader}</th>
          {table.columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" style={{ fontWeight: 'normal', textAlign: 'start' }}>
              {row.label}
            </th>
            {table.columns.map((column) => (
              <td key={column.key}>{formatCell(row.values[column.key] ?? null, noneYet, units[column.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
