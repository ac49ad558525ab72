import type { GlobalAdminOptions } from 'payload';
import { liveSitePreviewUrl } from './endpoints';

// The admin's Preview button and the live preview beside the editor, for the
// globals the procedure page shows (the page itself and the contact block in
// its footer). Both open the real site with the drafts, in the language the
// editor is editing.
type PreviewOptions = Pick<GlobalAdminOptions, 'preview' | 'livePreview'>;

const breakpoints = [
  { label: 'Phone', name: 'phone', width: 390, height: 844 },
  { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
];

export const sitePreview: PreviewOptions = {
  // Signed when clicked (cms/content/endpoints.ts), so an admin page left open
  // for an hour still opens a fresh link.
  preview: (_doc, { locale }) => `/api/content/preview?locale=${encodeURIComponent(locale)}`,
  livePreview: {
    url: ({ locale }) => {
      const url = liveSitePreviewUrl(typeof locale === 'string' ? locale : locale.code);
      return url ? `${url}&live=1` : '';
    },
    breakpoints,
  },
};
