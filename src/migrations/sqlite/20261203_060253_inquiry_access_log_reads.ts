import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The inquiry access log records every non-member read (issue 17): role and operation, and the
 * inquiry's number and (for staff) the reader's e-mail, kept when the inquiry or the account is
 * deleted (the old NOT NULL columns with ON DELETE SET NULL made both deletions fail). Earlier
 * entries were all a platform admin's single reads. The two `users` columns went with Payload's
 * lock-out (`maxLoginAttempts: 0`); nothing reads them.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiry_access_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inquiry_id\` integer,
  	\`inquiry_ref\` text NOT NULL,
  	\`user_id\` integer,
  	\`reader_email\` text,
  	\`role\` text,
  	\`via\` text,
  	\`operation\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inquiry_access_log\`("id", "inquiry_id", "inquiry_ref", "user_id", "reader_email", "role", "via", "operation", "at", "updated_at", "created_at") SELECT "log"."id", "log"."inquiry_id", CAST("log"."inquiry_id" AS TEXT), "log"."user_id", "users"."email", 'platform-admin', "log"."via", 'findByID', "log"."at", "log"."updated_at", "log"."created_at" FROM \`inquiry_access_log\` AS "log" LEFT JOIN \`users\` ON "users"."id" = "log"."user_id";`)
  await db.run(sql`DROP TABLE \`inquiry_access_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiry_access_log\` RENAME TO \`inquiry_access_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_inquiry_idx\` ON \`inquiry_access_log\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_inquiry_ref_idx\` ON \`inquiry_access_log\` (\`inquiry_ref\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_user_idx\` ON \`inquiry_access_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_updated_at_idx\` ON \`inquiry_access_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_created_at_idx\` ON \`inquiry_access_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiry_access_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`via\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inquiry_access_log\`("id", "inquiry_id", "user_id", "via", "at", "updated_at", "created_at") SELECT "id", "inquiry_id", "user_id", "via", "at", "updated_at", "created_at" FROM \`inquiry_access_log\` WHERE "inquiry_id" IS NOT NULL AND "user_id" IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`inquiry_access_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiry_access_log\` RENAME TO \`inquiry_access_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_inquiry_idx\` ON \`inquiry_access_log\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_user_idx\` ON \`inquiry_access_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_updated_at_idx\` ON \`inquiry_access_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiry_access_log_created_at_idx\` ON \`inquiry_access_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
