-- Payload CMS 3.82.1 — the official "website" template (with-vercel-website): pages, posts with authors and
-- drafts/versions, media library, categories, editors (users) with sessions, redirects, form builder with form
-- submissions, search index, jobs queue, folders, document locks, user preferences, header global.
-- Upstream: github.com/payloadcms/payload commit db7543c2121f0b672e33436447122b5e09ea4f2b (MIT),
--   templates/with-vercel-website/src/migrations/20260409_155721_initial.ts (the Drizzle migration Payload
--   generated for the template, pinned to payload / @payloadcms/db-vercel-postgres 3.82.1).
-- Made by running that migration's up() SQL in a scratch PostgreSQL 15 database and writing the resulting tables
-- as MySQL/MariaDB DDL (column names and order, NOT NULL, defaults, primary, unique and foreign keys and indexes as
-- PostgreSQL reports them): varchar -> varchar(255), jsonb -> json, numeric -> decimal(65,30),
-- timestamp(3) with time zone -> datetime(3), serial -> int AUTO_INCREMENT, boolean -> tinyint(1),
-- PostgreSQL enum types -> ENUM(...). Tables are ordered so that referenced tables come first.
-- form_submissions.form_id is NOT NULL with ON DELETE SET NULL upstream (PostgreSQL accepts it); MariaDB refuses
-- that combination, so the action is left out here (the key itself is kept).
-- 49 of the migration's 66 tables are kept; left out: the eight block tables of page versions
-- (_pages_v_version_hero_links, _pages_v_blocks_*), six form-field block tables (forms_blocks_country, _number,
-- _select, _select_options, _state, _message) and the footer global (footer, footer_nav_items, footer_rels).

