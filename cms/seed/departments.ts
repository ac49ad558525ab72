import type { Payload } from 'payload';
import { locales, type Locale } from '../../shared/i18n/locales';

type DepartmentSeed = {
  slug: string;
  email: string;
  topics: ('policy' | 'procedures' | 'services' | 'website' | 'other')[];
  isDefault?: boolean;
  name: Record<Locale, string>;
};

// A starting set; admins rename, re-route or add departments in the admin.
const departments: DepartmentSeed[] = [
  {
    slug: 'customer-service',
    email: 'feedback@key-systems.net',
    topics: ['services', 'other'],
    isDefault: true,
    name: { nl: 'Klantenservice', en: 'Customer service', de: 'Kundenservice' },
  },
  {
    slug: 'policy-compliance',
    email: 'feedback@key-systems.net',
    topics: ['policy', 'procedures'],
    name: { nl: 'Beleid en compliance', en: 'Policy and compliance', de: 'Richtlinien und Compliance' },
  },
  {
    slug: 'web-team',
    email: 'feedback@key-systems.net',
    topics: ['website'],
    name: { nl: 'Websiteteam', en: 'Website team', de: 'Website-Team' },
  },
];

export const seedDepartments = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'departments' });
  if (totalDocs > 0) return;
  for (const { name, ...department } of departments) {
    const created = await payload.create({
      collection: 'departments',
      locale: 'en',
      data: { ...department, name: name.en },
    });
    for (const { code } of locales.filter((locale) => locale.code !== 'en')) {
      await payload.update({ collection: 'departments', id: created.id, locale: code, data: { name: name[code] } });
    }
  }
};
