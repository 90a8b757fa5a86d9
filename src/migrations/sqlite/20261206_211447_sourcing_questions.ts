import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sourcing_quotes_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`sent_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sourcing_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_questions_order_idx\` ON \`sourcing_quotes_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sourcing_quotes_questions_parent_id_idx\` ON \`sourcing_quotes_questions\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sourcing_quotes_questions\`;`)
}
