import type { DefaultServerCellComponentProps } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { readerLocale } from '@shared/i18n/locales';
import { CellLink } from './CellLink';

// A time in a list, as every other time staff see: in Europe/Berlin, whatever
// the browser's zone.
export const BerlinTimeCell = (props: DefaultServerCellComponentProps) => (
  <CellLink {...props}>
    <span>
      {typeof props.cellData === 'string' && props.cellData
        ? formatBerlinTime(props.cellData, readerLocale(props.i18n.language))
        : '—'}
    </span>
  </CellLink>
);
