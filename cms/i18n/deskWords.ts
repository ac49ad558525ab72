import { inEveryLocale, type Locale, type Words } from '@shared/i18n/locales';
import { de } from './de';
import { en, type DeskKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';

const desk: Record<Locale, Record<DeskKey, string>> = { nl, en, de, fr, es };

// A desk label in every language at once, for config that Payload translates
// itself (a select option's label object): the same words the desk's own
// components show with t('desk:…').
export const deskWords = (key: DeskKey): Words => inEveryLocale((code) => desk[code][key]);
