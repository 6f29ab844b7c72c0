-- Greasy Fork (greasyfork.org / sleazyfork.org; Rails; the user-script and user-style repository: script authors and
-- users, scripts and versions, install and update-check counts, discussions, reviews and comments, private
-- conversations, reports and moderation), github.com/greasyfork-org/greasyfork db/schema.rb (ActiveRecord schema
-- version 2026_06_15_204855), commit 1d67914ab7a125536bba0684d9de4cb1d6e2b47e (GPL-3.0, COPYING).
-- Upstream runs on MySQL/MariaDB; the Rails schema was written as MySQL DDL by a script: bigint AUTO_INCREMENT `id`
-- first (GDN_* tables: their own INT primary keys), then the columns in schema.rb's order (Rails 8.1 dumps them sorted
-- by name); string limit n -> VARCHAR(n) (255 without limit), text size medium/long -> MEDIUMTEXT/LONGTEXT, integer
-- limit 1 -> TINYINT, datetime -> DATETIME(6) (DATETIME where precision nil), binary limit 16 -> VARBINARY(16); NOT NULL
-- and defaults as upstream; primary keys, unique indexes and the foreign keys between kept tables as upstream
-- (plain indexes not carried over); the MyISAM engine of the two legacy Vanilla forum tables kept, utf8mb3 tables
-- written as utf8mb4. 46 of the 68 tables kept; left out: active_storage_variant_records, blocked_script_codes,
-- blocked_script_texts, cleaned_codes, comment_check_results, library_usages, localized_script_attributes,
-- localized_script_version_attributes, proxied_images, redirect_service_domains, script_applies_tos,
-- script_set_automatic_set_inclusions, script_set_automatic_types, script_set_script_inclusions,
-- script_set_set_inclusions, script_similarities, script_subresource_usages, sensitive_sites, stat_bans,
-- subresource_integrity_hashes, subresources, syntax_highlighted_codes.
CREATE TABLE `GDN_Comment` (
  `CommentID` INT NOT NULL AUTO_INCREMENT,
  `Attributes` TEXT,
  `Body` TEXT NOT NULL,
  `DateDeleted` DATETIME,
  `DateInserted` DATETIME,
  `DateUpdated` DATETIME,
  `DeleteUserID` INT,
  `DiscussionID` INT NOT NULL,
  `Flag` TINYINT NOT NULL DEFAULT 0,
  `Format` VARCHAR(20),
  `InsertIPAddress` VARBINARY(16),
  `InsertUserID` INT,
  `Score` FLOAT,
  `UpdateIPAddress` VARBINARY(16),
  `UpdateUserID` INT,
  PRIMARY KEY (`CommentID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Discussion` (
  `DiscussionID` INT NOT NULL AUTO_INCREMENT,
  `Announce` TINYINT NOT NULL DEFAULT 0,
  `Attributes` TEXT,
  `Body` TEXT NOT NULL,
  `CategoryID` INT NOT NULL,
  `Closed` TINYINT NOT NULL DEFAULT 0,
  `CountBookmarks` INT,
  `CountComments` INT NOT NULL DEFAULT 0,
  `CountViews` INT NOT NULL DEFAULT 1,
  `DateInserted` DATETIME NOT NULL,
  `DateLastComment` DATETIME,
  `DateUpdated` DATETIME,
  `FirstCommentID` INT,
  `ForeignID` VARCHAR(32),
  `Format` VARCHAR(20),
  `InsertIPAddress` VARBINARY(16),
  `InsertUserID` INT NOT NULL,
  `LastCommentID` INT,
  `LastCommentUserID` INT,
  `Name` VARCHAR(100) NOT NULL,
  `Rating` INT NOT NULL DEFAULT 0,
  `RegardingID` INT,
  `Score` FLOAT,
  `ScriptID` INT,
  `Sink` TINYINT NOT NULL DEFAULT 0,
  `Tags` TEXT,
  `Type` VARCHAR(10),
  `UpdateIPAddress` VARBINARY(16),
  `UpdateUserID` INT,
  PRIMARY KEY (`DiscussionID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `akismet_submissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `akismet_params` MEDIUMTEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `item_id` BIGINT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `result_blatant` TINYINT(1) NOT NULL,
  `result_spam` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allowed_requires` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comment` TEXT,
  `created_at` DATETIME,
  `name` VARCHAR(255) NOT NULL,
  `pattern` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME,
  `url` VARCHAR(500),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locales` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(20) NOT NULL,
  `detect_language_code` VARCHAR(20),
  `english_name` VARCHAR(100) NOT NULL,
  `native_name` VARCHAR(100),
  `percent_complete` INT DEFAULT 0,
  `rtl` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(100) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `summary_url` VARCHAR(255),
  `url` VARCHAR(250),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `adsense_approved` TINYINT(1),
  `bad_ratings` INT DEFAULT 0,
  `code_size` INT NOT NULL DEFAULT 0,
  `code_updated_at` DATETIME NOT NULL,
  `consecutive_bad_ratings_at` DATETIME,
  `contribution_amount` VARCHAR(255),
  `contribution_url` VARCHAR(255),
  `created_at` DATETIME,
  `css_convertible_to_js` TINYINT(1) NOT NULL DEFAULT 0,
  `daily_installs` INT NOT NULL DEFAULT 0,
  `default_name` VARCHAR(255) NOT NULL,
  `delete_reason` VARCHAR(255),
  `delete_report_id` BIGINT,
  `delete_type` INT,
  `deleted_at` DATETIME,
  `deletion_message` TEXT,
  `fan_score` DECIMAL(3,1) NOT NULL DEFAULT '0.0',
  `good_ratings` INT DEFAULT 0,
  `has_syntax_error` TINYINT(1) NOT NULL DEFAULT 0,
  `language` VARCHAR(3) NOT NULL DEFAULT 'js',
  `last_attempted_sync_date` DATETIME,
  `last_successful_sync_date` DATETIME,
  `license_id` BIGINT,
  `license_text` VARCHAR(500),
  `locale_id` BIGINT,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `marked_adult_by_user_id` BIGINT,
  `missing_license_warned` TINYINT(1) NOT NULL DEFAULT 0,
  `namespace` VARCHAR(500),
  `not_adult_content_self_report_date` DATETIME,
  `not_js_convertible_override` TINYINT(1) NOT NULL DEFAULT 0,
  `ok_ratings` INT DEFAULT 0,
  `page_views` INT NOT NULL DEFAULT 0,
  `permanent_deletion_request_date` DATETIME,
  `promoted_script_id` BIGINT,
  `pure_404` TINYINT(1) NOT NULL DEFAULT 0,
  `replaced_by_script_id` BIGINT,
  `review_state` VARCHAR(255) NOT NULL DEFAULT 'not_required',
  `script_type` INT NOT NULL DEFAULT 1,
  `self_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `sensitive` TINYINT(1) NOT NULL DEFAULT 0,
  `support_url` VARCHAR(500),
  `sync_attempt_count` INT NOT NULL DEFAULT 0,
  `sync_error` VARCHAR(1000),
  `sync_identifier` VARCHAR(500),
  `sync_type` INT,
  `total_installs` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME,
  `version` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`license_id`) REFERENCES `licenses` (`id`),
  FOREIGN KEY (`locale_id`) REFERENCES `locales` (`id`),
  FOREIGN KEY (`promoted_script_id`) REFERENCES `scripts` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`replaced_by_script_id`) REFERENCES `scripts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `antifeatures` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `antifeature_type` INT NOT NULL,
  `description` TEXT,
  `locale_id` BIGINT,
  `script_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`locale_id`) REFERENCES `locales` (`id`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `announcements_seen` VARCHAR(255),
  `banned_at` DATETIME,
  `canonical_email` VARCHAR(255) NOT NULL,
  `confirmation_sent_at` DATETIME,
  `confirmation_token` VARCHAR(50),
  `confirmed_at` DATETIME,
  `consumed_timestep` INT,
  `created_at` DATETIME,
  `current_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `delete_confirmation_expiry` DATETIME,
  `delete_confirmation_key` VARCHAR(255),
  `discussions_read_since` DATETIME,
  `disposable_email` TINYINT(1),
  `email` VARCHAR(150) NOT NULL DEFAULT '',
  `email_domain` VARCHAR(100),
  `encrypted_password` VARCHAR(255) DEFAULT '',
  `filter_locale_default` TINYINT(1) NOT NULL DEFAULT 1,
  `last_sign_in_at` DATETIME,
  `last_sign_in_ip` VARCHAR(255),
  `locale_id` BIGINT,
  `name` VARCHAR(50) NOT NULL,
  `otp_required_for_login` TINYINT(1),
  `otp_secret` VARCHAR(255),
  `preferred_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  `profile` VARCHAR(10000),
  `profile_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  `registration_email_domain` VARCHAR(100),
  `remember_created_at` DATETIME,
  `remember_token` VARCHAR(150),
  `require_secure_login_for_author` TINYINT(1) NOT NULL DEFAULT 1,
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(150),
  `session_token` VARCHAR(32),
  `show_ads` TINYINT(1) NOT NULL DEFAULT 1,
  `show_sensitive` TINYINT(1) DEFAULT 0,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `stats_script_count` INT NOT NULL DEFAULT 0,
  `stats_script_daily_installs` INT NOT NULL DEFAULT 0,
  `stats_script_fan_score` DECIMAL(6,1) NOT NULL DEFAULT '0.0',
  `stats_script_last_created` DATETIME,
  `stats_script_last_updated` DATETIME,
  `stats_script_ratings` INT NOT NULL DEFAULT 0,
  `stats_script_total_installs` INT NOT NULL DEFAULT 0,
  `subscribe_on_comment` TINYINT(1) NOT NULL DEFAULT 1,
  `subscribe_on_conversation_receiver` TINYINT(1) NOT NULL DEFAULT 1,
  `subscribe_on_conversation_starter` TINYINT(1) NOT NULL DEFAULT 1,
  `subscribe_on_discussion` TINYINT(1) NOT NULL DEFAULT 1,
  `subscribe_on_script_discussion` TINYINT(1) NOT NULL DEFAULT 1,
  `trusted_reports` TINYINT(1) NOT NULL DEFAULT 0,
  `unconfirmed_email` VARCHAR(255),
  `updated_at` DATETIME,
  `webhook_secret` VARCHAR(128),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_name` (`name`),
  UNIQUE KEY `index_users_on_remember_token` (`remember_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  FOREIGN KEY (`locale_id`) REFERENCES `locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `script_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_authors_on_script_id_and_user_id` (`script_id`, `user_id`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banned_email_hashes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `banned_at` DATETIME,
  `deleted_at` DATETIME NOT NULL,
  `email_hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_banned_email_hashes_on_email_hash` (`email_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_script_urls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `prefix` TINYINT(1) NOT NULL DEFAULT 0,
  `private_reason` VARCHAR(255) NOT NULL,
  `public_reason` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `pattern` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `browsers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(20) NOT NULL,
  `name` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussion_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category_key` VARCHAR(20) NOT NULL,
  `moderators_only` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auto_reporter` VARCHAR(10),
  `automod_resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `blatant` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `discussion_category_id` BIGINT,
  `explanation` TEXT,
  `explanation_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  `item_id` BIGINT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `moderator_notes` TEXT,
  `moderator_reason_override` VARCHAR(25),
  `private_explanation` TEXT,
  `reason` VARCHAR(25) NOT NULL,
  `rebuttal` TEXT,
  `rebuttal_by_user_id` BIGINT,
  `reference_script_id` BIGINT,
  `reporter_id` BIGINT,
  `resolver_id` BIGINT,
  `result` VARCHAR(20),
  `script_url` VARCHAR(255),
  `self_upheld` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME,
  `deleted_by_user_id` BIGINT,
  `discussion_category_id` BIGINT NOT NULL,
  `locale_id` BIGINT,
  `migrated_from` INT,
  `poster_id` BIGINT NOT NULL,
  `publicly_visible` TINYINT(1) NOT NULL DEFAULT 1,
  `rating` INT,
  `report_id` BIGINT,
  `review_reason` VARCHAR(10),
  `script_id` BIGINT,
  `spam_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `stat_first_comment_id` BIGINT,
  `stat_last_replier_id` BIGINT,
  `stat_last_reply_date` DATETIME,
  `stat_reply_count` INT NOT NULL DEFAULT 0,
  `title` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`discussion_category_id`) REFERENCES `discussion_categories` (`id`),
  FOREIGN KEY (`locale_id`) REFERENCES `locales` (`id`),
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME,
  `deleted_by_user_id` BIGINT,
  `discussion_id` BIGINT NOT NULL,
  `edited_at` DATETIME,
  `first_comment` TINYINT(1) NOT NULL DEFAULT 0,
  `plain_text` MEDIUMTEXT,
  `poster_id` BIGINT NOT NULL,
  `review_reason` VARCHAR(10),
  `spam_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `text` MEDIUMTEXT NOT NULL,
  `text_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `discussions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compatibilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `browser_id` BIGINT NOT NULL,
  `comments` VARCHAR(200),
  `compatible` TINYINT(1) NOT NULL,
  `script_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`browser_id`) REFERENCES `browsers` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `starting_user_id` BIGINT NOT NULL,
  `stat_last_message_date` DATETIME,
  `stat_last_poster_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `conversation_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_conversation_subscriptions_on_conversation_id_and_user_id` (`conversation_id`, `user_id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `conversation_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_install_counts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `install_date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP(),
  `ip` VARCHAR(45) NOT NULL,
  `script_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_daily_install_counts_on_script_id_and_ip` (`script_id`, `ip`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_update_check_counts` (
  `ip` VARCHAR(45) NOT NULL,
  `script_id` BIGINT NOT NULL,
  `update_date` DATETIME NOT NULL,
  UNIQUE KEY `update_script_id_and_ip` (`script_id`, `ip`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussion_reads` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `discussion_id` BIGINT NOT NULL,
  `read_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_discussion_reads_on_user_id_and_discussion_id` (`user_id`, `discussion_id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `discussions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussion_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `discussion_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_discussion_subscriptions_on_discussion_id_and_user_id` (`discussion_id`, `user_id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `discussions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(20) NOT NULL,
  `syncing` TINYINT(1) NOT NULL,
  `uid` VARCHAR(100) NOT NULL,
  `url` VARCHAR(500),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_identities_on_uid_and_provider` (`uid`, `provider`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `install_counts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `install_date` DATE NOT NULL,
  `installs` INT NOT NULL,
  `script_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_install_counts_on_script_id_and_install_date` (`script_id`, `install_date`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locale_contributors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `locale_id` BIGINT NOT NULL,
  `transifex_user_name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`locale_id`) REFERENCES `locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mentioning_item_id` BIGINT NOT NULL,
  `mentioning_item_type` VARCHAR(255) NOT NULL,
  `text` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(10000) NOT NULL,
  `content_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  `conversation_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `edited_at` DATETIME,
  `poster_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderator_actions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` TEXT,
  `action_details` TEXT,
  `action_taken` INT NOT NULL,
  `automod` TINYINT(1) NOT NULL DEFAULT 0,
  `comment_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `discussion_id` BIGINT,
  `moderator_id` BIGINT,
  `private_reason` TEXT,
  `reason` VARCHAR(255),
  `report_id` BIGINT,
  `script_id` BIGINT,
  `script_lock_appeal_id` BIGINT,
  `script_report_id` BIGINT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `notification_type` INT NOT NULL,
  `read_at` DATETIME(6),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_users` (
  `role_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` LONGTEXT NOT NULL,
  `code_hash` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `expires_at` DATETIME NOT NULL,
  `invited_user_id` BIGINT NOT NULL,
  `script_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invited_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_lock_appeals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `moderator_notes` TEXT,
  `report_id` BIGINT,
  `resolution` INT NOT NULL DEFAULT 0,
  `script_id` BIGINT NOT NULL,
  `text` TEXT NOT NULL,
  `text_markup` VARCHAR(10) NOT NULL DEFAULT 'html',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_sets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `default_sort` VARCHAR(20),
  `description` MEDIUMTEXT NOT NULL,
  `favorite` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(100) NOT NULL,
  `updated_at` DATETIME,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `changelog` MEDIUMTEXT,
  `changelog_markup` VARCHAR(10) NOT NULL DEFAULT 'text',
  `created_at` DATETIME,
  `not_js_convertible_override` TINYINT(1) NOT NULL DEFAULT 0,
  `rewritten_script_code_id` BIGINT NOT NULL,
  `script_code_id` BIGINT NOT NULL,
  `script_id` BIGINT NOT NULL,
  `updated_at` DATETIME,
  `version` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`script_code_id`) REFERENCES `script_codes` (`id`),
  FOREIGN KEY (`rewritten_script_code_id`) REFERENCES `script_codes` (`id`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `blocked_message` VARCHAR(255),
  `domain_text` VARCHAR(100),
  `text` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_site_applications_on_domain_text` (`domain_text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spammy_email_domains` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `block_count` INT NOT NULL DEFAULT 1,
  `block_type` VARCHAR(20) NOT NULL,
  `domain` VARCHAR(50) NOT NULL,
  `expires_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_spammy_email_domains_on_domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `update_check_counts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `script_id` BIGINT NOT NULL,
  `update_check_date` DATE NOT NULL,
  `update_checks` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_update_check_counts_on_script_id_and_update_check_date` (`script_id`, `update_check_date`),
  FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notification_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `delivery_type` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `notification_type` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
