import type { Payload } from 'payload';
import { SEEDING } from '../hooks/notifySite';
import { locales, type Locale } from '@shared/i18n/locales';

type DepartmentSeed = {
  slug: string;
  email: string;
  topics: ('policy' | 'procedures' | 'services' | 'website' | 'other')[];
  isDefault?: boolean;
  name: Partial<Record<Locale, string>> & { en: string };
};

// A starting set; admins rename, re-route or add departments in the admin.
const departments: DepartmentSeed[] = [
  {
    slug: 'customer-service',
    email: 'feedback@key-systems.net',
    topics: ['services', 'other'],
    isDefault: true,
    name: {
      nl: 'Klantenservice',
      en: 'Customer service',
      de: 'Kundenservice',
      fr: 'Service client',
      es: 'Atención al cliente',
    },
  },
  {
    slug: 'policy-compliance',
    email: 'feedback@key-systems.net',
    topics: ['policy', 'procedures'],
    name: {
      nl: 'Beleid en compliance',
      en: 'Policy and compliance',
      de: 'Richtlinien und Compliance',
      fr: 'Règles et conformité',
      es: 'Políticas y cumplimiento normativo',
    },
  },
  {
    slug: 'web-team',
    email: 'feedback@key-systems.net',
    topics: ['website'],
    name: {
      nl: 'Websiteteam',
      en: 'Website team',
      de: 'Website-Team',
      fr: 'Équipe du site web',
      es: 'Equipo del sitio web',
    },
  },
];

export const seedDepartments = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'departments' });
  if (totalDocs > 0) return;
  for (const { name, ...department } of departments) {
    const created = await payload.create({
      context: { [SEEDING]: true },
      collection: 'departments',
      locale: 'en',
      // Published, as the admin's Publish button sends it (departments have drafts).
      data: { ...department, name: name.en, _status: 'published' },
    });
    for (const { code } of locales.filter((locale) => locale.code !== 'en')) {
      // A language without a name here falls back to English until an editor names it.
      const localized = name[code];
      if (!localized) continue;
      await payload.update({
        context: { [SEEDING]: true },
        collection: 'departments',
        id: created.id,
        locale: code,
        data: { name: localized, _status: 'published' },
      });
    }
  }
};
