import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sourcingDigest' BEFORE 'inquiryRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sourcingDigest' BEFORE 'inquiryRetention';
  CREATE TABLE "sourcing_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"factory_id" integer NOT NULL,
  	"last_mailed_at" timestamp(3) with time zone,
  	"digest_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sourcing_alerts_id" integer;
  ALTER TABLE "sourcing_alerts" ADD CONSTRAINT "sourcing_alerts_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "sourcing_alerts_factory_idx" ON "sourcing_alerts" USING btree ("factory_id");
  CREATE INDEX "sourcing_alerts_updated_at_idx" ON "sourcing_alerts" USING btree ("updated_at");
  CREATE INDEX "sourcing_alerts_created_at_idx" ON "sourcing_alerts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sourcing_alerts_fk" FOREIGN KEY ("sourcing_alerts_id") REFERENCES "public"."sourcing_alerts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sourcing_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("sourcing_alerts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sourcing_alerts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sourcing_alerts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sourcing_alerts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'inquiryRetention', 'sourcingRetention', 'importCheck', 'importRun', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'inquiryRetention', 'sourcingRetention', 'importCheck', 'importRun', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_sourcing_alerts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sourcing_alerts_id";`)
}
