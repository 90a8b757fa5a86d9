import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`buyers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`verified\` integer DEFAULT false,
  	\`password_hash\` text,
  	\`verify_token_hash\` text,
  	\`reset_token_hash\` text,
  	\`reset_expires_at\` text,
  	\`session_version\` numeric DEFAULT 0,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`buyers_email_idx\` ON \`buyers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`buyers_verify_token_hash_idx\` ON \`buyers\` (\`verify_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`buyers_reset_token_hash_idx\` ON \`buyers\` (\`reset_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`buyers_updated_at_idx\` ON \`buyers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`buyers_created_at_idx\` ON \`buyers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`buyer_account_id\` integer REFERENCES buyers(id);`)
  await db.run(sql`CREATE INDEX \`inquiries_buyer_account_idx\` ON \`inquiries\` (\`buyer_account_id\`);`)
  await db.run(sql`ALTER TABLE \`sourcing_requests\` ADD \`buyer_account_id\` integer REFERENCES buyers(id);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_buyer_account_idx\` ON \`sourcing_requests\` (\`buyer_account_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`buyers_id\` integer REFERENCES buyers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_buyers_id_idx\` ON \`payload_locked_documents_rels\` (\`buyers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`buyers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`subject\` text NOT NULL,
  	\`factory_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`product_id\` integer,
  	\`quantity\` numeric,
  	\`target_price\` numeric,
  	\`currency\` text DEFAULT 'USD',
  	\`destination_country\` text,
  	\`message\` text NOT NULL,
  	\`buyer_name\` text NOT NULL,
  	\`buyer_company\` text,
  	\`buyer_email\` text NOT NULL,
  	\`buyer_phone\` text,
  	\`buyer_wechat\` text,
  	\`buyer_whatsapp\` text,
  	\`buyer_user_id\` integer,
  	\`token_hash\` text,
  	\`token_sealed\` text,
  	\`link_base\` text,
  	\`erased_at\` text,
  	\`token_revoked\` integer DEFAULT false,
  	\`submitted_from_i_p\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`buyer_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inquiries\`("id", "tenant_id", "subject", "factory_id", "status", "product_id", "quantity", "target_price", "currency", "destination_country", "message", "buyer_name", "buyer_company", "buyer_email", "buyer_phone", "buyer_wechat", "buyer_whatsapp", "buyer_user_id", "token_hash", "token_sealed", "link_base", "erased_at", "token_revoked", "submitted_from_i_p", "updated_at", "created_at") SELECT "id", "tenant_id", "subject", "factory_id", "status", "product_id", "quantity", "target_price", "currency", "destination_country", "message", "buyer_name", "buyer_company", "buyer_email", "buyer_phone", "buyer_wechat", "buyer_whatsapp", "buyer_user_id", "token_hash", "token_sealed", "link_base", "erased_at", "token_revoked", "submitted_from_i_p", "updated_at", "created_at" FROM \`inquiries\`;`)
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiries_tenant_idx\` ON \`inquiries\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_factory_idx\` ON \`inquiries\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_idx\` ON \`inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_product_idx\` ON \`inquiries\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_buyer_user_idx\` ON \`inquiries\` (\`buyer_user_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_token_hash_idx\` ON \`inquiries\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sourcing_requests\` (
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
  await db.run(sql`INSERT INTO \`__new_sourcing_requests\`("id", "product", "status", "category", "quantity", "unit", "target_price", "currency", "destination_country", "needed_by", "certifications", "verified_only", "details", "belt_id", "confirmed_at", "closed_at", "buyer_name", "buyer_company", "buyer_email", "buyer_phone", "token_hash", "token_sealed", "link_base", "submitted_from_i_p", "updated_at", "created_at") SELECT "id", "product", "status", "category", "quantity", "unit", "target_price", "currency", "destination_country", "needed_by", "certifications", "verified_only", "details", "belt_id", "confirmed_at", "closed_at", "buyer_name", "buyer_company", "buyer_email", "buyer_phone", "token_hash", "token_sealed", "link_base", "submitted_from_i_p", "updated_at", "created_at" FROM \`sourcing_requests\`;`)
  await db.run(sql`DROP TABLE \`sourcing_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_sourcing_requests\` RENAME TO \`sourcing_requests\`;`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_status_idx\` ON \`sourcing_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_needed_by_idx\` ON \`sourcing_requests\` (\`needed_by\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_belt_idx\` ON \`sourcing_requests\` (\`belt_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourcing_requests_token_hash_idx\` ON \`sourcing_requests\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_updated_at_idx\` ON \`sourcing_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_requests_created_at_idx\` ON \`sourcing_requests\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "sourcing_requests_id", "sourcing_quotes_id", "sourcing_alerts_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "belt_settings_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id", "imports_id", "import_files_id", "verification_requests_id", "verification_documents_id", "sourcing_requests_id", "sourcing_quotes_id", "sourcing_alerts_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
