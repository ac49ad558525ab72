'use client';
import { useConfig, useTranslation } from '@payloadcms/ui';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

// Signing in sets the admin language cookie (cms/collections/Users/hooks/
// adminLanguage.ts), but the admin moves from the login form to the dashboard
// without reloading its root layout, which holds Payload's translations: the
// chrome would stay in the login page's language until the next reload. When
// the cookie and the shown language differ, Payload's own switch (the one the
// account settings use) re-renders the admin in the cookie's language, once.
export const AdminLanguage = ({ children }: { children?: ReactNode }) => {
  const { i18n, languageOptions, switchLanguage } = useTranslation();
  const { config } = useConfig();
  const pathname = usePathname();
  const switched = useRef<string | undefined>(undefined);
  useEffect(() => {
    const name = `${config.cookiePrefix || 'payload'}-lng`;
    const wanted = document.cookie
      .split('; ')
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.slice(name.length + 1);
    const supported = languageOptions.some((option) => option.value === wanted);
    if (!wanted || !supported || wanted === i18n.language || switched.current === wanted) return;
    switched.current = wanted;
    void switchLanguage?.(wanted as never);
  }, [config.cookiePrefix, i18n.language, languageOptions, pathname, switchLanguage]);
  return children;
};
