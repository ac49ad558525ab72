import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`erasure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`reference\` text,
  	\`email_hash\` text,
  	\`requested_at\` text,
  	\`requested_by_id\` integer,
  	\`cases_anonymised\` numeric,
  	\`feedback_anonymised\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_requests_email_hash_idx\` ON \`erasure_requests\` (\`email_hash\`);`)
  await db.run(sql`CREATE INDEX \`erasure_requests_requested_by_idx\` ON \`erasure_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`erasure_requests_updated_at_idx\` ON \`erasure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erasure_requests_created_at_idx\` ON \`erasure_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`retention_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_months\` numeric DEFAULT 24 NOT NULL,
  	\`feedback_months\` numeric DEFAULT 24 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`deadlines_urgency\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`deadlines_urgency_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`abuse_forward_to_email\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`abuse_forward_to_language\` text DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`cases_anonymised_at_idx\` ON \`cases\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_deadlines_deadlines_urgency_idx\` ON \`cases\` (\`deadlines_urgency\`);`)
  await db.run(sql`CREATE INDEX \`cases_deadlines_deadlines_urgency_rank_idx\` ON \`cases\` (\`deadlines_urgency_rank\`);`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`deadlines_urgency\` text;`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`deadlines_urgency_rank\` numeric;`)
  await db.run(sql`CREATE INDEX \`escalations_anonymised_at_idx\` ON \`escalations\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`escalations_deadlines_deadlines_urgency_idx\` ON \`escalations\` (\`deadlines_urgency\`);`)
  await db.run(sql`CREATE INDEX \`escalations_deadlines_deadlines_urgency_rank_idx\` ON \`escalations\` (\`deadlines_urgency_rank\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_anonymised_at_idx\` ON \`feedback\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`erasure_requests_id\` integer REFERENCES erasure_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`erasure_requests\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`DROP TABLE \`retention_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cases_id\` integer,
  	\`escalations_id\` integer,
  	\`feedback_id\` integer,
  	\`case_events_id\` integer,
  	\`outbox_id\` integer,
  	\`evidence_id\` integer,
  	\`departments_id\` integer,
  	\`users_id\` integer,
  	\`api_clients_id\` integer,
  	\`case_counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`escalations_id\`) REFERENCES \`escalations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_events_id\`) REFERENCES \`case_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_counters_id\`) REFERENCES \`case_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "case_counters_id") SELECT "id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "case_counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_escalations_id_idx\` ON \`payload_locked_documents_rels\` (\`escalations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_events_id_idx\` ON \`payload_locked_documents_rels\` (\`case_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`case_counters_id\`);`)
  await db.run(sql`DROP INDEX \`cases_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`cases_deadlines_deadlines_urgency_idx\`;`)
  await db.run(sql`DROP INDEX \`cases_deadlines_deadlines_urgency_rank_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`deadlines_urgency\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`deadlines_urgency_rank\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`abuse_forward_to_email\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`abuse_forward_to_language\`;`)
  await db.run(sql`DROP INDEX \`escalations_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`escalations_deadlines_deadlines_urgency_idx\`;`)
  await db.run(sql`DROP INDEX \`escalations_deadlines_deadlines_urgency_rank_idx\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`deadlines_urgency\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`deadlines_urgency_rank\`;`)
  await db.run(sql`DROP INDEX \`feedback_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`anonymised_at\`;`)
}
