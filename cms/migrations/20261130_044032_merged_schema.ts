import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The branches merged on 30 November each made their own migration against the
// same earlier schema: drafts (031419) made the globals' version tables, editors'
// words (032316) added translation stamps to the globals. What neither could
// know: the version tables need the stamps too. The rest of this snapshot's
// difference is already made by those migrations; the snapshot (.json) is the
// merged schema, so the next generated migration starts from the truth.
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
