import { siteSettings } from '@shared/settings';
// The admin's address as the browser sees it: the live preview is framed by it
// and hears from it when the editor's draft is saved.
export const cmsPublicOrigin = (): string => {
  const { CMS_PUBLIC_URL, CMS_URL } = siteSettings();
  const url = CMS_PUBLIC_URL ?? CMS_URL ?? 'http://127.0.0.1:3000';
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

// The preview page is the only one the admin may frame (its live preview).
export const isPreviewPath = (pathname: string): boolean => /^\/[a-z]{2}\/preview\/?$/.test(pathname);
