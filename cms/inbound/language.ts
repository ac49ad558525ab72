import { franc } from 'franc-min';
import { defaultLocale, type Locale } from '@shared/i18n/locales';

// ISO 639-3, as franc names them, for the desk's languages.
const byFrancCode: Record<string, Locale> = { nld: 'nl', eng: 'en', deu: 'de', fra: 'fr', spa: 'es' };

// The language a mail is written in, guessed from its text with franc (trigram
// statistics, a kept library) among the desk's languages only; too short or too
// unsure a text gets the mailbox's default (the registrar's own language, the
// one its published procedure is in, unless an admin set another in the contact
// details). Staff correct it on the record.
export const guessLanguage = (text: string, fallback: Locale = defaultLocale): Locale => {
  // Quoted earlier mail and signatures say little about the writer's language.
  const own = text
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .join('\n')
    .slice(0, 4000);
  const code = franc(own, { only: Object.keys(byFrancCode), minLength: 20 });
  return byFrancCode[code] ?? fallback;
};
