import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sourcing_quotes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sourcing_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sourcing_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sourcing_files_id\`) REFERENCES \`sourcing_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_rels_order_idx\` ON \`sourcing_quotes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_rels_parent_idx\` ON \`sourcing_quotes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_rels_path_idx\` ON \`sourcing_quotes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_rels_sourcing_files_id_idx\` ON \`sourcing_quotes_rels\` (\`sourcing_files_id\`);`)
  await db.run(sql`CREATE TABLE \`sourcing_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text DEFAULT 'factory' NOT NULL,
  	\`factory_id\` integer,
  	\`request_id\` integer,
  	\`quote_id\` integer,
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
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`sourcing_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`sourcing_quotes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_files_factory_idx\` ON \`sourcing_files\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_files_request_idx\` ON \`sourcing_files\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_files_quote_idx\` ON \`sourcing_files\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_files_updated_at_idx\` ON \`sourcing_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_files_created_at_idx\` ON \`sourcing_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourcing_files_filename_idx\` ON \`sourcing_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`sourcing_requests_rels\` ADD \`sourcing_files_id\` integer REFERENCES sourcing_files(id);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_sourcing_files_id_idx\` ON \`sourcing_requests_rels\` (\`sourcing_files_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sourcing_files_id\` integer REFERENCES sourcing_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_files_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sourcing_quotes_rels\`;`)
  await db.run(sql`DROP TABLE \`sourcing_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sourcing_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`factories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sourcing_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sourcing_requests_rels\`("id", "order", "parent_id", "path", "tenants_id", "factories_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "factories_id" FROM \`sourcing_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`sourcing_requests_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_sourcing_requests_rels\` RENAME TO \`sourcing_requests_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_order_idx\` ON \`sourcing_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_parent_idx\` ON \`sourcing_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_path_idx\` ON \`sourcing_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_tenants_id_idx\` ON \`sourcing_requests_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_factories_id_idx\` ON \`sourcing_requests_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`belt_settings_id\` integer,
  	\`factories_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	\`live_sessions_id\` integer,
  	\`inquiries_id\` integer,
  	\`inquiry_files_id\` integer,
  	\`inquiry_access_log_id\` integer,
  	\`imports_id\` integer,
  	\`import_files_id\` integer,
  	\`verification_requests_id\` integer,
  	\`verification_documents_id\` integer,
  	\`sourcing_requests_id\` integer,
  	\`sourcing_quotes_id\` integer,
  	\`sourcing_alerts_id\` integer,
  	\`buyers_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`belt_settings_id\`) REFERENCES \`belt_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`live_sessions_id\`) REFERENCES \`live_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_files_id\`) REFERENCES \`inquiry_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_access_log_id\`) REFERENCES \`inquiry_access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_files_id\`) REFERENCES \`import_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verification_requests_id\`) REFERENCES \`verification_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verification_documents_id\`) REFERENCES \`verification_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sourcing_requests_id\`) REFERENCES \`sourcing_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sourcing_quotes_id\`) REFERENCES \`sourcing_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sourcing_alerts_id\`) REFERENCES \`sourcing_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`buyers_id\`) REFERENCES \`buyers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "sourcing_requests_id", "sourcing_quotes_id", "sourcing_alerts_id", "buyers_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "sourcing_requests_id", "sourcing_quotes_id", "sourcing_alerts_id", "buyers_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_belt_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`belt_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_factories_id_idx\` ON \`payload_locked_documents_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_live_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`live_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_files_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_files_id_idx\` ON \`payload_locked_documents_rels\` (\`import_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_buyers_id_idx\` ON \`payload_locked_documents_rels\` (\`buyers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
