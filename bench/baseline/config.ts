import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import { BareCases } from './bareCases';
import { discardMail } from './discardMail';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is not set: the baseline needs a throwaway folder');

// The two baselines of the intake section in one small Payload app, on its own
// throwaway database: the form builder's forms and form-submissions, and a
// hook-free `bare-cases` collection.
export default buildConfig({
  collections: [{ slug: 'users', auth: true, fields: [] }, BareCases],
  plugins: [
    formBuilderPlugin({
      fields: { text: true, email: true, textarea: true, select: true, payment: false },
    }),
  ],
  editor: lexicalEditor(),
  email: discardMail,
  // The product's database, so each comparison is on the same one. SQLite's
  // schema is pushed by server.ts once connected (production mode never pushes).
  db: process.env.DATABASE_URI?.startsWith('mongodb')
    ? mongooseAdapter({ url: process.env.DATABASE_URI, ensureIndexes: true, useJoinAggregations: false })
    : sqliteAdapter({ client: { url: `file:${path.join(dataDir, 'baseline.db')}` }, push: false }),
  secret: process.env.PAYLOAD_SECRET ?? 'bench-baseline',
  graphQL: { disable: true },
  telemetry: false,
  typescript: { autoGenerate: false },
});
