import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sourcing_requests_status" AS ENUM('pending', 'open', 'closed', 'expired');
  CREATE TYPE "public"."enum_sourcing_requests_unit" AS ENUM('piece', 'pair', 'set', 'dozen', 'box', 'carton', 'kg', 'meter');
  CREATE TYPE "public"."enum_sourcing_requests_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TYPE "public"."enum_sourcing_quotes_status" AS ENUM('quoted', 'declined', 'accepted');
  CREATE TYPE "public"."enum_sourcing_quotes_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TABLE "sourcing_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product" varchar NOT NULL,
  	"status" "enum_sourcing_requests_status" DEFAULT 'pending' NOT NULL,
  	"category" varchar,
  	"quantity" numeric NOT NULL,
  	"unit" "enum_sourcing_requests_unit" DEFAULT 'piece' NOT NULL,
  	"target_price" numeric,
  	"currency" "enum_sourcing_requests_currency" DEFAULT 'USD',
  	"destination_country" varchar,
  	"needed_by" timestamp(3) with time zone,
  	"certifications" varchar,
  	"verified_only" boolean DEFAULT false,
  	"details" varchar,
  	"belt_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"buyer_name" varchar NOT NULL,
  	"buyer_company" varchar,
  	"buyer_email" varchar NOT NULL,
  	"buyer_phone" varchar,
  	"token_hash" varchar,
  	"token_sealed" varchar,
  	"link_base" varchar,
  	"submitted_from_i_p" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sourcing_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tenants_id" integer,
  	"factories_id" integer
  );
  
  CREATE TABLE "sourcing_quotes_price_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"min_quantity" numeric NOT NULL,
  	"max_quantity" numeric,
  	"unit_price" numeric NOT NULL
  );
  
  CREATE TABLE "sourcing_quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"request_id" integer NOT NULL,
  	"factory_id" integer NOT NULL,
  	"status" "enum_sourcing_quotes_status" DEFAULT 'quoted' NOT NULL,
  	"currency" "enum_sourcing_quotes_currency" DEFAULT 'USD',
  	"moq" numeric,
  	"lead_time_days" numeric,
  	"valid_until" timestamp(3) with time zone,
  	"sample_terms" varchar,
  	"message" varchar,
  	"decline_reason" varchar,
  	"inquiry_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sourcing_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sourcing_quotes_id" integer;
  ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_belt_id_tenants_id_fk" FOREIGN KEY ("belt_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_requests_rels" ADD CONSTRAINT "sourcing_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_requests_rels" ADD CONSTRAINT "sourcing_requests_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_requests_rels" ADD CONSTRAINT "sourcing_requests_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_quotes_price_tiers" ADD CONSTRAINT "sourcing_quotes_price_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sourcing_quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sourcing_quotes" ADD CONSTRAINT "sourcing_quotes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_quotes" ADD CONSTRAINT "sourcing_quotes_request_id_sourcing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_quotes" ADD CONSTRAINT "sourcing_quotes_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sourcing_quotes" ADD CONSTRAINT "sourcing_quotes_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sourcing_requests_status_idx" ON "sourcing_requests" USING btree ("status");
  CREATE INDEX "sourcing_requests_needed_by_idx" ON "sourcing_requests" USING btree ("needed_by");
  CREATE INDEX "sourcing_requests_belt_idx" ON "sourcing_requests" USING btree ("belt_id");
  CREATE UNIQUE INDEX "sourcing_requests_token_hash_idx" ON "sourcing_requests" USING btree ("token_hash");
  CREATE INDEX "sourcing_requests_updated_at_idx" ON "sourcing_requests" USING btree ("updated_at");
  CREATE INDEX "sourcing_requests_created_at_idx" ON "sourcing_requests" USING btree ("created_at");
  CREATE INDEX "sourcing_requests_rels_order_idx" ON "sourcing_requests_rels" USING btree ("order");
  CREATE INDEX "sourcing_requests_rels_parent_idx" ON "sourcing_requests_rels" USING btree ("parent_id");
  CREATE INDEX "sourcing_requests_rels_path_idx" ON "sourcing_requests_rels" USING btree ("path");
  CREATE INDEX "sourcing_requests_rels_tenants_id_idx" ON "sourcing_requests_rels" USING btree ("tenants_id");
  CREATE INDEX "sourcing_requests_rels_factories_id_idx" ON "sourcing_requests_rels" USING btree ("factories_id");
  CREATE INDEX "sourcing_quotes_price_tiers_order_idx" ON "sourcing_quotes_price_tiers" USING btree ("_order");
  CREATE INDEX "sourcing_quotes_price_tiers_parent_id_idx" ON "sourcing_quotes_price_tiers" USING btree ("_parent_id");
  CREATE INDEX "sourcing_quotes_tenant_idx" ON "sourcing_quotes" USING btree ("tenant_id");
  CREATE INDEX "sourcing_quotes_request_idx" ON "sourcing_quotes" USING btree ("request_id");
  CREATE INDEX "sourcing_quotes_factory_idx" ON "sourcing_quotes" USING btree ("factory_id");
  CREATE INDEX "sourcing_quotes_status_idx" ON "sourcing_quotes" USING btree ("status");
  CREATE INDEX "sourcing_quotes_inquiry_idx" ON "sourcing_quotes" USING btree ("inquiry_id");
  CREATE INDEX "sourcing_quotes_updated_at_idx" ON "sourcing_quotes" USING btree ("updated_at");
  CREATE INDEX "sourcing_quotes_created_at_idx" ON "sourcing_quotes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sourcing_requests_fk" FOREIGN KEY ("sourcing_requests_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sourcing_quotes_fk" FOREIGN KEY ("sourcing_quotes_id") REFERENCES "public"."sourcing_quotes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_key_figures_locales_parent_id_idx" ON "tenants_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "tenants_locales_parent_id_idx" ON "tenants_locales" USING btree ("_parent_id");
  CREATE INDEX "belt_settings_navigation_locales_parent_id_idx" ON "belt_settings_navigation_locales" USING btree ("_parent_id");
  CREATE INDEX "belt_settings_locales_parent_id_idx" ON "belt_settings_locales" USING btree ("_parent_id");
  CREATE INDEX "factories_locales_parent_id_idx" ON "factories_locales" USING btree ("_parent_id");
  CREATE INDEX "_factories_v_locales_parent_id_idx" ON "_factories_v_locales" USING btree ("_parent_id");
  CREATE INDEX "products_specs_locales_parent_id_idx" ON "products_specs_locales" USING btree ("_parent_id");
  CREATE INDEX "products_locales_parent_id_idx" ON "products_locales" USING btree ("_parent_id");
  CREATE INDEX "_products_v_version_specs_locales_parent_id_idx" ON "_products_v_version_specs_locales" USING btree ("_parent_id");
  CREATE INDEX "_products_v_locales_parent_id_idx" ON "_products_v_locales" USING btree ("_parent_id");
  CREATE INDEX "categories_locales_parent_id_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_locales_parent_id_idx" ON "pages_blocks_hero_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_locales_parent_id_idx" ON "pages_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_figures_locales_parent_id_idx" ON "pages_blocks_key_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_locales_parent_id_idx" ON "pages_blocks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_factories_locales_parent_id_idx" ON "pages_blocks_featured_factories_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_products_locales_parent_id_idx" ON "pages_blocks_featured_products_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_category_grid_locales_parent_id_idx" ON "pages_blocks_category_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_video_locales_parent_id_idx" ON "pages_blocks_video_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_gallery_locales_parent_id_idx" ON "pages_blocks_gallery_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_items_locales_parent_id_idx" ON "pages_blocks_faq_items_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_locales_parent_id_idx" ON "pages_blocks_faq_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cta_locales_parent_id_idx" ON "pages_blocks_cta_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_campaign_banner_locales_parent_id_idx" ON "pages_blocks_campaign_banner_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_live_lineup_locales_parent_id_idx" ON "pages_blocks_live_lineup_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_locales_parent_id_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_locales_parent_id_idx" ON "_pages_v_blocks_hero_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_locales_parent_id_idx" ON "_pages_v_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_locales_parent_id_idx" ON "_pages_v_blocks_key_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_locales_parent_id_idx" ON "_pages_v_blocks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_factories_locales_parent_id_idx" ON "_pages_v_blocks_featured_factories_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_products_locales_parent_id_idx" ON "_pages_v_blocks_featured_products_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_category_grid_locales_parent_id_idx" ON "_pages_v_blocks_category_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_video_locales_parent_id_idx" ON "_pages_v_blocks_video_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_gallery_locales_parent_id_idx" ON "_pages_v_blocks_gallery_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_items_locales_parent_id_idx" ON "_pages_v_blocks_faq_items_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_locales_parent_id_idx" ON "_pages_v_blocks_faq_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cta_locales_parent_id_idx" ON "_pages_v_blocks_cta_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_campaign_banner_locales_parent_id_idx" ON "_pages_v_blocks_campaign_banner_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_live_lineup_locales_parent_id_idx" ON "_pages_v_blocks_live_lineup_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_id_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_hero_locales_parent_id_idx" ON "campaigns_blocks_hero_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_rich_text_locales_parent_id_idx" ON "campaigns_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_figures_locales_parent_id_idx" ON "campaigns_blocks_key_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_locales_parent_id_idx" ON "campaigns_blocks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_featured_factories_locales_parent_id_idx" ON "campaigns_blocks_featured_factories_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_featured_products_locales_parent_id_idx" ON "campaigns_blocks_featured_products_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_category_grid_locales_parent_id_idx" ON "campaigns_blocks_category_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_video_locales_parent_id_idx" ON "campaigns_blocks_video_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_gallery_locales_parent_id_idx" ON "campaigns_blocks_gallery_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_faq_items_locales_parent_id_idx" ON "campaigns_blocks_faq_items_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_faq_locales_parent_id_idx" ON "campaigns_blocks_faq_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_cta_locales_parent_id_idx" ON "campaigns_blocks_cta_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_campaign_banner_locales_parent_id_idx" ON "campaigns_blocks_campaign_banner_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_live_lineup_locales_parent_id_idx" ON "campaigns_blocks_live_lineup_locales" USING btree ("_parent_id");
  CREATE INDEX "campaigns_locales_parent_id_idx" ON "campaigns_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_hero_locales_parent_id_idx" ON "_campaigns_v_blocks_hero_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_locales_parent_id_idx" ON "_campaigns_v_blocks_rich_text_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_locales_parent_id_idx" ON "_campaigns_v_blocks_key_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_locales_parent_id_idx" ON "_campaigns_v_blocks_key_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_factories_locales_parent_id_idx" ON "_campaigns_v_blocks_featured_factories_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_products_locales_parent_id_idx" ON "_campaigns_v_blocks_featured_products_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_category_grid_locales_parent_id_idx" ON "_campaigns_v_blocks_category_grid_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_video_locales_parent_id_idx" ON "_campaigns_v_blocks_video_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_gallery_locales_parent_id_idx" ON "_campaigns_v_blocks_gallery_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_items_locales_parent_id_idx" ON "_campaigns_v_blocks_faq_items_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_locales_parent_id_idx" ON "_campaigns_v_blocks_faq_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_cta_locales_parent_id_idx" ON "_campaigns_v_blocks_cta_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_campaign_banner_locales_parent_id_idx" ON "_campaigns_v_blocks_campaign_banner_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_live_lineup_locales_parent_id_idx" ON "_campaigns_v_blocks_live_lineup_locales" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_locales_parent_id_idx" ON "_campaigns_v_locales" USING btree ("_parent_id");
  CREATE INDEX "live_sessions_locales_parent_id_idx" ON "live_sessions_locales" USING btree ("_parent_id");
  CREATE INDEX "payload_locked_documents_rels_sourcing_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("sourcing_requests_id");
  CREATE INDEX "payload_locked_documents_rels_sourcing_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("sourcing_quotes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sourcing_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sourcing_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sourcing_quotes_price_tiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sourcing_quotes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sourcing_requests" CASCADE;
  DROP TABLE "sourcing_requests_rels" CASCADE;
  DROP TABLE "sourcing_quotes_price_tiers" CASCADE;
  DROP TABLE "sourcing_quotes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sourcing_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sourcing_quotes_fk";
  
  DROP INDEX "tenants_key_figures_locales_parent_id_idx";
  DROP INDEX "tenants_locales_parent_id_idx";
  DROP INDEX "belt_settings_navigation_locales_parent_id_idx";
  DROP INDEX "belt_settings_locales_parent_id_idx";
  DROP INDEX "factories_locales_parent_id_idx";
  DROP INDEX "_factories_v_locales_parent_id_idx";
  DROP INDEX "products_specs_locales_parent_id_idx";
  DROP INDEX "products_locales_parent_id_idx";
  DROP INDEX "_products_v_version_specs_locales_parent_id_idx";
  DROP INDEX "_products_v_locales_parent_id_idx";
  DROP INDEX "categories_locales_parent_id_idx";
  DROP INDEX "pages_blocks_hero_locales_parent_id_idx";
  DROP INDEX "pages_blocks_rich_text_locales_parent_id_idx";
  DROP INDEX "pages_blocks_key_figures_figures_locales_parent_id_idx";
  DROP INDEX "pages_blocks_key_figures_locales_parent_id_idx";
  DROP INDEX "pages_blocks_featured_factories_locales_parent_id_idx";
  DROP INDEX "pages_blocks_featured_products_locales_parent_id_idx";
  DROP INDEX "pages_blocks_category_grid_locales_parent_id_idx";
  DROP INDEX "pages_blocks_video_locales_parent_id_idx";
  DROP INDEX "pages_blocks_gallery_locales_parent_id_idx";
  DROP INDEX "pages_blocks_faq_items_locales_parent_id_idx";
  DROP INDEX "pages_blocks_faq_locales_parent_id_idx";
  DROP INDEX "pages_blocks_cta_locales_parent_id_idx";
  DROP INDEX "pages_blocks_campaign_banner_locales_parent_id_idx";
  DROP INDEX "pages_blocks_live_lineup_locales_parent_id_idx";
  DROP INDEX "pages_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_hero_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_rich_text_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_key_figures_figures_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_key_figures_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_featured_factories_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_featured_products_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_category_grid_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_video_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_gallery_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_faq_items_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_faq_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_cta_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_campaign_banner_locales_parent_id_idx";
  DROP INDEX "_pages_v_blocks_live_lineup_locales_parent_id_idx";
  DROP INDEX "_pages_v_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_hero_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_rich_text_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_key_figures_figures_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_key_figures_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_featured_factories_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_featured_products_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_category_grid_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_video_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_gallery_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_faq_items_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_faq_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_cta_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_campaign_banner_locales_parent_id_idx";
  DROP INDEX "campaigns_blocks_live_lineup_locales_parent_id_idx";
  DROP INDEX "campaigns_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_hero_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_rich_text_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_key_figures_figures_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_key_figures_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_featured_factories_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_featured_products_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_category_grid_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_video_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_gallery_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_faq_items_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_faq_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_cta_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_campaign_banner_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_blocks_live_lineup_locales_parent_id_idx";
  DROP INDEX "_campaigns_v_locales_parent_id_idx";
  DROP INDEX "live_sessions_locales_parent_id_idx";
  DROP INDEX "payload_locked_documents_rels_sourcing_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_sourcing_quotes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sourcing_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sourcing_quotes_id";
  DROP TYPE "public"."enum_sourcing_requests_status";
  DROP TYPE "public"."enum_sourcing_requests_unit";
  DROP TYPE "public"."enum_sourcing_requests_currency";
  DROP TYPE "public"."enum_sourcing_quotes_status";
  DROP TYPE "public"."enum_sourcing_quotes_currency";`)
}
