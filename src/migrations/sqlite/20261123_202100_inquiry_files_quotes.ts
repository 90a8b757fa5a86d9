import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiries_replies_quote_price_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`min_quantity\` numeric NOT NULL,
  	\`max_quantity\` numeric,
  	\`unit_price\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_replies_quote_price_tiers_order_idx\` ON \`inquiries_replies_quote_price_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_replies_quote_price_tiers_parent_id_idx\` ON \`inquiries_replies_quote_price_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`inquiry_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_files_id\`) REFERENCES \`inquiry_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_inquiry_files_id_idx\` ON \`inquiries_rels\` (\`inquiry_files_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiry_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`factory_id\` integer NOT NULL,
  	\`inquiry_id\` integer,
  	\`from\` text DEFAULT 'factory' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiry_files_tenant_idx\` ON \`inquiry_files\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_files_factory_idx\` ON \`inquiry_files\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_files_inquiry_idx\` ON \`inquiry_files\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_files_updated_at_idx\` ON \`inquiry_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_files_created_at_idx\` ON \`inquiry_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiry_files_filename_idx\` ON \`inquiry_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` ADD \`quote_currency\` text DEFAULT 'USD';`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` ADD \`quote_valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` ADD \`quote_lead_time_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` ADD \`quote_incoterm\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` ADD \`quote_payment_terms\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`token_sealed\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`link_base\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`inquiry_files_id\` integer REFERENCES inquiry_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_files_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiries_replies_quote_price_tiers\`;`)
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`)
  await db.run(sql`DROP TABLE \`inquiry_files\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`factories_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	\`live_sessions_id\` integer,
  	\`inquiries_id\` integer,
  	\`inquiry_access_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`live_sessions_id\`) REFERENCES \`live_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_access_log_id\`) REFERENCES \`inquiry_access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_access_log_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_access_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_factories_id_idx\` ON \`payload_locked_documents_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_live_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`live_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_access_log_id\`);`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` DROP COLUMN \`quote_currency\`;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` DROP COLUMN \`quote_valid_until\`;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` DROP COLUMN \`quote_lead_time_days\`;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` DROP COLUMN \`quote_incoterm\`;`)
  await db.run(sql`ALTER TABLE \`inquiries_replies\` DROP COLUMN \`quote_payment_terms\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`token_sealed\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`link_base\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
