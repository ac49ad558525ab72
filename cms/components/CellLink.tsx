import type { DefaultServerCellComponentProps } from 'payload';
import type { ReactNode } from 'react';

type Props = Pick<DefaultServerCellComponentProps, 'link' | 'linkURL' | 'collectionSlug' | 'rowData' | 'payload'> & {
  children: ReactNode;
};

// Payload links a list's first column to its document, but a custom cell has to
// draw that link itself: without it a list whose first column is a custom cell
// (the timeline's time, say) has rows nobody can open.
export const CellLink = ({ link, linkURL, collectionSlug, rowData, payload, children }: Props) => {
  if (!link) return <>{children}</>;
  const href =
    linkURL ?? `${payload.config.routes.admin}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`;
  return <a href={href}>{children}</a>;
};
