import type { FeedbackTopic } from '../../shared/schemas/feedback';
import type { Locale } from '../../shared/i18n/locales';
import de from '../../site/i18n/de.json';
import en from '../../site/i18n/en.json';
import es from '../../site/i18n/es.json';
import fr from '../../site/i18n/fr.json';
import nl from '../../site/i18n/nl.json';

// A feedback topic as the reader saw it on the form: the site's own labels, so
// the mail repeats exactly the words they chose from.
const labels: Record<Locale, Partial<Record<string, string>>> = { nl, en, de, fr, es };

export const topicLabel = (topic: FeedbackTopic, language: Locale): string =>
  labels[language][`feedback.topic.${topic}`] ?? en[`feedback.topic.${topic}`] ?? topic;
