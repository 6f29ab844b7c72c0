-- Growstuff (growstuff.org; the open-source community of food gardeners: members, their gardens shared with
-- collaborators, plantings, harvests, seeds offered for swap, garden activities, photos, forums and posts, private
-- messages), github.com/Growstuff/growstuff `db/schema.rb` (ActiveRecord::Schema[7.2], version 2024_09_29_041435),
-- commit 2ec97581ad4b434f5e0025ea57fd71183fed13c3 (AGPL-3.0, LICENSE.txt).
-- Rails schema (PostgreSQL) written as MySQL, columns and order as schema.rb: `id` first (id: :serial -> int(11),
-- Rails default -> bigint(20), AUTO_INCREMENT; none for id: false), string -> varchar(255) (or its limit), text ->
-- text, integer -> int(11), bigint -> bigint(20), boolean -> tinyint(1), datetime -> datetime(6) (precision: nil ->
-- datetime), date -> date, float -> double, decimal without precision (PostgreSQL numeric) -> decimal(65,30), jsonb ->
-- json, string arrays (`likes.categories`) -> text; null: false and defaults as declared. Unique indexes are kept
-- as UNIQUE KEYs (other indexes dropped); the ten add_foreign_key lines are the ALTER TABLEs at the end.
-- Left out: `median_functions` (no columns) and seven Comfortable Mexican Sofa CMS tables (comfy_cms_categories,
-- comfy_cms_categorizations, comfy_cms_fragments, comfy_cms_layouts, comfy_cms_revisions, comfy_cms_snippets,
-- comfy_cms_translations); comfy_cms_files, comfy_cms_pages and comfy_cms_sites are kept.

