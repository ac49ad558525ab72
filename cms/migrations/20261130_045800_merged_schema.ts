import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

// After merging main into the intake branch: the generated difference only made
// again what earlier migrations make (main's up to 044032_merged_schema, then
// 045000_intake_step's intake_step columns), so nothing is left to run. The
// snapshot (.json) is the merged schema, for the next migrate:create to diff against.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
