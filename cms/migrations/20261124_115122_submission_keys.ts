import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases\` ADD \`submission_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_submission_key_idx\` ON \`cases\` (\`submission_key\`);`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`submission_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`escalations_submission_key_idx\` ON \`escalations\` (\`submission_key\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`submission_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_submission_key_idx\` ON \`feedback\` (\`submission_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`cases_submission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`submission_key\`;`)
  await db.run(sql`DROP INDEX \`escalations_submission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`submission_key\`;`)
  await db.run(sql`DROP INDEX \`feedback_submission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`submission_key\`;`)
}
