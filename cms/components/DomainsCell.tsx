import type { DefaultServerCellComponentProps } from 'payload';
import { CellLink } from './CellLink';

type Domain = { unicode?: string | null };

// The domains themselves in the case list ("walk-example.nl, münchen.de"), as
// staff triage by them, not Payload's count of array rows ("2 Domains").
export const DomainsCell = (props: DefaultServerCellComponentProps) => {
  const names = (Array.isArray(props.cellData) ? (props.cellData as Domain[]) : [])
    .map((domain) => domain.unicode)
    .filter(Boolean);
  return (
    <CellLink {...props}>
      <span style={{ overflowWrap: 'anywhere' }}>{names.length ? names.join(', ') : '—'}</span>
    </CellLink>
  );
};
