import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`complaints_language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`abuse_language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`feedback_language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_complaints_language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_abuse_language\` text DEFAULT 'nl';`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_feedback_language\` text DEFAULT 'nl';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`complaints_language\`;`)
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`abuse_language\`;`)
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`feedback_language\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_complaints_language\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_abuse_language\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_feedback_language\`;`)
}
