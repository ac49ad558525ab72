'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@shared/i18n/locales';

export type OfferedReply = { id: number | string; title: string; text: string };

export type ComposerData = {
  customerLanguage: Locale;
  to: string | null;
  language: Locale;
  placeholders: string[];
  canned: OfferedReply[];
};

export type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: ComposerData };

// What the composer offers for this record in the language chosen (GET
// /api/<collection>/:id/reply, cms/replies/endpoint.ts): the customer's
// language and address, and the canned replies with this record's
// placeholders filled in. Asked again when the language changes.
export const useComposerData = (collection: string, id: string, language: Locale | undefined): Loaded => {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    const query = language ? `?language=${language}` : '';
    fetch(`/api/${collection}/${id}/reply${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setLoaded({ state: 'ready', data: (await response.json()) as ComposerData });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed' });
      });
    return () => controller.abort();
  }, [collection, id, language]);
  return loaded;
};
