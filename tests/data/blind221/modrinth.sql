-- Modrinth's backend Labrinth (modrinth/code, apps/labrinth), the mod portal and API of modrinth.com and of the
-- Modrinth App launcher, at commit fe9ae94a5d9ac1e9d37c3088c9cdca1f55b5a61f (migrations last changed in
-- 46d07163cd1cdba6fbc0fb444f72185dd2702229). AGPL-3.0 (apps/labrinth/LICENSE.txt).
-- How it was made: the 165 sqlx migrations of apps/labrinth/migrations/*.sql were replayed in order into an empty
-- PostgreSQL 15 database (all applied without change), and the resulting tables were written as MySQL DDL by a
-- script reading information_schema and pg_constraint: columns in PostgreSQL's order with their names unchanged;
-- bigint/integer/smallint/boolean/numeric(p,s)/double kept (numeric(96,48) -> DECIMAL(65,30), MariaDB's largest), varchar(n) -> VARCHAR(n) (TEXT above 2048),
-- text -> TEXT (VARCHAR(255) where it is part of a key), timestamp[tz] -> DATETIME, jsonb -> JSON, uuid -> CHAR(36),
-- bytea -> BLOB, PostgreSQL enums -> ENUM; NOT NULL and literal / now() defaults kept (the one interval default of
-- users_subscriptions_credits is dropped), serial columns -> AUTO_INCREMENT; primary keys, unique constraints,
-- plain unique indexes and every foreign key (with ON DELETE CASCADE / SET NULL) kept; partial and expression
-- unique indexes (team_members one owner per team, moderation_notes per user / organization,
-- users_notifications_preferences contextual) and plain indexes left out. Tables are ordered so that every
-- foreign key refers to a table already created.
-- 55 of the 85 tables are kept. Left out: the Delphi malware-scan tables (delphi_*), attribution scanning
-- (attributions_exemptions, file_scans, moderation_external_files, moderation_external_licenses,
-- override_file_sources, project_attribution_files, project_attribution_groups, project_disclosures), loader-field
-- metadata (loader_field_enum_values, loader_field_enums, loader_fields, loader_fields_loaders,
-- loaders_project_types, loaders_project_types_games, loaders_versions, version_fields), and analytics_events,
-- collections_mods, dependencies, hashes, minecraft_java_server_versions, oauth_client_redirect_uris,
-- payouts_values_notifications, products_tax_identifiers, users_subscriptions_affiliations_payouts.

CREATE TABLE `users` (
  `id` BIGINT NOT NULL,
  `github_id` BIGINT,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `avatar_url` VARCHAR(1024),
  `bio` VARCHAR(160),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `role` VARCHAR(50) NOT NULL DEFAULT 'developer',
  `badges` BIGINT NOT NULL DEFAULT 0,
  `balance` DECIMAL(40,20) NOT NULL DEFAULT 0,
  `discord_id` BIGINT,
  `gitlab_id` BIGINT,
  `google_id` VARCHAR(256),
  `steam_id` BIGINT,
  `microsoft_id` VARCHAR(256),
  `password` TEXT,
  `email_verified` BOOLEAN NOT NULL DEFAULT FALSE,
  `totp_secret` VARCHAR(32),
  `paypal_country` TEXT,
  `paypal_email` TEXT,
  `paypal_id` TEXT,
  `venmo_handle` TEXT,
  `stripe_customer_id` VARCHAR(255),
  `raw_avatar_url` TEXT,
  `allow_friend_requests` BOOLEAN NOT NULL DEFAULT TRUE,
  `is_subscribed_to_newsletter` BOOLEAN NOT NULL DEFAULT FALSE,
  `eligibility_verified_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_unique` (`email`),
  UNIQUE KEY `username_unique` (`username`),
  UNIQUE KEY `users_stripe_customer_id` (`stripe_customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL,
  `session` VARCHAR(64) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_login` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires` DATETIME NOT NULL,
  `refresh_expires` DATETIME NOT NULL,
  `city` VARCHAR(256),
  `country` VARCHAR(256),
  `ip` VARCHAR(512) NOT NULL,
  `os` VARCHAR(256),
  `platform` VARCHAR(256),
  `user_agent` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_session_key` (`session`),
  CONSTRAINT `sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pats` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `access_token` VARCHAR(64) NOT NULL,
  `scopes` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires` DATETIME NOT NULL,
  `last_used` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pats_access_token_key` (`access_token`),
  CONSTRAINT `pats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_backup_codes` (
  `user_id` BIGINT NOT NULL,
  `code` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `code`),
  CONSTRAINT `user_backup_codes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_passkeys` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `credential_id` VARBINARY(255) NOT NULL,
  `passkey` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_used` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_passkeys_credential_id_key` (`credential_id`),
  CONSTRAINT `user_passkeys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preferences` (
  `user_id` BIGINT NOT NULL,
  `preferences` JSON NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_preferences_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_limits` (
  `user_id` BIGINT,
  `projects` INT NOT NULL,
  `organizations` INT NOT NULL,
  `collections` INT NOT NULL,
  CONSTRAINT `user_limits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_compliance` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `requested` DATETIME NOT NULL,
  `signed` DATETIME,
  `e_delivery_consented` BOOLEAN NOT NULL,
  `tin_matched` BOOLEAN NOT NULL,
  `last_checked` DATETIME NOT NULL,
  `external_request_id` VARCHAR(255) NOT NULL,
  `reference_id` VARCHAR(255) NOT NULL,
  `form_type` VARCHAR(255),
  `requires_manual_review` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_compliance_user_id_key` (`user_id`),
  CONSTRAINT `users_compliance_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_notifications_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `channel` VARCHAR(32) NOT NULL,
  `notification_type` VARCHAR(32) NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_notifications_preferences_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_redeemals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `offer` VARCHAR(255) NOT NULL,
  `redeemed` DATETIME NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `last_attempt` DATETIME,
  `n_attempts` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_redeemals_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` BIGINT NOT NULL,
  `metadata` JSON NOT NULL,
  `unitary` BOOLEAN NOT NULL DEFAULT FALSE,
  `name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products_prices` (
  `id` BIGINT NOT NULL,
  `product_id` BIGINT NOT NULL,
  `currency_code` TEXT NOT NULL,
  `prices` JSON NOT NULL,
  `public` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  CONSTRAINT `products_prices_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_subscriptions` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `price_id` BIGINT NOT NULL,
  `interval` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_subscriptions_price_id_fkey` FOREIGN KEY (`price_id`) REFERENCES `products_prices` (`id`),
  CONSTRAINT `users_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_subscriptions_credits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subscription_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `creditor_id` BIGINT NOT NULL,
  `days` INT NOT NULL,
  `previous_due` DATETIME NOT NULL,
  `next_due` DATETIME NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_subscriptions_credits_creditor_id_fkey` FOREIGN KEY (`creditor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `users_subscriptions_credits_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `users_subscriptions` (`id`),
  CONSTRAINT `users_subscriptions_credits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliate_codes` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` BIGINT NOT NULL,
  `affiliate` BIGINT NOT NULL,
  `revenue_split` DOUBLE,
  `source_name` VARCHAR(255) NOT NULL DEFAULT '(unnamed)',
  PRIMARY KEY (`id`),
  CONSTRAINT `affiliate_codes_affiliate_fkey` FOREIGN KEY (`affiliate`) REFERENCES `users` (`id`),
  CONSTRAINT `affiliate_codes_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_subscriptions_affiliations` (
  `subscription_id` BIGINT NOT NULL,
  `affiliate_code` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deactivated_at` DATETIME,
  UNIQUE KEY `users_subscriptions_affiliations_subscription_id_key` (`subscription_id`),
  CONSTRAINT `users_subscriptions_affiliations_affiliate_code_fkey` FOREIGN KEY (`affiliate_code`) REFERENCES `affiliate_codes` (`id`),
  CONSTRAINT `users_subscriptions_affiliations_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `users_subscriptions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charges` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `price_id` BIGINT NOT NULL,
  `amount` BIGINT NOT NULL,
  `currency_code` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `due` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_attempt` DATETIME,
  `charge_type` TEXT NOT NULL,
  `subscription_id` BIGINT,
  `subscription_interval` TEXT,
  `payment_platform` TEXT NOT NULL,
  `payment_platform_id` TEXT,
  `parent_charge_id` BIGINT,
  `net` BIGINT,
  `tax_amount` BIGINT NOT NULL DEFAULT 0,
  `tax_platform_id` TEXT,
  `tax_last_updated` DATETIME,
  `tax_drift_loss` BIGINT,
  `tax_transaction_version` INT,
  `tax_platform_accounting_time` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `charges_parent_charge_id_fkey` FOREIGN KEY (`parent_charge_id`) REFERENCES `charges` (`id`),
  CONSTRAINT `charges_price_id_fkey` FOREIGN KEY (`price_id`) REFERENCES `products_prices` (`id`),
  CONSTRAINT `charges_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payouts` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `amount` DECIMAL(65,30) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` VARCHAR(128) NOT NULL,
  `method` TEXT,
  `method_address` TEXT,
  `platform_id` TEXT,
  `fee` DECIMAL(40,20),
  `method_id` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `historical_payouts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `team_id` BIGINT NOT NULL,
  `icon_url` VARCHAR(255),
  `color` INT,
  `name` TEXT NOT NULL,
  `raw_icon_url` TEXT,
  `text_id` TEXT,
  `text_id_lower` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mods` (
  `id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `summary` VARCHAR(2048) NOT NULL,
  `published` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `downloads` INT NOT NULL DEFAULT 0,
  `icon_url` VARCHAR(2048),
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `license_url` VARCHAR(1000),
  `slug` VARCHAR(255),
  `description` TEXT NOT NULL,
  `follows` INT NOT NULL DEFAULT 0,
  `moderation_message` VARCHAR(2000),
  `moderation_message_body` TEXT,
  `approved` DATETIME,
  `license` VARCHAR(2048) NOT NULL DEFAULT 'LicenseRef-All-Rights-Reserved',
  `status` VARCHAR(128) NOT NULL,
  `requested_status` VARCHAR(128),
  `webhook_sent` BOOLEAN NOT NULL DEFAULT FALSE,
  `color` INT,
  `queued` DATETIME,
  `monetization_status` VARCHAR(64) NOT NULL DEFAULT 'monetized',
  `organization_id` BIGINT,
  `raw_icon_url` TEXT,
  `side_types_migration_review_status` VARCHAR(64) NOT NULL DEFAULT 'reviewed',
  `text_id` TEXT,
  `text_id_lower` TEXT,
  `components` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mods_slug_key` (`slug`),
  CONSTRAINT `mods_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mods_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payouts_values` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `mod_id` BIGINT,
  `amount` DECIMAL(40,20) NOT NULL,
  `created` DATETIME NOT NULL,
  `date_available` DATETIME NOT NULL,
  `affiliate_code_source` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `payouts_values_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`),
  CONSTRAINT `payouts_values_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payout_sources_balance` (
  `account_type` VARCHAR(255) NOT NULL,
  `amount` DECIMAL(40,20) NOT NULL,
  `pending` BOOLEAN NOT NULL,
  `recorded` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`recorded`, `account_type`, `pending`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign_donations` (
  `id` BIGINT NOT NULL,
  `tiltify_event_id` CHAR(36) NOT NULL,
  `raw_data` JSON NOT NULL,
  `donated_at` DATETIME NOT NULL,
  `amount_usd` DECIMAL(65,30),
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `campaign_donations_tiltify_event_id_key` (`tiltify_event_id`),
  CONSTRAINT `campaign_donations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friends` (
  `user_id` BIGINT NOT NULL,
  `friend_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `accepted` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`user_id`, `friend_id`),
  CONSTRAINT `friends_friend_id_fkey` FOREIGN KEY (`friend_id`) REFERENCES `users` (`id`),
  CONSTRAINT `friends_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_users` (
  `user_id` BIGINT NOT NULL,
  `blocked_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `blocked_id`),
  CONSTRAINT `blocked_users_blocked_id_fkey` FOREIGN KEY (`blocked_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `blocked_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mod_follows` (
  `follower_id` BIGINT NOT NULL,
  `mod_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`follower_id`, `mod_id`),
  CONSTRAINT `mod_follows_follower_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`),
  CONSTRAINT `mod_follows_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(2048),
  `user_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` VARCHAR(64) NOT NULL DEFAULT 'listed',
  `icon_url` VARCHAR(2048),
  `color` INT,
  `raw_icon_url` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `collections_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_members` (
  `id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `permissions` BIGINT NOT NULL DEFAULT 0,
  `accepted` BOOLEAN NOT NULL DEFAULT FALSE,
  `payouts_split` DECIMAL(40,20) NOT NULL DEFAULT 0,
  `ordering` BIGINT NOT NULL DEFAULT 0,
  `organization_permissions` BIGINT,
  `is_owner` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_user_team` (`user_id`, `team_id`),
  CONSTRAINT `team_members_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `team_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_types_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NOT NULL,
  `project_type` INT NOT NULL,
  `icon` TEXT NOT NULL,
  `header` VARCHAR(256) NOT NULL DEFAULT 'Categories',
  `ordering` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_project_type_fkey` FOREIGN KEY (`project_type`) REFERENCES `project_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mods_categories` (
  `joining_mod_id` BIGINT NOT NULL,
  `joining_category_id` INT NOT NULL,
  `is_additional` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`joining_mod_id`, `joining_category_id`),
  CONSTRAINT `mods_categories_joining_category_id_fkey` FOREIGN KEY (`joining_category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `mods_categories_joining_mod_id_fkey` FOREIGN KEY (`joining_mod_id`) REFERENCES `mods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mods_gallery` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mod_id` BIGINT NOT NULL,
  `image_url` VARCHAR(2048) NOT NULL,
  `featured` BOOLEAN DEFAULT FALSE,
  `name` VARCHAR(255),
  `description` VARCHAR(2048),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ordering` BIGINT NOT NULL DEFAULT 0,
  `raw_image_url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mods_gallery_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_platforms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(16) NOT NULL,
  `donation` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `link_platforms_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mods_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `joining_mod_id` BIGINT NOT NULL,
  `joining_platform_id` INT NOT NULL,
  `url` VARCHAR(2048) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mods_links_joining_mod_id_fkey` FOREIGN KEY (`joining_mod_id`) REFERENCES `mods` (`id`),
  CONSTRAINT `mods_links_joining_platform_id_fkey` FOREIGN KEY (`joining_platform_id`) REFERENCES `link_platforms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games` (
  `id` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `slug` VARCHAR(64) NOT NULL,
  `icon_url` VARCHAR(2048),
  `banner_url` VARCHAR(2048),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_game_name` (`name`),
  UNIQUE KEY `unique_game_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL,
  `mod_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version_number` VARCHAR(255) NOT NULL,
  `date_published` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `downloads` INT NOT NULL DEFAULT 0,
  `author_id` BIGINT NOT NULL DEFAULT 0,
  `featured` BOOLEAN NOT NULL DEFAULT FALSE,
  `changelog` TEXT NOT NULL,
  `version_type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(128) NOT NULL DEFAULT 'listed',
  `requested_status` VARCHAR(128),
  `ordering` INT,
  `components` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `versions_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `versions_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` BIGINT NOT NULL,
  `version_id` BIGINT NOT NULL,
  `url` VARCHAR(2048) NOT NULL,
  `filename` VARCHAR(2048) NOT NULL,
  `is_primary` BOOLEAN NOT NULL DEFAULT FALSE,
  `size` INT NOT NULL DEFAULT 0,
  `file_type` VARCHAR(128),
  `metadata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loaders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `loader` VARCHAR(255) NOT NULL,
  `icon` TEXT NOT NULL,
  `hidable` BOOLEAN NOT NULL DEFAULT FALSE,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `loaders_loader_key` (`loader`),
  UNIQUE KEY `unique_loader_name` (`loader`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_types_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL,
  `report_type_id` INT NOT NULL,
  `mod_id` BIGINT,
  `version_id` BIGINT,
  `user_id` BIGINT,
  `body` TEXT NOT NULL,
  `reporter` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `closed` BOOLEAN NOT NULL DEFAULT FALSE,
  `shared_instance_id` BIGINT,
  `shared_instance_version_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`),
  CONSTRAINT `reports_report_type_id_fkey` FOREIGN KEY (`report_type_id`) REFERENCES `report_types` (`id`),
  CONSTRAINT `reports_reporter_fkey` FOREIGN KEY (`reporter`) REFERENCES `users` (`id`),
  CONSTRAINT `reports_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `reports_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `threads` (
  `id` BIGINT NOT NULL,
  `thread_type` VARCHAR(64) NOT NULL,
  `report_id` BIGINT,
  `mod_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `threads_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `threads_members` (
  `thread_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`thread_id`, `user_id`),
  CONSTRAINT `threads_members_thread_id_fkey` FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  CONSTRAINT `threads_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `threads_messages` (
  `id` BIGINT NOT NULL,
  `thread_id` BIGINT NOT NULL,
  `author_id` BIGINT,
  `body` JSON NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `hide_identity` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  CONSTRAINT `threads_messages_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `threads_messages_thread_id_fkey` FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `text` VARCHAR(2048),
  `link` VARCHAR(2048),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `read` BOOLEAN NOT NULL DEFAULT FALSE,
  `type` VARCHAR(256),
  `body` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notification_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `action_route` VARCHAR(2048) NOT NULL,
  `action_route_method` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_actions_notification_id_fkey` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_deliveries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `notification_id` BIGINT NOT NULL,
  `channel` VARCHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `delivery_priority` INT NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `next_attempt` DATETIME NOT NULL,
  `attempt_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_deliveries_notification_id_channel_key` (`notification_id`, `channel`),
  CONSTRAINT `notifications_deliveries_notification_id_fkey` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`),
  CONSTRAINT `notifications_deliveries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_types` (
  `name` VARCHAR(32) NOT NULL,
  `delivery_priority` INT NOT NULL,
  `expose_in_user_preferences` BOOLEAN NOT NULL,
  `expose_in_site_notifications` BOOLEAN NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `channel` VARCHAR(32) NOT NULL,
  `notification_type` VARCHAR(32) NOT NULL,
  `subject_line` TEXT NOT NULL,
  `body_fetch_url` TEXT NOT NULL,
  `plaintext_fallback` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_templates_notification_type_fkey` FOREIGN KEY (`notification_type`) REFERENCES `notifications_types` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `icon_url` TEXT,
  `max_scopes` BIGINT NOT NULL,
  `secret_hash` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` BIGINT NOT NULL,
  `url` TEXT,
  `description` TEXT,
  `raw_icon_url` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_clients_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client_authorizations` (
  `id` BIGINT NOT NULL,
  `client_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `scopes` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_client_authorizations_client_id_user_id_key` (`client_id`, `user_id`),
  CONSTRAINT `oauth_client_authorizations_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_client_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL,
  `authorization_id` BIGINT NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `scopes` BIGINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires` DATETIME NOT NULL,
  `last_used` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_access_tokens_token_hash_key` (`token_hash`),
  CONSTRAINT `oauth_access_tokens_authorization_id_fkey` FOREIGN KEY (`authorization_id`) REFERENCES `oauth_client_authorizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploaded_images` (
  `id` BIGINT NOT NULL,
  `url` VARCHAR(2048) NOT NULL,
  `size` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `owner_id` BIGINT NOT NULL,
  `context` VARCHAR(64) NOT NULL,
  `mod_id` BIGINT,
  `version_id` BIGINT,
  `thread_message_id` BIGINT,
  `report_id` BIGINT,
  `raw_url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `uploaded_images_mod_id_fkey` FOREIGN KEY (`mod_id`) REFERENCES `mods` (`id`),
  CONSTRAINT `uploaded_images_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `uploaded_images_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`),
  CONSTRAINT `uploaded_images_thread_message_id_fkey` FOREIGN KEY (`thread_message_id`) REFERENCES `threads_messages` (`id`),
  CONSTRAINT `uploaded_images_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_notes` (
  `user_id` BIGINT,
  `organization_id` BIGINT,
  `last_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_author` BIGINT NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `notes` TEXT NOT NULL,
  `user_rating` INT NOT NULL DEFAULT 0,
  CONSTRAINT `moderation_notes_last_author_fkey` FOREIGN KEY (`last_author`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `moderation_notes_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `moderation_notes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_locks` (
  `project_id` BIGINT NOT NULL,
  `moderator_id` BIGINT NOT NULL,
  `locked_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`project_id`),
  CONSTRAINT `moderation_locks_moderator_id_fkey` FOREIGN KEY (`moderator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `moderation_locks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `mods` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

