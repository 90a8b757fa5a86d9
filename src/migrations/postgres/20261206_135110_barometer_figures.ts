import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_barometer_figures" AS ENUM('factories', 'products', 'newProducts', 'inquiries', 'replyTime', 'visits', 'categories', 'countries');
  CREATE TABLE "tenants_barometer_figures" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tenants_barometer_figures",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "tenants_barometer_figures" ADD CONSTRAINT "tenants_barometer_figures_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_barometer_figures_order_idx" ON "tenants_barometer_figures" USING btree ("order");
  CREATE INDEX "tenants_barometer_figures_parent_idx" ON "tenants_barometer_figures" USING btree ("parent_id");`)
  // The belts that exist already show every figure, as a new belt does (the field's default).
  await db.execute(sql`WITH f(ord, value) AS (VALUES (1, 'factories'), (2, 'products'), (3, 'newProducts'), (4, 'inquiries'), (5, 'replyTime'), (6, 'visits'), (7, 'categories'), (8, 'countries'))
  INSERT INTO "tenants_barometer_figures" ("order", "parent_id", "value")
  SELECT f.ord, t.id, f.value::"enum_tenants_barometer_figures" FROM "tenants" t CROSS JOIN f;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tenants_barometer_figures" CASCADE;
  DROP TYPE "public"."enum_tenants_barometer_figures";`)
}
