-- Concerto 2 digital signage (concerto/concerto, branch 2.x), db/schema.rb (version 20191016022505) written as MySQL;
-- commit 65c391ea9405c0f948f14a54ae2967cedbc3641a (Apache-2.0). All 21 tables; no foreign keys are declared upstream.

CREATE TABLE `activities` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `trackable_id` INT(11) DEFAULT NULL,
  `trackable_type` VARCHAR(255) DEFAULT NULL,
  `owner_id` INT(11) DEFAULT NULL,
  `owner_type` VARCHAR(255) DEFAULT NULL,
  `key` VARCHAR(255) DEFAULT NULL,
  `parameters` TEXT DEFAULT NULL,
  `recipient_id` INT(11) DEFAULT NULL,
  `recipient_type` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_activities_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  KEY `index_activities_on_recipient_id_and_recipient_type` (`recipient_id`, `recipient_type`),
  KEY `index_activities_on_trackable_id_and_trackable_type` (`trackable_id`, `trackable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `concerto_configs` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) DEFAULT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  `value_type` VARCHAR(255) DEFAULT NULL,
  `value_default` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `plugin_config` TINYINT(1) DEFAULT NULL,
  `plugin_id` INT(11) DEFAULT NULL,
  `hidden` TINYINT(1) DEFAULT 0,
  `can_cache` TINYINT(1) DEFAULT 1,
  `seq_no` INT(11) DEFAULT NULL,
  `select_values` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_concerto_configs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `concerto_hardware_players` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `ip_address` VARCHAR(255) DEFAULT NULL,
  `screen_id` INT(11) DEFAULT NULL,
  `activated` TINYINT(1) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `screen_on_off` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `concerto_manykinds_manykinds` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `field_id` INT(11) DEFAULT NULL,
  `kind_id` INT(11) DEFAULT NULL,
  `template_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `concerto_plugins` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) DEFAULT NULL,
  `gem_name` VARCHAR(255) DEFAULT NULL,
  `gem_version` VARCHAR(255) DEFAULT NULL,
  `source` VARCHAR(255) DEFAULT NULL,
  `source_url` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contents` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `duration` INT(11) DEFAULT NULL,
  `start_time` DATETIME DEFAULT NULL,
  `end_time` DATETIME DEFAULT NULL,
  `data` MEDIUMTEXT DEFAULT NULL,
  `user_id` INT(11) DEFAULT NULL,
  `kind_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `parent_id` INT(11) DEFAULT NULL,
  `children_count` INT(11) DEFAULT 0,
  `schedule` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `delayed_jobs` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `priority` INT(11) DEFAULT 0,
  `attempts` INT(11) DEFAULT 0,
  `handler` TEXT DEFAULT NULL,
  `last_error` TEXT DEFAULT NULL,
  `run_at` DATETIME DEFAULT NULL,
  `locked_at` DATETIME DEFAULT NULL,
  `failed_at` DATETIME DEFAULT NULL,
  `locked_by` VARCHAR(255) DEFAULT NULL,
  `queue` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `delayed_jobs_priority` (`priority`, `run_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `feeds` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `parent_id` INT(11) DEFAULT NULL,
  `group_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `is_viewable` TINYINT(1) DEFAULT 1,
  `is_submittable` TINYINT(1) DEFAULT 1,
  `content_types` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_feeds_on_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `field_configs` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `field_id` INT(11) DEFAULT NULL,
  `key` VARCHAR(255) DEFAULT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  `screen_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `fields` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `kind_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `groups` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `narrative` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `kinds` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `media` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `attachable_id` INT(11) DEFAULT NULL,
  `attachable_type` VARCHAR(255) DEFAULT NULL,
  `key` VARCHAR(255) DEFAULT NULL,
  `file_name` VARCHAR(255) DEFAULT NULL,
  `file_type` VARCHAR(255) DEFAULT NULL,
  `file_size` INT(11) DEFAULT NULL,
  `file_data` LONGBLOB DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_media_on_attachable_id_and_attachable_type` (`attachable_id`, `attachable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `memberships` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `user_id` INT(11) DEFAULT NULL,
  `group_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `level` INT(11) DEFAULT 1,
  `permissions` INT(11) DEFAULT NULL,
  `receive_emails` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_memberships_on_receive_emails` (`receive_emails`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pages` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `language` VARCHAR(255) DEFAULT NULL,
  `body` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `positions` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `style` TEXT DEFAULT NULL,
  `top` DECIMAL(6,5) DEFAULT 0.0,
  `left` DECIMAL(6,5) DEFAULT 0.0,
  `bottom` DECIMAL(6,5) DEFAULT 0.0,
  `right` DECIMAL(6,5) DEFAULT 0.0,
  `field_id` INT(11) DEFAULT NULL,
  `template_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `screens` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `location` VARCHAR(255) DEFAULT NULL,
  `is_public` TINYINT(1) DEFAULT NULL,
  `owner_id` INT(11) DEFAULT NULL,
  `owner_type` VARCHAR(255) DEFAULT NULL,
  `template_id` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `width` INT(11) DEFAULT NULL,
  `height` INT(11) DEFAULT NULL,
  `frontend_updated_at` DATETIME DEFAULT NULL,
  `authentication_token` VARCHAR(255) DEFAULT NULL,
  `time_zone` VARCHAR(255) DEFAULT NULL,
  `locale` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `submissions` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `content_id` INT(11) DEFAULT NULL,
  `feed_id` INT(11) DEFAULT NULL,
  `moderation_flag` TINYINT(1) DEFAULT NULL,
  `moderator_id` INT(11) DEFAULT NULL,
  `duration` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `moderation_reason` TEXT DEFAULT NULL,
  `pending_notification_sent` DATETIME DEFAULT NULL,
  `seq_no` INT(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_submissions_on_feed_id_and_seq_no` (`feed_id`, `seq_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `subscriptions` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `feed_id` INT(11) DEFAULT NULL,
  `field_id` INT(11) DEFAULT NULL,
  `screen_id` INT(11) DEFAULT NULL,
  `weight` INT(11) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `templates` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `author` VARCHAR(255) DEFAULT NULL,
  `is_hidden` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `original_width` INT(11) DEFAULT NULL,
  `original_height` INT(11) DEFAULT NULL,
  `owner_id` INT(11) DEFAULT NULL,
  `owner_type` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255) DEFAULT NULL,
  `reset_password_sent_at` DATETIME DEFAULT NULL,
  `remember_created_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `locale` VARCHAR(255) DEFAULT NULL,
  `is_admin` TINYINT(1) DEFAULT 0,
  `receive_moderation_notifications` TINYINT(1) DEFAULT NULL,
  `time_zone` VARCHAR(255) DEFAULT NULL,
  `confirmation_token` VARCHAR(255) DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `confirmation_sent_at` DATETIME DEFAULT NULL,
  `unconfirmed_email` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
