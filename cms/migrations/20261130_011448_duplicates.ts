import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases\` ADD \`duplicate_of_id\` integer REFERENCES cases(id);`)
  await db.run(sql`CREATE INDEX \`cases_duplicate_of_idx\` ON \`cases\` (\`duplicate_of_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_number\` text,
  	\`channel\` text DEFAULT 'complaint' NOT NULL,
  	\`assignee_id\` integer,
  	\`language\` text NOT NULL,
  	\`anonymised_at\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`close_reason\` text,
  	\`close_note\` text,
  	\`received_via\` text DEFAULT 'web' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`receivedat_tz\` text DEFAULT 'Europe/Berlin' NOT NULL,
  	\`deadlines_acknowledgement_due_at\` text,
  	\`deadlines_answer_due_at\` text,
  	\`deadlines_review_due_at\` text,
  	\`deadlines_next_deadline_at\` text,
  	\`deadlines_urgency\` text,
  	\`deadlines_urgency_rank\` numeric,
  	\`deadlines_acknowledgement_overdue\` integer,
  	\`deadlines_answer_overdue\` integer,
  	\`deadlines_calendar\` text,
  	\`extension_expected_answer_at\` text,
  	\`extension_reason\` text,
  	\`extension_late_reason\` text,
  	\`extension_recorded_at\` text,
  	\`milestones_acknowledged_at\` text,
  	\`milestones_answered_at\` text,
  	\`milestones_closed_at\` text,
  	\`escalation_window_ends_at\` text,
  	\`reporter_name\` text NOT NULL,
  	\`reporter_email\` text,
  	\`reporter_phone\` text,
  	\`reporter_postal_address\` text,
  	\`reporter_customer_number\` text,
  	\`reporter_organisation\` text,
  	\`complaint_topic\` text,
  	\`complaint_description\` text,
  	\`complaint_expected_outcome\` text,
  	\`abuse_category\` text,
  	\`abuse_reporter_type\` text,
  	\`abuse_authority_reference\` text,
  	\`abuse_evidence\` text,
  	\`abuse_good_faith\` integer,
  	\`abuse_forward_to_email\` text,
  	\`abuse_forward_to_language\` text DEFAULT 'en',
  	\`abuse_share_identity\` integer,
  	\`abuse_consent_source\` text,
  	\`abuse_consent_recorded_at\` text,
  	\`abuse_consent_recorded_by_id\` integer,
  	\`abuse_consent_evidence\` text,
  	\`abuse_record_consent\` text,
  	\`access_token_hash\` text,
  	\`access_token_sealed\` text,
  	\`answer\` text,
  	\`add_note\` text,
  	\`submission_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`abuse_consent_recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases\`("id", "case_number", "channel", "assignee_id", "language", "anonymised_at", "status", "close_reason", "close_note", "received_via", "received_at", "receivedat_tz", "deadlines_acknowledgement_due_at", "deadlines_answer_due_at", "deadlines_review_due_at", "deadlines_next_deadline_at", "deadlines_urgency", "deadlines_urgency_rank", "deadlines_acknowledgement_overdue", "deadlines_answer_overdue", "deadlines_calendar", "extension_expected_answer_at", "extension_reason", "extension_late_reason", "extension_recorded_at", "milestones_acknowledged_at", "milestones_answered_at", "milestones_closed_at", "escalation_window_ends_at", "reporter_name", "reporter_email", "reporter_phone", "reporter_postal_address", "reporter_customer_number", "reporter_organisation", "complaint_topic", "complaint_description", "complaint_expected_outcome", "abuse_category", "abuse_reporter_type", "abuse_authority_reference", "abuse_evidence", "abuse_good_faith", "abuse_forward_to_email", "abuse_forward_to_language", "abuse_share_identity", "abuse_consent_source", "abuse_consent_recorded_at", "abuse_consent_recorded_by_id", "abuse_consent_evidence", "abuse_record_consent", "access_token_hash", "access_token_sealed", "answer", "add_note", "submission_key", "updated_at", "created_at") SELECT "id", "case_number", "channel", "assignee_id", "language", "anonymised_at", "status", "close_reason", "close_note", "received_via", "received_at", "receivedat_tz", "deadlines_acknowledgement_due_at", "deadlines_answer_due_at", "deadlines_review_due_at", "deadlines_next_deadline_at", "deadlines_urgency", "deadlines_urgency_rank", "deadlines_acknowledgement_overdue", "deadlines_answer_overdue", "deadlines_calendar", "extension_expected_answer_at", "extension_reason", "extension_late_reason", "extension_recorded_at", "milestones_acknowledged_at", "milestones_answered_at", "milestones_closed_at", "escalation_window_ends_at", "reporter_name", "reporter_email", "reporter_phone", "reporter_postal_address", "reporter_customer_number", "reporter_organisation", "complaint_topic", "complaint_description", "complaint_expected_outcome", "abuse_category", "abuse_reporter_type", "abuse_authority_reference", "abuse_evidence", "abuse_good_faith", "abuse_forward_to_email", "abuse_forward_to_language", "abuse_share_identity", "abuse_consent_source", "abuse_consent_recorded_at", "abuse_consent_recorded_by_id", "abuse_consent_evidence", "abuse_record_consent", "access_token_hash", "access_token_sealed", "answer", "add_note", "submission_key", "updated_at", "created_at" FROM \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases\` RENAME TO \`cases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_case_number_idx\` ON \`cases\` (\`case_number\`);`)
  await db.run(sql`CREATE INDEX \`cases_channel_idx\` ON \`cases\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`cases_assignee_idx\` ON \`cases\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_anonymised_at_idx\` ON \`cases\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_deadlines_deadlines_next_deadline_at_idx\` ON \`cases\` (\`deadlines_next_deadline_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_deadlines_deadlines_urgency_idx\` ON \`cases\` (\`deadlines_urgency\`);`)
  await db.run(sql`CREATE INDEX \`cases_deadlines_deadlines_urgency_rank_idx\` ON \`cases\` (\`deadlines_urgency_rank\`);`)
  await db.run(sql`CREATE INDEX \`cases_reporter_reporter_email_idx\` ON \`cases\` (\`reporter_email\`);`)
  await db.run(sql`CREATE INDEX \`cases_abuse_abuse_category_idx\` ON \`cases\` (\`abuse_category\`);`)
  await db.run(sql`CREATE INDEX \`cases_abuse_consent_abuse_consent_recorded_by_idx\` ON \`cases\` (\`abuse_consent_recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_access_token_hash_idx\` ON \`cases\` (\`access_token_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_submission_key_idx\` ON \`cases\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
}
