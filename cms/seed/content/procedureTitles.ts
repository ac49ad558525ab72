import type { Locale } from '@shared/i18n/locales';

// A language without starting text falls back (Payload's localization fallback) until editors write it.
export const procedureTitles: Partial<Record<Locale, { title: string; intro: string }>> = {
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
  fr: {
    title: 'Signaler une réclamation ou un abus',
    intro:
      'Vous n’êtes pas satisfait de notre service, ou vous constatez qu’un domaine de l’un de nos clients est utilisé de manière abusive ? Dites-le-nous. Voici comment nous traitons votre signalement.',
  },
  es: {
    title: 'Comunicar reclamaciones y abusos',
    intro:
      '¿No está satisfecho con nuestro servicio, o ha visto que se usa de forma abusiva un dominio de uno de nuestros clientes? Díganoslo. Así tramitamos lo que nos comunica.',
  },
};
