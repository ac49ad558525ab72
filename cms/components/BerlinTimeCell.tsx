import type { DefaultServerCellComponentProps } from 'payload';
import { formatBerlinTime } from '../../shared/calendar/berlin';

// A time in a list, as every other time staff see: in Europe/Berlin, whatever
// the browser's zone.
export const BerlinTimeCell = ({ cellData }: DefaultServerCellComponentProps) =>
  typeof cellData === 'string' && cellData ? <span>{formatBerlinTime(cellData)}</span> : <span>—</span>;
