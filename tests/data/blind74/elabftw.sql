-- eLabFTW (Deltablot), electronic lab notebook and laboratory inventory: users and team memberships, authentication
-- failures and lockouts, MFA rate limits, API and signature keys, audit log, notifications, experiments and resources
-- (items) with comments, changelogs, revisions, steps, action requests and edit locks, bookings (team events), to-do
-- lists, uploads, exports, procurement requests, pins, compounds, storage history, teams and their categories/statuses.
-- Source: github.com/elabftw/elabftw src/sql/structure.sql (MySQL, schema 224), commit
-- 205421ebdf2cecbdf6cbbe6dd7f263021b421827, AGPL-3.0. 42 of its 85 tables, CREATE TABLE statements as upstream writes
-- them; the foreign keys upstream adds at the end of the file with ALTER TABLE are written inside CREATE TABLE (where
-- both tables are included), inline ones to left-out tables dropped; MySQL 8's COLLATE utf8mb4_0900_ai_ci removed
-- (MariaDB does not know it).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `userid` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `password_hash` varchar(255) NULL DEFAULT NULL,
  `password_modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mfa_secret` varchar(32) NULL DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `is_sysadmin` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `orcid` varchar(19) NULL DEFAULT NULL,
  `orgid` varchar(255) NULL DEFAULT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `token_hash` BINARY(32) NULL DEFAULT NULL,
  `token_created_at` TIMESTAMP NULL DEFAULT NULL,
  `limit_nb` tinyint UNSIGNED NOT NULL DEFAULT 15,
  `sc_create` varchar(1) NOT NULL DEFAULT 'c',
  `sc_edit` varchar(1) NOT NULL DEFAULT 'e',
  `sc_favorite` varchar(1) NOT NULL DEFAULT 'f',
  `sc_todo` varchar(1) NOT NULL DEFAULT 't',
  `sc_search` varchar(1) NOT NULL DEFAULT 's',
  `scope_experiments` tinyint UNSIGNED NOT NULL DEFAULT 2,
  `scope_events` tinyint UNSIGNED NOT NULL DEFAULT 3,
  `scope_items` tinyint UNSIGNED NOT NULL DEFAULT 2,
  `scope_items_types` tinyint UNSIGNED NOT NULL DEFAULT 2,
  `scope_experiments_templates` tinyint UNSIGNED NOT NULL DEFAULT 2,
  `scope_teamgroups` tinyint UNSIGNED NOT NULL DEFAULT 3,
  `use_isodate` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `uploads_layout` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `validated` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `lang` varchar(5) NOT NULL DEFAULT 'en_GB',
  `default_read_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `default_write_base` TINYINT UNSIGNED NOT NULL DEFAULT 20,
  `default_read` JSON NOT NULL,
  `default_write` JSON NOT NULL,
  `cjk_fonts` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `orderby` varchar(255) NOT NULL DEFAULT 'lastchange',
  `sort` varchar(255) NOT NULL DEFAULT 'desc',
  `use_markdown` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `pdf_sig` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `inc_files_pdf` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `append_pdfs` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `disable_shortcuts` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `pdf_format` varchar(255) NOT NULL DEFAULT 'A4',
  `display_mode` VARCHAR(2) NOT NULL DEFAULT 'it',
  `last_login` DATETIME NULL DEFAULT NULL,
  `last_seen_version` INT UNSIGNED NOT NULL DEFAULT 40900,
  `allow_untrusted` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_comment_created` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_comment_created_email` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_user_created` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_user_created_email` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_user_need_validation` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_user_need_validation_email` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_step_deadline` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_step_deadline_email` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_event_deleted` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `notif_event_deleted_email` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `auth_lock_time` datetime DEFAULT NULL,
  `auth_service` tinyint UNSIGNED NULL DEFAULT NULL,
  `valid_until` date NULL DEFAULT NULL,
  `entrypoint` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `always_show_owned` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `show_weekends` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `scheduler_layout` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `can_manage_users2teams` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `can_manage_compounds` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `can_manage_inventory_locations` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `theme_variant` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `primary_bg` CHAR(6) DEFAULT NULL,
  `primary_fg` CHAR(6) DEFAULT NULL,
  PRIMARY KEY (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users2teams` (
  `users_id` int(10) UNSIGNED NOT NULL,
  `teams_id` int(10) UNSIGNED NOT NULL,
  `is_owner` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_admin` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_archived` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`users_id`, `teams_id`),
  CONSTRAINT `fk_users2teams_teams_id` FOREIGN KEY (`teams_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_users2teams_users_id` FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users2team_groups` (
  `userid` int(10) UNSIGNED NOT NULL,
  `groupid` int(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`userid`, `groupid`),
  CONSTRAINT `fk_users2team_groups_groupid` FOREIGN KEY (`groupid`) REFERENCES `team_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_users2team_groups_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users2rors` (
  `users_id` int(10) UNSIGNED NOT NULL,
  `ror` char(9) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,

  PRIMARY KEY (`users_id`, `ror`),
  KEY `idx_users2rors_ror` (`ror`),

  CONSTRAINT `fk_users2rors_user`
    FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`)
    ON DELETE CASCADE ON UPDATE CASCADE,

  CONSTRAINT `chk_users2rors_ror`
    CHECK (`ror` REGEXP '^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mfa_rate_limits` (
  `users_id` int(10) UNSIGNED NOT NULL,
  `failed_attempts` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `first_failed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `locked_until` datetime DEFAULT NULL,
  PRIMARY KEY (`users_id`),
  CONSTRAINT `fk_mfa_rate_limits_user`
    FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`)
    ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authfail` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `users_id` int(10) UNSIGNED NOT NULL,
  `attempt_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `device_token` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_authfail_users_attempt_time` (`users_id`, `attempt_time`),
  KEY `idx_authfail_device_attempt_time` (`device_token`, `attempt_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lockout_devices` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `locked_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `device_token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `token_hash` binary(32) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `can_write` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `userid` int(10) UNSIGNED NOT NULL,
  `team` int(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_api_keys_token_hash` (`token_hash`),
  CONSTRAINT `fk_api_keys_users_id` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_api_keys_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_api_keys_user_team` FOREIGN KEY (`userid`, `team`) REFERENCES `users2teams` (`users_id`, `teams_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sig_keys` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `pubkey` TEXT NULL DEFAULT NULL,
  `privkey` TEXT NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `userid` int UNSIGNED NOT NULL,
  `state` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `type` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sig_keys_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `audit_logs` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `category` INT UNSIGNED NOT NULL,
  `requester_userid` INT UNSIGNED NOT NULL,
  `target_userid` INT UNSIGNED NOT NULL,
  `body` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `userid` int(10) UNSIGNED NOT NULL,
  `category` int(10) UNSIGNED NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `send_email` tinyint NOT NULL DEFAULT 0,
  `email_sent` tinyint NOT NULL DEFAULT 0,
  `email_sent_at` datetime DEFAULT NULL,
  `is_ack` tinyint NOT NULL DEFAULT 0,
  `body` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notifications_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `team` int UNSIGNED NOT NULL,
  `title` varchar(255) NOT NULL,
  `date` date NOT NULL,
  `body` mediumtext,
  `category` INT UNSIGNED NULL DEFAULT NULL,
  `custom_id` INT UNSIGNED NULL DEFAULT NULL,
  `status` INT UNSIGNED NULL DEFAULT NULL,
  `rating` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `userid` int(10) UNSIGNED NOT NULL,
  `elabid` varchar(255) NOT NULL,
  `locked` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `lockedby` int(10) UNSIGNED DEFAULT NULL,
  `locked_at` timestamp NULL DEFAULT NULL,
  `signature_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_signed_at` TIMESTAMP NULL DEFAULT NULL,
  `last_signed_by` INT UNSIGNED NULL DEFAULT NULL,
  `timestamped` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `timestampedby` int(11) NULL DEFAULT NULL,
  `timestamped_at` timestamp NULL DEFAULT NULL,
  `canread_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canwrite_base` TINYINT UNSIGNED NOT NULL DEFAULT 20,
  `canread` JSON NOT NULL,
  `canwrite` JSON NOT NULL,
  `canread_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `canwrite_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `content_type` tinyint NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_from_id` INT UNSIGNED NULL DEFAULT NULL,
  `created_from_type` TINYINT UNSIGNED NULL DEFAULT NULL,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `lastchangeby` int(10) UNSIGNED NULL DEFAULT NULL,
  `metadata` json NULL DEFAULT NULL,
  `hide_main_text` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `state` int(10) UNSIGNED NOT NULL DEFAULT 1,
  `access_key` varchar(36) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_status_id` FOREIGN KEY (`status`) REFERENCES `experiments_status` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_comments` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `item_id` int(10) UNSIGNED NOT NULL,
  `comment` text NOT NULL,
  `userid` int(10) UNSIGNED NOT NULL,
  `immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_comments_experiments_id` FOREIGN KEY (`item_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_comments_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_changelog` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `entity_id` int(10) unsigned NOT NULL,
  `users_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `target` varchar(255) NOT NULL,
  `content` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_changelog2experiments_id` FOREIGN KEY (`entity_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_changelog2users_userid` FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_revisions` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `item_id` int(10) UNSIGNED NOT NULL,
  `body` mediumtext NOT NULL,
  `content_type` tinyint NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `userid` int(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_revisions_experiments_id` FOREIGN KEY (`item_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_revisions_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_steps` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `item_id` int(10) UNSIGNED NOT NULL,
  `body` text NOT NULL,
  `ordering` int(10) UNSIGNED DEFAULT NULL,
  `finished` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `finished_time` datetime DEFAULT NULL,
  `deadline` datetime DEFAULT NULL,
  `deadline_notif` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `is_immutable` tinyint UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_steps_experiments_id` FOREIGN KEY (`item_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_request_actions` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `requester_userid` INT UNSIGNED NOT NULL,
    `target_userid` INT UNSIGNED NOT NULL,
    `entity_id` INT UNSIGNED NOT NULL,
    `action` INT UNSIGNED NOT NULL,
    `state` TINYINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (`id`),
    KEY `fk_experiments_request_actions_experiments_id` (`entity_id`),
    CONSTRAINT `fk_experiments_request_actions_experiments_id`
      FOREIGN KEY (`entity_id`) REFERENCES `experiments` (`id`)
      ON DELETE CASCADE ON UPDATE CASCADE,
    KEY `fk_experiments_request_actions_requester_users_userid` (`requester_userid`),
    KEY `fk_experiments_request_actions_target_users_userid` (`target_userid`),
  CONSTRAINT `fk_experiments_request_actions_requester_users_userid` FOREIGN KEY (`requester_userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_request_actions_target_users_userid` FOREIGN KEY (`target_userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `experiments_edit_mode` (
  `entity_id` int UNSIGNED NOT NULL,
  `locked_by` int UNSIGNED NOT NULL,
  `locked_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`entity_id`),
  CONSTRAINT `fk_experiments_edit_mode_experiments_id` FOREIGN KEY (`entity_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_experiments_edit_mode_users_userid` FOREIGN KEY (`locked_by`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `team` int(10) UNSIGNED NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_from_id` INT UNSIGNED NULL DEFAULT NULL,
  `created_from_type` TINYINT UNSIGNED NULL DEFAULT NULL,
  `date` date NOT NULL,
  `body` mediumtext,
  `elabid` varchar(255) NOT NULL,
  `rating` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `category` INT UNSIGNED NULL DEFAULT NULL,
  `custom_id` INT UNSIGNED NULL DEFAULT NULL,
  `locked` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `lockedby` int(10) UNSIGNED DEFAULT NULL,
  `locked_at` timestamp NULL DEFAULT NULL,
  `userid` int(10) UNSIGNED NOT NULL,
  `canread_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canwrite_base` TINYINT UNSIGNED NOT NULL DEFAULT 20,
  `canread` JSON NOT NULL,
  `canwrite` JSON NOT NULL,
  `canread_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `canwrite_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `canbook_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canbook` JSON NOT NULL,
  `content_type` tinyint NOT NULL DEFAULT 1,
  `available` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `lastchangeby` int(10) UNSIGNED NULL DEFAULT NULL,
  `metadata` json NULL DEFAULT NULL,
  `hide_main_text` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `state` int(10) UNSIGNED NOT NULL DEFAULT 1,
  `status` INT UNSIGNED NULL DEFAULT NULL,
  `signature_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_signed_at` TIMESTAMP NULL DEFAULT NULL,
  `last_signed_by` INT UNSIGNED NULL DEFAULT NULL,
  `timestamped` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `timestampedby` int NULL DEFAULT NULL,
  `timestamped_at` timestamp NULL DEFAULT NULL,
  `access_key` varchar(36) NULL DEFAULT NULL,
  `is_bookable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `book_max_minutes` INT UNSIGNED NOT NULL DEFAULT 0,
  `book_max_slots` INT UNSIGNED NOT NULL DEFAULT 0,
  `book_can_overlap` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `book_users_can_in_past` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `book_is_cancellable` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `book_cancel_minutes` INT UNSIGNED NOT NULL DEFAULT 0,
  `booking_window_days` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `booking_hourly_rate_notax` DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0.00,
  `booking_hourly_rate_tax` DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0.00,
  `booking_hourly_rate_currency` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_procurable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `proc_pack_qty` MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
  `proc_price_notax` DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0.00,
  `proc_price_tax` DECIMAL(10,2) UNSIGNED NOT NULL DEFAULT 0.00,
  `proc_currency` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_items_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items_comments` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `item_id` int(10) UNSIGNED NOT NULL,
  `comment` text NOT NULL,
  `userid` int(10) UNSIGNED NOT NULL,
  `immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_comments_items_id` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_items_comments_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items_changelog` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `entity_id` int(10) unsigned NOT NULL,
  `users_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `target` varchar(255) NOT NULL,
  `content` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_changelog2items_id` FOREIGN KEY (`entity_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_items_changelog2users_userid` FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_events` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `team` int(10) UNSIGNED NOT NULL,
  `item` int(10) UNSIGNED NOT NULL,
  `start` DATETIME NOT NULL,
  `end` DATETIME NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `userid` int(10) UNSIGNED NOT NULL,
  `experiment` int(10) UNSIGNED DEFAULT NULL,
  `item_link` int(10) UNSIGNED DEFAULT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `chk_end_after_start` CHECK (`end` >= `start`),
  CONSTRAINT `fk_team_events_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_team_events_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `todolist` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `body` text NOT NULL,
  `creation_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ordering` int(10) UNSIGNED DEFAULT NULL,
  `userid` int(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_todolist_users_userid` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploads` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `real_name` text NOT NULL,
  `long_name` text NOT NULL,
  `comment` text NULL DEFAULT NULL,
  `item_id` int(10) UNSIGNED DEFAULT NULL,
  `userid` int UNSIGNED NOT NULL,
  `type` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `hash` varchar(128) DEFAULT NULL,
  `hash_algorithm` varchar(10) DEFAULT NULL,
  `storage` int(10) UNSIGNED NOT NULL DEFAULT 1,
  `filesize` bigint UNSIGNED NULL DEFAULT NULL,
  `state` int(10) UNSIGNED NOT NULL DEFAULT 1,
  `immutable` tinyint UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exports` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `requester_userid` int UNSIGNED NOT NULL,
  `state` tinyint UNSIGNED NOT NULL DEFAULT 4,
  `long_name` varchar(255) DEFAULT NULL,
  `filesize` bigint UNSIGNED NULL DEFAULT NULL,
  `modified_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `real_name` varchar(255) DEFAULT NULL,
  `team` int UNSIGNED NOT NULL,
  `changelog` tinyint NOT NULL DEFAULT 0,
  `pdfa` tinyint NOT NULL DEFAULT 0,
  `json` tinyint NOT NULL DEFAULT 0,
  `hash` char(64) DEFAULT NULL,
  `hash_algo` varchar(255) DEFAULT NULL,
  `experiments` tinyint NOT NULL DEFAULT 1,
  `items` tinyint NOT NULL DEFAULT 0,
  `experiments_templates` tinyint NOT NULL DEFAULT 0,
  `items_types` tinyint NOT NULL DEFAULT 0,
  `format` varchar(100) NOT NULL,
  `error` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_exports_requester_userid_users_userid` FOREIGN KEY (`requester_userid`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `procurement_requests` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `team` INT UNSIGNED NOT NULL,
    `requester_userid` INT UNSIGNED NOT NULL,
    `entity_id` INT UNSIGNED NOT NULL,
    `qty_ordered` INT UNSIGNED NOT NULL DEFAULT 1,
    `qty_received` INT UNSIGNED NOT NULL DEFAULT 0,
    `body` TEXT NULL DEFAULT NULL,
    `quote` INT UNSIGNED NULL DEFAULT NULL,
    `email_sent` TINYINT UNSIGNED NOT NULL DEFAULT 0,
    `email_sent_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `state` TINYINT UNSIGNED NOT NULL DEFAULT 10,
    PRIMARY KEY (`id`),
  CONSTRAINT `fk_teams_id_proc_team` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_items_id_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pin_experiments2users` (
  `users_id` int UNSIGNED NOT NULL,
  `entity_id` int UNSIGNED NOT NULL,
  PRIMARY KEY (`users_id`,`entity_id`),
  CONSTRAINT `fk_pin_experiments2experiments_id` FOREIGN KEY (`entity_id`) REFERENCES `experiments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_pin_experiments2users_userid` FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favtags2users` (
  `users_id` int UNSIGNED NOT NULL,
  `tags_id` int UNSIGNED NOT NULL,
  PRIMARY KEY (`users_id`, `tags_id`),
  CONSTRAINT `fk_favtags2users_tags_id` FOREIGN KEY (`tags_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_favtags2users_users_id` FOREIGN KEY (`users_id`) REFERENCES `users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_units_history` (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    storage_unit_id INT UNSIGNED NOT NULL,
    old_parent_id INT UNSIGNED NULL,
    new_parent_id INT UNSIGNED NULL,
    users_id INT UNSIGNED NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY (storage_unit_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compounds` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT UNSIGNED NOT NULL,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `modified_by` INT UNSIGNED NOT NULL,
  `userid` INT UNSIGNED NOT NULL,
  `team` INT UNSIGNED NOT NULL,
  `state` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `name` TEXT NULL DEFAULT NULL,
  `molecular_formula` VARCHAR(255) NULL DEFAULT NULL,
  `cas_number` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `ec_number` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `chebi_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `chembl_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `dea_number` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `drugbank_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `dsstox_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `hmdb_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `inchi` MEDIUMTEXT NULL DEFAULT NULL,
  `inchi_key` CHAR(27) NULL DEFAULT NULL UNIQUE,
  `iupac_name` TEXT NULL DEFAULT NULL,
  `kegg_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `metabolomics_wb_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `molecular_weight` DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0.00,
  `nci_code` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `nikkaji_number` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `pharmgkb_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `pharos_ligand_id` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `pubchem_cid` INT UNSIGNED NULL DEFAULT NULL UNIQUE,
  `rxcui` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `smiles` MEDIUMTEXT NULL DEFAULT NULL,
  `unii` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `wikidata` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `wikipedia` VARCHAR(20) NULL DEFAULT NULL UNIQUE,
  `is_corrosive` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_explosive` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_flammable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_gas_under_pressure` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_hazardous2env` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_hazardous2health` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_serious_health_hazard` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_oxidising` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_toxic` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_radioactive` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_antibiotic` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_antibiotic_precursor` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_drug` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_drug_precursor` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_explosive_precursor` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_cmr` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_nano` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_controlled` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_ed2health` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_ed2env` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_pbt` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_pmt` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_vpvb` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `is_vpvm` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  primary key(`id`)
);

CREATE TABLE `config` (
  `conf_name` varchar(255) NOT NULL,
  `conf_value` text,
  PRIMARY KEY (`conf_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `user_create_tag` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `force_exp_tpl` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `force_res_tpl` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `users_canwrite_experiments` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_experiments_categories` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_experiments_status` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_experiments_templates` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_resources` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_resources_categories` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_resources_status` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `users_canwrite_resources_templates` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `orgid` varchar(255) NULL DEFAULT NULL,
  `visible` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `announcement` varchar(255) NULL DEFAULT NULL,
  `onboarding_email_active` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `onboarding_email_subject` VARCHAR(255) NULL,
  `onboarding_email_body` TEXT NULL,
  `newcomer_threshold` INT UNSIGNED NOT NULL DEFAULT 15,
  `newcomer_banner` TEXT NULL DEFAULT NULL,
  `newcomer_banner_active` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `capture_container_deletion_reason` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_groups` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `team` int(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_team_groups_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_categories` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `team` int UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `title` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `is_private` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `ordering` int UNSIGNED DEFAULT NULL,
  `state` INT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_categories_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_status` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `team` int(10) UNSIGNED NOT NULL,
  `title` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `is_private` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `ordering` int(10) UNSIGNED DEFAULT NULL,
  `state` INT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_status_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items_types` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `userid` INT UNSIGNED NOT NULL,
  `team` int(10) UNSIGNED NOT NULL,
  `title` varchar(255) NOT NULL,
  `date` date NULL DEFAULT NULL,
  `elabid` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_from_id` INT UNSIGNED NULL DEFAULT NULL,
  `created_from_type` TINYINT UNSIGNED NULL DEFAULT NULL,
  `category` INT UNSIGNED NULL DEFAULT NULL,
  `color` varchar(6) DEFAULT '29aeb9',
  `custom_id` INT UNSIGNED NULL DEFAULT NULL,
  `body` mediumtext NULL DEFAULT NULL,
  `ordering` int(10) UNSIGNED DEFAULT NULL,
  `content_type` tinyint NOT NULL DEFAULT 1,
  `canread_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canwrite_base` TINYINT UNSIGNED NOT NULL DEFAULT 20,
  `canread` JSON NOT NULL,
  `canwrite` JSON NOT NULL,
  `canread_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `canwrite_is_immutable` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `canread_target_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canwrite_target_base` TINYINT UNSIGNED NOT NULL DEFAULT 20,
  `canbook_base` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `canbook` JSON NOT NULL,
  `canread_target` JSON NOT NULL,
  `canwrite_target` JSON NOT NULL,
  `modified_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `lastchangeby` int(10) UNSIGNED NULL DEFAULT NULL,
  `locked` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `lockedby` int UNSIGNED DEFAULT NULL,
  `locked_at` timestamp NULL DEFAULT NULL,
  `metadata` json NULL DEFAULT NULL,
  `hide_main_text` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `state` int(10) UNSIGNED NOT NULL DEFAULT 1,
  `status` INT UNSIGNED NULL DEFAULT NULL,
  `signature_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_signed_at` TIMESTAMP NULL DEFAULT NULL,
  `last_signed_by` INT UNSIGNED NULL DEFAULT NULL,
  `timestamped` tinyint UNSIGNED NOT NULL DEFAULT 0,
  `timestampedby` int(11) NULL DEFAULT NULL,
  `timestamped_at` timestamp NULL DEFAULT NULL,
  `access_key` varchar(36) NULL DEFAULT NULL,
  `rating` tinyint UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_types_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items_status` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `team` int(10) UNSIGNED NOT NULL,
  `title` varchar(255) NOT NULL,
  `color` varchar(6) NOT NULL,
  `is_private` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `ordering` int(10) UNSIGNED DEFAULT NULL,
  `state` INT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_status_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `team` int(10) UNSIGNED NOT NULL,
  `tag` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tags_teams_id` FOREIGN KEY (`team`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags2entity` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `item_id` int(10) UNSIGNED NOT NULL,
  `tag_id` int(10) UNSIGNED NOT NULL,
  `item_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_tags2entity_tag_type_item` (`tag_id`, `item_type`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `idps` (
  `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `entityid` varchar(255) NOT NULL,
  `enabled` tinyint UNSIGNED NOT NULL DEFAULT 1,
  `source` tinyint UNSIGNED NULL DEFAULT NULL,
  `email_attr` varchar(255) NOT NULL,
  `team_attr` varchar(255) NULL DEFAULT NULL,
  `fname_attr` varchar(255) NULL DEFAULT NULL,
  `lname_attr` varchar(255) NULL DEFAULT NULL,
  `orgid_attr` varchar(255) NULL DEFAULT NULL,
  `orcid_attr` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_units` (
    id INT unsigned NOT NULL AUTO_INCREMENT,
    name VARCHAR(255),
    parent_id INT unsigned,
    -- NULL means unlimited
    capacity INT unsigned DEFAULT NULL,
    FOREIGN KEY (parent_id) REFERENCES storage_units(id) ON DELETE CASCADE,
    PRIMARY KEY(`id`)
);

CREATE TABLE `containers2items` (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    storage_id INT UNSIGNED NOT NULL,
    item_id INT UNSIGNED NOT NULL,
    qty_stored DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0.00,
    qty_unit VARCHAR(10) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    modified_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    FOREIGN KEY (storage_id) REFERENCES storage_units(id) ON DELETE CASCADE,
    FOREIGN KEY (item_id) REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY(`id`)
);

