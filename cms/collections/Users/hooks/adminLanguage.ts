import type { CollectionAfterLoginHook } from 'payload';
import { mergeHeaders } from 'payload';
import { isLocale } from '@shared/i18n/locales';
import { cmsSettings } from '@shared/settings';

const YEAR_SECONDS = 60 * 60 * 24 * 365;

// At sign-in the admin switches to the colleague's language (their profile's
// mail language), so a German handler meets German screens from the first page.
// Payload reads the admin language from the `<cookiePrefix>-lng` cookie before
// the browser's Accept-Language (payload/dist/utilities/getRequestLanguage.js);
// the cookie is set on the login response, whose headers Payload merges with
// req.responseHeaders. Changing the language under Account lasts until the
// next sign-in; changing the profile's language lasts for good.
export const setAdminLanguage: CollectionAfterLoginHook = ({ req, user }) => {
  const language: unknown = (user as { language?: unknown }).language;
  if (!isLocale(language)) return user;
  const { cookiePrefix } = req.payload.config;
  const secure = cmsSettings().CMS_PUBLIC_URL?.startsWith('https:') ? '; Secure' : '';
  const cookie = `${cookiePrefix || 'payload'}-lng=${language}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax${secure}`;
  req.responseHeaders = mergeHeaders(new Headers({ 'set-cookie': cookie }), req.responseHeaders ?? new Headers());
  return user;
};
