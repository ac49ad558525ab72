import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inbound_messages_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filename\` text,
  	\`content_type\` text,
  	\`size\` numeric,
  	\`outcome\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inbound_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inbound_messages_attachments_order_idx\` ON \`inbound_messages_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_attachments_parent_id_idx\` ON \`inbound_messages_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inbound_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`status_reason\` text,
  	\`channel\` text,
  	\`mailbox\` text,
  	\`received_at\` text NOT NULL,
  	\`from\` text,
  	\`from_name\` text,
  	\`to\` text,
  	\`subject\` text,
  	\`text\` text,
  	\`message_id\` text,
  	\`in_reply_to\` text,
  	\`references\` text,
  	\`authentication_verdict\` text,
  	\`authentication_spf\` text,
  	\`authentication_dkim\` text,
  	\`authentication_dmarc\` text,
  	\`automatic\` text,
  	\`case_id\` integer,
  	\`escalation_id\` integer,
  	\`feedback_id\` integer,
  	\`mentioned_case_id\` integer,
  	\`source\` text NOT NULL,
  	\`webhook_id\` text,
  	\`provider_email_id\` text,
  	\`raw_file\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`escalation_id\`) REFERENCES \`escalations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mentioned_case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inbound_messages_status_idx\` ON \`inbound_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_channel_idx\` ON \`inbound_messages\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_received_at_idx\` ON \`inbound_messages\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_from_idx\` ON \`inbound_messages\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_message_id_idx\` ON \`inbound_messages\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_case_idx\` ON \`inbound_messages\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_escalation_idx\` ON \`inbound_messages\` (\`escalation_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_feedback_idx\` ON \`inbound_messages\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_mentioned_case_idx\` ON \`inbound_messages\` (\`mentioned_case_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inbound_messages_webhook_id_idx\` ON \`inbound_messages\` (\`webhook_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inbound_messages_provider_email_id_idx\` ON \`inbound_messages\` (\`provider_email_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_created_at_idx\` ON \`inbound_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_updated_at_idx\` ON \`inbound_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`inbound_messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`evidence_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inbound_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inbound_messages_rels_order_idx\` ON \`inbound_messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_rels_parent_idx\` ON \`inbound_messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_rels_path_idx\` ON \`inbound_messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inbound_messages_rels_evidence_id_idx\` ON \`inbound_messages_rels\` (\`evidence_id\`);`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`message_id\` text;`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`delivery\` text;`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`delivery_note\` text;`)
  await db.run(sql`CREATE INDEX \`outbox_reply_to_idx\` ON \`outbox\` (\`reply_to\`);`)
  await db.run(sql`CREATE INDEX \`outbox_message_id_idx\` ON \`outbox\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`outbox_provider_message_id_idx\` ON \`outbox\` (\`provider_message_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inbound_messages_id\` integer REFERENCES inbound_messages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inbound_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`inbound_messages_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inbound_messages_attachments\`;`)
  await db.run(sql`DROP TABLE \`inbound_messages\`;`)
  await db.run(sql`DROP TABLE \`inbound_messages_rels\`;`)
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
  	\`report_rollups_id\` integer,
  	\`erasure_requests_id\` integer,
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
  	FOREIGN KEY (\`case_counters_id\`) REFERENCES \`case_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_rollups_id\`) REFERENCES \`report_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erasure_requests_id\`) REFERENCES \`erasure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "case_counters_id", "report_rollups_id", "erasure_requests_id") SELECT "id", "order", "parent_id", "path", "cases_id", "escalations_id", "feedback_id", "case_events_id", "outbox_id", "evidence_id", "departments_id", "users_id", "api_clients_id", "case_counters_id", "report_rollups_id", "erasure_requests_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`report_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_requests_id\`);`)
  await db.run(sql`DROP INDEX \`outbox_reply_to_idx\`;`)
  await db.run(sql`DROP INDEX \`outbox_message_id_idx\`;`)
  await db.run(sql`DROP INDEX \`outbox_provider_message_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`message_id\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`delivery\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`delivery_note\`;`)
}
