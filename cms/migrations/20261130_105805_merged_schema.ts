import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';

// Nothing to run: mailbox languages (094621) and reply from the case (094643)
// were made from the same base, and together make this schema. This file's
// snapshot (.json) records the merged schema, so the next migrate:create
// diffs against both.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
