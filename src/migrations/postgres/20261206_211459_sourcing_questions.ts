import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sourcing_quotes_questions_author" AS ENUM('buyer', 'factory');
  CREATE TABLE "sourcing_quotes_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author" "enum_sourcing_quotes_questions_author" NOT NULL,
  	"body" varchar NOT NULL,
  	"sent_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "sourcing_quotes_questions" ADD CONSTRAINT "sourcing_quotes_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sourcing_quotes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sourcing_quotes_questions_order_idx" ON "sourcing_quotes_questions" USING btree ("_order");
  CREATE INDEX "sourcing_quotes_questions_parent_id_idx" ON "sourcing_quotes_questions" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "sourcing_quotes_questions" CASCADE;
  DROP TYPE "public"."enum_sourcing_quotes_questions_author";`)
}
