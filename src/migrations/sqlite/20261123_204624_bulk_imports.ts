import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`kind\` text NOT NULL,
  	\`spreadsheet_id\` integer NOT NULL,
  	\`images_id\` integer,
  	\`factory_id\` integer,
  	\`allow_new_categories\` integer DEFAULT false,
  	\`start_import\` integer DEFAULT false,
  	\`status\` text DEFAULT 'checking',
  	\`summary_rows\` numeric,
  	\`summary_create\` numeric,
  	\`summary_update\` numeric,
  	\`summary_unchanged\` numeric,
  	\`summary_errors\` numeric,
  	\`summary_processed\` numeric,
  	\`file_error\` text,
  	\`problems\` text,
  	\`warnings\` text,
  	\`imported_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`spreadsheet_id\`) REFERENCES \`import_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`images_id\`) REFERENCES \`import_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_tenant_idx\` ON \`imports\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_spreadsheet_idx\` ON \`imports\` (\`spreadsheet_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_images_idx\` ON \`imports\` (\`images_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_factory_idx\` ON \`imports\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_imported_by_idx\` ON \`imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`factory_id\` integer,
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
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_files_tenant_idx\` ON \`import_files\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`import_files_factory_idx\` ON \`import_files\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`import_files_updated_at_idx\` ON \`import_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_files_created_at_idx\` ON \`import_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`import_files_filename_idx\` ON \`import_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`factories\` ADD \`import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_factories_v\` ADD \`version_import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_import_hash\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`imports_id\` integer REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_files_id\` integer REFERENCES import_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_files_id_idx\` ON \`payload_locked_documents_rels\` (\`import_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`import_files\`;`)
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
  	\`inquiry_files_id\` integer,
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
  	FOREIGN KEY (\`inquiry_files_id\`) REFERENCES \`inquiry_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiry_access_log_id\`) REFERENCES \`inquiry_access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id", "campaigns_id", "live_sessions_id", "inquiries_id", "inquiry_files_id", "inquiry_access_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_files_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiry_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiry_access_log_id\`);`)
  await db.run(sql`ALTER TABLE \`factories\` DROP COLUMN \`import_hash\`;`)
  await db.run(sql`ALTER TABLE \`_factories_v\` DROP COLUMN \`version_import_hash\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`import_hash\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_import_hash\`;`)
}
