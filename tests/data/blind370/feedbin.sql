-- Feedbin (web-based RSS reader and read-later service, also self-hosted) — db/structure.sql (Rails structure dump, PostgreSQL),
-- github.com/feedbin/feedbin commit 9bfc9f684afdc68b6c9bbd0d96e4a8e783608bf4 (MIT).
-- The pg_dump of db/structure.sql was written as MySQL DDL by a small script: every CREATE TABLE of the dump (43 tables, columns
-- in upstream's order), bigint/integer -> BIGINT/INT (nextval() ids -> AUTO_INCREMENT), text -> TEXT (VARCHAR(255) where the
-- column is part of a primary or unique key), character varying(n) -> VARCHAR(n) (VARCHAR(255) without n), boolean -> TINYINT(1),
-- timestamp / timestamp(6) -> DATETIME / DATETIME(6), json / jsonb / hstore and text[] / bigint[] -> JSON, uuid -> CHAR(36),
-- numeric -> DECIMAL(10,2), date -> DATE; NOT NULL and constant defaults as upstream ('{}' array defaults -> '[]'); the two
-- function defaults (authentication_tokens.uuid = uuid_generate_v4(), queued_entries.order = date_part('epoch', now())) dropped.
-- Primary keys, the 34 unique indexes (the lower(...) expression indexes on devices.token, twitter_users.screen_name and
-- users.email written as plain unique keys) and the 8 foreign keys (with upstream's names and ON DELETE) as upstream; tables
-- ordered so that referenced tables come first; plain, GIN and partial indexes, sequences and extensions left out. No table left out.
CREATE TABLE `account_migration_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_migration_id` BIGINT NOT NULL,
  `status` BIGINT NOT NULL DEFAULT 0,
  `data` JSON DEFAULT ('{}'),
  `message` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_migrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `api_token` TEXT NOT NULL,
  `status` BIGINT NOT NULL DEFAULT 0,
  `data` JSON DEFAULT ('{}'),
  `message` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `query` TEXT,
  `actions` JSON DEFAULT ('[]'),
  `feed_ids` JSON DEFAULT ('[]'),
  `all_feeds` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `title` TEXT,
  `tag_ids` JSON DEFAULT ('[]'),
  `action_type` BIGINT DEFAULT 0,
  `computed_feed_ids` JSON DEFAULT ('[]'),
  `status` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_store_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `original_transaction_id` TEXT NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `notification_type` TEXT NOT NULL,
  `subtype` TEXT,
  `version` TEXT NOT NULL,
  `processed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_app_store_notifications_on_notification_id` (`notification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_changes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `trackable_type` VARCHAR(255),
  `trackable_id` BIGINT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_attribute_changes_on_trackable_and_name` (`trackable_id`, `trackable_type`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billing_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `details` TEXT,
  `event_type` VARCHAR(255),
  `billable_id` BIGINT,
  `billable_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `event_id` VARCHAR(255),
  `info` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_billing_events_on_event_id` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coupons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `coupon_code` VARCHAR(255),
  `sent_to` VARCHAR(255),
  `redeemed` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` TEXT,
  `customer_id` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `original_user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `model` TEXT,
  `device_type` BIGINT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `application` TEXT,
  `operating_system` TEXT,
  `active` TINYINT(1) DEFAULT 1,
  `data` JSON DEFAULT ('{}'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devices_on_lower_tokens` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discovered_feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT,
  `site_url` VARCHAR(255),
  `feed_url` VARCHAR(255),
  `host` TEXT,
  `verified_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_discovered_feeds_on_site_url_and_feed_url` (`site_url`, `feed_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `embeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider_id` VARCHAR(255) NOT NULL,
  `parent_id` TEXT,
  `source` INT NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_embeds_on_source_and_provider_id` (`source`, `provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feed_id` BIGINT,
  `title` TEXT,
  `url` TEXT,
  `author` TEXT,
  `summary` TEXT,
  `content` TEXT,
  `published` DATETIME,
  `updated` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `entry_id` TEXT,
  `public_id` VARCHAR(255),
  `old_public_id` VARCHAR(255),
  `starred_entries_count` BIGINT NOT NULL DEFAULT 0,
  `data` JSON,
  `original` JSON,
  `source` TEXT,
  `image_url` TEXT,
  `processed_image_url` TEXT,
  `image` JSON,
  `recently_played_entries_count` BIGINT DEFAULT 0,
  `thread_id` BIGINT,
  `settings` JSON,
  `main_tweet_id` TEXT,
  `queued_entries_count` BIGINT NOT NULL DEFAULT 0,
  `fingerprint` CHAR(36),
  `guid` CHAR(36),
  `provider` BIGINT,
  `provider_id` TEXT,
  `provider_parent_id` TEXT,
  `chapters` JSON,
  `categories` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_entries_on_public_id` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favicons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `host` VARCHAR(255),
  `favicon` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `data` JSON,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_favicons_on_host` (`host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feed_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feed_id` BIGINT,
  `day` DATE,
  `entries_count` BIGINT DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT,
  `feed_url` VARCHAR(255),
  `site_url` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `subscriptions_count` BIGINT NOT NULL DEFAULT 0,
  `protected` TINYINT(1) DEFAULT 0,
  `push_expiration` DATETIME,
  `last_published_entry` DATETIME,
  `host` TEXT,
  `self_url` TEXT,
  `feed_type` BIGINT DEFAULT 0,
  `active` TINYINT(1) DEFAULT 1,
  `options` JSON,
  `hubs` JSON,
  `settings` JSON,
  `standalone_request_at` DATETIME(6),
  `last_change_check` DATETIME(6),
  `crawl_data` JSON,
  `redirected_to` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feeds_on_feed_url` (`feed_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `import_id` BIGINT,
  `details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `item_type` VARCHAR(255),
  `status` BIGINT NOT NULL DEFAULT 0,
  `error` JSON,
  `site_url` TEXT,
  `host` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `complete` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `upload` VARCHAR(255),
  `filename` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_app_purchases` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `transaction_id` VARCHAR(255),
  `purchase_date` DATETIME,
  `receipt` JSON,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `response` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_in_app_purchases_on_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletter_senders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feed_id` BIGINT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `token` TEXT NOT NULL,
  `full_token` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `name` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_newsletter_senders_on_feed_id` (`feed_id`),
  CONSTRAINT `fk_rails_1aa815fea5` FOREIGN KEY (`feed_id`) REFERENCES `feeds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_servers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `host` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL DEFAULT ('{}'),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_servers_on_host` (`host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stripe_id` VARCHAR(255),
  `name` VARCHAR(255),
  `price` DECIMAL(10,2),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `price_tier` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recently_played_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `entry_id` BIGINT NOT NULL,
  `progress` BIGINT NOT NULL DEFAULT 0,
  `duration` BIGINT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_recently_played_entries_on_user_id_and_entry_id` (`user_id`, `entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recently_read_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `entry_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_recently_read_entries_on_user_id_and_entry_id` (`user_id`, `entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fingerprint` CHAR(36) NOT NULL,
  `original_url` TEXT NOT NULL,
  `storage_url` TEXT NOT NULL,
  `data` JSON DEFAULT ('{}'),
  `settings` JSON DEFAULT ('{}'),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_remote_files_on_fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_searches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `query` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  UNIQUE KEY `unique_schema_migrations` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sharing_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `label` TEXT,
  `url` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `starred_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `feed_id` BIGINT,
  `entry_id` BIGINT,
  `published` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `source` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_starred_entries_on_user_id_and_entry_id` (`user_id`, `entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `feed_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `title` TEXT,
  `view_inline` TINYINT(1) DEFAULT 0,
  `active` TINYINT(1) DEFAULT 1,
  `push` TINYINT(1) DEFAULT 0,
  `show_updates` TINYINT(1) DEFAULT 1,
  `muted` TINYINT(1) DEFAULT 0,
  `show_retweets` TINYINT(1) DEFAULT 1,
  `media_only` TINYINT(1) DEFAULT 0,
  `kind` BIGINT DEFAULT 0,
  `view_mode` BIGINT DEFAULT 0,
  `show_status` BIGINT NOT NULL DEFAULT 0,
  `fix_status` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subscriptions_on_user_id_and_feed_id` (`user_id`, `feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suggested_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suggested_feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `suggested_category_id` BIGINT,
  `feed_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supported_sharing_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `service_id` VARCHAR(255) NOT NULL,
  `settings` JSON,
  `service_options` JSON,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `status` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_supported_sharing_services_on_user_id_and_service_id` (`user_id`, `service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feed_id` BIGINT,
  `user_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `tag_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitter_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `screen_name` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `profile_image_url` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_twitter_users_on_lower_screen_name` (`screen_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unreads` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `feed_id` BIGINT NOT NULL,
  `entry_id` BIGINT NOT NULL,
  `published` DATETIME NOT NULL,
  `entry_created_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_unreads_on_user_id_and_entry_id` (`user_id`, `entry_id`),
  CONSTRAINT `fk_rails_90f07702a3` FOREIGN KEY (`entry_id`) REFERENCES `entries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `updated_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `entry_id` BIGINT,
  `feed_id` BIGINT,
  `published` DATETIME,
  `updated` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_updated_entries_on_user_id_and_entry_id` (`user_id`, `entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `password_digest` VARCHAR(255),
  `customer_id` VARCHAR(255),
  `last_4_digits` VARCHAR(255),
  `plan_id` BIGINT,
  `admin` TINYINT(1) DEFAULT 0,
  `suspended` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `auth_token` VARCHAR(255),
  `password_reset_token` VARCHAR(255),
  `password_reset_sent_at` DATETIME,
  `settings` JSON,
  `starred_token` VARCHAR(255),
  `inbound_email_token` VARCHAR(255),
  `tag_visibility` JSON DEFAULT ('{}'),
  `expires_at` DATETIME,
  `newsletter_token` VARCHAR(255),
  `price_tier` BIGINT,
  `page_token` VARCHAR(255),
  `twitter_auth_failures` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_auth_token` (`auth_token`),
  UNIQUE KEY `index_users_on_customer_id` (`customer_id`),
  UNIQUE KEY `index_users_on_inbound_email_token` (`inbound_email_token`),
  UNIQUE KEY `index_users_on_lower_email` (`email`),
  UNIQUE KEY `index_users_on_newsletter_token` (`newsletter_token`),
  UNIQUE KEY `index_users_on_page_token` (`page_token`),
  UNIQUE KEY `index_users_on_password_reset_token` (`password_reset_token`),
  UNIQUE KEY `index_users_on_starred_token` (`starred_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `purpose` INT NOT NULL,
  `data` JSON DEFAULT ('{}'),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_authentication_tokens_on_purpose_and_token` (`purpose`, `token`),
  CONSTRAINT `fk_rails_ad331ebb27` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `sort_order` BIGINT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_playlists_on_user_id_and_title` (`user_id`, `title`),
  CONSTRAINT `fk_rails_d67ef1eb45` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `feed_id` BIGINT NOT NULL,
  `status` BIGINT NOT NULL DEFAULT 0,
  `title` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `playlist_id` BIGINT,
  `download_filter` VARCHAR(255),
  `download_filter_type` BIGINT NOT NULL DEFAULT 0,
  `chapter_filter` VARCHAR(255),
  `chapter_filter_type` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_podcast_subscriptions_on_user_id_and_feed_id` (`user_id`, `feed_id`),
  CONSTRAINT `fk_rails_146c1d2d35` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_4bb4824ec6` FOREIGN KEY (`feed_id`) REFERENCES `feeds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queued_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `entry_id` BIGINT NOT NULL,
  `feed_id` BIGINT NOT NULL,
  `order` BIGINT NOT NULL,
  `progress` BIGINT NOT NULL DEFAULT 0,
  `duration` BIGINT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `playlist_id` BIGINT,
  `skipped_chapters` JSON NOT NULL DEFAULT ('[]'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_queued_entries_on_user_id_and_entry_id` (`user_id`, `entry_id`),
  CONSTRAINT `fk_rails_83978fda52` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_9556652818` FOREIGN KEY (`entry_id`) REFERENCES `entries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
