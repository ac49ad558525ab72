import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';

// Nothing to run: the partners (063053) and inbound mail (063722) migrations
// were made from the same base and together make this schema. This file's
// snapshot (.json) records the merged schema, so the next migration is made
// against both.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
