import type { Locale } from '@shared/i18n/locales';

// Facts from the registrar's published page (shared/seed). The page gives two fax
// numbers (…93 96 851 and …96 93 851); the first matches the phone number's
// block, so it is used here. Editors can correct it in the admin.
// English is the fallback for a language without wording.
const wording: Partial<Record<Locale, { department: string; escalationDepartment: string; country: string }>> & {
  en: { department: string; escalationDepartment: string; country: string };
} = {
  nl: {
    department: 'Klantenservice / Afdeling misbruik',
    escalationDepartment: 'Klachtescalatie',
    country: 'Duitsland',
  },
  en: {
    department: 'Customer Service / Abuse Department',
    escalationDepartment: 'Complaint escalation',
    country: 'Germany',
  },
  de: {
    department: 'Kundenservice / Abuse-Abteilung',
    escalationDepartment: 'Beschwerdeeskalation',
    country: 'Deutschland',
  },
  fr: {
    department: 'Service client / Service des abus',
    escalationDepartment: 'Remontée des réclamations',
    country: 'Allemagne',
  },
  es: {
    department: 'Atención al cliente / Departamento de abusos',
    escalationDepartment: 'Escalación de reclamaciones',
    country: 'Alemania',
  },
};

export const contactDetails = (locale: Locale) => ({
  organisation: 'Key-Systems GmbH (domaindiscount24)',
  street: 'Im Oberen Werk 1',
  postalCode: '66386',
  city: 'St. Ingbert',
  phone: '+49 6894 9396 850',
  fax: '+49 6894 9396 851',
  complaintsEmail: 'complaints@key-systems.net',
  abuseEmail: 'abuse@key-systems.net',
  feedbackEmail: 'feedback@key-systems.net',
  ...(wording[locale] ?? wording.en),
});
