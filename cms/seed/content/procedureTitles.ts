import type { Locale } from '../../../shared/i18n/locales';

export const procedureTitles: Record<Locale, { title: string; intro: string }> = {
  nl: {
    title: 'Klachten en misbruik melden',
    intro:
      'Bent u niet tevreden over onze dienstverlening, of ziet u dat een domein van een van onze klanten wordt misbruikt? Laat het ons weten. Zo werken wij uw melding af.',
  },
  en: {
    title: 'Reporting complaints and abuse',
    intro:
      'Not happy with our service, or seeing one of our customers’ domains used for abuse? Tell us. This is how we handle what you report.',
  },
  de: {
    title: 'Beschwerden und Missbrauch melden',
    intro:
      'Sie sind mit unserem Service nicht zufrieden oder sehen, dass eine Domain eines unserer Kunden missbraucht wird? Sagen Sie es uns. So bearbeiten wir Ihre Meldung.',
  },
};
