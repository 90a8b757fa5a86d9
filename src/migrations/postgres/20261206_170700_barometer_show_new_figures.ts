import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Its own migration: PostgreSQL cannot use an enum value in the transaction that added it.
// A belt that showed every figure before sourcing requests and live hours existed shows them too;
// one whose operator had left a figure out keeps its choice.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`WITH everything AS (
    SELECT "parent_id" FROM "tenants_barometer_figures" GROUP BY "parent_id" HAVING count(DISTINCT "value") = 8
  ), f(ord, value) AS (VALUES (9, 'sourcing'), (10, 'liveHours'))
  INSERT INTO "tenants_barometer_figures" ("order", "parent_id", "value")
  SELECT f.ord, e."parent_id", f.value::"enum_tenants_barometer_figures" FROM everything e CROSS JOIN f;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql`DELETE FROM "tenants_barometer_figures" WHERE "value" IN ('sourcing', 'liveHours');`,
  )
}
