import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_tenants_default_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('platform-admin', 'buyer');
  CREATE TYPE "public"."enum_users_tenants_role" AS ENUM('belt-operator', 'factory-member');
  CREATE TYPE "public"."enum_factories_capabilities" AS ENUM('oem', 'odm', 'own-brand', 'c2m');
  CREATE TYPE "public"."enum_factories_export_markets" AS ENUM('domestic', 'north-america', 'latin-america', 'europe', 'russia-cis', 'middle-east', 'africa', 'southeast-asia', 'japan-korea', 'oceania');
  CREATE TYPE "public"."enum_factories_capacity_period" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum_factories_verification_status" AS ENUM('unverified', 'pending', 'verified', 'rejected');
  CREATE TYPE "public"."enum_factories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__factories_v_version_capabilities" AS ENUM('oem', 'odm', 'own-brand', 'c2m');
  CREATE TYPE "public"."enum__factories_v_version_export_markets" AS ENUM('domestic', 'north-america', 'latin-america', 'europe', 'russia-cis', 'middle-east', 'africa', 'southeast-asia', 'japan-korea', 'oceania');
  CREATE TYPE "public"."enum__factories_v_version_capacity_period" AS ENUM('day', 'month', 'year');
  CREATE TYPE "public"."enum__factories_v_version_verification_status" AS ENUM('unverified', 'pending', 'verified', 'rejected');
  CREATE TYPE "public"."enum__factories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__factories_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_products_customisation" AS ENUM('logo', 'packaging', 'colour', 'size', 'material', 'design');
  CREATE TYPE "public"."enum_products_moq_unit" AS ENUM('piece', 'pair', 'set', 'dozen', 'box', 'carton', 'kg', 'meter');
  CREATE TYPE "public"."enum_products_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TYPE "public"."enum_products_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__products_v_version_customisation" AS ENUM('logo', 'packaging', 'colour', 'size', 'material', 'design');
  CREATE TYPE "public"."enum__products_v_version_moq_unit" AS ENUM('piece', 'pair', 'set', 'dozen', 'box', 'carton', 'kg', 'meter');
  CREATE TYPE "public"."enum__products_v_version_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TYPE "public"."enum__products_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__products_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_campaigns_kind" AS ENUM('super-origin-day', 'merchant-festival', 'procurement-festival', 'custom');
  CREATE TYPE "public"."enum_campaigns_edition" AS ENUM('spring', 'autumn', 'winter');
  CREATE TYPE "public"."enum_campaigns_startsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Europe/Moscow', 'Asia/Dubai', 'Europe/London', 'Europe/Madrid', 'America/New_York', 'America/Sao_Paulo');
  CREATE TYPE "public"."enum_campaigns_endsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Europe/Moscow', 'Asia/Dubai', 'Europe/London', 'Europe/Madrid', 'America/New_York', 'America/Sao_Paulo');
  CREATE TYPE "public"."enum_campaigns_recurrence" AS ENUM('none', 'yearly');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_kind" AS ENUM('super-origin-day', 'merchant-festival', 'procurement-festival', 'custom');
  CREATE TYPE "public"."enum__campaigns_v_version_edition" AS ENUM('spring', 'autumn', 'winter');
  CREATE TYPE "public"."enum__campaigns_v_version_startsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Europe/Moscow', 'Asia/Dubai', 'Europe/London', 'Europe/Madrid', 'America/New_York', 'America/Sao_Paulo');
  CREATE TYPE "public"."enum__campaigns_v_version_endsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Europe/Moscow', 'Asia/Dubai', 'Europe/London', 'Europe/Madrid', 'America/New_York', 'America/Sao_Paulo');
  CREATE TYPE "public"."enum__campaigns_v_version_recurrence" AS ENUM('none', 'yearly');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_live_sessions_startsat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_live_sessions_language" AS ENUM('zh', 'en', 'ru', 'ar', 'es');
  CREATE TYPE "public"."enum_inquiries_replies_author" AS ENUM('factory', 'buyer');
  CREATE TYPE "public"."enum_inquiries_replies_quote_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TYPE "public"."enum_inquiries_replies_quote_incoterm" AS ENUM('EXW', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP');
  CREATE TYPE "public"."enum_inquiries_status" AS ENUM('new', 'replied', 'quoted', 'won', 'lost', 'spam');
  CREATE TYPE "public"."enum_inquiries_currency" AS ENUM('CNY', 'USD', 'EUR');
  CREATE TYPE "public"."enum_inquiry_files_from" AS ENUM('factory', 'buyer');
  CREATE TYPE "public"."enum_imports_kind" AS ENUM('factories', 'products');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('checking', 'checked', 'importing', 'done', 'failed');
  CREATE TYPE "public"."enum_verification_requests_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'inquiryRetention', 'importCheck', 'importRun', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'inquiryRetention', 'importCheck', 'importRun', 'schedulePublish');
  CREATE TABLE "tenants_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "tenants_key_figures_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "tenants_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "tenants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"branding_primary_colour" varchar DEFAULT '#B4232A' NOT NULL,
  	"branding_accent_colour" varchar DEFAULT '#F2B705' NOT NULL,
  	"branding_logo_id" integer,
  	"branding_hero_image_id" integer,
  	"default_locale" "enum_tenants_default_locale" DEFAULT 'zh' NOT NULL,
  	"time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenants_locales" (
  	"name" varchar NOT NULL,
  	"province" varchar,
  	"city" varchar,
  	"specialty" varchar NOT NULL,
  	"tagline" varchar,
  	"story" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"role" "enum_users_tenants_role" DEFAULT 'factory-member' NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"factory_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar
  );
  
  CREATE TABLE "belt_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "belt_settings_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "belt_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_wechat" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "belt_settings_locales" (
  	"contact_address" varchar,
  	"contact_hours" varchar,
  	"footer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "belt_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"campaigns_id" integer,
  	"factories_id" integer,
  	"products_id" integer
  );
  
  CREATE TABLE "factories_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_factories_capabilities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "factories_export_markets" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_factories_export_markets",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "factories_certifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"issuer" varchar,
  	"valid_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "factories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"import_hash" varchar,
  	"slug" varchar,
  	"founded_year" numeric,
  	"staff_count" numeric,
  	"capacity_amount" numeric,
  	"capacity_period" "enum_factories_capacity_period" DEFAULT 'month',
  	"tour_video_url" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"contact_person" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_wechat" varchar,
  	"verification_status" "enum_factories_verification_status" DEFAULT 'unverified',
  	"verification_verified_at" timestamp(3) with time zone,
  	"verification_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_factories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "factories_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"main_products" varchar,
  	"capacity_unit" varchar,
  	"address" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "factories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_factories_v_version_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__factories_v_version_capabilities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_factories_v_version_export_markets" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__factories_v_version_export_markets",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_factories_v_version_certifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"issuer" varchar,
  	"valid_until" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_factories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_import_hash" varchar,
  	"version_slug" varchar,
  	"version_founded_year" numeric,
  	"version_staff_count" numeric,
  	"version_capacity_amount" numeric,
  	"version_capacity_period" "enum__factories_v_version_capacity_period" DEFAULT 'month',
  	"version_tour_video_url" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_contact_person" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_wechat" varchar,
  	"version_verification_status" "enum__factories_v_version_verification_status" DEFAULT 'unverified',
  	"version_verification_verified_at" timestamp(3) with time zone,
  	"version_verification_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__factories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__factories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_factories_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_main_products" varchar,
  	"version_capacity_unit" varchar,
  	"version_address" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_factories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "products_price_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"min_quantity" numeric,
  	"max_quantity" numeric,
  	"unit_price" numeric
  );
  
  CREATE TABLE "products_customisation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_products_customisation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "products_specs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "products_specs_locales" (
  	"key" varchar,
  	"value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"import_hash" varchar,
  	"slug" varchar,
  	"sku" varchar,
  	"factory_id" integer,
  	"category_id" integer,
  	"moq_quantity" numeric,
  	"moq_unit" "enum_products_moq_unit" DEFAULT 'piece',
  	"currency" "enum_products_currency" DEFAULT 'CNY',
  	"lead_time_days" numeric,
  	"sample_available" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_products_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "products_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "products_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_products_v_version_price_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"min_quantity" numeric,
  	"max_quantity" numeric,
  	"unit_price" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_products_v_version_customisation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__products_v_version_customisation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_products_v_version_specs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_products_v_version_specs_locales" (
  	"key" varchar,
  	"value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_products_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_import_hash" varchar,
  	"version_slug" varchar,
  	"version_sku" varchar,
  	"version_factory_id" integer,
  	"version_category_id" integer,
  	"version_moq_quantity" numeric,
  	"version_moq_unit" "enum__products_v_version_moq_unit" DEFAULT 'piece',
  	"version_currency" "enum__products_v_version_currency" DEFAULT 'CNY',
  	"version_lead_time_days" numeric,
  	"version_sample_available" boolean DEFAULT true,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__products_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__products_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_products_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_products_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "categories_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar NOT NULL,
  	"sort_order" numeric DEFAULT 0,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"link_u_r_l" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_featured_factories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_factories_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_featured_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_products_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_category_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_category_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_video_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_gallery_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_u_r_l" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_cta_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_campaign_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_campaign_banner_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_live_lineup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_live_lineup_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"content" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"factories_id" integer,
  	"products_id" integer,
  	"categories_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"link_u_r_l" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_featured_factories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_factories_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_featured_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_products_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_category_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_category_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_video_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_gallery_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_u_r_l" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cta_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_campaign_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_campaign_banner_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_live_lineup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_live_lineup_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_content" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"factories_id" integer,
  	"products_id" integer,
  	"categories_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_festival_prices_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"min_quantity" numeric,
  	"max_quantity" numeric,
  	"unit_price" numeric
  );
  
  CREATE TABLE "campaigns_festival_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer
  );
  
  CREATE TABLE "campaigns_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"link_u_r_l" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "campaigns_blocks_key_figures_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_featured_factories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_featured_factories_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_featured_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_featured_products_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_category_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_category_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_video_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_gallery_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_u_r_l" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_cta_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_campaign_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_campaign_banner_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns_blocks_live_lineup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_live_lineup_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"kind" "enum_campaigns_kind" DEFAULT 'super-origin-day',
  	"edition" "enum_campaigns_edition",
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_campaigns_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_campaigns_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"confirm_overlap" boolean,
  	"recurrence" "enum_campaigns_recurrence" DEFAULT 'none',
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"name" varchar,
  	"tagline" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"factories_id" integer,
  	"products_id" integer,
  	"categories_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_festival_prices_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"min_quantity" numeric,
  	"max_quantity" numeric,
  	"unit_price" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_festival_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"link_u_r_l" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_featured_factories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_featured_factories_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_featured_products" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_featured_products_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_category_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_category_grid_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_video_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_gallery_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_u_r_l" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_cta_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_campaign_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_campaign_banner_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_live_lineup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_live_lineup_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__campaigns_v_version_kind" DEFAULT 'super-origin-day',
  	"version_edition" "enum__campaigns_v_version_edition",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__campaigns_v_version_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__campaigns_v_version_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"version_confirm_overlap" boolean,
  	"version_recurrence" "enum__campaigns_v_version_recurrence" DEFAULT 'none',
  	"version_hero_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_name" varchar,
  	"version_tagline" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"factories_id" integer,
  	"products_id" integer,
  	"categories_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "live_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_live_sessions_startsat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"duration_minutes" numeric DEFAULT 60 NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"language" "enum_live_sessions_language" DEFAULT 'zh' NOT NULL,
  	"stream_u_r_l" varchar NOT NULL,
  	"replay_u_r_l" varchar,
  	"campaign_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "live_sessions_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "live_sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"products_id" integer
  );
  
  CREATE TABLE "inquiries_replies_quote_price_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"min_quantity" numeric NOT NULL,
  	"max_quantity" numeric,
  	"unit_price" numeric NOT NULL
  );
  
  CREATE TABLE "inquiries_replies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author" "enum_inquiries_replies_author" DEFAULT 'factory' NOT NULL,
  	"body" varchar NOT NULL,
  	"quote_currency" "enum_inquiries_replies_quote_currency" DEFAULT 'USD',
  	"quote_valid_until" timestamp(3) with time zone,
  	"quote_lead_time_days" numeric,
  	"quote_incoterm" "enum_inquiries_replies_quote_incoterm",
  	"quote_payment_terms" varchar,
  	"sent_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "inquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"subject" varchar NOT NULL,
  	"factory_id" integer NOT NULL,
  	"status" "enum_inquiries_status" DEFAULT 'new' NOT NULL,
  	"product_id" integer,
  	"quantity" numeric,
  	"target_price" numeric,
  	"currency" "enum_inquiries_currency" DEFAULT 'USD',
  	"destination_country" varchar,
  	"message" varchar NOT NULL,
  	"buyer_name" varchar NOT NULL,
  	"buyer_company" varchar,
  	"buyer_email" varchar NOT NULL,
  	"buyer_phone" varchar,
  	"buyer_wechat" varchar,
  	"buyer_whatsapp" varchar,
  	"buyer_user_id" integer,
  	"token_hash" varchar,
  	"token_sealed" varchar,
  	"link_base" varchar,
  	"erased_at" timestamp(3) with time zone,
  	"token_revoked" boolean DEFAULT false,
  	"submitted_from_i_p" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inquiries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"inquiry_files_id" integer
  );
  
  CREATE TABLE "inquiry_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer NOT NULL,
  	"inquiry_id" integer,
  	"from" "enum_inquiry_files_from" DEFAULT 'factory' NOT NULL,
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
  
  CREATE TABLE "inquiry_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"inquiry_id" integer,
  	"inquiry_ref" varchar NOT NULL,
  	"user_id" integer,
  	"reader_email" varchar,
  	"role" varchar,
  	"via" varchar,
  	"operation" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"kind" "enum_imports_kind" NOT NULL,
  	"spreadsheet_id" integer NOT NULL,
  	"images_id" integer,
  	"factory_id" integer,
  	"allow_new_categories" boolean DEFAULT false,
  	"start_import" boolean DEFAULT false,
  	"status" "enum_imports_status" DEFAULT 'checking',
  	"summary_rows" numeric,
  	"summary_create" numeric,
  	"summary_update" numeric,
  	"summary_unchanged" numeric,
  	"summary_errors" numeric,
  	"summary_processed" numeric,
  	"file_error" varchar,
  	"problems" jsonb,
  	"warnings" jsonb,
  	"imported_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer,
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
  
  CREATE TABLE "verification_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer NOT NULL,
  	"message" varchar,
  	"status" "enum_verification_requests_status" DEFAULT 'pending' NOT NULL,
  	"reason" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "verification_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"verification_documents_id" integer
  );
  
  CREATE TABLE "verification_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"factory_id" integer,
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
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tenants_id" integer,
  	"users_id" integer,
  	"belt_settings_id" integer,
  	"factories_id" integer,
  	"products_id" integer,
  	"categories_id" integer,
  	"pages_id" integer,
  	"media_id" integer,
  	"campaigns_id" integer,
  	"live_sessions_id" integer,
  	"inquiries_id" integer,
  	"inquiry_files_id" integer,
  	"inquiry_access_log_id" integer,
  	"imports_id" integer,
  	"import_files_id" integer,
  	"verification_requests_id" integer,
  	"verification_documents_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "tenants_key_figures" ADD CONSTRAINT "tenants_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_key_figures_locales" ADD CONSTRAINT "tenants_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_domains" ADD CONSTRAINT "tenants_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants" ADD CONSTRAINT "tenants_branding_logo_id_media_id_fk" FOREIGN KEY ("branding_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenants" ADD CONSTRAINT "tenants_branding_hero_image_id_media_id_fk" FOREIGN KEY ("branding_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenants_locales" ADD CONSTRAINT "tenants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "belt_settings_navigation" ADD CONSTRAINT "belt_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."belt_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_navigation_locales" ADD CONSTRAINT "belt_settings_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."belt_settings_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings" ADD CONSTRAINT "belt_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "belt_settings_locales" ADD CONSTRAINT "belt_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."belt_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_rels" ADD CONSTRAINT "belt_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."belt_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_rels" ADD CONSTRAINT "belt_settings_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_rels" ADD CONSTRAINT "belt_settings_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_rels" ADD CONSTRAINT "belt_settings_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "belt_settings_rels" ADD CONSTRAINT "belt_settings_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories_capabilities" ADD CONSTRAINT "factories_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories_export_markets" ADD CONSTRAINT "factories_export_markets_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories_certifications" ADD CONSTRAINT "factories_certifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories" ADD CONSTRAINT "factories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "factories_locales" ADD CONSTRAINT "factories_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "factories_locales" ADD CONSTRAINT "factories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories_rels" ADD CONSTRAINT "factories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "factories_rels" ADD CONSTRAINT "factories_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v_version_capabilities" ADD CONSTRAINT "_factories_v_version_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_factories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v_version_export_markets" ADD CONSTRAINT "_factories_v_version_export_markets_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_factories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v_version_certifications" ADD CONSTRAINT "_factories_v_version_certifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_factories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v" ADD CONSTRAINT "_factories_v_parent_id_factories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_factories_v" ADD CONSTRAINT "_factories_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_factories_v_locales" ADD CONSTRAINT "_factories_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_factories_v_locales" ADD CONSTRAINT "_factories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_factories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v_rels" ADD CONSTRAINT "_factories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_factories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_factories_v_rels" ADD CONSTRAINT "_factories_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_price_tiers" ADD CONSTRAINT "products_price_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_customisation" ADD CONSTRAINT "products_customisation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_specs" ADD CONSTRAINT "products_specs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_specs_locales" ADD CONSTRAINT "products_specs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products_specs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products_locales" ADD CONSTRAINT "products_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products_locales" ADD CONSTRAINT "products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_rels" ADD CONSTRAINT "products_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_rels" ADD CONSTRAINT "products_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_version_price_tiers" ADD CONSTRAINT "_products_v_version_price_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_version_customisation" ADD CONSTRAINT "_products_v_version_customisation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_version_specs" ADD CONSTRAINT "_products_v_version_specs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_version_specs_locales" ADD CONSTRAINT "_products_v_version_specs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_products_v_version_specs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_parent_id_products_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_factory_id_factories_id_fk" FOREIGN KEY ("version_factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v" ADD CONSTRAINT "_products_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v_locales" ADD CONSTRAINT "_products_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_products_v_locales" ADD CONSTRAINT "_products_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_rels" ADD CONSTRAINT "_products_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_products_v_rels" ADD CONSTRAINT "_products_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_breadcrumbs" ADD CONSTRAINT "categories_breadcrumbs_doc_id_categories_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_breadcrumbs" ADD CONSTRAINT "categories_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_locales" ADD CONSTRAINT "pages_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_figures" ADD CONSTRAINT "pages_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_figures_locales" ADD CONSTRAINT "pages_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures" ADD CONSTRAINT "pages_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_locales" ADD CONSTRAINT "pages_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_factories" ADD CONSTRAINT "pages_blocks_featured_factories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_factories_locales" ADD CONSTRAINT "pages_blocks_featured_factories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_featured_factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_products" ADD CONSTRAINT "pages_blocks_featured_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_products_locales" ADD CONSTRAINT "pages_blocks_featured_products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_featured_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_category_grid" ADD CONSTRAINT "pages_blocks_category_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_category_grid_locales" ADD CONSTRAINT "pages_blocks_category_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_category_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_video" ADD CONSTRAINT "pages_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_video" ADD CONSTRAINT "pages_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_video_locales" ADD CONSTRAINT "pages_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_gallery" ADD CONSTRAINT "pages_blocks_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_gallery_locales" ADD CONSTRAINT "pages_blocks_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items" ADD CONSTRAINT "pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items_locales" ADD CONSTRAINT "pages_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_locales" ADD CONSTRAINT "pages_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cta" ADD CONSTRAINT "pages_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cta_locales" ADD CONSTRAINT "pages_blocks_cta_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cta"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_campaign_banner" ADD CONSTRAINT "pages_blocks_campaign_banner_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_campaign_banner" ADD CONSTRAINT "pages_blocks_campaign_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_campaign_banner_locales" ADD CONSTRAINT "pages_blocks_campaign_banner_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_campaign_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_live_lineup" ADD CONSTRAINT "pages_blocks_live_lineup_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_live_lineup" ADD CONSTRAINT "pages_blocks_live_lineup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_live_lineup_locales" ADD CONSTRAINT "pages_blocks_live_lineup_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_live_lineup"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_locales" ADD CONSTRAINT "_pages_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_figures_locales" ADD CONSTRAINT "_pages_v_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_locales" ADD CONSTRAINT "_pages_v_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_factories" ADD CONSTRAINT "_pages_v_blocks_featured_factories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_factories_locales" ADD CONSTRAINT "_pages_v_blocks_featured_factories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_featured_factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_products" ADD CONSTRAINT "_pages_v_blocks_featured_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_products_locales" ADD CONSTRAINT "_pages_v_blocks_featured_products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_featured_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_category_grid" ADD CONSTRAINT "_pages_v_blocks_category_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_category_grid_locales" ADD CONSTRAINT "_pages_v_blocks_category_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_category_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_video" ADD CONSTRAINT "_pages_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_video" ADD CONSTRAINT "_pages_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_video_locales" ADD CONSTRAINT "_pages_v_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_gallery" ADD CONSTRAINT "_pages_v_blocks_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_gallery_locales" ADD CONSTRAINT "_pages_v_blocks_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items" ADD CONSTRAINT "_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items_locales" ADD CONSTRAINT "_pages_v_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_locales" ADD CONSTRAINT "_pages_v_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cta" ADD CONSTRAINT "_pages_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cta_locales" ADD CONSTRAINT "_pages_v_blocks_cta_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cta"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_campaign_banner" ADD CONSTRAINT "_pages_v_blocks_campaign_banner_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_campaign_banner" ADD CONSTRAINT "_pages_v_blocks_campaign_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_campaign_banner_locales" ADD CONSTRAINT "_pages_v_blocks_campaign_banner_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_campaign_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_live_lineup" ADD CONSTRAINT "_pages_v_blocks_live_lineup_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_live_lineup" ADD CONSTRAINT "_pages_v_blocks_live_lineup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_live_lineup_locales" ADD CONSTRAINT "_pages_v_blocks_live_lineup_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_live_lineup"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_festival_prices_tiers" ADD CONSTRAINT "campaigns_festival_prices_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_festival_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_festival_prices" ADD CONSTRAINT "campaigns_festival_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_festival_prices" ADD CONSTRAINT "campaigns_festival_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_hero" ADD CONSTRAINT "campaigns_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_hero" ADD CONSTRAINT "campaigns_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_hero_locales" ADD CONSTRAINT "campaigns_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_rich_text" ADD CONSTRAINT "campaigns_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_rich_text_locales" ADD CONSTRAINT "campaigns_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures_figures" ADD CONSTRAINT "campaigns_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures_figures_locales" ADD CONSTRAINT "campaigns_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures" ADD CONSTRAINT "campaigns_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures_locales" ADD CONSTRAINT "campaigns_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_featured_factories" ADD CONSTRAINT "campaigns_blocks_featured_factories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_featured_factories_locales" ADD CONSTRAINT "campaigns_blocks_featured_factories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_featured_factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_featured_products" ADD CONSTRAINT "campaigns_blocks_featured_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_featured_products_locales" ADD CONSTRAINT "campaigns_blocks_featured_products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_featured_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_category_grid" ADD CONSTRAINT "campaigns_blocks_category_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_category_grid_locales" ADD CONSTRAINT "campaigns_blocks_category_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_category_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_video" ADD CONSTRAINT "campaigns_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_video" ADD CONSTRAINT "campaigns_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_video_locales" ADD CONSTRAINT "campaigns_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_gallery" ADD CONSTRAINT "campaigns_blocks_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_gallery_locales" ADD CONSTRAINT "campaigns_blocks_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq_items" ADD CONSTRAINT "campaigns_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq_items_locales" ADD CONSTRAINT "campaigns_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq" ADD CONSTRAINT "campaigns_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq_locales" ADD CONSTRAINT "campaigns_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_cta" ADD CONSTRAINT "campaigns_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_cta_locales" ADD CONSTRAINT "campaigns_blocks_cta_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_cta"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_campaign_banner" ADD CONSTRAINT "campaigns_blocks_campaign_banner_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_campaign_banner" ADD CONSTRAINT "campaigns_blocks_campaign_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_campaign_banner_locales" ADD CONSTRAINT "campaigns_blocks_campaign_banner_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_campaign_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_live_lineup" ADD CONSTRAINT "campaigns_blocks_live_lineup_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_live_lineup" ADD CONSTRAINT "campaigns_blocks_live_lineup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_live_lineup_locales" ADD CONSTRAINT "campaigns_blocks_live_lineup_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_live_lineup"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_festival_prices_tiers" ADD CONSTRAINT "_campaigns_v_version_festival_prices_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_version_festival_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_festival_prices" ADD CONSTRAINT "_campaigns_v_version_festival_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_festival_prices" ADD CONSTRAINT "_campaigns_v_version_festival_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_hero" ADD CONSTRAINT "_campaigns_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_hero" ADD CONSTRAINT "_campaigns_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_hero_locales" ADD CONSTRAINT "_campaigns_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_rich_text" ADD CONSTRAINT "_campaigns_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_rich_text_locales" ADD CONSTRAINT "_campaigns_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures_figures" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures_figures_locales" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures_locales" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_featured_factories" ADD CONSTRAINT "_campaigns_v_blocks_featured_factories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_featured_factories_locales" ADD CONSTRAINT "_campaigns_v_blocks_featured_factories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_featured_factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_featured_products" ADD CONSTRAINT "_campaigns_v_blocks_featured_products_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_featured_products_locales" ADD CONSTRAINT "_campaigns_v_blocks_featured_products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_featured_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_category_grid" ADD CONSTRAINT "_campaigns_v_blocks_category_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_category_grid_locales" ADD CONSTRAINT "_campaigns_v_blocks_category_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_category_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_video" ADD CONSTRAINT "_campaigns_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_video" ADD CONSTRAINT "_campaigns_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_video_locales" ADD CONSTRAINT "_campaigns_v_blocks_video_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_video"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_gallery" ADD CONSTRAINT "_campaigns_v_blocks_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_gallery_locales" ADD CONSTRAINT "_campaigns_v_blocks_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq_items" ADD CONSTRAINT "_campaigns_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq_items_locales" ADD CONSTRAINT "_campaigns_v_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq" ADD CONSTRAINT "_campaigns_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq_locales" ADD CONSTRAINT "_campaigns_v_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_cta" ADD CONSTRAINT "_campaigns_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_cta_locales" ADD CONSTRAINT "_campaigns_v_blocks_cta_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_cta"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_campaign_banner" ADD CONSTRAINT "_campaigns_v_blocks_campaign_banner_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_campaign_banner" ADD CONSTRAINT "_campaigns_v_blocks_campaign_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_campaign_banner_locales" ADD CONSTRAINT "_campaigns_v_blocks_campaign_banner_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_campaign_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_live_lineup" ADD CONSTRAINT "_campaigns_v_blocks_live_lineup_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_live_lineup" ADD CONSTRAINT "_campaigns_v_blocks_live_lineup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_live_lineup_locales" ADD CONSTRAINT "_campaigns_v_blocks_live_lineup_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_live_lineup"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "live_sessions_locales" ADD CONSTRAINT "live_sessions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "live_sessions_rels" ADD CONSTRAINT "live_sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "live_sessions_rels" ADD CONSTRAINT "live_sessions_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_replies_quote_price_tiers" ADD CONSTRAINT "inquiries_replies_quote_price_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inquiries_replies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_replies" ADD CONSTRAINT "inquiries_replies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiries_rels" ADD CONSTRAINT "inquiries_rels_inquiry_files_fk" FOREIGN KEY ("inquiry_files_id") REFERENCES "public"."inquiry_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inquiry_files" ADD CONSTRAINT "inquiry_files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiry_files" ADD CONSTRAINT "inquiry_files_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiry_files" ADD CONSTRAINT "inquiry_files_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiry_access_log" ADD CONSTRAINT "inquiry_access_log_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inquiry_access_log" ADD CONSTRAINT "inquiry_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_spreadsheet_id_import_files_id_fk" FOREIGN KEY ("spreadsheet_id") REFERENCES "public"."import_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_images_id_import_files_id_fk" FOREIGN KEY ("images_id") REFERENCES "public"."import_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_files" ADD CONSTRAINT "import_files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_files" ADD CONSTRAINT "import_files_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verification_requests" ADD CONSTRAINT "verification_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verification_requests" ADD CONSTRAINT "verification_requests_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verification_requests" ADD CONSTRAINT "verification_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verification_requests_rels" ADD CONSTRAINT "verification_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."verification_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "verification_requests_rels" ADD CONSTRAINT "verification_requests_rels_verification_documents_fk" FOREIGN KEY ("verification_documents_id") REFERENCES "public"."verification_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verification_documents" ADD CONSTRAINT "verification_documents_factory_id_factories_id_fk" FOREIGN KEY ("factory_id") REFERENCES "public"."factories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_belt_settings_fk" FOREIGN KEY ("belt_settings_id") REFERENCES "public"."belt_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_factories_fk" FOREIGN KEY ("factories_id") REFERENCES "public"."factories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_live_sessions_fk" FOREIGN KEY ("live_sessions_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inquiries_fk" FOREIGN KEY ("inquiries_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inquiry_files_fk" FOREIGN KEY ("inquiry_files_id") REFERENCES "public"."inquiry_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inquiry_access_log_fk" FOREIGN KEY ("inquiry_access_log_id") REFERENCES "public"."inquiry_access_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_files_fk" FOREIGN KEY ("import_files_id") REFERENCES "public"."import_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verification_requests_fk" FOREIGN KEY ("verification_requests_id") REFERENCES "public"."verification_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verification_documents_fk" FOREIGN KEY ("verification_documents_id") REFERENCES "public"."verification_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_key_figures_order_idx" ON "tenants_key_figures" USING btree ("_order");
  CREATE INDEX "tenants_key_figures_parent_id_idx" ON "tenants_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tenants_key_figures_locales_locale_parent_id_unique" ON "tenants_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tenants_domains_order_idx" ON "tenants_domains" USING btree ("_order");
  CREATE INDEX "tenants_domains_parent_id_idx" ON "tenants_domains" USING btree ("_parent_id");
  CREATE INDEX "tenants_domains_domain_idx" ON "tenants_domains" USING btree ("domain");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE INDEX "tenants_branding_branding_logo_idx" ON "tenants" USING btree ("branding_logo_id");
  CREATE INDEX "tenants_branding_branding_hero_image_idx" ON "tenants" USING btree ("branding_hero_image_id");
  CREATE INDEX "tenants_published_idx" ON "tenants" USING btree ("published");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenants_locales_locale_parent_id_unique" ON "tenants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_factory_idx" ON "users" USING btree ("factory_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "belt_settings_navigation_order_idx" ON "belt_settings_navigation" USING btree ("_order");
  CREATE INDEX "belt_settings_navigation_parent_id_idx" ON "belt_settings_navigation" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "belt_settings_navigation_locales_locale_parent_id_unique" ON "belt_settings_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "belt_settings_tenant_idx" ON "belt_settings" USING btree ("tenant_id");
  CREATE INDEX "belt_settings_updated_at_idx" ON "belt_settings" USING btree ("updated_at");
  CREATE INDEX "belt_settings_created_at_idx" ON "belt_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_idx" ON "belt_settings" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "belt_settings_locales_locale_parent_id_unique" ON "belt_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "belt_settings_rels_order_idx" ON "belt_settings_rels" USING btree ("order");
  CREATE INDEX "belt_settings_rels_parent_idx" ON "belt_settings_rels" USING btree ("parent_id");
  CREATE INDEX "belt_settings_rels_path_idx" ON "belt_settings_rels" USING btree ("path");
  CREATE INDEX "belt_settings_rels_pages_id_idx" ON "belt_settings_rels" USING btree ("pages_id");
  CREATE INDEX "belt_settings_rels_campaigns_id_idx" ON "belt_settings_rels" USING btree ("campaigns_id");
  CREATE INDEX "belt_settings_rels_factories_id_idx" ON "belt_settings_rels" USING btree ("factories_id");
  CREATE INDEX "belt_settings_rels_products_id_idx" ON "belt_settings_rels" USING btree ("products_id");
  CREATE INDEX "factories_capabilities_order_idx" ON "factories_capabilities" USING btree ("order");
  CREATE INDEX "factories_capabilities_parent_idx" ON "factories_capabilities" USING btree ("parent_id");
  CREATE INDEX "factories_export_markets_order_idx" ON "factories_export_markets" USING btree ("order");
  CREATE INDEX "factories_export_markets_parent_idx" ON "factories_export_markets" USING btree ("parent_id");
  CREATE INDEX "factories_certifications_order_idx" ON "factories_certifications" USING btree ("_order");
  CREATE INDEX "factories_certifications_parent_id_idx" ON "factories_certifications" USING btree ("_parent_id");
  CREATE INDEX "factories_tenant_idx" ON "factories" USING btree ("tenant_id");
  CREATE INDEX "factories_slug_idx" ON "factories" USING btree ("slug");
  CREATE INDEX "factories_verification_verification_status_idx" ON "factories" USING btree ("verification_status");
  CREATE INDEX "factories_updated_at_idx" ON "factories" USING btree ("updated_at");
  CREATE INDEX "factories_created_at_idx" ON "factories" USING btree ("created_at");
  CREATE INDEX "factories__status_idx" ON "factories" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_idx" ON "factories" USING btree ("tenant_id","slug");
  CREATE INDEX "factories_meta_meta_image_idx" ON "factories_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "factories_locales_locale_parent_id_unique" ON "factories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "factories_rels_order_idx" ON "factories_rels" USING btree ("order");
  CREATE INDEX "factories_rels_parent_idx" ON "factories_rels" USING btree ("parent_id");
  CREATE INDEX "factories_rels_path_idx" ON "factories_rels" USING btree ("path");
  CREATE INDEX "factories_rels_media_id_idx" ON "factories_rels" USING btree ("media_id");
  CREATE INDEX "_factories_v_version_capabilities_order_idx" ON "_factories_v_version_capabilities" USING btree ("order");
  CREATE INDEX "_factories_v_version_capabilities_parent_idx" ON "_factories_v_version_capabilities" USING btree ("parent_id");
  CREATE INDEX "_factories_v_version_export_markets_order_idx" ON "_factories_v_version_export_markets" USING btree ("order");
  CREATE INDEX "_factories_v_version_export_markets_parent_idx" ON "_factories_v_version_export_markets" USING btree ("parent_id");
  CREATE INDEX "_factories_v_version_certifications_order_idx" ON "_factories_v_version_certifications" USING btree ("_order");
  CREATE INDEX "_factories_v_version_certifications_parent_id_idx" ON "_factories_v_version_certifications" USING btree ("_parent_id");
  CREATE INDEX "_factories_v_parent_idx" ON "_factories_v" USING btree ("parent_id");
  CREATE INDEX "_factories_v_version_version_tenant_idx" ON "_factories_v" USING btree ("version_tenant_id");
  CREATE INDEX "_factories_v_version_version_slug_idx" ON "_factories_v" USING btree ("version_slug");
  CREATE INDEX "_factories_v_version_verification_version_verification_s_idx" ON "_factories_v" USING btree ("version_verification_status");
  CREATE INDEX "_factories_v_version_version_updated_at_idx" ON "_factories_v" USING btree ("version_updated_at");
  CREATE INDEX "_factories_v_version_version_created_at_idx" ON "_factories_v" USING btree ("version_created_at");
  CREATE INDEX "_factories_v_version_version__status_idx" ON "_factories_v" USING btree ("version__status");
  CREATE INDEX "_factories_v_created_at_idx" ON "_factories_v" USING btree ("created_at");
  CREATE INDEX "_factories_v_updated_at_idx" ON "_factories_v" USING btree ("updated_at");
  CREATE INDEX "_factories_v_snapshot_idx" ON "_factories_v" USING btree ("snapshot");
  CREATE INDEX "_factories_v_published_locale_idx" ON "_factories_v" USING btree ("published_locale");
  CREATE INDEX "_factories_v_latest_idx" ON "_factories_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_idx" ON "_factories_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "_factories_v_version_meta_version_meta_image_idx" ON "_factories_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_factories_v_locales_locale_parent_id_unique" ON "_factories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_factories_v_rels_order_idx" ON "_factories_v_rels" USING btree ("order");
  CREATE INDEX "_factories_v_rels_parent_idx" ON "_factories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_factories_v_rels_path_idx" ON "_factories_v_rels" USING btree ("path");
  CREATE INDEX "_factories_v_rels_media_id_idx" ON "_factories_v_rels" USING btree ("media_id");
  CREATE INDEX "products_price_tiers_order_idx" ON "products_price_tiers" USING btree ("_order");
  CREATE INDEX "products_price_tiers_parent_id_idx" ON "products_price_tiers" USING btree ("_parent_id");
  CREATE INDEX "products_customisation_order_idx" ON "products_customisation" USING btree ("order");
  CREATE INDEX "products_customisation_parent_idx" ON "products_customisation" USING btree ("parent_id");
  CREATE INDEX "products_specs_order_idx" ON "products_specs" USING btree ("_order");
  CREATE INDEX "products_specs_parent_id_idx" ON "products_specs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "products_specs_locales_locale_parent_id_unique" ON "products_specs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "products_tenant_idx" ON "products" USING btree ("tenant_id");
  CREATE INDEX "products_slug_idx" ON "products" USING btree ("slug");
  CREATE INDEX "products_sku_idx" ON "products" USING btree ("sku");
  CREATE INDEX "products_factory_idx" ON "products" USING btree ("factory_id");
  CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id");
  CREATE INDEX "products_updated_at_idx" ON "products" USING btree ("updated_at");
  CREATE INDEX "products_created_at_idx" ON "products" USING btree ("created_at");
  CREATE INDEX "products__status_idx" ON "products" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_1_idx" ON "products" USING btree ("tenant_id","slug");
  CREATE INDEX "factory_sku_idx" ON "products" USING btree ("factory_id","sku");
  CREATE INDEX "products_meta_meta_image_idx" ON "products_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "products_locales_locale_parent_id_unique" ON "products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "products_rels_order_idx" ON "products_rels" USING btree ("order");
  CREATE INDEX "products_rels_parent_idx" ON "products_rels" USING btree ("parent_id");
  CREATE INDEX "products_rels_path_idx" ON "products_rels" USING btree ("path");
  CREATE INDEX "products_rels_media_id_idx" ON "products_rels" USING btree ("media_id");
  CREATE INDEX "_products_v_version_price_tiers_order_idx" ON "_products_v_version_price_tiers" USING btree ("_order");
  CREATE INDEX "_products_v_version_price_tiers_parent_id_idx" ON "_products_v_version_price_tiers" USING btree ("_parent_id");
  CREATE INDEX "_products_v_version_customisation_order_idx" ON "_products_v_version_customisation" USING btree ("order");
  CREATE INDEX "_products_v_version_customisation_parent_idx" ON "_products_v_version_customisation" USING btree ("parent_id");
  CREATE INDEX "_products_v_version_specs_order_idx" ON "_products_v_version_specs" USING btree ("_order");
  CREATE INDEX "_products_v_version_specs_parent_id_idx" ON "_products_v_version_specs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_products_v_version_specs_locales_locale_parent_id_unique" ON "_products_v_version_specs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_products_v_parent_idx" ON "_products_v" USING btree ("parent_id");
  CREATE INDEX "_products_v_version_version_tenant_idx" ON "_products_v" USING btree ("version_tenant_id");
  CREATE INDEX "_products_v_version_version_slug_idx" ON "_products_v" USING btree ("version_slug");
  CREATE INDEX "_products_v_version_version_sku_idx" ON "_products_v" USING btree ("version_sku");
  CREATE INDEX "_products_v_version_version_factory_idx" ON "_products_v" USING btree ("version_factory_id");
  CREATE INDEX "_products_v_version_version_category_idx" ON "_products_v" USING btree ("version_category_id");
  CREATE INDEX "_products_v_version_version_updated_at_idx" ON "_products_v" USING btree ("version_updated_at");
  CREATE INDEX "_products_v_version_version_created_at_idx" ON "_products_v" USING btree ("version_created_at");
  CREATE INDEX "_products_v_version_version__status_idx" ON "_products_v" USING btree ("version__status");
  CREATE INDEX "_products_v_created_at_idx" ON "_products_v" USING btree ("created_at");
  CREATE INDEX "_products_v_updated_at_idx" ON "_products_v" USING btree ("updated_at");
  CREATE INDEX "_products_v_snapshot_idx" ON "_products_v" USING btree ("snapshot");
  CREATE INDEX "_products_v_published_locale_idx" ON "_products_v" USING btree ("published_locale");
  CREATE INDEX "_products_v_latest_idx" ON "_products_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_1_idx" ON "_products_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "version_factory_version_sku_idx" ON "_products_v" USING btree ("version_factory_id","version_sku");
  CREATE INDEX "_products_v_version_meta_version_meta_image_idx" ON "_products_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_products_v_locales_locale_parent_id_unique" ON "_products_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_products_v_rels_order_idx" ON "_products_v_rels" USING btree ("order");
  CREATE INDEX "_products_v_rels_parent_idx" ON "_products_v_rels" USING btree ("parent_id");
  CREATE INDEX "_products_v_rels_path_idx" ON "_products_v_rels" USING btree ("path");
  CREATE INDEX "_products_v_rels_media_id_idx" ON "_products_v_rels" USING btree ("media_id");
  CREATE INDEX "categories_breadcrumbs_order_idx" ON "categories_breadcrumbs" USING btree ("_order");
  CREATE INDEX "categories_breadcrumbs_parent_id_idx" ON "categories_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "categories_breadcrumbs_locale_idx" ON "categories_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "categories_breadcrumbs_doc_idx" ON "categories_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "categories_tenant_idx" ON "categories" USING btree ("tenant_id");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_slug_2_idx" ON "categories" USING btree ("tenant_id","slug");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_locales_locale_parent_id_unique" ON "pages_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_key_figures_figures_order_idx" ON "pages_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_figures_parent_id_idx" ON "pages_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_key_figures_figures_locales_locale_parent_id_un" ON "pages_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_key_figures_order_idx" ON "pages_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_parent_id_idx" ON "pages_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_path_idx" ON "pages_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_key_figures_locales_locale_parent_id_unique" ON "pages_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_featured_factories_order_idx" ON "pages_blocks_featured_factories" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_factories_parent_id_idx" ON "pages_blocks_featured_factories" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_factories_path_idx" ON "pages_blocks_featured_factories" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_featured_factories_locales_locale_parent_id_uni" ON "pages_blocks_featured_factories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_featured_products_order_idx" ON "pages_blocks_featured_products" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_products_parent_id_idx" ON "pages_blocks_featured_products" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_products_path_idx" ON "pages_blocks_featured_products" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_featured_products_locales_locale_parent_id_uniq" ON "pages_blocks_featured_products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_category_grid_order_idx" ON "pages_blocks_category_grid" USING btree ("_order");
  CREATE INDEX "pages_blocks_category_grid_parent_id_idx" ON "pages_blocks_category_grid" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_category_grid_path_idx" ON "pages_blocks_category_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_category_grid_locales_locale_parent_id_unique" ON "pages_blocks_category_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_video_order_idx" ON "pages_blocks_video" USING btree ("_order");
  CREATE INDEX "pages_blocks_video_parent_id_idx" ON "pages_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_video_path_idx" ON "pages_blocks_video" USING btree ("_path");
  CREATE INDEX "pages_blocks_video_poster_idx" ON "pages_blocks_video" USING btree ("poster_id");
  CREATE UNIQUE INDEX "pages_blocks_video_locales_locale_parent_id_unique" ON "pages_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_gallery_order_idx" ON "pages_blocks_gallery" USING btree ("_order");
  CREATE INDEX "pages_blocks_gallery_parent_id_idx" ON "pages_blocks_gallery" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_gallery_path_idx" ON "pages_blocks_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_gallery_locales_locale_parent_id_unique" ON "pages_blocks_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_items_order_idx" ON "pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_items_parent_id_idx" ON "pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_faq_items_locales_locale_parent_id_unique" ON "pages_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_faq_locales_locale_parent_id_unique" ON "pages_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_cta_order_idx" ON "pages_blocks_cta" USING btree ("_order");
  CREATE INDEX "pages_blocks_cta_parent_id_idx" ON "pages_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cta_path_idx" ON "pages_blocks_cta" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_cta_locales_locale_parent_id_unique" ON "pages_blocks_cta_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_campaign_banner_order_idx" ON "pages_blocks_campaign_banner" USING btree ("_order");
  CREATE INDEX "pages_blocks_campaign_banner_parent_id_idx" ON "pages_blocks_campaign_banner" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_campaign_banner_path_idx" ON "pages_blocks_campaign_banner" USING btree ("_path");
  CREATE INDEX "pages_blocks_campaign_banner_campaign_idx" ON "pages_blocks_campaign_banner" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "pages_blocks_campaign_banner_locales_locale_parent_id_unique" ON "pages_blocks_campaign_banner_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_live_lineup_order_idx" ON "pages_blocks_live_lineup" USING btree ("_order");
  CREATE INDEX "pages_blocks_live_lineup_parent_id_idx" ON "pages_blocks_live_lineup" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_live_lineup_path_idx" ON "pages_blocks_live_lineup" USING btree ("_path");
  CREATE INDEX "pages_blocks_live_lineup_campaign_idx" ON "pages_blocks_live_lineup" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "pages_blocks_live_lineup_locales_locale_parent_id_unique" ON "pages_blocks_live_lineup_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_tenant_idx" ON "pages" USING btree ("tenant_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_3_idx" ON "pages" USING btree ("tenant_id","slug");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_factories_id_idx" ON "pages_rels" USING btree ("factories_id");
  CREATE INDEX "pages_rels_products_id_idx" ON "pages_rels" USING btree ("products_id");
  CREATE INDEX "pages_rels_categories_id_idx" ON "pages_rels" USING btree ("categories_id");
  CREATE INDEX "pages_rels_media_id_idx" ON "pages_rels" USING btree ("media_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_order_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_parent_id_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_key_figures_figures_locales_locale_parent_id" ON "_pages_v_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_order_idx" ON "_pages_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_parent_id_idx" ON "_pages_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_path_idx" ON "_pages_v_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_key_figures_locales_locale_parent_id_unique" ON "_pages_v_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_factories_order_idx" ON "_pages_v_blocks_featured_factories" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_factories_parent_id_idx" ON "_pages_v_blocks_featured_factories" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_factories_path_idx" ON "_pages_v_blocks_featured_factories" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_featured_factories_locales_locale_parent_id_" ON "_pages_v_blocks_featured_factories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_products_order_idx" ON "_pages_v_blocks_featured_products" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_products_parent_id_idx" ON "_pages_v_blocks_featured_products" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_products_path_idx" ON "_pages_v_blocks_featured_products" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_featured_products_locales_locale_parent_id_u" ON "_pages_v_blocks_featured_products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_category_grid_order_idx" ON "_pages_v_blocks_category_grid" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_category_grid_parent_id_idx" ON "_pages_v_blocks_category_grid" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_category_grid_path_idx" ON "_pages_v_blocks_category_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_category_grid_locales_locale_parent_id_uniqu" ON "_pages_v_blocks_category_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_video_order_idx" ON "_pages_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_video_parent_id_idx" ON "_pages_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_video_path_idx" ON "_pages_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_video_poster_idx" ON "_pages_v_blocks_video" USING btree ("poster_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_video_locales_locale_parent_id_unique" ON "_pages_v_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_gallery_order_idx" ON "_pages_v_blocks_gallery" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_gallery_parent_id_idx" ON "_pages_v_blocks_gallery" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_gallery_path_idx" ON "_pages_v_blocks_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_gallery_locales_locale_parent_id_unique" ON "_pages_v_blocks_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_items_order_idx" ON "_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_items_parent_id_idx" ON "_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_items_locales_locale_parent_id_unique" ON "_pages_v_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_locales_locale_parent_id_unique" ON "_pages_v_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_cta_order_idx" ON "_pages_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cta_parent_id_idx" ON "_pages_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cta_path_idx" ON "_pages_v_blocks_cta" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_cta_locales_locale_parent_id_unique" ON "_pages_v_blocks_cta_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_campaign_banner_order_idx" ON "_pages_v_blocks_campaign_banner" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_campaign_banner_parent_id_idx" ON "_pages_v_blocks_campaign_banner" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_campaign_banner_path_idx" ON "_pages_v_blocks_campaign_banner" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_campaign_banner_campaign_idx" ON "_pages_v_blocks_campaign_banner" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_campaign_banner_locales_locale_parent_id_uni" ON "_pages_v_blocks_campaign_banner_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_live_lineup_order_idx" ON "_pages_v_blocks_live_lineup" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_live_lineup_parent_id_idx" ON "_pages_v_blocks_live_lineup" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_live_lineup_path_idx" ON "_pages_v_blocks_live_lineup" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_live_lineup_campaign_idx" ON "_pages_v_blocks_live_lineup" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_live_lineup_locales_locale_parent_id_unique" ON "_pages_v_blocks_live_lineup_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_tenant_idx" ON "_pages_v" USING btree ("version_tenant_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_2_idx" ON "_pages_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_factories_id_idx" ON "_pages_v_rels" USING btree ("factories_id");
  CREATE INDEX "_pages_v_rels_products_id_idx" ON "_pages_v_rels" USING btree ("products_id");
  CREATE INDEX "_pages_v_rels_categories_id_idx" ON "_pages_v_rels" USING btree ("categories_id");
  CREATE INDEX "_pages_v_rels_media_id_idx" ON "_pages_v_rels" USING btree ("media_id");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_factory_idx" ON "media" USING btree ("factory_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_festival_prices_tiers_order_idx" ON "campaigns_festival_prices_tiers" USING btree ("_order");
  CREATE INDEX "campaigns_festival_prices_tiers_parent_id_idx" ON "campaigns_festival_prices_tiers" USING btree ("_parent_id");
  CREATE INDEX "campaigns_festival_prices_order_idx" ON "campaigns_festival_prices" USING btree ("_order");
  CREATE INDEX "campaigns_festival_prices_parent_id_idx" ON "campaigns_festival_prices" USING btree ("_parent_id");
  CREATE INDEX "campaigns_festival_prices_product_idx" ON "campaigns_festival_prices" USING btree ("product_id");
  CREATE INDEX "campaigns_blocks_hero_order_idx" ON "campaigns_blocks_hero" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_hero_parent_id_idx" ON "campaigns_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_hero_path_idx" ON "campaigns_blocks_hero" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_hero_image_idx" ON "campaigns_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "campaigns_blocks_hero_locales_locale_parent_id_unique" ON "campaigns_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_rich_text_order_idx" ON "campaigns_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_rich_text_parent_id_idx" ON "campaigns_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_rich_text_path_idx" ON "campaigns_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_rich_text_locales_locale_parent_id_unique" ON "campaigns_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_figures_order_idx" ON "campaigns_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_key_figures_figures_parent_id_idx" ON "campaigns_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_blocks_key_figures_figures_locales_locale_parent_i" ON "campaigns_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_order_idx" ON "campaigns_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_key_figures_parent_id_idx" ON "campaigns_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_path_idx" ON "campaigns_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_key_figures_locales_locale_parent_id_unique" ON "campaigns_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_featured_factories_order_idx" ON "campaigns_blocks_featured_factories" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_featured_factories_parent_id_idx" ON "campaigns_blocks_featured_factories" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_featured_factories_path_idx" ON "campaigns_blocks_featured_factories" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_featured_factories_locales_locale_parent_id" ON "campaigns_blocks_featured_factories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_featured_products_order_idx" ON "campaigns_blocks_featured_products" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_featured_products_parent_id_idx" ON "campaigns_blocks_featured_products" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_featured_products_path_idx" ON "campaigns_blocks_featured_products" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_featured_products_locales_locale_parent_id_" ON "campaigns_blocks_featured_products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_category_grid_order_idx" ON "campaigns_blocks_category_grid" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_category_grid_parent_id_idx" ON "campaigns_blocks_category_grid" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_category_grid_path_idx" ON "campaigns_blocks_category_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_category_grid_locales_locale_parent_id_uniq" ON "campaigns_blocks_category_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_video_order_idx" ON "campaigns_blocks_video" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_video_parent_id_idx" ON "campaigns_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_video_path_idx" ON "campaigns_blocks_video" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_video_poster_idx" ON "campaigns_blocks_video" USING btree ("poster_id");
  CREATE UNIQUE INDEX "campaigns_blocks_video_locales_locale_parent_id_unique" ON "campaigns_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_gallery_order_idx" ON "campaigns_blocks_gallery" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_gallery_parent_id_idx" ON "campaigns_blocks_gallery" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_gallery_path_idx" ON "campaigns_blocks_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_gallery_locales_locale_parent_id_unique" ON "campaigns_blocks_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_faq_items_order_idx" ON "campaigns_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_faq_items_parent_id_idx" ON "campaigns_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_blocks_faq_items_locales_locale_parent_id_unique" ON "campaigns_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_faq_order_idx" ON "campaigns_blocks_faq" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_faq_parent_id_idx" ON "campaigns_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_faq_path_idx" ON "campaigns_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_faq_locales_locale_parent_id_unique" ON "campaigns_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_cta_order_idx" ON "campaigns_blocks_cta" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_cta_parent_id_idx" ON "campaigns_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_cta_path_idx" ON "campaigns_blocks_cta" USING btree ("_path");
  CREATE UNIQUE INDEX "campaigns_blocks_cta_locales_locale_parent_id_unique" ON "campaigns_blocks_cta_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_campaign_banner_order_idx" ON "campaigns_blocks_campaign_banner" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_campaign_banner_parent_id_idx" ON "campaigns_blocks_campaign_banner" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_campaign_banner_path_idx" ON "campaigns_blocks_campaign_banner" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_campaign_banner_campaign_idx" ON "campaigns_blocks_campaign_banner" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "campaigns_blocks_campaign_banner_locales_locale_parent_id_un" ON "campaigns_blocks_campaign_banner_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_blocks_live_lineup_order_idx" ON "campaigns_blocks_live_lineup" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_live_lineup_parent_id_idx" ON "campaigns_blocks_live_lineup" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_live_lineup_path_idx" ON "campaigns_blocks_live_lineup" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_live_lineup_campaign_idx" ON "campaigns_blocks_live_lineup" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "campaigns_blocks_live_lineup_locales_locale_parent_id_unique" ON "campaigns_blocks_live_lineup_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_tenant_idx" ON "campaigns" USING btree ("tenant_id");
  CREATE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_starts_at_idx" ON "campaigns" USING btree ("starts_at");
  CREATE INDEX "campaigns_ends_at_idx" ON "campaigns" USING btree ("ends_at");
  CREATE INDEX "campaigns_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_4_idx" ON "campaigns" USING btree ("tenant_id","slug");
  CREATE INDEX "campaigns_meta_meta_image_idx" ON "campaigns_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_factories_id_idx" ON "campaigns_rels" USING btree ("factories_id");
  CREATE INDEX "campaigns_rels_products_id_idx" ON "campaigns_rels" USING btree ("products_id");
  CREATE INDEX "campaigns_rels_categories_id_idx" ON "campaigns_rels" USING btree ("categories_id");
  CREATE INDEX "campaigns_rels_media_id_idx" ON "campaigns_rels" USING btree ("media_id");
  CREATE INDEX "_campaigns_v_version_festival_prices_tiers_order_idx" ON "_campaigns_v_version_festival_prices_tiers" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_festival_prices_tiers_parent_id_idx" ON "_campaigns_v_version_festival_prices_tiers" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_festival_prices_order_idx" ON "_campaigns_v_version_festival_prices" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_festival_prices_parent_id_idx" ON "_campaigns_v_version_festival_prices" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_festival_prices_product_idx" ON "_campaigns_v_version_festival_prices" USING btree ("product_id");
  CREATE INDEX "_campaigns_v_blocks_hero_order_idx" ON "_campaigns_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_hero_parent_id_idx" ON "_campaigns_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_hero_path_idx" ON "_campaigns_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_hero_image_idx" ON "_campaigns_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_hero_locales_locale_parent_id_unique" ON "_campaigns_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_order_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_rich_text_parent_id_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_path_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_rich_text_locales_locale_parent_id_uniqu" ON "_campaigns_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_order_idx" ON "_campaigns_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_parent_id_idx" ON "_campaigns_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_key_figures_figures_locales_locale_paren" ON "_campaigns_v_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_order_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_key_figures_parent_id_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_path_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_key_figures_locales_locale_parent_id_uni" ON "_campaigns_v_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_factories_order_idx" ON "_campaigns_v_blocks_featured_factories" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_featured_factories_parent_id_idx" ON "_campaigns_v_blocks_featured_factories" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_factories_path_idx" ON "_campaigns_v_blocks_featured_factories" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_featured_factories_locales_locale_parent" ON "_campaigns_v_blocks_featured_factories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_products_order_idx" ON "_campaigns_v_blocks_featured_products" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_featured_products_parent_id_idx" ON "_campaigns_v_blocks_featured_products" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_products_path_idx" ON "_campaigns_v_blocks_featured_products" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_featured_products_locales_locale_parent_" ON "_campaigns_v_blocks_featured_products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_category_grid_order_idx" ON "_campaigns_v_blocks_category_grid" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_category_grid_parent_id_idx" ON "_campaigns_v_blocks_category_grid" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_category_grid_path_idx" ON "_campaigns_v_blocks_category_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_category_grid_locales_locale_parent_id_u" ON "_campaigns_v_blocks_category_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_video_order_idx" ON "_campaigns_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_video_parent_id_idx" ON "_campaigns_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_video_path_idx" ON "_campaigns_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_video_poster_idx" ON "_campaigns_v_blocks_video" USING btree ("poster_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_video_locales_locale_parent_id_unique" ON "_campaigns_v_blocks_video_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_gallery_order_idx" ON "_campaigns_v_blocks_gallery" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_gallery_parent_id_idx" ON "_campaigns_v_blocks_gallery" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_gallery_path_idx" ON "_campaigns_v_blocks_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_gallery_locales_locale_parent_id_unique" ON "_campaigns_v_blocks_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_items_order_idx" ON "_campaigns_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_faq_items_parent_id_idx" ON "_campaigns_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_faq_items_locales_locale_parent_id_uniqu" ON "_campaigns_v_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_order_idx" ON "_campaigns_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_faq_parent_id_idx" ON "_campaigns_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_path_idx" ON "_campaigns_v_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_faq_locales_locale_parent_id_unique" ON "_campaigns_v_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_cta_order_idx" ON "_campaigns_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_cta_parent_id_idx" ON "_campaigns_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_cta_path_idx" ON "_campaigns_v_blocks_cta" USING btree ("_path");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_cta_locales_locale_parent_id_unique" ON "_campaigns_v_blocks_cta_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_campaign_banner_order_idx" ON "_campaigns_v_blocks_campaign_banner" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_campaign_banner_parent_id_idx" ON "_campaigns_v_blocks_campaign_banner" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_campaign_banner_path_idx" ON "_campaigns_v_blocks_campaign_banner" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_campaign_banner_campaign_idx" ON "_campaigns_v_blocks_campaign_banner" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_campaign_banner_locales_locale_parent_id" ON "_campaigns_v_blocks_campaign_banner_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_live_lineup_order_idx" ON "_campaigns_v_blocks_live_lineup" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_live_lineup_parent_id_idx" ON "_campaigns_v_blocks_live_lineup" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_live_lineup_path_idx" ON "_campaigns_v_blocks_live_lineup" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_live_lineup_campaign_idx" ON "_campaigns_v_blocks_live_lineup" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "_campaigns_v_blocks_live_lineup_locales_locale_parent_id_uni" ON "_campaigns_v_blocks_live_lineup_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_tenant_idx" ON "_campaigns_v" USING btree ("version_tenant_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_starts_at_idx" ON "_campaigns_v" USING btree ("version_starts_at");
  CREATE INDEX "_campaigns_v_version_version_ends_at_idx" ON "_campaigns_v" USING btree ("version_ends_at");
  CREATE INDEX "_campaigns_v_version_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_3_idx" ON "_campaigns_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "_campaigns_v_version_meta_version_meta_image_idx" ON "_campaigns_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_factories_id_idx" ON "_campaigns_v_rels" USING btree ("factories_id");
  CREATE INDEX "_campaigns_v_rels_products_id_idx" ON "_campaigns_v_rels" USING btree ("products_id");
  CREATE INDEX "_campaigns_v_rels_categories_id_idx" ON "_campaigns_v_rels" USING btree ("categories_id");
  CREATE INDEX "_campaigns_v_rels_media_id_idx" ON "_campaigns_v_rels" USING btree ("media_id");
  CREATE INDEX "live_sessions_tenant_idx" ON "live_sessions" USING btree ("tenant_id");
  CREATE INDEX "live_sessions_factory_idx" ON "live_sessions" USING btree ("factory_id");
  CREATE INDEX "live_sessions_starts_at_idx" ON "live_sessions" USING btree ("starts_at");
  CREATE INDEX "live_sessions_ends_at_idx" ON "live_sessions" USING btree ("ends_at");
  CREATE INDEX "live_sessions_campaign_idx" ON "live_sessions" USING btree ("campaign_id");
  CREATE INDEX "live_sessions_updated_at_idx" ON "live_sessions" USING btree ("updated_at");
  CREATE INDEX "live_sessions_created_at_idx" ON "live_sessions" USING btree ("created_at");
  CREATE UNIQUE INDEX "live_sessions_locales_locale_parent_id_unique" ON "live_sessions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "live_sessions_rels_order_idx" ON "live_sessions_rels" USING btree ("order");
  CREATE INDEX "live_sessions_rels_parent_idx" ON "live_sessions_rels" USING btree ("parent_id");
  CREATE INDEX "live_sessions_rels_path_idx" ON "live_sessions_rels" USING btree ("path");
  CREATE INDEX "live_sessions_rels_products_id_idx" ON "live_sessions_rels" USING btree ("products_id");
  CREATE INDEX "inquiries_replies_quote_price_tiers_order_idx" ON "inquiries_replies_quote_price_tiers" USING btree ("_order");
  CREATE INDEX "inquiries_replies_quote_price_tiers_parent_id_idx" ON "inquiries_replies_quote_price_tiers" USING btree ("_parent_id");
  CREATE INDEX "inquiries_replies_order_idx" ON "inquiries_replies" USING btree ("_order");
  CREATE INDEX "inquiries_replies_parent_id_idx" ON "inquiries_replies" USING btree ("_parent_id");
  CREATE INDEX "inquiries_tenant_idx" ON "inquiries" USING btree ("tenant_id");
  CREATE INDEX "inquiries_factory_idx" ON "inquiries" USING btree ("factory_id");
  CREATE INDEX "inquiries_status_idx" ON "inquiries" USING btree ("status");
  CREATE INDEX "inquiries_product_idx" ON "inquiries" USING btree ("product_id");
  CREATE INDEX "inquiries_buyer_user_idx" ON "inquiries" USING btree ("buyer_user_id");
  CREATE UNIQUE INDEX "inquiries_token_hash_idx" ON "inquiries" USING btree ("token_hash");
  CREATE INDEX "inquiries_updated_at_idx" ON "inquiries" USING btree ("updated_at");
  CREATE INDEX "inquiries_created_at_idx" ON "inquiries" USING btree ("created_at");
  CREATE INDEX "inquiries_rels_order_idx" ON "inquiries_rels" USING btree ("order");
  CREATE INDEX "inquiries_rels_parent_idx" ON "inquiries_rels" USING btree ("parent_id");
  CREATE INDEX "inquiries_rels_path_idx" ON "inquiries_rels" USING btree ("path");
  CREATE INDEX "inquiries_rels_inquiry_files_id_idx" ON "inquiries_rels" USING btree ("inquiry_files_id");
  CREATE INDEX "inquiry_files_tenant_idx" ON "inquiry_files" USING btree ("tenant_id");
  CREATE INDEX "inquiry_files_factory_idx" ON "inquiry_files" USING btree ("factory_id");
  CREATE INDEX "inquiry_files_inquiry_idx" ON "inquiry_files" USING btree ("inquiry_id");
  CREATE INDEX "inquiry_files_updated_at_idx" ON "inquiry_files" USING btree ("updated_at");
  CREATE INDEX "inquiry_files_created_at_idx" ON "inquiry_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "inquiry_files_filename_idx" ON "inquiry_files" USING btree ("filename");
  CREATE INDEX "inquiry_access_log_inquiry_idx" ON "inquiry_access_log" USING btree ("inquiry_id");
  CREATE INDEX "inquiry_access_log_inquiry_ref_idx" ON "inquiry_access_log" USING btree ("inquiry_ref");
  CREATE INDEX "inquiry_access_log_user_idx" ON "inquiry_access_log" USING btree ("user_id");
  CREATE INDEX "inquiry_access_log_updated_at_idx" ON "inquiry_access_log" USING btree ("updated_at");
  CREATE INDEX "inquiry_access_log_created_at_idx" ON "inquiry_access_log" USING btree ("created_at");
  CREATE INDEX "imports_tenant_idx" ON "imports" USING btree ("tenant_id");
  CREATE INDEX "imports_spreadsheet_idx" ON "imports" USING btree ("spreadsheet_id");
  CREATE INDEX "imports_images_idx" ON "imports" USING btree ("images_id");
  CREATE INDEX "imports_factory_idx" ON "imports" USING btree ("factory_id");
  CREATE INDEX "imports_imported_by_idx" ON "imports" USING btree ("imported_by_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE INDEX "import_files_tenant_idx" ON "import_files" USING btree ("tenant_id");
  CREATE INDEX "import_files_factory_idx" ON "import_files" USING btree ("factory_id");
  CREATE INDEX "import_files_updated_at_idx" ON "import_files" USING btree ("updated_at");
  CREATE INDEX "import_files_created_at_idx" ON "import_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "import_files_filename_idx" ON "import_files" USING btree ("filename");
  CREATE INDEX "verification_requests_tenant_idx" ON "verification_requests" USING btree ("tenant_id");
  CREATE INDEX "verification_requests_factory_idx" ON "verification_requests" USING btree ("factory_id");
  CREATE INDEX "verification_requests_status_idx" ON "verification_requests" USING btree ("status");
  CREATE INDEX "verification_requests_decided_by_idx" ON "verification_requests" USING btree ("decided_by_id");
  CREATE INDEX "verification_requests_updated_at_idx" ON "verification_requests" USING btree ("updated_at");
  CREATE INDEX "verification_requests_created_at_idx" ON "verification_requests" USING btree ("created_at");
  CREATE INDEX "verification_requests_rels_order_idx" ON "verification_requests_rels" USING btree ("order");
  CREATE INDEX "verification_requests_rels_parent_idx" ON "verification_requests_rels" USING btree ("parent_id");
  CREATE INDEX "verification_requests_rels_path_idx" ON "verification_requests_rels" USING btree ("path");
  CREATE INDEX "verification_requests_rels_verification_documents_id_idx" ON "verification_requests_rels" USING btree ("verification_documents_id");
  CREATE INDEX "verification_documents_tenant_idx" ON "verification_documents" USING btree ("tenant_id");
  CREATE INDEX "verification_documents_factory_idx" ON "verification_documents" USING btree ("factory_id");
  CREATE INDEX "verification_documents_updated_at_idx" ON "verification_documents" USING btree ("updated_at");
  CREATE INDEX "verification_documents_created_at_idx" ON "verification_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "verification_documents_filename_idx" ON "verification_documents" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_belt_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("belt_settings_id");
  CREATE INDEX "payload_locked_documents_rels_factories_id_idx" ON "payload_locked_documents_rels" USING btree ("factories_id");
  CREATE INDEX "payload_locked_documents_rels_products_id_idx" ON "payload_locked_documents_rels" USING btree ("products_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_live_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("live_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_inquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("inquiries_id");
  CREATE INDEX "payload_locked_documents_rels_inquiry_files_id_idx" ON "payload_locked_documents_rels" USING btree ("inquiry_files_id");
  CREATE INDEX "payload_locked_documents_rels_inquiry_access_log_id_idx" ON "payload_locked_documents_rels" USING btree ("inquiry_access_log_id");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_import_files_id_idx" ON "payload_locked_documents_rels" USING btree ("import_files_id");
  CREATE INDEX "payload_locked_documents_rels_verification_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("verification_requests_id");
  CREATE INDEX "payload_locked_documents_rels_verification_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("verification_documents_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tenants_key_figures" CASCADE;
  DROP TABLE "tenants_key_figures_locales" CASCADE;
  DROP TABLE "tenants_domains" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "tenants_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "belt_settings_navigation" CASCADE;
  DROP TABLE "belt_settings_navigation_locales" CASCADE;
  DROP TABLE "belt_settings" CASCADE;
  DROP TABLE "belt_settings_locales" CASCADE;
  DROP TABLE "belt_settings_rels" CASCADE;
  DROP TABLE "factories_capabilities" CASCADE;
  DROP TABLE "factories_export_markets" CASCADE;
  DROP TABLE "factories_certifications" CASCADE;
  DROP TABLE "factories" CASCADE;
  DROP TABLE "factories_locales" CASCADE;
  DROP TABLE "factories_rels" CASCADE;
  DROP TABLE "_factories_v_version_capabilities" CASCADE;
  DROP TABLE "_factories_v_version_export_markets" CASCADE;
  DROP TABLE "_factories_v_version_certifications" CASCADE;
  DROP TABLE "_factories_v" CASCADE;
  DROP TABLE "_factories_v_locales" CASCADE;
  DROP TABLE "_factories_v_rels" CASCADE;
  DROP TABLE "products_price_tiers" CASCADE;
  DROP TABLE "products_customisation" CASCADE;
  DROP TABLE "products_specs" CASCADE;
  DROP TABLE "products_specs_locales" CASCADE;
  DROP TABLE "products" CASCADE;
  DROP TABLE "products_locales" CASCADE;
  DROP TABLE "products_rels" CASCADE;
  DROP TABLE "_products_v_version_price_tiers" CASCADE;
  DROP TABLE "_products_v_version_customisation" CASCADE;
  DROP TABLE "_products_v_version_specs" CASCADE;
  DROP TABLE "_products_v_version_specs_locales" CASCADE;
  DROP TABLE "_products_v" CASCADE;
  DROP TABLE "_products_v_locales" CASCADE;
  DROP TABLE "_products_v_rels" CASCADE;
  DROP TABLE "categories_breadcrumbs" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_hero_locales" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_key_figures_figures" CASCADE;
  DROP TABLE "pages_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_key_figures" CASCADE;
  DROP TABLE "pages_blocks_key_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_featured_factories" CASCADE;
  DROP TABLE "pages_blocks_featured_factories_locales" CASCADE;
  DROP TABLE "pages_blocks_featured_products" CASCADE;
  DROP TABLE "pages_blocks_featured_products_locales" CASCADE;
  DROP TABLE "pages_blocks_category_grid" CASCADE;
  DROP TABLE "pages_blocks_category_grid_locales" CASCADE;
  DROP TABLE "pages_blocks_video" CASCADE;
  DROP TABLE "pages_blocks_video_locales" CASCADE;
  DROP TABLE "pages_blocks_gallery" CASCADE;
  DROP TABLE "pages_blocks_gallery_locales" CASCADE;
  DROP TABLE "pages_blocks_faq_items" CASCADE;
  DROP TABLE "pages_blocks_faq_items_locales" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_faq_locales" CASCADE;
  DROP TABLE "pages_blocks_cta" CASCADE;
  DROP TABLE "pages_blocks_cta_locales" CASCADE;
  DROP TABLE "pages_blocks_campaign_banner" CASCADE;
  DROP TABLE "pages_blocks_campaign_banner_locales" CASCADE;
  DROP TABLE "pages_blocks_live_lineup" CASCADE;
  DROP TABLE "pages_blocks_live_lineup_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_factories" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_factories_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_products" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_products_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_category_grid" CASCADE;
  DROP TABLE "_pages_v_blocks_category_grid_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_video" CASCADE;
  DROP TABLE "_pages_v_blocks_video_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_gallery" CASCADE;
  DROP TABLE "_pages_v_blocks_gallery_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_cta" CASCADE;
  DROP TABLE "_pages_v_blocks_cta_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_campaign_banner" CASCADE;
  DROP TABLE "_pages_v_blocks_campaign_banner_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_live_lineup" CASCADE;
  DROP TABLE "_pages_v_blocks_live_lineup_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "campaigns_festival_prices_tiers" CASCADE;
  DROP TABLE "campaigns_festival_prices" CASCADE;
  DROP TABLE "campaigns_blocks_hero" CASCADE;
  DROP TABLE "campaigns_blocks_hero_locales" CASCADE;
  DROP TABLE "campaigns_blocks_rich_text" CASCADE;
  DROP TABLE "campaigns_blocks_rich_text_locales" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures_figures" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures_locales" CASCADE;
  DROP TABLE "campaigns_blocks_featured_factories" CASCADE;
  DROP TABLE "campaigns_blocks_featured_factories_locales" CASCADE;
  DROP TABLE "campaigns_blocks_featured_products" CASCADE;
  DROP TABLE "campaigns_blocks_featured_products_locales" CASCADE;
  DROP TABLE "campaigns_blocks_category_grid" CASCADE;
  DROP TABLE "campaigns_blocks_category_grid_locales" CASCADE;
  DROP TABLE "campaigns_blocks_video" CASCADE;
  DROP TABLE "campaigns_blocks_video_locales" CASCADE;
  DROP TABLE "campaigns_blocks_gallery" CASCADE;
  DROP TABLE "campaigns_blocks_gallery_locales" CASCADE;
  DROP TABLE "campaigns_blocks_faq_items" CASCADE;
  DROP TABLE "campaigns_blocks_faq_items_locales" CASCADE;
  DROP TABLE "campaigns_blocks_faq" CASCADE;
  DROP TABLE "campaigns_blocks_faq_locales" CASCADE;
  DROP TABLE "campaigns_blocks_cta" CASCADE;
  DROP TABLE "campaigns_blocks_cta_locales" CASCADE;
  DROP TABLE "campaigns_blocks_campaign_banner" CASCADE;
  DROP TABLE "campaigns_blocks_campaign_banner_locales" CASCADE;
  DROP TABLE "campaigns_blocks_live_lineup" CASCADE;
  DROP TABLE "campaigns_blocks_live_lineup_locales" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_festival_prices_tiers" CASCADE;
  DROP TABLE "_campaigns_v_version_festival_prices" CASCADE;
  DROP TABLE "_campaigns_v_blocks_hero" CASCADE;
  DROP TABLE "_campaigns_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_rich_text" CASCADE;
  DROP TABLE "_campaigns_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_featured_factories" CASCADE;
  DROP TABLE "_campaigns_v_blocks_featured_factories_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_featured_products" CASCADE;
  DROP TABLE "_campaigns_v_blocks_featured_products_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_category_grid" CASCADE;
  DROP TABLE "_campaigns_v_blocks_category_grid_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_video" CASCADE;
  DROP TABLE "_campaigns_v_blocks_video_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_gallery" CASCADE;
  DROP TABLE "_campaigns_v_blocks_gallery_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq_items" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq_items_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_cta" CASCADE;
  DROP TABLE "_campaigns_v_blocks_cta_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_campaign_banner" CASCADE;
  DROP TABLE "_campaigns_v_blocks_campaign_banner_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_live_lineup" CASCADE;
  DROP TABLE "_campaigns_v_blocks_live_lineup_locales" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "live_sessions" CASCADE;
  DROP TABLE "live_sessions_locales" CASCADE;
  DROP TABLE "live_sessions_rels" CASCADE;
  DROP TABLE "inquiries_replies_quote_price_tiers" CASCADE;
  DROP TABLE "inquiries_replies" CASCADE;
  DROP TABLE "inquiries" CASCADE;
  DROP TABLE "inquiries_rels" CASCADE;
  DROP TABLE "inquiry_files" CASCADE;
  DROP TABLE "inquiry_access_log" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "import_files" CASCADE;
  DROP TABLE "verification_requests" CASCADE;
  DROP TABLE "verification_requests_rels" CASCADE;
  DROP TABLE "verification_documents" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_tenants_default_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_tenants_role";
  DROP TYPE "public"."enum_factories_capabilities";
  DROP TYPE "public"."enum_factories_export_markets";
  DROP TYPE "public"."enum_factories_capacity_period";
  DROP TYPE "public"."enum_factories_verification_status";
  DROP TYPE "public"."enum_factories_status";
  DROP TYPE "public"."enum__factories_v_version_capabilities";
  DROP TYPE "public"."enum__factories_v_version_export_markets";
  DROP TYPE "public"."enum__factories_v_version_capacity_period";
  DROP TYPE "public"."enum__factories_v_version_verification_status";
  DROP TYPE "public"."enum__factories_v_version_status";
  DROP TYPE "public"."enum__factories_v_published_locale";
  DROP TYPE "public"."enum_products_customisation";
  DROP TYPE "public"."enum_products_moq_unit";
  DROP TYPE "public"."enum_products_currency";
  DROP TYPE "public"."enum_products_status";
  DROP TYPE "public"."enum__products_v_version_customisation";
  DROP TYPE "public"."enum__products_v_version_moq_unit";
  DROP TYPE "public"."enum__products_v_version_currency";
  DROP TYPE "public"."enum__products_v_version_status";
  DROP TYPE "public"."enum__products_v_published_locale";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_campaigns_kind";
  DROP TYPE "public"."enum_campaigns_edition";
  DROP TYPE "public"."enum_campaigns_startsat_tz";
  DROP TYPE "public"."enum_campaigns_endsat_tz";
  DROP TYPE "public"."enum_campaigns_recurrence";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_kind";
  DROP TYPE "public"."enum__campaigns_v_version_edition";
  DROP TYPE "public"."enum__campaigns_v_version_startsat_tz";
  DROP TYPE "public"."enum__campaigns_v_version_endsat_tz";
  DROP TYPE "public"."enum__campaigns_v_version_recurrence";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum_live_sessions_startsat_tz";
  DROP TYPE "public"."enum_live_sessions_language";
  DROP TYPE "public"."enum_inquiries_replies_author";
  DROP TYPE "public"."enum_inquiries_replies_quote_currency";
  DROP TYPE "public"."enum_inquiries_replies_quote_incoterm";
  DROP TYPE "public"."enum_inquiries_status";
  DROP TYPE "public"."enum_inquiries_currency";
  DROP TYPE "public"."enum_inquiry_files_from";
  DROP TYPE "public"."enum_imports_kind";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_verification_requests_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
