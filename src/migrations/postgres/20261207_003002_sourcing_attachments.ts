import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sourcing_files_from" AS ENUM('factory', 'buyer');
  CREATE TABLE "sourcing_quotes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sourcing_files_id" integer
  );
  
  CREATE TABLE "sourcing_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum_sourcing_files_from" DEFAULT 'factory' NOT NULL,
  	"factory_id" integer,
  	"request_id" integer,
  	"quote_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "sourcing_requests_rels" ADD COLUMN "sourcing_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sourcing_files_id" integer;
  ALTER TABLE "sourcing_quotes_rels" ADD CONSTRAINT "sourcing_quotes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sourcing_quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_quotes_rels" ADD CONSTRAINT "sourcing_quotes_rels_sourcing_files_fk" FOREIGN KEY ("sourcing_files_id") REFERENCES "public"."sourcing_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_files" ADD CONSTRAINT "sourcing_files_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_files" ADD CONSTRAINT "sourcing_files_request_id_sourcing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_files" ADD CONSTRAINT "sourcing_files_quote_id_sourcing_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."sourcing_quotes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sourcing_quotes_rels_order_idx" ON "sourcing_quotes_rels" USING btree ("order");
  CREATE INDEX "sourcing_quotes_rels_parent_idx" ON "sourcing_quotes_rels" USING btree ("parent_id");
  CREATE INDEX "sourcing_quotes_rels_path_idx" ON "sourcing_quotes_rels" USING btree ("path");
  CREATE INDEX "sourcing_quotes_rels_sourcing_files_id_idx" ON "sourcing_quotes_rels" USING btree ("sourcing_files_id");
  CREATE INDEX "sourcing_files_factory_idx" ON "sourcing_files" USING btree ("factory_id");
  CREATE INDEX "sourcing_files_request_idx" ON "sourcing_files" USING btree ("request_id");
  CREATE INDEX "sourcing_files_quote_idx" ON "sourcing_files" USING btree ("quote_id");
  CREATE INDEX "sourcing_files_updated_at_idx" ON "sourcing_files" USING btree ("updated_at");
  CREATE INDEX "sourcing_files_created_at_idx" ON "sourcing_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "sourcing_files_filename_idx" ON "sourcing_files" USING btree ("filename");
  ALTER TABLE "sourcing_requests_rels" ADD CONSTRAINT "sourcing_requests_rels_sourcing_files_fk" FOREIGN KEY ("sourcing_files_id") REFERENCES "public"."sourcing_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sourcing_files_fk" FOREIGN KEY ("sourcing_files_id") REFERENCES "public"."sourcing_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sourcing_requests_rels_sourcing_files_id_idx" ON "sourcing_requests_rels" USING btree ("sourcing_files_id");
  CREATE INDEX "payload_locked_documents_rels_sourcing_files_id_idx" ON "payload_locked_documents_rels" USING btree ("sourcing_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sourcing_quotes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sourcing_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sourcing_quotes_rels" CASCADE;
  DROP TABLE "sourcing_files" CASCADE;
  ALTER TABLE "sourcing_requests_rels" DROP CONSTRAINT "sourcing_requests_rels_sourcing_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sourcing_files_fk";
  
  DROP INDEX "sourcing_requests_rels_sourcing_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_sourcing_files_id_idx";
  ALTER TABLE "sourcing_requests_rels" DROP COLUMN "sourcing_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sourcing_files_id";
  DROP TYPE "public"."enum_sourcing_files_from";`)
}