CREATE TABLE `active_storage_attachments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint(20) NOT NULL,
  `blob_id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint(20) NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `blob_id` bigint(20) NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `category` varchar(255),
  `name` varchar(255),
  `description` varchar(255),
  `due_date` date,
  `finished` tinyint(1),
  `owner_id` bigint(20),
  `garden_id` bigint(20),
  `planting_id` bigint(20),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slug` varchar(255),
  `likes_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_activities_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alternate_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `crop_id` int(11) NOT NULL,
  `creator_id` int(11) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `provider` varchar(255) NOT NULL,
  `uid` varchar(255),
  `token` varchar(255),
  `secret` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comfy_cms_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `block_id` int(11),
  `label` varchar(255) NOT NULL DEFAULT '',
  `file_file_name` varchar(255),
  `description` varchar(2048),
  `position` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comfy_cms_pages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `layout_id` int(11),
  `parent_id` int(11),
  `target_page_id` int(11),
  `label` varchar(255) NOT NULL,
  `slug` varchar(255),
  `full_path` varchar(255) NOT NULL,
  `content_cache` text,
  `position` int(11) NOT NULL DEFAULT 0,
  `children_count` int(11) NOT NULL DEFAULT 0,
  `is_published` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comfy_cms_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `hostname` varchar(255) NOT NULL,
  `path` varchar(255),
  `locale` varchar(255) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `post_id` int(11) NOT NULL,
  `author_id` int(11) NOT NULL,
  `body` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crop_companions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `crop_a_id` int(11) NOT NULL,
  `crop_b_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crop_posts` (
  `crop_id` int(11),
  `post_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crops` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `en_wikipedia_url` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `parent_id` int(11),
  `plantings_count` int(11) DEFAULT 0,
  `creator_id` int(11),
  `requester_id` int(11),
  `approval_status` varchar(255) DEFAULT 'approved',
  `reason_for_rejection` text,
  `request_notes` text,
  `rejection_notes` text,
  `perennial` tinyint(1) DEFAULT 0,
  `median_lifespan` int(11),
  `median_days_to_first_harvest` int(11),
  `median_days_to_last_harvest` int(11),
  `openfarm_data` json,
  `harvests_count` int(11) DEFAULT 0,
  `photo_associations_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_crops_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `follower_id` int(11),
  `followed_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forums` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `owner_id` int(11) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_forums_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `garden_collaborators` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `member_id` bigint(20),
  `garden_id` bigint(20),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_garden_collaborators_on_member_id_and_garden_id` (`member_id`, `garden_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `garden_types` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_garden_types_on_name` (`name`),
  UNIQUE KEY `index_garden_types_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gardens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `owner_id` int(11),
  `slug` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `description` text,
  `active` tinyint(1) DEFAULT 1,
  `location` varchar(255),
  `latitude` double,
  `longitude` double,
  `area` decimal(65,30),
  `area_unit` varchar(255),
  `garden_type_id` int(11),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_gardens_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gardens_photos` (
  `photo_id` int(11),
  `garden_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `crop_id` int(11) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `harvested_at` date,
  `quantity` decimal(65,30),
  `unit` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `weight_quantity` decimal(65,30),
  `weight_unit` varchar(255),
  `plant_part_id` int(11),
  `si_weight` double,
  `planting_id` int(11),
  `likes_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvests_photos` (
  `photo_id` int(11),
  `harvest_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11),
  `likeable_type` varchar(255),
  `likeable_id` int(11),
  `categories` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailboxer_conversation_opt_outs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unsubscriber_type` varchar(255),
  `unsubscriber_id` int(11),
  `conversation_id` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailboxer_conversations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailboxer_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `body` text,
  `subject` varchar(255) DEFAULT '',
  `sender_type` varchar(255),
  `sender_id` int(11),
  `conversation_id` int(11),
  `draft` tinyint(1) DEFAULT 0,
  `notification_code` varchar(255),
  `notified_object_type` varchar(255),
  `notified_object_id` int(11),
  `attachment` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `global` tinyint(1) DEFAULT 0,
  `expires` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailboxer_receipts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `receiver_type` varchar(255),
  `receiver_id` int(11),
  `notification_id` int(11) NOT NULL,
  `is_read` tinyint(1) DEFAULT 0,
  `trashed` tinyint(1) DEFAULT 0,
  `deleted` tinyint(1) DEFAULT 0,
  `mailbox_type` varchar(25),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_delivered` tinyint(1) DEFAULT 0,
  `delivery_method` varchar(255),
  `message_id` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `failed_attempts` int(11) DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `login_name` varchar(255),
  `slug` varchar(255),
  `tos_agreement` tinyint(1),
  `show_email` tinyint(1),
  `location` varchar(255),
  `latitude` double,
  `longitude` double,
  `send_notification_email` tinyint(1) DEFAULT 1,
  `bio` text,
  `plantings_count` int(11),
  `newsletter` tinyint(1),
  `send_planting_reminder` tinyint(1) DEFAULT 1,
  `preferred_avatar_uri` varchar(255),
  `gardens_count` int(11),
  `harvests_count` int(11),
  `seeds_count` int(11),
  `discarded_at` datetime,
  `photos_count` int(11),
  `forums_count` int(11),
  `activities_count` int(11),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_members_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_members_on_email` (`email`),
  UNIQUE KEY `index_members_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_members_on_slug` (`slug`),
  UNIQUE KEY `index_members_on_unlock_token` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members_roles` (
  `member_id` int(11),
  `role_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11),
  `recipient_id` int(11) NOT NULL,
  `subject` varchar(255),
  `body` text,
  `read` tinyint(1) DEFAULT 0,
  `post_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_products` (
  `order_id` int(11),
  `product_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_associations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `photo_id` int(11) NOT NULL,
  `photographable_id` int(11) NOT NULL,
  `photographable_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `crop_id` int(11),
  PRIMARY KEY (`id`),
  UNIQUE KEY `items_to_photos_idx` (`photographable_id`, `photographable_type`, `photo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) NOT NULL,
  `thumbnail_url` varchar(255) NOT NULL,
  `fullsize_url` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `title` varchar(255) NOT NULL,
  `license_name` varchar(255) NOT NULL,
  `license_url` varchar(255),
  `link_url` varchar(255) NOT NULL,
  `source_id` varchar(255),
  `date_taken` datetime,
  `likes_count` int(11) DEFAULT 0,
  `source` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_photos_on_fullsize_url` (`fullsize_url`),
  UNIQUE KEY `index_photos_on_thumbnail_url` (`thumbnail_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos_plantings` (
  `photo_id` int(11),
  `planting_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos_seeds` (
  `photo_id` int(11),
  `seed_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plant_parts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `harvests_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plantings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `garden_id` int(11) NOT NULL,
  `crop_id` int(11) NOT NULL,
  `planted_at` date,
  `quantity` int(11),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `sunniness` varchar(255),
  `planted_from` varchar(255),
  `owner_id` int(11),
  `finished` tinyint(1) NOT NULL DEFAULT 0,
  `finished_at` date,
  `lifespan` int(11),
  `days_to_first_harvest` int(11),
  `days_to_last_harvest` int(11),
  `parent_seed_id` int(11),
  `harvests_count` int(11) DEFAULT 0,
  `likes_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_plantings_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_id` int(11) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  `forum_id` int(11),
  `likes_count` int(11) DEFAULT 0,
  `comments_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_posts_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_roles_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scientific_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `crop_id` int(11) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `creator_id` int(11),
  `gbif_key` int(11),
  `gbif_rank` varchar(255),
  `gbif_status` varchar(255),
  `wikidata_id` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) NOT NULL,
  `crop_id` int(11) NOT NULL,
  `description` text,
  `quantity` int(11),
  `plant_before` date,
  `created_at` datetime,
  `updated_at` datetime,
  `tradable_to` varchar(255) DEFAULT 'nowhere',
  `slug` varchar(255),
  `days_until_maturity_min` int(11),
  `days_until_maturity_max` int(11),
  `organic` text DEFAULT 'unknown',
  `gmo` text DEFAULT 'unknown',
  `heirloom` text DEFAULT 'unknown',
  `finished` tinyint(1) DEFAULT 0,
  `finished_at` date,
  `parent_planting_id` int(11),
  `saved_at` date,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_seeds_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `active_storage_attachments` ADD FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`);
ALTER TABLE `active_storage_variant_records` ADD FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`);
ALTER TABLE `harvests` ADD FOREIGN KEY (`planting_id`) REFERENCES `plantings` (`id`);
ALTER TABLE `mailboxer_conversation_opt_outs` ADD CONSTRAINT `mb_opt_outs_on_conversations_id` FOREIGN KEY (`conversation_id`) REFERENCES `mailboxer_conversations` (`id`);
ALTER TABLE `mailboxer_notifications` ADD CONSTRAINT `notifications_on_conversation_id` FOREIGN KEY (`conversation_id`) REFERENCES `mailboxer_conversations` (`id`);
ALTER TABLE `mailboxer_receipts` ADD CONSTRAINT `receipts_on_notification_id` FOREIGN KEY (`notification_id`) REFERENCES `mailboxer_notifications` (`id`);
ALTER TABLE `photo_associations` ADD FOREIGN KEY (`crop_id`) REFERENCES `crops` (`id`);
ALTER TABLE `photo_associations` ADD FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`);
ALTER TABLE `plantings` ADD CONSTRAINT `parent_seed` FOREIGN KEY (`parent_seed_id`) REFERENCES `seeds` (`id`) ON DELETE SET NULL;
ALTER TABLE `seeds` ADD CONSTRAINT `parent_planting` FOREIGN KEY (`parent_planting_id`) REFERENCES `plantings` (`id`) ON DELETE SET NULL;
