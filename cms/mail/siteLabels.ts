import type { Locale } from '../../shared/i18n/locales';
import de from '../../site/i18n/de.json';
import en from '../../site/i18n/en.json';
import es from '../../site/i18n/es.json';
import fr from '../../site/i18n/fr.json';
import nl from '../../site/i18n/nl.json';

// A choice (feedback topic, abuse category) as readers see it on the site's
// forms: the site's own labels, so mail repeats exactly the words on the form.
const labels: Record<Locale, Partial<Record<string, string>>> = { nl, en, de, fr, es };

export const siteLabel = (key: string, language: Locale): string =>
  labels[language][key] ?? (en as Partial<Record<string, string>>)[key] ?? key;

// The same label without its explanation in brackets, for running text: "Phishing".
export const shortSiteLabel = (key: string, language: Locale): string =>
  siteLabel(key, language).replace(/\s*\([^)]*\)\s*$/, '');