CREATE TABLE `payload_folders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `folder_id` int DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `payload_folders_created_at_idx` (`created_at`),
  KEY `payload_folders_folder_idx` (`folder_id`),
  KEY `payload_folders_name_idx` (`name`),
  KEY `payload_folders_updated_at_idx` (`updated_at`),
  CONSTRAINT `payload_folders_folder_id_payload_folders_id_fk` FOREIGN KEY (`folder_id`) REFERENCES `payload_folders` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alt` varchar(255) DEFAULT NULL,
  `caption` json DEFAULT NULL,
  `folder_id` int DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `url` varchar(255) DEFAULT NULL,
  `thumbnail_u_r_l` varchar(255) DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `mime_type` varchar(255) DEFAULT NULL,
  `filesize` decimal(65,30) DEFAULT NULL,
  `width` decimal(65,30) DEFAULT NULL,
  `height` decimal(65,30) DEFAULT NULL,
  `focal_x` decimal(65,30) DEFAULT NULL,
  `focal_y` decimal(65,30) DEFAULT NULL,
  `sizes_thumbnail_url` varchar(255) DEFAULT NULL,
  `sizes_thumbnail_width` decimal(65,30) DEFAULT NULL,
  `sizes_thumbnail_height` decimal(65,30) DEFAULT NULL,
  `sizes_thumbnail_mime_type` varchar(255) DEFAULT NULL,
  `sizes_thumbnail_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_thumbnail_filename` varchar(255) DEFAULT NULL,
  `sizes_square_url` varchar(255) DEFAULT NULL,
  `sizes_square_width` decimal(65,30) DEFAULT NULL,
  `sizes_square_height` decimal(65,30) DEFAULT NULL,
  `sizes_square_mime_type` varchar(255) DEFAULT NULL,
  `sizes_square_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_square_filename` varchar(255) DEFAULT NULL,
  `sizes_small_url` varchar(255) DEFAULT NULL,
  `sizes_small_width` decimal(65,30) DEFAULT NULL,
  `sizes_small_height` decimal(65,30) DEFAULT NULL,
  `sizes_small_mime_type` varchar(255) DEFAULT NULL,
  `sizes_small_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_small_filename` varchar(255) DEFAULT NULL,
  `sizes_medium_url` varchar(255) DEFAULT NULL,
  `sizes_medium_width` decimal(65,30) DEFAULT NULL,
  `sizes_medium_height` decimal(65,30) DEFAULT NULL,
  `sizes_medium_mime_type` varchar(255) DEFAULT NULL,
  `sizes_medium_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_medium_filename` varchar(255) DEFAULT NULL,
  `sizes_large_url` varchar(255) DEFAULT NULL,
  `sizes_large_width` decimal(65,30) DEFAULT NULL,
  `sizes_large_height` decimal(65,30) DEFAULT NULL,
  `sizes_large_mime_type` varchar(255) DEFAULT NULL,
  `sizes_large_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_large_filename` varchar(255) DEFAULT NULL,
  `sizes_xlarge_url` varchar(255) DEFAULT NULL,
  `sizes_xlarge_width` decimal(65,30) DEFAULT NULL,
  `sizes_xlarge_height` decimal(65,30) DEFAULT NULL,
  `sizes_xlarge_mime_type` varchar(255) DEFAULT NULL,
  `sizes_xlarge_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_xlarge_filename` varchar(255) DEFAULT NULL,
  `sizes_og_url` varchar(255) DEFAULT NULL,
  `sizes_og_width` decimal(65,30) DEFAULT NULL,
  `sizes_og_height` decimal(65,30) DEFAULT NULL,
  `sizes_og_mime_type` varchar(255) DEFAULT NULL,
  `sizes_og_filesize` decimal(65,30) DEFAULT NULL,
  `sizes_og_filename` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `media_created_at_idx` (`created_at`),
  UNIQUE KEY `media_filename_idx` (`filename`),
  KEY `media_folder_idx` (`folder_id`),
  KEY `media_sizes_large_sizes_large_filename_idx` (`sizes_large_filename`),
  KEY `media_sizes_medium_sizes_medium_filename_idx` (`sizes_medium_filename`),
  KEY `media_sizes_og_sizes_og_filename_idx` (`sizes_og_filename`),
  KEY `media_sizes_small_sizes_small_filename_idx` (`sizes_small_filename`),
  KEY `media_sizes_square_sizes_square_filename_idx` (`sizes_square_filename`),
  KEY `media_sizes_thumbnail_sizes_thumbnail_filename_idx` (`sizes_thumbnail_filename`),
  KEY `media_sizes_xlarge_sizes_xlarge_filename_idx` (`sizes_xlarge_filename`),
  KEY `media_updated_at_idx` (`updated_at`),
  CONSTRAINT `media_folder_id_payload_folders_id_fk` FOREIGN KEY (`folder_id`) REFERENCES `payload_folders` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `hero_type` enum('none','highImpact','mediumImpact','lowImpact') DEFAULT 'lowImpact',
  `hero_rich_text` json DEFAULT NULL,
  `hero_media_id` int DEFAULT NULL,
  `meta_title` varchar(255) DEFAULT NULL,
  `meta_image_id` int DEFAULT NULL,
  `meta_description` varchar(255) DEFAULT NULL,
  `published_at` datetime(3) DEFAULT NULL,
  `generate_slug` tinyint(1) DEFAULT 1,
  `slug` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `_status` enum('draft','published') DEFAULT 'draft',
  PRIMARY KEY (`id`),
  KEY `pages__status_idx` (`_status`),
  KEY `pages_created_at_idx` (`created_at`),
  KEY `pages_hero_hero_media_idx` (`hero_media_id`),
  KEY `pages_meta_meta_image_idx` (`meta_image_id`),
  UNIQUE KEY `pages_slug_idx` (`slug`),
  KEY `pages_updated_at_idx` (`updated_at`),
  CONSTRAINT `pages_hero_media_id_media_id_fk` FOREIGN KEY (`hero_media_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `pages_meta_image_id_media_id_fk` FOREIGN KEY (`meta_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_hero_links` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `link_type` enum('reference','custom') DEFAULT 'reference',
  `link_new_tab` tinyint(1) DEFAULT NULL,
  `link_url` varchar(255) DEFAULT NULL,
  `link_label` varchar(255) DEFAULT NULL,
  `link_appearance` enum('default','outline') DEFAULT 'default',
  PRIMARY KEY (`id`),
  KEY `pages_hero_links_order_idx` (`_order`),
  KEY `pages_hero_links_parent_id_idx` (`_parent_id`),
  CONSTRAINT `pages_hero_links_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_cta` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `rich_text` json DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_blocks_cta_order_idx` (`_order`),
  KEY `pages_blocks_cta_parent_id_idx` (`_parent_id`),
  KEY `pages_blocks_cta_path_idx` (`_path`(191)),
  CONSTRAINT `pages_blocks_cta_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_cta_links` (
  `_order` int NOT NULL,
  `_parent_id` varchar(255) NOT NULL,
  `id` varchar(255) NOT NULL,
  `link_type` enum('reference','custom') DEFAULT 'reference',
  `link_new_tab` tinyint(1) DEFAULT NULL,
  `link_url` varchar(255) DEFAULT NULL,
  `link_label` varchar(255) DEFAULT NULL,
  `link_appearance` enum('default','outline') DEFAULT 'default',
  PRIMARY KEY (`id`),
  KEY `pages_blocks_cta_links_order_idx` (`_order`),
  KEY `pages_blocks_cta_links_parent_id_idx` (`_parent_id`),
  CONSTRAINT `pages_blocks_cta_links_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages_blocks_cta` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_content` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_blocks_content_order_idx` (`_order`),
  KEY `pages_blocks_content_parent_id_idx` (`_parent_id`),
  KEY `pages_blocks_content_path_idx` (`_path`(191)),
  CONSTRAINT `pages_blocks_content_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_content_columns` (
  `_order` int NOT NULL,
  `_parent_id` varchar(255) NOT NULL,
  `id` varchar(255) NOT NULL,
  `size` enum('oneThird','half','twoThirds','full') DEFAULT 'oneThird',
  `rich_text` json DEFAULT NULL,
  `enable_link` tinyint(1) DEFAULT NULL,
  `link_type` enum('reference','custom') DEFAULT 'reference',
  `link_new_tab` tinyint(1) DEFAULT NULL,
  `link_url` varchar(255) DEFAULT NULL,
  `link_label` varchar(255) DEFAULT NULL,
  `link_appearance` enum('default','outline') DEFAULT 'default',
  PRIMARY KEY (`id`),
  KEY `pages_blocks_content_columns_order_idx` (`_order`),
  KEY `pages_blocks_content_columns_parent_id_idx` (`_parent_id`),
  CONSTRAINT `pages_blocks_content_columns_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages_blocks_content` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_media_block` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `media_id` int DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_blocks_media_block_media_idx` (`media_id`),
  KEY `pages_blocks_media_block_order_idx` (`_order`),
  KEY `pages_blocks_media_block_parent_id_idx` (`_parent_id`),
  KEY `pages_blocks_media_block_path_idx` (`_path`(191)),
  CONSTRAINT `pages_blocks_media_block_media_id_media_id_fk` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `pages_blocks_media_block_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_archive` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `intro_content` json DEFAULT NULL,
  `populate_by` enum('collection','selection') DEFAULT 'collection',
  `relation_to` enum('posts') DEFAULT 'posts',
  `limit` decimal(65,30) DEFAULT 10,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_blocks_archive_order_idx` (`_order`),
  KEY `pages_blocks_archive_parent_id_idx` (`_parent_id`),
  KEY `pages_blocks_archive_path_idx` (`_path`(191)),
  CONSTRAINT `pages_blocks_archive_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `submit_button_label` varchar(255) DEFAULT NULL,
  `confirmation_type` enum('message','redirect') DEFAULT 'message',
  `confirmation_message` json DEFAULT NULL,
  `redirect_url` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `forms_created_at_idx` (`created_at`),
  KEY `forms_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_blocks_form_block` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `form_id` int DEFAULT NULL,
  `enable_intro` tinyint(1) DEFAULT NULL,
  `intro_content` json DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_blocks_form_block_form_idx` (`form_id`),
  KEY `pages_blocks_form_block_order_idx` (`_order`),
  KEY `pages_blocks_form_block_parent_id_idx` (`_parent_id`),
  KEY `pages_blocks_form_block_path_idx` (`_path`(191)),
  CONSTRAINT `pages_blocks_form_block_form_id_forms_id_fk` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`) ON DELETE SET NULL,
  CONSTRAINT `pages_blocks_form_block_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `hero_image_id` int DEFAULT NULL,
  `content` json DEFAULT NULL,
  `meta_title` varchar(255) DEFAULT NULL,
  `meta_image_id` int DEFAULT NULL,
  `meta_description` varchar(255) DEFAULT NULL,
  `published_at` datetime(3) DEFAULT NULL,
  `generate_slug` tinyint(1) DEFAULT 1,
  `slug` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `_status` enum('draft','published') DEFAULT 'draft',
  PRIMARY KEY (`id`),
  KEY `posts__status_idx` (`_status`),
  KEY `posts_created_at_idx` (`created_at`),
  KEY `posts_hero_image_idx` (`hero_image_id`),
  KEY `posts_meta_meta_image_idx` (`meta_image_id`),
  UNIQUE KEY `posts_slug_idx` (`slug`),
  KEY `posts_updated_at_idx` (`updated_at`),
  CONSTRAINT `posts_hero_image_id_media_id_fk` FOREIGN KEY (`hero_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `posts_meta_image_id_media_id_fk` FOREIGN KEY (`meta_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `generate_slug` tinyint(1) DEFAULT 1,
  `slug` varchar(255) NOT NULL,
  `parent_id` int DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `categories_created_at_idx` (`created_at`),
  KEY `categories_parent_idx` (`parent_id`),
  UNIQUE KEY `categories_slug_idx` (`slug`),
  KEY `categories_updated_at_idx` (`updated_at`),
  CONSTRAINT `categories_parent_id_categories_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `pages_id` int DEFAULT NULL,
  `posts_id` int DEFAULT NULL,
  `categories_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pages_rels_categories_id_idx` (`categories_id`),
  KEY `pages_rels_order_idx` (`order`),
  KEY `pages_rels_pages_id_idx` (`pages_id`),
  KEY `pages_rels_parent_idx` (`parent_id`),
  KEY `pages_rels_path_idx` (`path`),
  KEY `pages_rels_posts_id_idx` (`posts_id`),
  CONSTRAINT `pages_rels_categories_fk` FOREIGN KEY (`categories_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pages_rels_pages_fk` FOREIGN KEY (`pages_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pages_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pages_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_pages_v` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int DEFAULT NULL,
  `version_title` varchar(255) DEFAULT NULL,
  `version_hero_type` enum('none','highImpact','mediumImpact','lowImpact') DEFAULT 'lowImpact',
  `version_hero_rich_text` json DEFAULT NULL,
  `version_hero_media_id` int DEFAULT NULL,
  `version_meta_title` varchar(255) DEFAULT NULL,
  `version_meta_image_id` int DEFAULT NULL,
  `version_meta_description` varchar(255) DEFAULT NULL,
  `version_published_at` datetime(3) DEFAULT NULL,
  `version_generate_slug` tinyint(1) DEFAULT 1,
  `version_slug` varchar(255) DEFAULT NULL,
  `version_updated_at` datetime(3) DEFAULT NULL,
  `version_created_at` datetime(3) DEFAULT NULL,
  `version__status` enum('draft','published') DEFAULT 'draft',
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `latest` tinyint(1) DEFAULT NULL,
  `autosave` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `_pages_v_autosave_idx` (`autosave`),
  KEY `_pages_v_created_at_idx` (`created_at`),
  KEY `_pages_v_latest_idx` (`latest`),
  KEY `_pages_v_parent_idx` (`parent_id`),
  KEY `_pages_v_updated_at_idx` (`updated_at`),
  KEY `_pages_v_version_hero_version_hero_media_idx` (`version_hero_media_id`),
  KEY `_pages_v_version_meta_version_meta_image_idx` (`version_meta_image_id`),
  KEY `_pages_v_version_version__status_idx` (`version__status`),
  KEY `_pages_v_version_version_created_at_idx` (`version_created_at`),
  KEY `_pages_v_version_version_slug_idx` (`version_slug`),
  KEY `_pages_v_version_version_updated_at_idx` (`version_updated_at`),
  CONSTRAINT `_pages_v_parent_id_pages_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `pages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `_pages_v_version_hero_media_id_media_id_fk` FOREIGN KEY (`version_hero_media_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `_pages_v_version_meta_image_id_media_id_fk` FOREIGN KEY (`version_meta_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_pages_v_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `pages_id` int DEFAULT NULL,
  `posts_id` int DEFAULT NULL,
  `categories_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `_pages_v_rels_categories_id_idx` (`categories_id`),
  KEY `_pages_v_rels_order_idx` (`order`),
  KEY `_pages_v_rels_pages_id_idx` (`pages_id`),
  KEY `_pages_v_rels_parent_idx` (`parent_id`),
  KEY `_pages_v_rels_path_idx` (`path`),
  KEY `_pages_v_rels_posts_id_idx` (`posts_id`),
  CONSTRAINT `_pages_v_rels_categories_fk` FOREIGN KEY (`categories_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_pages_v_rels_pages_fk` FOREIGN KEY (`pages_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_pages_v_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `_pages_v` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_pages_v_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_populated_authors` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `posts_populated_authors_order_idx` (`_order`),
  KEY `posts_populated_authors_parent_id_idx` (`_parent_id`),
  CONSTRAINT `posts_populated_authors_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `email` varchar(255) NOT NULL,
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_expiration` datetime(3) DEFAULT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `login_attempts` decimal(65,30) DEFAULT 0,
  `lock_until` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `users_created_at_idx` (`created_at`),
  UNIQUE KEY `users_email_idx` (`email`),
  KEY `users_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `posts_id` int DEFAULT NULL,
  `categories_id` int DEFAULT NULL,
  `users_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `posts_rels_categories_id_idx` (`categories_id`),
  KEY `posts_rels_order_idx` (`order`),
  KEY `posts_rels_parent_idx` (`parent_id`),
  KEY `posts_rels_path_idx` (`path`),
  KEY `posts_rels_posts_id_idx` (`posts_id`),
  KEY `posts_rels_users_id_idx` (`users_id`),
  CONSTRAINT `posts_rels_categories_fk` FOREIGN KEY (`categories_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_rels_users_fk` FOREIGN KEY (`users_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_posts_v` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int DEFAULT NULL,
  `version_title` varchar(255) DEFAULT NULL,
  `version_hero_image_id` int DEFAULT NULL,
  `version_content` json DEFAULT NULL,
  `version_meta_title` varchar(255) DEFAULT NULL,
  `version_meta_image_id` int DEFAULT NULL,
  `version_meta_description` varchar(255) DEFAULT NULL,
  `version_published_at` datetime(3) DEFAULT NULL,
  `version_generate_slug` tinyint(1) DEFAULT 1,
  `version_slug` varchar(255) DEFAULT NULL,
  `version_updated_at` datetime(3) DEFAULT NULL,
  `version_created_at` datetime(3) DEFAULT NULL,
  `version__status` enum('draft','published') DEFAULT 'draft',
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `latest` tinyint(1) DEFAULT NULL,
  `autosave` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `_posts_v_autosave_idx` (`autosave`),
  KEY `_posts_v_created_at_idx` (`created_at`),
  KEY `_posts_v_latest_idx` (`latest`),
  KEY `_posts_v_parent_idx` (`parent_id`),
  KEY `_posts_v_updated_at_idx` (`updated_at`),
  KEY `_posts_v_version_meta_version_meta_image_idx` (`version_meta_image_id`),
  KEY `_posts_v_version_version__status_idx` (`version__status`),
  KEY `_posts_v_version_version_created_at_idx` (`version_created_at`),
  KEY `_posts_v_version_version_hero_image_idx` (`version_hero_image_id`),
  KEY `_posts_v_version_version_slug_idx` (`version_slug`),
  KEY `_posts_v_version_version_updated_at_idx` (`version_updated_at`),
  CONSTRAINT `_posts_v_parent_id_posts_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `_posts_v_version_hero_image_id_media_id_fk` FOREIGN KEY (`version_hero_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `_posts_v_version_meta_image_id_media_id_fk` FOREIGN KEY (`version_meta_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_posts_v_version_populated_authors` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `_uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `_posts_v_version_populated_authors_order_idx` (`_order`),
  KEY `_posts_v_version_populated_authors_parent_id_idx` (`_parent_id`),
  CONSTRAINT `_posts_v_version_populated_authors_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `_posts_v` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_posts_v_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `posts_id` int DEFAULT NULL,
  `categories_id` int DEFAULT NULL,
  `users_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `_posts_v_rels_categories_id_idx` (`categories_id`),
  KEY `_posts_v_rels_order_idx` (`order`),
  KEY `_posts_v_rels_parent_idx` (`parent_id`),
  KEY `_posts_v_rels_path_idx` (`path`),
  KEY `_posts_v_rels_posts_id_idx` (`posts_id`),
  KEY `_posts_v_rels_users_id_idx` (`users_id`),
  CONSTRAINT `_posts_v_rels_categories_fk` FOREIGN KEY (`categories_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_posts_v_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `_posts_v` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_posts_v_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_posts_v_rels_users_fk` FOREIGN KEY (`users_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories_breadcrumbs` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `doc_id` int DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `categories_breadcrumbs_doc_idx` (`doc_id`),
  KEY `categories_breadcrumbs_order_idx` (`_order`),
  KEY `categories_breadcrumbs_parent_id_idx` (`_parent_id`),
  CONSTRAINT `categories_breadcrumbs_doc_id_categories_id_fk` FOREIGN KEY (`doc_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL,
  CONSTRAINT `categories_breadcrumbs_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_sessions` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `expires_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `users_sessions_order_idx` (`_order`),
  KEY `users_sessions_parent_id_idx` (`_parent_id`),
  CONSTRAINT `users_sessions_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `from` varchar(255) NOT NULL,
  `to_type` enum('reference','custom') DEFAULT 'reference',
  `to_url` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `redirects_created_at_idx` (`created_at`),
  UNIQUE KEY `redirects_from_idx` (`from`),
  KEY `redirects_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirects_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `pages_id` int DEFAULT NULL,
  `posts_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `redirects_rels_order_idx` (`order`),
  KEY `redirects_rels_pages_id_idx` (`pages_id`),
  KEY `redirects_rels_parent_idx` (`parent_id`),
  KEY `redirects_rels_path_idx` (`path`),
  KEY `redirects_rels_posts_id_idx` (`posts_id`),
  CONSTRAINT `redirects_rels_pages_fk` FOREIGN KEY (`pages_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `redirects_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `redirects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `redirects_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms_blocks_checkbox` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `width` decimal(65,30) DEFAULT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `default_value` tinyint(1) DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_blocks_checkbox_order_idx` (`_order`),
  KEY `forms_blocks_checkbox_parent_id_idx` (`_parent_id`),
  KEY `forms_blocks_checkbox_path_idx` (`_path`(191)),
  CONSTRAINT `forms_blocks_checkbox_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms_blocks_email` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `width` decimal(65,30) DEFAULT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_blocks_email_order_idx` (`_order`),
  KEY `forms_blocks_email_parent_id_idx` (`_parent_id`),
  KEY `forms_blocks_email_path_idx` (`_path`(191)),
  CONSTRAINT `forms_blocks_email_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms_blocks_text` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `width` decimal(65,30) DEFAULT NULL,
  `default_value` varchar(255) DEFAULT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_blocks_text_order_idx` (`_order`),
  KEY `forms_blocks_text_parent_id_idx` (`_parent_id`),
  KEY `forms_blocks_text_path_idx` (`_path`(191)),
  CONSTRAINT `forms_blocks_text_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms_blocks_textarea` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `_path` text NOT NULL,
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `width` decimal(65,30) DEFAULT NULL,
  `default_value` varchar(255) DEFAULT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `block_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_blocks_textarea_order_idx` (`_order`),
  KEY `forms_blocks_textarea_parent_id_idx` (`_parent_id`),
  KEY `forms_blocks_textarea_path_idx` (`_path`(191)),
  CONSTRAINT `forms_blocks_textarea_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms_emails` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `email_to` varchar(255) DEFAULT NULL,
  `cc` varchar(255) DEFAULT NULL,
  `bcc` varchar(255) DEFAULT NULL,
  `reply_to` varchar(255) DEFAULT NULL,
  `email_from` varchar(255) DEFAULT NULL,
  `subject` varchar(255) NOT NULL DEFAULT 'You''ve received a new message.',
  `message` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_emails_order_idx` (`_order`),
  KEY `forms_emails_parent_id_idx` (`_parent_id`),
  CONSTRAINT `forms_emails_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `form_id` int NOT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `form_submissions_created_at_idx` (`created_at`),
  KEY `form_submissions_form_idx` (`form_id`),
  KEY `form_submissions_updated_at_idx` (`updated_at`),
  CONSTRAINT `form_submissions_form_id_forms_id_fk` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions_submission_data` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `field` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `form_submissions_submission_data_order_idx` (`_order`),
  KEY `form_submissions_submission_data_parent_id_idx` (`_parent_id`),
  CONSTRAINT `form_submissions_submission_data_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `form_submissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `priority` decimal(65,30) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `meta_title` varchar(255) DEFAULT NULL,
  `meta_description` varchar(255) DEFAULT NULL,
  `meta_image_id` int DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `search_created_at_idx` (`created_at`),
  KEY `search_meta_meta_image_idx` (`meta_image_id`),
  KEY `search_slug_idx` (`slug`),
  KEY `search_updated_at_idx` (`updated_at`),
  CONSTRAINT `search_meta_image_id_media_id_fk` FOREIGN KEY (`meta_image_id`) REFERENCES `media` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_categories` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `relation_to` varchar(255) DEFAULT NULL,
  `category_i_d` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_categories_order_idx` (`_order`),
  KEY `search_categories_parent_id_idx` (`_parent_id`),
  CONSTRAINT `search_categories_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `search` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `posts_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_rels_order_idx` (`order`),
  KEY `search_rels_parent_idx` (`parent_id`),
  KEY `search_rels_path_idx` (`path`),
  KEY `search_rels_posts_id_idx` (`posts_id`),
  CONSTRAINT `search_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `search` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_kv` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payload_kv_key_idx` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `input` json DEFAULT NULL,
  `completed_at` datetime(3) DEFAULT NULL,
  `total_tried` decimal(65,30) DEFAULT 0,
  `has_error` tinyint(1) DEFAULT 0,
  `error` json DEFAULT NULL,
  `task_slug` enum('inline','schedulePublish') DEFAULT NULL,
  `queue` varchar(255) DEFAULT 'default',
  `wait_until` datetime(3) DEFAULT NULL,
  `processing` tinyint(1) DEFAULT 0,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `payload_jobs_completed_at_idx` (`completed_at`),
  KEY `payload_jobs_created_at_idx` (`created_at`),
  KEY `payload_jobs_has_error_idx` (`has_error`),
  KEY `payload_jobs_processing_idx` (`processing`),
  KEY `payload_jobs_queue_idx` (`queue`),
  KEY `payload_jobs_task_slug_idx` (`task_slug`),
  KEY `payload_jobs_total_tried_idx` (`total_tried`),
  KEY `payload_jobs_updated_at_idx` (`updated_at`),
  KEY `payload_jobs_wait_until_idx` (`wait_until`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_jobs_log` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `executed_at` datetime(3) NOT NULL,
  `completed_at` datetime(3) NOT NULL,
  `task_slug` enum('inline','schedulePublish') NOT NULL,
  `task_i_d` varchar(255) NOT NULL,
  `input` json DEFAULT NULL,
  `output` json DEFAULT NULL,
  `state` enum('failed','succeeded') NOT NULL,
  `error` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `payload_jobs_log_order_idx` (`_order`),
  KEY `payload_jobs_log_parent_id_idx` (`_parent_id`),
  CONSTRAINT `payload_jobs_log_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `payload_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_folders_folder_type` (
  `order` int NOT NULL,
  `parent_id` int NOT NULL,
  `value` enum('media') DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `payload_folders_folder_type_order_idx` (`order`),
  KEY `payload_folders_folder_type_parent_idx` (`parent_id`),
  CONSTRAINT `payload_folders_folder_type_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `payload_folders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_locked_documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `global_slug` varchar(255) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `payload_locked_documents_created_at_idx` (`created_at`),
  KEY `payload_locked_documents_global_slug_idx` (`global_slug`),
  KEY `payload_locked_documents_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_locked_documents_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `pages_id` int DEFAULT NULL,
  `posts_id` int DEFAULT NULL,
  `media_id` int DEFAULT NULL,
  `categories_id` int DEFAULT NULL,
  `users_id` int DEFAULT NULL,
  `redirects_id` int DEFAULT NULL,
  `forms_id` int DEFAULT NULL,
  `form_submissions_id` int DEFAULT NULL,
  `search_id` int DEFAULT NULL,
  `payload_folders_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `payload_locked_documents_rels_categories_id_idx` (`categories_id`),
  KEY `payload_locked_documents_rels_form_submissions_id_idx` (`form_submissions_id`),
  KEY `payload_locked_documents_rels_forms_id_idx` (`forms_id`),
  KEY `payload_locked_documents_rels_media_id_idx` (`media_id`),
  KEY `payload_locked_documents_rels_order_idx` (`order`),
  KEY `payload_locked_documents_rels_pages_id_idx` (`pages_id`),
  KEY `payload_locked_documents_rels_parent_idx` (`parent_id`),
  KEY `payload_locked_documents_rels_path_idx` (`path`),
  KEY `payload_locked_documents_rels_payload_folders_id_idx` (`payload_folders_id`),
  KEY `payload_locked_documents_rels_posts_id_idx` (`posts_id`),
  KEY `payload_locked_documents_rels_redirects_id_idx` (`redirects_id`),
  KEY `payload_locked_documents_rels_search_id_idx` (`search_id`),
  KEY `payload_locked_documents_rels_users_id_idx` (`users_id`),
  CONSTRAINT `payload_locked_documents_rels_categories_fk` FOREIGN KEY (`categories_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_form_submissions_fk` FOREIGN KEY (`form_submissions_id`) REFERENCES `form_submissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_forms_fk` FOREIGN KEY (`forms_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_media_fk` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_pages_fk` FOREIGN KEY (`pages_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `payload_locked_documents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_payload_folders_fk` FOREIGN KEY (`payload_folders_id`) REFERENCES `payload_folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_redirects_fk` FOREIGN KEY (`redirects_id`) REFERENCES `redirects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_search_fk` FOREIGN KEY (`search_id`) REFERENCES `search` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_locked_documents_rels_users_fk` FOREIGN KEY (`users_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) DEFAULT NULL,
  `value` json DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `payload_preferences_created_at_idx` (`created_at`),
  KEY `payload_preferences_key_idx` (`key`),
  KEY `payload_preferences_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_preferences_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `users_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `payload_preferences_rels_order_idx` (`order`),
  KEY `payload_preferences_rels_parent_idx` (`parent_id`),
  KEY `payload_preferences_rels_path_idx` (`path`),
  KEY `payload_preferences_rels_users_id_idx` (`users_id`),
  CONSTRAINT `payload_preferences_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `payload_preferences` (`id`) ON DELETE CASCADE,
  CONSTRAINT `payload_preferences_rels_users_fk` FOREIGN KEY (`users_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payload_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `batch` decimal(65,30) DEFAULT NULL,
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `payload_migrations_created_at_idx` (`created_at`),
  KEY `payload_migrations_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `header` (
  `id` int NOT NULL AUTO_INCREMENT,
  `updated_at` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `header_nav_items` (
  `_order` int NOT NULL,
  `_parent_id` int NOT NULL,
  `id` varchar(255) NOT NULL,
  `link_type` enum('reference','custom') DEFAULT 'reference',
  `link_new_tab` tinyint(1) DEFAULT NULL,
  `link_url` varchar(255) DEFAULT NULL,
  `link_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `header_nav_items_order_idx` (`_order`),
  KEY `header_nav_items_parent_id_idx` (`_parent_id`),
  CONSTRAINT `header_nav_items_parent_id_fk` FOREIGN KEY (`_parent_id`) REFERENCES `header` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `header_rels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int DEFAULT NULL,
  `parent_id` int NOT NULL,
  `path` varchar(255) NOT NULL,
  `pages_id` int DEFAULT NULL,
  `posts_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `header_rels_order_idx` (`order`),
  KEY `header_rels_pages_id_idx` (`pages_id`),
  KEY `header_rels_parent_idx` (`parent_id`),
  KEY `header_rels_path_idx` (`path`),
  KEY `header_rels_posts_id_idx` (`posts_id`),
  CONSTRAINT `header_rels_pages_fk` FOREIGN KEY (`pages_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `header_rels_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `header` (`id`) ON DELETE CASCADE,
  CONSTRAINT `header_rels_posts_fk` FOREIGN KEY (`posts_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

