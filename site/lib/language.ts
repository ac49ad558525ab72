import Negotiator from 'negotiator';
import { defaultLocale, localeCodes, type Locale } from '@shared/i18n/locales';

// The reader's language from the browser's Accept-Language, with quality
// values and region subtags (Safari on iOS sends only `de-DE`, never `de`):
// negotiator (the parser Express uses) matches `de-DE` to our `de`.
export const browserLocale = (request: Request): Locale =>
  (new Negotiator({ headers: { 'accept-language': request.headers.get('accept-language') ?? '' } }).language([
    ...localeCodes,
  ]) as Locale | undefined) ?? defaultLocale;
