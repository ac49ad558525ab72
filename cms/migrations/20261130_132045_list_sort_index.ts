import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deadlines_urgencyRank_deadlines_nextDeadlineAt_idx\`;`)
  await db.run(sql`DROP INDEX \`channel_deadlines_urgencyRank_deadlines_nextDeadlineAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`deadlines_urgencyRank_deadlines_nextDeadlineAt_createdAt_idx\` ON \`cases\` (\`deadlines_urgency_rank\`,\`deadlines_next_deadline_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`cases\` (\`channel\`,\`deadlines_urgency_rank\`,\`deadlines_next_deadline_at\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deadlines_urgencyRank_deadlines_nextDeadlineAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`deadlines_urgencyRank_deadlines_nextDeadlineAt_idx\` ON \`cases\` (\`deadlines_urgency_rank\`,\`deadlines_next_deadline_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_deadlines_urgencyRank_deadlines_nextDeadlineAt_idx\` ON \`cases\` (\`channel\`,\`deadlines_urgency_rank\`,\`deadlines_next_deadline_at\`);`)
}
