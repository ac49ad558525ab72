import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// After merging main into the intake branch: every table, column and index the
// schema has is created by an earlier migration, except the translation stamps
// of the globals' version tables (editors-b added the stamps to the globals
// while editors-a made their version tables). The .json snapshot next to this
// file is the whole merged schema, for the next migrate:create to diff against.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` ADD \`version_translation_stamps\` text;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_translation_stamps\` text;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` ADD \`version_translation_stamps\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` DROP COLUMN \`version_translation_stamps\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_translation_stamps\`;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` DROP COLUMN \`version_translation_stamps\`;`)
}
