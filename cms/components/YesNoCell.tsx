import type { DefaultServerCellComponentProps } from 'payload';
import { CellLink } from './CellLink';

// Payload's checkbox cell prints a missing value as "general:null"; an unset
// box simply reads as no.
export const YesNoCell = (props: DefaultServerCellComponentProps) => (
  <CellLink {...props}>
    <span>{props.cellData ? props.i18n.t('general:yes') : props.i18n.t('general:no')}</span>
  </CellLink>
);
