// A Markdown table that also reads well in a terminal: columns padded to width,
// numbers right-aligned.

export type Row = (string | number)[];

const isNumeric = (cell: string) => /^[-+]?[\d,.]+(×| ms| s| kB| B)?$/.test(cell);

export const markdownTable = (headers: string[], rows: Row[]): string => {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((header, column) =>
    Math.max(header.length, 3, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const rightAligned = headers.map(
    (_, column) => cells.length > 0 && cells.every((row) => isNumeric(row[column] ?? '')),
  );
  const pad = (cell: string, column: number) =>
    rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  const line = (row: string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = widths.map((width, column) => (rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)));
  return [line(headers), `| ${rule.join(' | ')} |`, ...cells.map(line)].join('\n');
};
