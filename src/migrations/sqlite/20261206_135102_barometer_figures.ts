import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tenants_barometer_figures\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_barometer_figures_order_idx\` ON \`tenants_barometer_figures\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_barometer_figures_parent_idx\` ON \`tenants_barometer_figures\` (\`parent_id\`);`)
  // The belts that exist already show every figure, as a new belt does (the field's default).
  await db.run(sql`WITH f(ord, value) AS (VALUES (1, 'factories'), (2, 'products'), (3, 'newProducts'), (4, 'inquiries'), (5, 'replyTime'), (6, 'visits'), (7, 'categories'), (8, 'countries'))
  INSERT INTO \`tenants_barometer_figures\` (\`order\`, \`parent_id\`, \`value\`)
  SELECT f.ord, t.id, f.value FROM \`tenants\` t CROSS JOIN f;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tenants_barometer_figures\`;`)
}
