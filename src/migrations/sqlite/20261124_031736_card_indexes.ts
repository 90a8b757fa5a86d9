import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`tenant_verification_status_idx\` ON \`factories\` (\`tenant_id\`,\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_verification_status_idx\` ON \`_factories_v\` (\`version_tenant_id\`,\`version_verification_status\`);`)
  await db.run(sql`CREATE INDEX \`tenant_updatedAt_idx\` ON \`products\` (\`tenant_id\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_updatedAt_idx\` ON \`_products_v\` (\`version_tenant_id\`,\`version_updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant_verification_status_idx\`;`)
  await db.run(sql`DROP INDEX \`version_tenant_version_verification_status_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_tenant_version_updatedAt_idx\`;`)
}
