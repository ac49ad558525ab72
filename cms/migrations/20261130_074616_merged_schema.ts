import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';

// Nothing to run: partners (063053), inbound mail (063722) and editors' gaps
// (070021) were made from the same base, and together make this schema. This
// file's snapshot (.json) records the merged schema, so the next
// migrate:create diffs against all three.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
