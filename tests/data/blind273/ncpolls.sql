-- Nextcloud Polls 9.2.0 (nextcloud/polls) — database schema of the app, MySQL/MariaDB DDL.
-- Source: github.com/nextcloud/polls lib/Migration/V11/TableSchema.php (TABLES, UNIQUE_INDICES,
-- OPTIONAL_INDICES, FK_INDICES), commit 08a34c95b9558411d9e914bc039a2e34f0e2bc0e (AGPL-3.0-or-later).
-- Written as Nextcloud's Doctrine layer creates the tables on MySQL with the default `oc_` prefix:
-- Types::BIGINT -> BIGINT, Types::STRING -> VARCHAR(length) (255 where no length is given),
-- Types::TEXT (length 65535) -> TEXT; `id` autoincrement primary key; the FK_INDICES are created by
-- IndexManager::createForeignKeyConstraints() as ON DELETE CASCADE foreign keys to the parent's `id`.
-- Column order and names are upstream's; constraint names of the foreign keys are written readably.

CREATE TABLE `oc_polls_polls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(64) NOT NULL DEFAULT 'datePoll',
  `title` VARCHAR(128) NOT NULL DEFAULT '',
  `description` TEXT DEFAULT NULL,
  `owner` VARCHAR(256) DEFAULT NULL,
  `created` BIGINT NOT NULL DEFAULT '0',
  `expire` BIGINT NOT NULL DEFAULT '0',
  `deleted` BIGINT NOT NULL DEFAULT '0',
  `access` VARCHAR(1024) NOT NULL DEFAULT 'private',
  `anonymous` BIGINT NOT NULL DEFAULT '0',
  `allow_maybe` BIGINT NOT NULL DEFAULT '1',
  `allow_proposals` VARCHAR(64) NOT NULL DEFAULT 'disallow',
  `proposals_expire` BIGINT NOT NULL DEFAULT '0',
  `vote_limit` BIGINT NOT NULL DEFAULT '0',
  `option_limit` BIGINT NOT NULL DEFAULT '0',
  `show_results` VARCHAR(64) NOT NULL DEFAULT 'always',
  `admin_access` BIGINT NOT NULL DEFAULT '0',
  `allow_comment` BIGINT NOT NULL DEFAULT '1',
  `hide_booked_up` BIGINT NOT NULL DEFAULT '1',
  `use_no` BIGINT NOT NULL DEFAULT '1',
  `last_interaction` BIGINT NOT NULL DEFAULT '0',
  `misc_settings` TEXT DEFAULT NULL,
  `voting_variant` VARCHAR(64) NOT NULL DEFAULT 'simple',
  `timezone_name` VARCHAR(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `polls_polls_owners_non_deleted` (`owner`, `deleted`),
  KEY `polls_polls_deleted` (`deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` BIGINT NOT NULL DEFAULT '0',
  `deleted` BIGINT NOT NULL DEFAULT '0',
  `title` VARCHAR(128) NOT NULL DEFAULT '',
  `owner` VARCHAR(256) NOT NULL DEFAULT '',
  `description` TEXT DEFAULT NULL,
  `title_ext` VARCHAR(128) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_groups_polls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `group_id` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_poll_group_relation` (`poll_id`, `group_id`),
  CONSTRAINT `fk_oc_polls_groups_polls_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_oc_polls_groups_polls_group_id` FOREIGN KEY (`group_id`) REFERENCES `oc_polls_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `poll_option_text` VARCHAR(1024) NOT NULL DEFAULT '',
  `poll_option_hash` VARCHAR(32) DEFAULT '',
  `order` BIGINT NOT NULL DEFAULT '0',
  `timestamp` BIGINT NOT NULL DEFAULT '0',
  `duration` BIGINT NOT NULL DEFAULT '0',
  `iso_timestamp` VARCHAR(32) DEFAULT NULL,
  `iso_duration` VARCHAR(32) DEFAULT NULL,
  `confirmed` BIGINT NOT NULL DEFAULT '0',
  `owner` VARCHAR(256) NOT NULL DEFAULT '',
  `released` BIGINT NOT NULL DEFAULT '0',
  `deleted` BIGINT NOT NULL DEFAULT '0',
  `description` TEXT DEFAULT NULL,
  `created` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_options` (`poll_id`, `poll_option_hash`, `timestamp`),
  KEY `polls_options_non_deleted` (`poll_id`, `deleted`),
  KEY `polls_options_hash` (`poll_id`, `poll_option_hash`, `deleted`),
  KEY `polls_options_owner` (`poll_id`, `owner`),
  CONSTRAINT `fk_oc_polls_options_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_votes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `user_id` VARCHAR(256) NOT NULL DEFAULT '',
  `vote_option_id` BIGINT NOT NULL DEFAULT '0',
  `vote_option_text` VARCHAR(1024) NOT NULL DEFAULT '',
  `vote_option_hash` VARCHAR(32) DEFAULT '',
  `vote_answer` VARCHAR(64) NOT NULL DEFAULT '',
  `deleted` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_votes` (`poll_id`, `user_id`, `vote_option_hash`),
  KEY `polls_votes_user` (`poll_id`, `vote_answer`, `user_id`),
  KEY `polls_votes_hash` (`poll_id`, `vote_option_hash`, `deleted`),
  CONSTRAINT `fk_oc_polls_votes_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `user_id` VARCHAR(256) NOT NULL DEFAULT '',
  `comment` VARCHAR(1024) DEFAULT NULL,
  `timestamp` BIGINT NOT NULL DEFAULT '0',
  `deleted` BIGINT NOT NULL DEFAULT '0',
  `confidential` BIGINT NOT NULL DEFAULT '0',
  `recipient` VARCHAR(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oc_polls_comments_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_share` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `group_id` BIGINT NOT NULL DEFAULT '0',
  `token` VARCHAR(64) NOT NULL DEFAULT '',
  `type` VARCHAR(64) NOT NULL DEFAULT '',
  `label` VARCHAR(256) DEFAULT '',
  `user_id` VARCHAR(256) NOT NULL DEFAULT '',
  `display_name` VARCHAR(256) DEFAULT NULL,
  `email_address` VARCHAR(256) DEFAULT NULL,
  `invitation_sent` BIGINT NOT NULL DEFAULT '0',
  `reminder_sent` BIGINT NOT NULL DEFAULT '0',
  `locked` BIGINT NOT NULL DEFAULT '0',
  `misc_settings` TEXT DEFAULT NULL,
  `deleted` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_shares` (`poll_id`, `group_id`, `user_id`),
  UNIQUE KEY `UNIQ_token` (`token`),
  KEY `polls_shares_user` (`poll_id`, `user_id`, `deleted`),
  KEY `polls_shares_types` (`poll_id`, `type`, `deleted`),
  KEY `polls_group_shares_user` (`group_id`, `user_id`, `deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_notif` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `user_id` VARCHAR(256) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_subscription` (`poll_id`, `user_id`),
  CONSTRAINT `fk_oc_polls_notif_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `user_id` VARCHAR(256) DEFAULT NULL,
  `display_name` VARCHAR(256) DEFAULT NULL,
  `message_id` VARCHAR(64) DEFAULT NULL,
  `created` BIGINT NOT NULL DEFAULT '0',
  `processed` BIGINT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_unprocessed` (`processed`, `poll_id`, `user_id`, `message_id`),
  CONSTRAINT `fk_oc_polls_log_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_watch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL DEFAULT '0',
  `table` VARCHAR(64) NOT NULL DEFAULT '',
  `updated` BIGINT NOT NULL DEFAULT '0',
  `session_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_watch` (`poll_id`, `table`, `session_id`),
  CONSTRAINT `fk_oc_polls_watch_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `oc_polls_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `oc_polls_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(256) NOT NULL DEFAULT '',
  `timestamp` BIGINT NOT NULL DEFAULT '0',
  `preferences` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_preferences` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

