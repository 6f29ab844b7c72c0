-- ifme (if-me.org: open-source mental-health peer-support community, Rails on PostgreSQL)
-- Upstream: github.com/ifmeorg/ifme `db/schema.rb` (ActiveRecord::Schema[7.0], version 2026_06_27_000001),
-- commit 63e7accf14b94f1e85f5caf3c7d8c02dcb2b48c3 (AGPL-3.0).
-- Rails schema written as MySQL by a small script: every table and column in upstream's order, Rails' implicit
-- `id` primary key (BIGINT, or INT where the table is `id: :serial`), unique indexes, and the `add_foreign_key`
-- constraints whose two columns have the same type (see ifme.md for the eight integer -> bigint ones not written).

CREATE TABLE `allyships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `ally_id` INT,
  `status` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bootsy_image_galleries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bootsy_resource_id` INT,
  `bootsy_resource_type` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `bootsy_images` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `image_file` VARCHAR(255),
  `image_gallery_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `care_plan_contacts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `user_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `slug` VARCHAR(255),
  `visible` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_categories_on_slug` (`slug`)
);

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `commentable_type` VARCHAR(255),
  `commentable_id` INT,
  `comment_by` INT,
  `comment` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `visibility` VARCHAR(255),
  `viewers` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `friendly_id_slugs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `sluggable_id` INT NOT NULL,
  `sluggable_type` VARCHAR(50),
  `scope` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`)
);

CREATE TABLE `group_members` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` INT,
  `user_id` INT,
  `leader` TINYINT(1),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `description` TEXT,
  `slug` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_slug` (`slug`)
);

CREATE TABLE `medications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `dosage` INT,
  `refill` DATETIME(6),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `total` INT,
  `strength` INT,
  `strength_unit` VARCHAR(255),
  `dosage_unit` VARCHAR(255),
  `total_unit` VARCHAR(255),
  `comments` TEXT,
  `slug` VARCHAR(255),
  `add_to_google_cal` TINYINT(1) DEFAULT 0,
  `weekly_dosage` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_medications_on_slug` (`slug`)
);

CREATE TABLE `meeting_members` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `meeting_id` INT,
  `user_id` INT,
  `leader` TINYINT(1),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `google_cal_event_id` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `meetings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `location` TEXT,
  `time` VARCHAR(255),
  `maxmembers` INT,
  `group_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `date` VARCHAR(255),
  `slug` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meetings_on_slug` (`slug`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `name` VARCHAR(255),
  `location` VARCHAR(255),
  `timezone` VARCHAR(255),
  `about` TEXT,
  `avatar` VARCHAR(255),
  `conditions` TEXT,
  `token` VARCHAR(255),
  `uid` VARCHAR(255),
  `provider` VARCHAR(255),
  `invitation_token` VARCHAR(255),
  `invitation_created_at` DATETIME,
  `invitation_sent_at` DATETIME,
  `invitation_accepted_at` DATETIME,
  `invitation_limit` INT,
  `invited_by_type` VARCHAR(255),
  `invited_by_id` INT,
  `invitations_count` INT DEFAULT 0,
  `comment_notify` TINYINT(1),
  `ally_notify` TINYINT(1),
  `group_notify` TINYINT(1),
  `meeting_notify` TINYINT(1),
  `locale` VARCHAR(255),
  `access_expires_at` DATETIME,
  `refresh_token` VARCHAR(255),
  `banned` TINYINT(1) DEFAULT 0,
  `admin` TINYINT(1) DEFAULT 0,
  `third_party_avatar` TEXT,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `locked_at` DATETIME,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `unconfirmed_email` VARCHAR(255),
  `session_token` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_uid` (`uid`)
);

CREATE TABLE `moment_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `slug` VARCHAR(255),
  `user_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moment_templates_on_slug` (`slug`),
  CONSTRAINT `fk_rails_moment_templates_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `moments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `why` TEXT,
  `fix` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `viewers` TEXT,
  `comment` TINYINT(1),
  `slug` VARCHAR(255),
  `secret_share_identifier` CHAR(36),
  `secret_share_expires_at` DATETIME,
  `published_at` DATETIME,
  `bookmarked` TINYINT(1) DEFAULT 0,
  `resource_recommendations` TINYINT(1) DEFAULT 1,
  `crisis_prevention_acknowledged` TINYINT(1) NOT NULL DEFAULT 0,
  `crisis_prevention_acknowledged_text` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moments_on_secret_share_identifier` (`secret_share_identifier`),
  UNIQUE KEY `index_moments_on_slug` (`slug`)
);

CREATE TABLE `moments_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `moment_id` INT,
  `category_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moments_categories_on_moment_id_and_category_id` (`moment_id`, `category_id`)
);

CREATE TABLE `moods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `slug` VARCHAR(255),
  `visible` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moods_on_slug` (`slug`)
);

CREATE TABLE `moments_moods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `moment_id` INT,
  `mood_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moments_moods_on_moment_id_and_mood_id` (`moment_id`, `mood_id`)
);

CREATE TABLE `strategies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `description` TEXT,
  `viewers` TEXT,
  `comment` TINYINT(1),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `name` VARCHAR(255),
  `slug` VARCHAR(255),
  `published_at` DATETIME,
  `visible` TINYINT(1) DEFAULT 1,
  `bookmarked` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_strategies_on_slug` (`slug`)
);

CREATE TABLE `moments_strategies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `moment_id` INT,
  `strategy_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moments_strategies_on_moment_id_and_strategy_id` (`moment_id`, `strategy_id`)
);

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `uniqueid` VARCHAR(255),
  `data` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `perform_strategy_reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `strategy_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `refill_reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `medication_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `reporter_id` INT,
  `reportee_id` INT,
  `reasons` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `comment_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `strategies_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `strategy_id` INT,
  `category_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_strategies_categories_on_strategy_id_and_category_id` (`strategy_id`, `category_id`)
);

CREATE TABLE `supports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `support_type` VARCHAR(255),
  `support_ids` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `take_medication_reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `medication_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_data_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `request_id` VARCHAR(255) NOT NULL,
  `status_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file_data` LONGBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_data_requests_on_request_id` (`request_id`),
  CONSTRAINT `fk_rails_users_data_requests_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);
