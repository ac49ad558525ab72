import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_procedure_page_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_saved_by_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_version_version_saved_by_idx\` ON \`_procedure_page_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_version_version__status_idx\` ON \`_procedure_page_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_created_at_idx\` ON \`_procedure_page_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_updated_at_idx\` ON \`_procedure_page_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_snapshot_idx\` ON \`_procedure_page_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_published_locale_idx\` ON \`_procedure_page_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_latest_idx\` ON \`_procedure_page_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_procedure_page_v_autosave_idx\` ON \`_procedure_page_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_procedure_page_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedure_page_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_procedure_page_v_locales_locale_parent_id_unique\` ON \`_procedure_page_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contact_details_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_organisation\` text,
  	\`version_street\` text,
  	\`version_postal_code\` text,
  	\`version_city\` text,
  	\`version_phone\` text,
  	\`version_fax\` text,
  	\`version_complaints_email\` text,
  	\`version_abuse_email\` text,
  	\`version_feedback_email\` text,
  	\`version_saved_by_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contact_details_v_version_version_saved_by_idx\` ON \`_contact_details_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_version_version__status_idx\` ON \`_contact_details_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_created_at_idx\` ON \`_contact_details_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_updated_at_idx\` ON \`_contact_details_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_snapshot_idx\` ON \`_contact_details_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_published_locale_idx\` ON \`_contact_details_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_latest_idx\` ON \`_contact_details_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_contact_details_v_autosave_idx\` ON \`_contact_details_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_contact_details_v_locales\` (
  	\`version_department\` text,
  	\`version_escalation_department\` text,
  	\`version_country\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contact_details_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_contact_details_v_locales_locale_parent_id_unique\` ON \`_contact_details_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_from_address\` text,
  	\`version_staff_from_address\` text,
  	\`version_reminder_lead_hours\` numeric DEFAULT 24,
  	\`version_saved_by_id\` integer,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_version_version_saved_by_idx\` ON \`_mail_settings_v\` (\`version_saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_version_version__status_idx\` ON \`_mail_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_created_at_idx\` ON \`_mail_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_updated_at_idx\` ON \`_mail_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_snapshot_idx\` ON \`_mail_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_published_locale_idx\` ON \`_mail_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_latest_idx\` ON \`_mail_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_mail_settings_v_autosave_idx\` ON \`_mail_settings_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_mail_settings_v_locales\` (
  	\`version_from_name\` text,
  	\`version_greeting\` text,
  	\`version_greeting_without_name\` text,
  	\`version_signature\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_mail_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_mail_settings_v_locales_locale_parent_id_unique\` ON \`_mail_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_procedure_page_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedure_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedure_page_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`procedure_page_locales\`;`)
  await db.run(sql`DROP TABLE \`procedure_page_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedure_page_locales\` RENAME TO \`procedure_page_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedure_page_locales_locale_parent_id_unique\` ON \`procedure_page_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_details\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`city\` text,
  	\`phone\` text,
  	\`fax\` text,
  	\`complaints_email\` text,
  	\`abuse_email\` text,
  	\`feedback_email\` text,
  	\`saved_by_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_details\`("id", "organisation", "street", "postal_code", "city", "phone", "fax", "complaints_email", "abuse_email", "feedback_email", "saved_by_id", "_status", "updated_at", "created_at") SELECT "id", "organisation", "street", "postal_code", "city", "phone", "fax", "complaints_email", "abuse_email", "feedback_email", NULL, 'published', "updated_at", "created_at" FROM \`contact_details\`;`)
  await db.run(sql`DROP TABLE \`contact_details\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_details\` RENAME TO \`contact_details\`;`)
  await db.run(sql`CREATE INDEX \`contact_details_saved_by_idx\` ON \`contact_details\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_details__status_idx\` ON \`contact_details\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_address\` text,
  	\`staff_from_address\` text,
  	\`reminder_lead_hours\` numeric DEFAULT 24,
  	\`saved_by_id\` integer,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`saved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mail_settings\`("id", "from_address", "staff_from_address", "reminder_lead_hours", "saved_by_id", "_status", "updated_at", "created_at") SELECT "id", "from_address", "staff_from_address", "reminder_lead_hours", NULL, 'published', "updated_at", "created_at" FROM \`mail_settings\`;`)
  await db.run(sql`DROP TABLE \`mail_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_settings\` RENAME TO \`mail_settings\`;`)
  await db.run(sql`CREATE INDEX \`mail_settings_saved_by_idx\` ON \`mail_settings\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_settings__status_idx\` ON \`mail_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_settings_locales\` (
  	\`from_name\` text,
  	\`greeting\` text,
  	\`greeting_without_name\` text,
  	\`signature\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mail_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mail_settings_locales\`("from_name", "greeting", "greeting_without_name", "signature", "id", "_locale", "_parent_id") SELECT "from_name", "greeting", "greeting_without_name", "signature", "id", "_locale", "_parent_id" FROM \`mail_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`mail_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_settings_locales\` RENAME TO \`mail_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_settings_locales_locale_parent_id_unique\` ON \`mail_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`procedure_in_force_version_id\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`procedure_in_force_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`procedure_in_force_version_id\` text;`)
  await db.run(sql`ALTER TABLE \`escalations\` ADD \`procedure_in_force_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedure_page\` ADD \`saved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedure_page\` ADD \`_status\` text DEFAULT 'draft';`)
  // What readers saw before drafts existed was published.
  await db.run(sql`UPDATE \`procedure_page\` SET \`_status\` = 'published';`)
  await db.run(sql`CREATE INDEX \`procedure_page_saved_by_idx\` ON \`procedure_page\` (\`saved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedure_page__status_idx\` ON \`procedure_page\` (\`_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_procedure_page_v\`;`)
  await db.run(sql`DROP TABLE \`_procedure_page_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_contact_details_v\`;`)
  await db.run(sql`DROP TABLE \`_contact_details_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_mail_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_settings_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_procedure_page\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedure_page\`("id", "updated_at", "created_at") SELECT "id", "updated_at", "created_at" FROM \`procedure_page\`;`)
  await db.run(sql`DROP TABLE \`procedure_page\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedure_page\` RENAME TO \`procedure_page\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE TABLE \`__new_contact_details\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`street\` text NOT NULL,
  	\`postal_code\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`phone\` text,
  	\`fax\` text,
  	\`complaints_email\` text NOT NULL,
  	\`abuse_email\` text NOT NULL,
  	\`feedback_email\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_details\`("id", "organisation", "street", "postal_code", "city", "phone", "fax", "complaints_email", "abuse_email", "feedback_email", "updated_at", "created_at") SELECT "id", "organisation", "street", "postal_code", "city", "phone", "fax", "complaints_email", "abuse_email", "feedback_email", "updated_at", "created_at" FROM \`contact_details\`;`)
  await db.run(sql`DROP TABLE \`contact_details\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_details\` RENAME TO \`contact_details\`;`)
  await db.run(sql`CREATE TABLE \`__new_mail_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_address\` text NOT NULL,
  	\`staff_from_address\` text NOT NULL,
  	\`reminder_lead_hours\` numeric DEFAULT 24 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mail_settings\`("id", "from_address", "staff_from_address", "reminder_lead_hours", "updated_at", "created_at") SELECT "id", "from_address", "staff_from_address", "reminder_lead_hours", "updated_at", "created_at" FROM \`mail_settings\`;`)
  await db.run(sql`DROP TABLE \`mail_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_settings\` RENAME TO \`mail_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new_procedure_page_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedure_page\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedure_page_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`procedure_page_locales\`;`)
  await db.run(sql`DROP TABLE \`procedure_page_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedure_page_locales\` RENAME TO \`procedure_page_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedure_page_locales_locale_parent_id_unique\` ON \`procedure_page_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_settings_locales\` (
  	\`from_name\` text NOT NULL,
  	\`greeting\` text NOT NULL,
  	\`greeting_without_name\` text NOT NULL,
  	\`signature\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mail_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mail_settings_locales\`("from_name", "greeting", "greeting_without_name", "signature", "id", "_locale", "_parent_id") SELECT "from_name", "greeting", "greeting_without_name", "signature", "id", "_locale", "_parent_id" FROM \`mail_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`mail_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_settings_locales\` RENAME TO \`mail_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_settings_locales_locale_parent_id_unique\` ON \`mail_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`procedure_in_force_version_id\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`procedure_in_force_published_at\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`procedure_in_force_version_id\`;`)
  await db.run(sql`ALTER TABLE \`escalations\` DROP COLUMN \`procedure_in_force_published_at\`;`)
}
