import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "buyers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"verified" boolean DEFAULT false,
  	"password_hash" varchar,
  	"verify_token_hash" varchar,
  	"reset_token_hash" varchar,
  	"reset_expires_at" timestamp(3) with time zone,
  	"session_version" numeric DEFAULT 0,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "inquiries" ADD COLUMN "buyer_account_id" integer;
  ALTER TABLE "sourcing_requests" ADD COLUMN "buyer_account_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "buyers_id" integer;
  CREATE UNIQUE INDEX "buyers_email_idx" ON "buyers" USING btree ("email");
  CREATE INDEX "buyers_verify_token_hash_idx" ON "buyers" USING btree ("verify_token_hash");
  CREATE INDEX "buyers_reset_token_hash_idx" ON "buyers" USING btree ("reset_token_hash");
  CREATE INDEX "buyers_updated_at_idx" ON "buyers" USING btree ("updated_at");
  CREATE INDEX "buyers_created_at_idx" ON "buyers" USING btree ("created_at");
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_buyer_account_id_buyers_id_fk" FOREIGN KEY ("buyer_account_id") REFERENCES "public"."buyers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_buyer_account_id_buyers_id_fk" FOREIGN KEY ("buyer_account_id") REFERENCES "public"."buyers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_buyers_fk" FOREIGN KEY ("buyers_id") REFERENCES "public"."buyers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "inquiries_buyer_account_idx" ON "inquiries" USING btree ("buyer_account_id");
  CREATE INDEX "sourcing_requests_buyer_account_idx" ON "sourcing_requests" USING btree ("buyer_account_id");
  CREATE INDEX "payload_locked_documents_rels_buyers_id_idx" ON "payload_locked_documents_rels" USING btree ("buyers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "buyers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "buyers" CASCADE;
  ALTER TABLE "inquiries" DROP CONSTRAINT "inquiries_buyer_account_id_buyers_id_fk";
  
  ALTER TABLE "sourcing_requests" DROP CONSTRAINT "sourcing_requests_buyer_account_id_buyers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_buyers_fk";
  
  DROP INDEX "inquiries_buyer_account_idx";
  DROP INDEX "sourcing_requests_buyer_account_idx";
  DROP INDEX "payload_locked_documents_rels_buyers_id_idx";
  ALTER TABLE "inquiries" DROP COLUMN "buyer_account_id";
  ALTER TABLE "sourcing_requests" DROP COLUMN "buyer_account_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "buyers_id";`)
}
