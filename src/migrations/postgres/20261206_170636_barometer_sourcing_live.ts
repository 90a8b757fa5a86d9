import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_tenants_barometer_figures" ADD VALUE 'sourcing' BEFORE 'visits';
  ALTER TYPE "public"."enum_tenants_barometer_figures" ADD VALUE 'liveHours' BEFORE 'visits';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_barometer_figures" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_tenants_barometer_figures";
  CREATE TYPE "public"."enum_tenants_barometer_figures" AS ENUM('factories', 'products', 'newProducts', 'inquiries', 'replyTime', 'visits', 'categories', 'countries');
  ALTER TABLE "tenants_barometer_figures" ALTER COLUMN "value" SET DATA TYPE "public"."enum_tenants_barometer_figures" USING "value"::"public"."enum_tenants_barometer_figures";`)
}
