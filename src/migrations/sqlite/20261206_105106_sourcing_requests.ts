import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sourcing_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`product\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`category\` text,
  	\`quantity\` numeric NOT NULL,
  	\`unit\` text DEFAULT 'piece' NOT NULL,
  	\`target_price\` numeric,
  	\`currency\` text DEFAULT 'USD',
  	\`destination_country\` text,
  	\`needed_by\` text,
  	\`certifications\` text,
  	\`verified_only\` integer DEFAULT false,
  	\`details\` text,
  	\`belt_id\` integer,
  	\`confirmed_at\` text,
  	\`closed_at\` text,
  	\`buyer_name\` text NOT NULL,
  	\`buyer_company\` text,
  	\`buyer_email\` text NOT NULL,
  	\`buyer_phone\` text,
  	\`token_hash\` text,
  	\`token_sealed\` text,
  	\`link_base\` text,
  	\`submitted_from_i_p\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`belt_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_requests_status_idx\` ON \`sourcing_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_needed_by_idx\` ON \`sourcing_requests\` (\`needed_by\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_belt_idx\` ON \`sourcing_requests\` (\`belt_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourcing_requests_token_hash_idx\` ON \`sourcing_requests\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_updated_at_idx\` ON \`sourcing_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_created_at_idx\` ON \`sourcing_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sourcing_requests_rels\` (
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
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_order_idx\` ON \`sourcing_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_parent_idx\` ON \`sourcing_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_path_idx\` ON \`sourcing_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_tenants_id_idx\` ON \`sourcing_requests_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_rels_factories_id_idx\` ON \`sourcing_requests_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE TABLE \`sourcing_quotes_price_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`min_quantity\` numeric NOT NULL,
  	\`max_quantity\` numeric,
  	\`unit_price\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sourcing_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_price_tiers_order_idx\` ON \`sourcing_quotes_price_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_price_tiers_parent_id_idx\` ON \`sourcing_quotes_price_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sourcing_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`request_id\` integer NOT NULL,
  	\`factory_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'quoted' NOT NULL,
  	\`currency\` text DEFAULT 'USD',
  	\`moq\` numeric,
  	\`lead_time_days\` numeric,
  	\`valid_until\` text,
  	\`sample_terms\` text,
  	\`message\` text,
  	\`decline_reason\` text,
  	\`inquiry_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`sourcing_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_tenant_idx\` ON \`sourcing_quotes\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_request_idx\` ON \`sourcing_quotes\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_factory_idx\` ON \`sourcing_quotes\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_status_idx\` ON \`sourcing_quotes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_inquiry_idx\` ON \`sourcing_quotes\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_updated_at_idx\` ON \`sourcing_quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_created_at_idx\` ON \`sourcing_quotes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sourcing_requests_id\` integer REFERENCES sourcing_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sourcing_quotes_id\` integer REFERENCES sourcing_quotes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sourcing_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`sourcing_quotes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sourcing_requests\`;`)
  await db.run(sql`DROP TABLE \`sourcing_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`sourcing_quotes_price_tiers\`;`)
  await db.run(sql`DROP TABLE \`sourcing_quotes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
