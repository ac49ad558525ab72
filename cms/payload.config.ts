import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import { defaultLocale, locales } from '../shared/i18n/locales';
import { CaseCounters } from './collections/CaseCounters';
import { Cases } from './collections/Cases';
import { Users } from './collections/Users';
import { databaseAdapter } from './database';
import { ContactDetails } from './globals/ContactDetails';
import { ProcedurePage } from './globals/ProcedurePage';
import { onInit } from './onInit';
import { payloadSecret } from './secret';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · Complaints desk' },
    // Gravatar would be fetched from the internet for every staff member.
    avatar: 'default',
  },
  collections: [Cases, Users, CaseCounters],
  globals: [ProcedurePage, ContactDetails],
  editor: lexicalEditor(),
  localization: {
    locales: locales.map(({ code, label }) => ({ code, label })),
    defaultLocale,
    fallback: true,
  },
  db: databaseAdapter(),
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  cors: process.env.SITE_URL ? [process.env.SITE_URL] : [],
  graphQL: { disable: true },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  onInit,
});
