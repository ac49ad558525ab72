import type { DefaultServerCellComponentProps } from 'payload';

// Payload's checkbox cell prints a missing value as "general:null"; an unset
// box simply reads as no.
export const YesNoCell = ({ cellData }: DefaultServerCellComponentProps) => <span>{cellData ? 'Yes' : 'No'}</span>;
