import type { Locale } from '@shared/i18n/locales';

// Starting sender, greeting and signature; editors change them in the admin.
type Wording = { fromName: string; greeting: string; greetingWithoutName: string; signature: string };

// English is the fallback for a language without starting wording.
const wording: Partial<Record<Locale, Wording>> & { en: Wording } = {
  nl: {
    fromName: 'Key-Systems Klantenservice',
    greeting: 'Beste {name},',
    greetingWithoutName: 'Geachte heer, mevrouw,',
    signature: 'Met vriendelijke groet,\nKlantenservice\nKey-Systems GmbH (domaindiscount24)',
  },
  en: {
    fromName: 'Key-Systems Customer Service',
    greeting: 'Dear {name},',
    greetingWithoutName: 'Hello,',
    signature: 'Kind regards,\nCustomer Service\nKey-Systems GmbH (domaindiscount24)',
  },
  de: {
    fromName: 'Key-Systems Kundenservice',
    greeting: 'Guten Tag {name},',
    greetingWithoutName: 'Sehr geehrte Damen und Herren,',
    signature: 'Mit freundlichen Grüßen\nKundenservice\nKey-Systems GmbH (domaindiscount24)',
  },
  fr: {
    fromName: 'Key-Systems Service client',
    greeting: 'Bonjour {name},',
    greetingWithoutName: 'Madame, Monsieur,',
    signature: 'Cordialement,\nService client\nKey-Systems GmbH (domaindiscount24)',
  },
  es: {
    fromName: 'Key-Systems Atención al cliente',
    greeting: 'Estimado/a {name}:',
    greetingWithoutName: 'Estimado/a cliente:',
    signature: 'Atentamente,\nAtención al cliente\nKey-Systems GmbH (domaindiscount24)',
  },
};

export const mailSettings = (locale: Locale) => ({
  fromAddress: 'service@key-systems.net',
  staffFromAddress: 'desk@key-systems.net',
  reminderLeadHours: 24,
  ...(wording[locale] ?? wording.en),
});
