import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases\` ADD \`intake_step\` text;`)
  await db.run(sql`CREATE INDEX \`cases_intake_step_idx\` ON \`cases\` (\`intake_step\`);`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`intake_step\` text;`)
  await db.run(sql`CREATE INDEX \`escalations_intake_step_idx\` ON \`escalations\` (\`intake_step\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`intake_step\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_intake_step_idx\` ON \`feedback\` (\`intake_step\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`cases_intake_step_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`intake_step\`;`)
  await db.run(sql`DROP INDEX \`escalations_intake_step_idx\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`intake_step\`;`)
  await db.run(sql`DROP INDEX \`feedback_intake_step_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`intake_step\`;`)
}
