import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reply_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`case_id\` integer,
  	\`escalation_id\` integer,
  	\`sent_by_id\` integer,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`escalation_id\`) REFERENCES \`escalations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reply_attachments_channel_idx\` ON \`reply_attachments\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`reply_attachments_case_idx\` ON \`reply_attachments\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`reply_attachments_escalation_idx\` ON \`reply_attachments\` (\`escalation_id\`);`)
  await db.run(sql`CREATE INDEX \`reply_attachments_sent_by_idx\` ON \`reply_attachments\` (\`sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reply_attachments_created_at_idx\` ON \`reply_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_attachments_updated_at_idx\` ON \`reply_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reply_attachments_filename_idx\` ON \`reply_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`canned_replies_used_for\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`canned_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`canned_replies_used_for_order_idx\` ON \`canned_replies_used_for\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`canned_replies_used_for_parent_idx\` ON \`canned_replies_used_for\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`canned_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`saved_by_name\` text,
  	\`saved_by_id\` integer,
  	\`saved_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`canned_replies_saved_by_idx\` ON \`canned_replies\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`canned_replies_created_at_idx\` ON \`canned_replies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`canned_replies_updated_at_idx\` ON \`canned_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`canned_replies__status_idx\` ON \`canned_replies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`canned_replies_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`canned_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`canned_replies_locales_locale_parent_id_unique\` ON \`canned_replies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_canned_replies_v_version_used_for\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_canned_replies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_used_for_order_idx\` ON \`_canned_replies_v_version_used_for\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_used_for_parent_idx\` ON \`_canned_replies_v_version_used_for\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_canned_replies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_saved_by_name\` text,
  	\`version_saved_by_id\` integer,
  	\`version_saved_at\` text,
  	\`version_created_at\` text,
  	\`version_updated_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`canned_replies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_parent_idx\` ON \`_canned_replies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_version_saved_by_idx\` ON \`_canned_replies_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_version_created_at_idx\` ON \`_canned_replies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_version_updated_at_idx\` ON \`_canned_replies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_version_version__status_idx\` ON \`_canned_replies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_created_at_idx\` ON \`_canned_replies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_updated_at_idx\` ON \`_canned_replies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_snapshot_idx\` ON \`_canned_replies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_published_locale_idx\` ON \`_canned_replies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_latest_idx\` ON \`_canned_replies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_canned_replies_v_autosave_idx\` ON \`_canned_replies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_canned_replies_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_canned_replies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_canned_replies_v_locales_locale_parent_id_unique\` ON \`_canned_replies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`attachments\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reply_attachments_id\` integer REFERENCES reply_attachments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`canned_replies_id\` integer REFERENCES canned_replies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_canned_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`canned_replies_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reply_attachments\`;`)
  await db.run(sql`DROP TABLE \`canned_replies_used_for\`;`)
  await db.run(sql`DROP TABLE \`canned_replies\`;`)
  await db.run(sql`DROP TABLE \`canned_replies_locales\`;`)
  await db.run(sql`DROP TABLE \`_canned_replies_v_version_used_for\`;`)
  await db.run(sql`DROP TABLE \`_canned_replies_v\`;`)
  await db.run(sql`DROP TABLE \`_canned_replies_v_locales\`;`)
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
  	\`inbound_messages_id\` integer,
  	\`evidence_id\` integer,
  	\`departments_id\` integer,
  	\`users_id\` integer,
  	\`api_clients_id\` integer,
  	\`partners_id\` integer,
  	\`case_counters_id\` integer,
  	\`report_rollups_id\` integer,
  	\`erasure_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`escalations_id\`) REFERENCES \`escalations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_events_id\`) REFERENCES \`case_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inbound_messages_id\`) REFERENCES \`inbound_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_counters_id\`) REFERENCES \`case_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_rollups_id\`) REFERENCES \`report_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erasure_requests_id\`) REFERENCES \`erasure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "inbound_messages_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "partners_id", "case_counters_id", "report_rollups_id", "erasure_requests_id") SELECT "id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "inbound_messages_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "partners_id", "case_counters_id", "report_rollups_id", "erasure_requests_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbound_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`inbound_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`case_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`report_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`attachments\`;`)
}
