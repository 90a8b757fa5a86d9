import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sourcing_alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`factory_id\` integer,
  	\`last_mailed_at\` text,
  	\`digest_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sourcing_alerts\`("id", "factory_id", "last_mailed_at", "digest_due", "updated_at", "created_at") SELECT "id", "factory_id", "last_mailed_at", "digest_due", "updated_at", "created_at" FROM \`sourcing_alerts\`;`)
  await db.run(sql`DROP TABLE \`sourcing_alerts\`;`)
  await db.run(sql`ALTER TABLE \`__new_sourcing_alerts\` RENAME TO \`sourcing_alerts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourcing_alerts_factory_idx\` ON \`sourcing_alerts\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_alerts_updated_at_idx\` ON \`sourcing_alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_alerts_created_at_idx\` ON \`sourcing_alerts\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sourcing_alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`factory_id\` integer NOT NULL,
  	\`last_mailed_at\` text,
  	\`digest_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sourcing_alerts\`("id", "factory_id", "last_mailed_at", "digest_due", "updated_at", "created_at") SELECT "id", "factory_id", "last_mailed_at", "digest_due", "updated_at", "created_at" FROM \`sourcing_alerts\`;`)
  await db.run(sql`DROP TABLE \`sourcing_alerts\`;`)
  await db.run(sql`ALTER TABLE \`__new_sourcing_alerts\` RENAME TO \`sourcing_alerts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sourcing_alerts_factory_idx\` ON \`sourcing_alerts\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_alerts_updated_at_idx\` ON \`sourcing_alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_alerts_created_at_idx\` ON \`sourcing_alerts\` (\`created_at\`);`)
}
