import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_departments_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_topics_order_idx\` ON \`_departments_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_topics_parent_idx\` ON \`_departments_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_saved_by_name\` text,
  	\`version_saved_by_id\` integer,
  	\`version_saved_at\` text,
  	\`version_slug\` text,
  	\`version_email\` text,
  	\`version_is_default\` integer DEFAULT false,
  	\`version_language\` text DEFAULT 'en',
  	\`version_created_at\` text,
  	\`version_updated_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_parent_idx\` ON \`_departments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_saved_by_idx\` ON \`_departments_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_slug_idx\` ON \`_departments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_created_at_idx\` ON \`_departments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_at_idx\` ON \`_departments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version__status_idx\` ON \`_departments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_created_at_idx\` ON \`_departments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_updated_at_idx\` ON \`_departments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_snapshot_idx\` ON \`_departments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_published_locale_idx\` ON \`_departments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_latest_idx\` ON \`_departments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_autosave_idx\` ON \`_departments_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_locales_locale_parent_id_unique\` ON \`_departments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`saved_by_name\` text,
  	\`saved_by_id\` integer,
  	\`saved_at\` text,
  	\`slug\` text,
  	\`email\` text,
  	\`is_default\` integer DEFAULT false,
  	\`language\` text DEFAULT 'en',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // Edited by hand: the old table has no saver columns, and its departments are
  // what readers saw, so they are published (drafts came later).
  await db.run(sql`INSERT INTO \`__new_departments\`("id", "saved_by_name", "saved_by_id", "saved_at", "slug", "email", "is_default", "language", "created_at", "updated_at", "_status") SELECT "id", NULL, NULL, NULL, "slug", "email", "is_default", "language", "created_at", "updated_at", 'published' FROM \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments\` RENAME TO \`departments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`departments_saved_by_idx\` ON \`departments\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_slug_idx\` ON \`departments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments__status_idx\` ON \`departments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_departments_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_departments_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments_locales\` RENAME TO \`departments_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`procedure_page\` ADD \`saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`procedure_page\` ADD \`saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` ADD \`version_saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` ADD \`version_saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`contact_details\` ADD \`saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` ADD \`version_saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`form_choices\` ADD \`saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`form_choices\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`form_choices\` ADD \`saved_at\` text;`)
  await db.run(sql`CREATE INDEX \`form_choices_saved_by_idx\` ON \`form_choices\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_form_choices_v\` ADD \`version_saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_form_choices_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_form_choices_v\` ADD \`version_saved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_version_version_saved_by_idx\` ON \`_form_choices_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`mail_settings\` ADD \`saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`mail_settings\` ADD \`saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` ADD \`version_saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` ADD \`version_saved_at\` text;`)
  await db.run(sql`ALTER TABLE \`mail_wording\` ADD \`saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`mail_wording\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`mail_wording\` ADD \`saved_at\` text;`)
  await db.run(sql`CREATE INDEX \`mail_wording_saved_by_idx\` ON \`mail_wording\` (\`saved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_mail_wording_v\` ADD \`version_saved_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_mail_wording_v\` ADD \`version_saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_mail_wording_v\` ADD \`version_saved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_version_version_saved_by_idx\` ON \`_mail_wording_v\` (\`version_saved_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_departments_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_departments_v\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`is_default\` integer DEFAULT false,
  	\`language\` text DEFAULT 'en',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_departments\`("id", "slug", "email", "is_default", "language", "created_at", "updated_at") SELECT "id", "slug", "email", "is_default", "language", "created_at", "updated_at" FROM \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments\` RENAME TO \`departments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_slug_idx\` ON \`departments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_form_choices\` (
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
  await db.run(sql`INSERT INTO \`__new_form_choices\`("id", "complaint_topics_billing_offered", "complaint_topics_transfer_offered", "complaint_topics_renewal_offered", "complaint_topics_support_offered", "complaint_topics_technical_offered", "complaint_topics_privacy_offered", "complaint_topics_other_offered", "abuse_categories_phishing_offered", "abuse_categories_malware_offered", "abuse_categories_botnet_offered", "abuse_categories_pharming_offered", "abuse_categories_spam_offered", "abuse_categories_fraudulent_site_offered", "abuse_categories_intellectual_property_offered", "abuse_categories_other_offered", "_status", "updated_at", "created_at") SELECT "id", "complaint_topics_billing_offered", "complaint_topics_transfer_offered", "complaint_topics_renewal_offered", "complaint_topics_support_offered", "complaint_topics_technical_offered", "complaint_topics_privacy_offered", "complaint_topics_other_offered", "abuse_categories_phishing_offered", "abuse_categories_malware_offered", "abuse_categories_botnet_offered", "abuse_categories_pharming_offered", "abuse_categories_spam_offered", "abuse_categories_fraudulent_site_offered", "abuse_categories_intellectual_property_offered", "abuse_categories_other_offered", "_status", "updated_at", "created_at" FROM \`form_choices\`;`)
  await db.run(sql`DROP TABLE \`form_choices\`;`)
  await db.run(sql`ALTER TABLE \`__new_form_choices\` RENAME TO \`form_choices\`;`)
  await db.run(sql`CREATE INDEX \`form_choices__status_idx\` ON \`form_choices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__form_choices_v\` (
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
  await db.run(sql`INSERT INTO \`__new__form_choices_v\`("id", "version_complaint_topics_billing_offered", "version_complaint_topics_transfer_offered", "version_complaint_topics_renewal_offered", "version_complaint_topics_support_offered", "version_complaint_topics_technical_offered", "version_complaint_topics_privacy_offered", "version_complaint_topics_other_offered", "version_abuse_categories_phishing_offered", "version_abuse_categories_malware_offered", "version_abuse_categories_botnet_offered", "version_abuse_categories_pharming_offered", "version_abuse_categories_spam_offered", "version_abuse_categories_fraudulent_site_offered", "version_abuse_categories_intellectual_property_offered", "version_abuse_categories_other_offered", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "version_complaint_topics_billing_offered", "version_complaint_topics_transfer_offered", "version_complaint_topics_renewal_offered", "version_complaint_topics_support_offered", "version_complaint_topics_technical_offered", "version_complaint_topics_privacy_offered", "version_complaint_topics_other_offered", "version_abuse_categories_phishing_offered", "version_abuse_categories_malware_offered", "version_abuse_categories_botnet_offered", "version_abuse_categories_pharming_offered", "version_abuse_categories_spam_offered", "version_abuse_categories_fraudulent_site_offered", "version_abuse_categories_intellectual_property_offered", "version_abuse_categories_other_offered", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_form_choices_v\`;`)
  await db.run(sql`DROP TABLE \`_form_choices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__form_choices_v\` RENAME TO \`_form_choices_v\`;`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_version_version__status_idx\` ON \`_form_choices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_created_at_idx\` ON \`_form_choices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_updated_at_idx\` ON \`_form_choices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_snapshot_idx\` ON \`_form_choices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_published_locale_idx\` ON \`_form_choices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_latest_idx\` ON \`_form_choices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_form_choices_v_autosave_idx\` ON \`_form_choices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_wording\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mail_wording\`("id", "_status", "updated_at", "created_at") SELECT "id", "_status", "updated_at", "created_at" FROM \`mail_wording\`;`)
  await db.run(sql`DROP TABLE \`mail_wording\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_wording\` RENAME TO \`mail_wording\`;`)
  await db.run(sql`CREATE INDEX \`mail_wording__status_idx\` ON \`mail_wording\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__mail_wording_v\` (
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
  await db.run(sql`INSERT INTO \`__new__mail_wording_v\`("id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_mail_wording_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_wording_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__mail_wording_v\` RENAME TO \`_mail_wording_v\`;`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_version_version__status_idx\` ON \`_mail_wording_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_created_at_idx\` ON \`_mail_wording_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_updated_at_idx\` ON \`_mail_wording_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_snapshot_idx\` ON \`_mail_wording_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_published_locale_idx\` ON \`_mail_wording_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_latest_idx\` ON \`_mail_wording_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_mail_wording_v_autosave_idx\` ON \`_mail_wording_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_departments_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_departments_locales\`("name", "id", "_locale", "_parent_id") SELECT "name", "id", "_locale", "_parent_id" FROM \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments_locales\` RENAME TO \`departments_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`procedure_page\` DROP COLUMN \`saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`procedure_page\` DROP COLUMN \`saved_at\`;`)
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` DROP COLUMN \`version_saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_procedure_page_v\` DROP COLUMN \`version_saved_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`contact_details\` DROP COLUMN \`saved_at\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_contact_details_v\` DROP COLUMN \`version_saved_at\`;`)
  await db.run(sql`ALTER TABLE \`mail_settings\` DROP COLUMN \`saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`mail_settings\` DROP COLUMN \`saved_at\`;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` DROP COLUMN \`version_saved_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_mail_settings_v\` DROP COLUMN \`version_saved_at\`;`)
}
