import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`form_choices_labels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`form_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`form_choices_labels_order_idx\` ON \`form_choices_labels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`form_choices_labels_parent_id_idx\` ON \`form_choices_labels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`form_choices_labels_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`form_choices_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_choices_labels_locales_locale_parent_id_unique\` ON \`form_choices_labels_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`form_choices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`complaint_topics_billing_offered\` integer DEFAULT true,
  	\`complaint_topics_transfer_offered\` integer DEFAULT true,
  	\`complaint_topics_renewal_offered\` integer DEFAULT true,
  	\`complaint_topics_support_offered\` integer DEFAULT true,
  	\`complaint_topics_technical_offered\` integer DEFAULT true,
  	\`complaint_topics_privacy_offered\` integer DEFAULT true,
  	\`complaint_topics_other_offered\` integer DEFAULT true,
  	\`abuse_categories_phishing_offered\` integer DEFAULT true,
  	\`abuse_categories_malware_offered\` integer DEFAULT true,
  	\`abuse_categories_botnet_offered\` integer DEFAULT true,
  	\`abuse_categories_pharming_offered\` integer DEFAULT true,
  	\`abuse_categories_spam_offered\` integer DEFAULT true,
  	\`abuse_categories_fraudulent_site_offered\` integer DEFAULT true,
  	\`abuse_categories_intellectual_property_offered\` integer DEFAULT true,
  	\`abuse_categories_other_offered\` integer DEFAULT true,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`form_choices__status_idx\` ON \`form_choices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`form_choices_locales\` (
  	\`complaint_topics_billing_label\` text,
  	\`complaint_topics_billing_help\` text,
  	\`complaint_topics_transfer_label\` text,
  	\`complaint_topics_transfer_help\` text,
  	\`complaint_topics_renewal_label\` text,
  	\`complaint_topics_renewal_help\` text,
  	\`complaint_topics_support_label\` text,
  	\`complaint_topics_support_help\` text,
  	\`complaint_topics_technical_label\` text,
  	\`complaint_topics_technical_help\` text,
  	\`complaint_topics_privacy_label\` text,
  	\`complaint_topics_privacy_help\` text,
  	\`complaint_topics_other_label\` text,
  	\`complaint_topics_other_help\` text,
  	\`abuse_categories_phishing_label\` text,
  	\`abuse_categories_phishing_help\` text,
  	\`abuse_categories_malware_label\` text,
  	\`abuse_categories_malware_help\` text,
  	\`abuse_categories_botnet_label\` text,
  	\`abuse_categories_botnet_help\` text,
  	\`abuse_categories_pharming_label\` text,
  	\`abuse_categories_pharming_help\` text,
  	\`abuse_categories_spam_label\` text,
  	\`abuse_categories_spam_help\` text,
  	\`abuse_categories_fraudulent_site_label\` text,
  	\`abuse_categories_fraudulent_site_help\` text,
  	\`abuse_categories_intellectual_property_label\` text,
  	\`abuse_categories_intellectual_property_help\` text,
  	\`abuse_categories_other_label\` text,
  	\`abuse_categories_other_help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`form_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_choices_locales_locale_parent_id_unique\` ON \`form_choices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_form_choices_v_version_labels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_form_choices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_form_choices_v_version_labels_order_idx\` ON \`_form_choices_v_version_labels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_version_labels_parent_id_idx\` ON \`_form_choices_v_version_labels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_form_choices_v_version_labels_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_form_choices_v_version_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_form_choices_v_version_labels_locales_locale_parent_id_uniq\` ON \`_form_choices_v_version_labels_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_form_choices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_complaint_topics_billing_offered\` integer DEFAULT true,
  	\`version_complaint_topics_transfer_offered\` integer DEFAULT true,
  	\`version_complaint_topics_renewal_offered\` integer DEFAULT true,
  	\`version_complaint_topics_support_offered\` integer DEFAULT true,
  	\`version_complaint_topics_technical_offered\` integer DEFAULT true,
  	\`version_complaint_topics_privacy_offered\` integer DEFAULT true,
  	\`version_complaint_topics_other_offered\` integer DEFAULT true,
  	\`version_abuse_categories_phishing_offered\` integer DEFAULT true,
  	\`version_abuse_categories_malware_offered\` integer DEFAULT true,
  	\`version_abuse_categories_botnet_offered\` integer DEFAULT true,
  	\`version_abuse_categories_pharming_offered\` integer DEFAULT true,
  	\`version_abuse_categories_spam_offered\` integer DEFAULT true,
  	\`version_abuse_categories_fraudulent_site_offered\` integer DEFAULT true,
  	\`version_abuse_categories_intellectual_property_offered\` integer DEFAULT true,
  	\`version_abuse_categories_other_offered\` integer DEFAULT true,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_form_choices_v_version_version__status_idx\` ON \`_form_choices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_created_at_idx\` ON \`_form_choices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_updated_at_idx\` ON \`_form_choices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_snapshot_idx\` ON \`_form_choices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_published_locale_idx\` ON \`_form_choices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_latest_idx\` ON \`_form_choices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_autosave_idx\` ON \`_form_choices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_form_choices_v_locales\` (
  	\`version_complaint_topics_billing_label\` text,
  	\`version_complaint_topics_billing_help\` text,
  	\`version_complaint_topics_transfer_label\` text,
  	\`version_complaint_topics_transfer_help\` text,
  	\`version_complaint_topics_renewal_label\` text,
  	\`version_complaint_topics_renewal_help\` text,
  	\`version_complaint_topics_support_label\` text,
  	\`version_complaint_topics_support_help\` text,
  	\`version_complaint_topics_technical_label\` text,
  	\`version_complaint_topics_technical_help\` text,
  	\`version_complaint_topics_privacy_label\` text,
  	\`version_complaint_topics_privacy_help\` text,
  	\`version_complaint_topics_other_label\` text,
  	\`version_complaint_topics_other_help\` text,
  	\`version_abuse_categories_phishing_label\` text,
  	\`version_abuse_categories_phishing_help\` text,
  	\`version_abuse_categories_malware_label\` text,
  	\`version_abuse_categories_malware_help\` text,
  	\`version_abuse_categories_botnet_label\` text,
  	\`version_abuse_categories_botnet_help\` text,
  	\`version_abuse_categories_pharming_label\` text,
  	\`version_abuse_categories_pharming_help\` text,
  	\`version_abuse_categories_spam_label\` text,
  	\`version_abuse_categories_spam_help\` text,
  	\`version_abuse_categories_fraudulent_site_label\` text,
  	\`version_abuse_categories_fraudulent_site_help\` text,
  	\`version_abuse_categories_intellectual_property_label\` text,
  	\`version_abuse_categories_intellectual_property_help\` text,
  	\`version_abuse_categories_other_label\` text,
  	\`version_abuse_categories_other_help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_form_choices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_form_choices_v_locales_locale_parent_id_unique\` ON \`_form_choices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_wording\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_wording__status_idx\` ON \`mail_wording\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`mail_wording_locales\` (
  	\`acknowledgement_complaint\` text,
  	\`acknowledgement_abuse\` text,
  	\`acknowledgement_escalation\` text,
  	\`acknowledgement_feedback\` text,
  	\`extension\` text,
  	\`answer\` text,
  	\`answer_escalation\` text,
  	\`final_answer\` text,
  	\`duplicate\` text,
  	\`window_closed\` text,
  	\`registrant\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mail_wording\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_wording_locales_locale_parent_id_unique\` ON \`mail_wording_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_wording_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_version_version__status_idx\` ON \`_mail_wording_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_created_at_idx\` ON \`_mail_wording_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_updated_at_idx\` ON \`_mail_wording_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_snapshot_idx\` ON \`_mail_wording_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_published_locale_idx\` ON \`_mail_wording_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_latest_idx\` ON \`_mail_wording_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_autosave_idx\` ON \`_mail_wording_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_mail_wording_v_locales\` (
  	\`version_acknowledgement_complaint\` text,
  	\`version_acknowledgement_abuse\` text,
  	\`version_acknowledgement_escalation\` text,
  	\`version_acknowledgement_feedback\` text,
  	\`version_extension\` text,
  	\`version_answer\` text,
  	\`version_answer_escalation\` text,
  	\`version_final_answer\` text,
  	\`version_duplicate\` text,
  	\`version_window_closed\` text,
  	\`version_registrant\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_mail_wording_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_mail_wording_v_locales_locale_parent_id_unique\` ON \`_mail_wording_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`procedure_page\` ADD \`translation_stamps\` text;`)
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`translation_stamps\` text;`)
  await db.run(sql`ALTER TABLE \`mail_settings\` ADD \`translation_stamps\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`form_choices_labels\`;`)
  await db.run(sql`DROP TABLE \`form_choices_labels_locales\`;`)
  await db.run(sql`DROP TABLE \`form_choices\`;`)
  await db.run(sql`DROP TABLE \`form_choices_locales\`;`)
  await db.run(sql`DROP TABLE \`_form_choices_v_version_labels\`;`)
  await db.run(sql`DROP TABLE \`_form_choices_v_version_labels_locales\`;`)
  await db.run(sql`DROP TABLE \`_form_choices_v\`;`)
  await db.run(sql`DROP TABLE \`_form_choices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`mail_wording\`;`)
  await db.run(sql`DROP TABLE \`mail_wording_locales\`;`)
  await db.run(sql`DROP TABLE \`_mail_wording_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_wording_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`procedure_page\` DROP COLUMN \`translation_stamps\`;`)
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`translation_stamps\`;`)
  await db.run(sql`ALTER TABLE \`mail_settings\` DROP COLUMN \`translation_stamps\`;`)
}
