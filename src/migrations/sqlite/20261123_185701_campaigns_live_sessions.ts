import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_campaign_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_campaign_banner_order_idx\` ON \`pages_blocks_campaign_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_campaign_banner_parent_id_idx\` ON \`pages_blocks_campaign_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_campaign_banner_path_idx\` ON \`pages_blocks_campaign_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_campaign_banner_campaign_idx\` ON \`pages_blocks_campaign_banner\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_campaign_banner_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_campaign_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_campaign_banner_locales_locale_parent_id_unique\` ON \`pages_blocks_campaign_banner_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_live_lineup\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_live_lineup_order_idx\` ON \`pages_blocks_live_lineup\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_live_lineup_parent_id_idx\` ON \`pages_blocks_live_lineup\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_live_lineup_path_idx\` ON \`pages_blocks_live_lineup\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_live_lineup_campaign_idx\` ON \`pages_blocks_live_lineup\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_live_lineup_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_live_lineup\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_blocks_live_lineup_locales_locale_parent_id_unique\` ON \`pages_blocks_live_lineup_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_campaign_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_campaign_banner_order_idx\` ON \`_pages_v_blocks_campaign_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_campaign_banner_parent_id_idx\` ON \`_pages_v_blocks_campaign_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_campaign_banner_path_idx\` ON \`_pages_v_blocks_campaign_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_campaign_banner_campaign_idx\` ON \`_pages_v_blocks_campaign_banner\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_campaign_banner_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_campaign_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_campaign_banner_locales_locale_parent_id_uni\` ON \`_pages_v_blocks_campaign_banner_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_live_lineup\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_live_lineup_order_idx\` ON \`_pages_v_blocks_live_lineup\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_live_lineup_parent_id_idx\` ON \`_pages_v_blocks_live_lineup\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_live_lineup_path_idx\` ON \`_pages_v_blocks_live_lineup\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_live_lineup_campaign_idx\` ON \`_pages_v_blocks_live_lineup\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_live_lineup_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_live_lineup\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_blocks_live_lineup_locales_locale_parent_id_unique\` ON \`_pages_v_blocks_live_lineup_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_festival_prices_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`min_quantity\` numeric,
  	\`max_quantity\` numeric,
  	\`unit_price\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_festival_prices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_festival_prices_tiers_order_idx\` ON \`campaigns_festival_prices_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_festival_prices_tiers_parent_id_idx\` ON \`campaigns_festival_prices_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_festival_prices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_festival_prices_order_idx\` ON \`campaigns_festival_prices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_festival_prices_parent_id_idx\` ON \`campaigns_festival_prices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_festival_prices_product_idx\` ON \`campaigns_festival_prices\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`link_u_r_l\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_order_idx\` ON \`campaigns_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_parent_id_idx\` ON \`campaigns_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_path_idx\` ON \`campaigns_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_hero_image_idx\` ON \`campaigns_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_hero_locales\` (
  	\`heading\` text,
  	\`subheading\` text,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_hero\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_hero_locales_locale_parent_id_unique\` ON \`campaigns_blocks_hero_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_order_idx\` ON \`campaigns_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_parent_id_idx\` ON \`campaigns_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_path_idx\` ON \`campaigns_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_rich_text_locales_locale_parent_id_unique\` ON \`campaigns_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_figures_order_idx\` ON \`campaigns_blocks_key_figures_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_figures_parent_id_idx\` ON \`campaigns_blocks_key_figures_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_key_figures_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_key_figures_figures_locales_locale_parent_i\` ON \`campaigns_blocks_key_figures_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_order_idx\` ON \`campaigns_blocks_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_parent_id_idx\` ON \`campaigns_blocks_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_key_figures_path_idx\` ON \`campaigns_blocks_key_figures\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_key_figures_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_key_figures_locales_locale_parent_id_unique\` ON \`campaigns_blocks_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_featured_factories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_factories_order_idx\` ON \`campaigns_blocks_featured_factories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_factories_parent_id_idx\` ON \`campaigns_blocks_featured_factories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_factories_path_idx\` ON \`campaigns_blocks_featured_factories\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_featured_factories_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_featured_factories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_featured_factories_locales_locale_parent_id\` ON \`campaigns_blocks_featured_factories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_featured_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_products_order_idx\` ON \`campaigns_blocks_featured_products\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_products_parent_id_idx\` ON \`campaigns_blocks_featured_products\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_featured_products_path_idx\` ON \`campaigns_blocks_featured_products\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_featured_products_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_featured_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_featured_products_locales_locale_parent_id_\` ON \`campaigns_blocks_featured_products_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_category_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_category_grid_order_idx\` ON \`campaigns_blocks_category_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_category_grid_parent_id_idx\` ON \`campaigns_blocks_category_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_category_grid_path_idx\` ON \`campaigns_blocks_category_grid\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_category_grid_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_category_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_category_grid_locales_locale_parent_id_uniq\` ON \`campaigns_blocks_category_grid_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_video_order_idx\` ON \`campaigns_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_video_parent_id_idx\` ON \`campaigns_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_video_path_idx\` ON \`campaigns_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_video_poster_idx\` ON \`campaigns_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_video_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_video\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_video_locales_locale_parent_id_unique\` ON \`campaigns_blocks_video_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_gallery_order_idx\` ON \`campaigns_blocks_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_gallery_parent_id_idx\` ON \`campaigns_blocks_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_gallery_path_idx\` ON \`campaigns_blocks_gallery\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_gallery_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_gallery\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_gallery_locales_locale_parent_id_unique\` ON \`campaigns_blocks_gallery_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_items_order_idx\` ON \`campaigns_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_items_parent_id_idx\` ON \`campaigns_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_faq_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_faq_items_locales_locale_parent_id_unique\` ON \`campaigns_blocks_faq_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_order_idx\` ON \`campaigns_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_parent_id_idx\` ON \`campaigns_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_faq_path_idx\` ON \`campaigns_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_faq_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_faq_locales_locale_parent_id_unique\` ON \`campaigns_blocks_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_cta\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_u_r_l\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_cta_order_idx\` ON \`campaigns_blocks_cta\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_cta_parent_id_idx\` ON \`campaigns_blocks_cta\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_cta_path_idx\` ON \`campaigns_blocks_cta\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_cta_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_cta\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_cta_locales_locale_parent_id_unique\` ON \`campaigns_blocks_cta_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_campaign_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_campaign_banner_order_idx\` ON \`campaigns_blocks_campaign_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_campaign_banner_parent_id_idx\` ON \`campaigns_blocks_campaign_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_campaign_banner_path_idx\` ON \`campaigns_blocks_campaign_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_campaign_banner_campaign_idx\` ON \`campaigns_blocks_campaign_banner\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_campaign_banner_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_campaign_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_campaign_banner_locales_locale_parent_id_un\` ON \`campaigns_blocks_campaign_banner_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_live_lineup\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_live_lineup_order_idx\` ON \`campaigns_blocks_live_lineup\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_live_lineup_parent_id_idx\` ON \`campaigns_blocks_live_lineup\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_live_lineup_path_idx\` ON \`campaigns_blocks_live_lineup\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_live_lineup_campaign_idx\` ON \`campaigns_blocks_live_lineup\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_live_lineup_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_live_lineup\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_blocks_live_lineup_locales_locale_parent_id_unique\` ON \`campaigns_blocks_live_lineup_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'super-origin-day',
  	\`edition\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`confirm_overlap\` integer,
  	\`recurrence\` text DEFAULT 'none',
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_tenant_idx\` ON \`campaigns\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_starts_at_idx\` ON \`campaigns\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_ends_at_idx\` ON \`campaigns\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_hero_image_idx\` ON \`campaigns\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_slug_4_idx\` ON \`campaigns\` (\`tenant_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`name\` text,
  	\`tagline\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_meta_meta_image_idx\` ON \`campaigns_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`factories_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_factories_id_idx\` ON \`campaigns_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_products_id_idx\` ON \`campaigns_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_categories_id_idx\` ON \`campaigns_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_media_id_idx\` ON \`campaigns_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_festival_prices_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`min_quantity\` numeric,
  	\`max_quantity\` numeric,
  	\`unit_price\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_festival_prices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_festival_prices_tiers_order_idx\` ON \`_campaigns_v_version_festival_prices_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_festival_prices_tiers_parent_id_idx\` ON \`_campaigns_v_version_festival_prices_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_festival_prices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_festival_prices_order_idx\` ON \`_campaigns_v_version_festival_prices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_festival_prices_parent_id_idx\` ON \`_campaigns_v_version_festival_prices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_festival_prices_product_idx\` ON \`_campaigns_v_version_festival_prices\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`link_u_r_l\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_order_idx\` ON \`_campaigns_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_parent_id_idx\` ON \`_campaigns_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_path_idx\` ON \`_campaigns_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_hero_image_idx\` ON \`_campaigns_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_hero_locales\` (
  	\`heading\` text,
  	\`subheading\` text,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_hero\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_hero_locales_locale_parent_id_unique\` ON \`_campaigns_v_blocks_hero_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_order_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_parent_id_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_path_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_rich_text_locales_locale_parent_id_uniqu\` ON \`_campaigns_v_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_figures_order_idx\` ON \`_campaigns_v_blocks_key_figures_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_figures_parent_id_idx\` ON \`_campaigns_v_blocks_key_figures_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures_figures_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_key_figures_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_key_figures_figures_locales_locale_paren\` ON \`_campaigns_v_blocks_key_figures_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_order_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_parent_id_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_key_figures_path_idx\` ON \`_campaigns_v_blocks_key_figures\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_key_figures_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_key_figures_locales_locale_parent_id_uni\` ON \`_campaigns_v_blocks_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_featured_factories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_factories_order_idx\` ON \`_campaigns_v_blocks_featured_factories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_factories_parent_id_idx\` ON \`_campaigns_v_blocks_featured_factories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_factories_path_idx\` ON \`_campaigns_v_blocks_featured_factories\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_featured_factories_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_featured_factories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_featured_factories_locales_locale_parent\` ON \`_campaigns_v_blocks_featured_factories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_featured_products\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_products_order_idx\` ON \`_campaigns_v_blocks_featured_products\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_products_parent_id_idx\` ON \`_campaigns_v_blocks_featured_products\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_featured_products_path_idx\` ON \`_campaigns_v_blocks_featured_products\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_featured_products_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_featured_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_featured_products_locales_locale_parent_\` ON \`_campaigns_v_blocks_featured_products_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_category_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_category_grid_order_idx\` ON \`_campaigns_v_blocks_category_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_category_grid_parent_id_idx\` ON \`_campaigns_v_blocks_category_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_category_grid_path_idx\` ON \`_campaigns_v_blocks_category_grid\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_category_grid_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_category_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_category_grid_locales_locale_parent_id_u\` ON \`_campaigns_v_blocks_category_grid_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_video_order_idx\` ON \`_campaigns_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_video_parent_id_idx\` ON \`_campaigns_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_video_path_idx\` ON \`_campaigns_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_video_poster_idx\` ON \`_campaigns_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_video_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_video\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_video_locales_locale_parent_id_unique\` ON \`_campaigns_v_blocks_video_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_gallery_order_idx\` ON \`_campaigns_v_blocks_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_gallery_parent_id_idx\` ON \`_campaigns_v_blocks_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_gallery_path_idx\` ON \`_campaigns_v_blocks_gallery\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_gallery_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_gallery\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_gallery_locales_locale_parent_id_unique\` ON \`_campaigns_v_blocks_gallery_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_items_order_idx\` ON \`_campaigns_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_items_parent_id_idx\` ON \`_campaigns_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_faq_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_faq_items_locales_locale_parent_id_uniqu\` ON \`_campaigns_v_blocks_faq_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_order_idx\` ON \`_campaigns_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_parent_id_idx\` ON \`_campaigns_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_faq_path_idx\` ON \`_campaigns_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_faq_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_faq_locales_locale_parent_id_unique\` ON \`_campaigns_v_blocks_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_cta\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`link_u_r_l\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_cta_order_idx\` ON \`_campaigns_v_blocks_cta\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_cta_parent_id_idx\` ON \`_campaigns_v_blocks_cta\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_cta_path_idx\` ON \`_campaigns_v_blocks_cta\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_cta_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_cta\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_cta_locales_locale_parent_id_unique\` ON \`_campaigns_v_blocks_cta_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_campaign_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_campaign_banner_order_idx\` ON \`_campaigns_v_blocks_campaign_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_campaign_banner_parent_id_idx\` ON \`_campaigns_v_blocks_campaign_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_campaign_banner_path_idx\` ON \`_campaigns_v_blocks_campaign_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_campaign_banner_campaign_idx\` ON \`_campaigns_v_blocks_campaign_banner\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_campaign_banner_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_campaign_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_campaign_banner_locales_locale_parent_id\` ON \`_campaigns_v_blocks_campaign_banner_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_live_lineup\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer,
  	\`limit\` numeric DEFAULT 6,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_live_lineup_order_idx\` ON \`_campaigns_v_blocks_live_lineup\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_live_lineup_parent_id_idx\` ON \`_campaigns_v_blocks_live_lineup\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_live_lineup_path_idx\` ON \`_campaigns_v_blocks_live_lineup\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_live_lineup_campaign_idx\` ON \`_campaigns_v_blocks_live_lineup\` (\`campaign_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_live_lineup_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_live_lineup\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_blocks_live_lineup_locales_locale_parent_id_uni\` ON \`_campaigns_v_blocks_live_lineup_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'super-origin-day',
  	\`version_edition\` text,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_confirm_overlap\` integer,
  	\`version_recurrence\` text DEFAULT 'none',
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_tenant_idx\` ON \`_campaigns_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_starts_at_idx\` ON \`_campaigns_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_ends_at_idx\` ON \`_campaigns_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_hero_image_idx\` ON \`_campaigns_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_tenant_version_slug_3_idx\` ON \`_campaigns_v\` (\`version_tenant_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_name\` text,
  	\`version_tagline\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_meta_version_meta_image_idx\` ON \`_campaigns_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`factories_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_factories_id_idx\` ON \`_campaigns_v_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_products_id_idx\` ON \`_campaigns_v_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_categories_id_idx\` ON \`_campaigns_v_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_media_id_idx\` ON \`_campaigns_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`live_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`factory_id\` integer NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`duration_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`ends_at\` text,
  	\`language\` text DEFAULT 'zh' NOT NULL,
  	\`stream_u_r_l\` text NOT NULL,
  	\`replay_u_r_l\` text,
  	\`campaign_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`factory_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`live_sessions_tenant_idx\` ON \`live_sessions\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_factory_idx\` ON \`live_sessions\` (\`factory_id\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_starts_at_idx\` ON \`live_sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_ends_at_idx\` ON \`live_sessions\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_campaign_idx\` ON \`live_sessions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_updated_at_idx\` ON \`live_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_created_at_idx\` ON \`live_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`live_sessions_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`live_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`live_sessions_locales_locale_parent_id_unique\` ON \`live_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`live_sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`live_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`live_sessions_rels_order_idx\` ON \`live_sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_rels_parent_idx\` ON \`live_sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_rels_path_idx\` ON \`live_sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`live_sessions_rels_products_id_idx\` ON \`live_sessions_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`live_sessions_id\` integer REFERENCES live_sessions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_live_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`live_sessions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_campaign_banner\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_campaign_banner_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_live_lineup\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_live_lineup_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_campaign_banner\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_campaign_banner_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_live_lineup\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_live_lineup_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_festival_prices_tiers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_festival_prices\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_hero_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures_figures\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_featured_factories\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_featured_factories_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_featured_products\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_featured_products_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_category_grid\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_category_grid_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_video_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_gallery\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_gallery_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq_items_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_cta\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_cta_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_campaign_banner\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_campaign_banner_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_live_lineup\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_live_lineup_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_festival_prices_tiers\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_festival_prices\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_hero_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures_figures\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_featured_factories\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_featured_factories_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_featured_products\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_featured_products_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_category_grid\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_category_grid_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_video_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_gallery\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_gallery_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_cta\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_cta_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_campaign_banner\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_campaign_banner_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_live_lineup\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_live_lineup_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`live_sessions\`;`)
  await db.run(sql`DROP TABLE \`live_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`live_sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`users_id\` integer,
  	\`factories_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`factories_id\`) REFERENCES \`factories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "users_id", "factories_id", "products_id", "categories_id", "pages_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_factories_id_idx\` ON \`payload_locked_documents_rels\` (\`factories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}
