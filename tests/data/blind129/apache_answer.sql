-- Apache Answer (github.com/apache/incubator-answer, commit f7731bc675930f9cb9fa7a6f6346c102246b2c4d, Apache-2.0)
-- The 30 tables that internal/migrations/init_data.go (tables) creates with xorm Sync from the structs of
-- internal/entity/*.go, written as MySQL DDL: column names, order, types, NOT NULL and defaults from the xorm tags;
-- upstream declares no foreign keys and no column comments (the only comment, tag.id 'tag_id', is kept).

CREATE TABLE `activity` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `cancelled_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL,
  `trigger_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `original_object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `activity_type` INT(11) NOT NULL,
  `cancelled` TINYINT(4) NOT NULL DEFAULT 0,
  `rank` INT(11) NOT NULL DEFAULT 0,
  `has_rank` TINYINT(4) NOT NULL DEFAULT 0,
  `revision_id` BIGINT(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `answer` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `question_id` BIGINT(20) NOT NULL DEFAULT 0,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `last_edit_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `original_text` MEDIUMTEXT NOT NULL,
  `parsed_text` MEDIUMTEXT NOT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  `adopted` INT(11) NOT NULL DEFAULT 1,
  `comment_count` INT(11) NOT NULL DEFAULT 0,
  `vote_count` INT(11) NOT NULL DEFAULT 0,
  `revision_id` BIGINT(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `collection` (
  `id` BIGINT(20) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `user_collection_group_id` BIGINT(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `collection_group` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `default_group` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `reply_user_id` BIGINT(20) DEFAULT NULL,
  `reply_comment_id` BIGINT(20) DEFAULT NULL,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `question_id` BIGINT(20) NOT NULL DEFAULT 0,
  `vote_count` INT(11) NOT NULL DEFAULT 0,
  `status` TINYINT(4) NOT NULL DEFAULT 0,
  `original_text` MEDIUMTEXT NOT NULL,
  `parsed_text` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `config` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(128) DEFAULT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_config_key` (`key`)
);

CREATE TABLE `meta` (
  `id` INT(10) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `key` VARCHAR(100) NOT NULL,
  `value` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `content` TEXT NOT NULL,
  `type` INT(11) NOT NULL DEFAULT 0,
  `msg_type` INT(11) NOT NULL DEFAULT 0,
  `is_read` INT(11) NOT NULL DEFAULT 1,
  `status` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `question` (
  `id` BIGINT(20) NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `invite_user_id` TEXT,
  `last_edit_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `title` VARCHAR(150) NOT NULL DEFAULT '',
  `original_text` MEDIUMTEXT NOT NULL,
  `parsed_text` MEDIUMTEXT NOT NULL,
  `pin` INT(11) NOT NULL DEFAULT 1,
  `show` INT(11) NOT NULL DEFAULT 1,
  `status` INT(11) NOT NULL DEFAULT 1,
  `view_count` INT(11) NOT NULL DEFAULT 0,
  `unique_view_count` INT(11) NOT NULL DEFAULT 0,
  `vote_count` INT(11) NOT NULL DEFAULT 0,
  `answer_count` INT(11) NOT NULL DEFAULT 0,
  `hot_score` INT(11) NOT NULL DEFAULT 0,
  `collection_count` INT(11) NOT NULL DEFAULT 0,
  `follow_count` INT(11) NOT NULL DEFAULT 0,
  `accepted_answer_id` BIGINT(20) NOT NULL DEFAULT 0,
  `last_answer_id` BIGINT(20) NOT NULL DEFAULT 0,
  `post_update_time` TIMESTAMP NULL DEFAULT NULL,
  `revision_id` BIGINT(20) NOT NULL DEFAULT 0,
  `linked_count` INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `question_link` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `from_question_id` BIGINT(20) NOT NULL DEFAULT 0,
  `from_answer_id` BIGINT(20) DEFAULT NULL,
  `to_question_id` BIGINT(20) NOT NULL DEFAULT 0,
  `to_answer_id` BIGINT(20) DEFAULT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `report` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL,
  `object_id` BIGINT(20) NOT NULL,
  `reported_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `object_type` INT(11) NOT NULL DEFAULT 0,
  `report_type` INT(11) NOT NULL DEFAULT 0,
  `content` TEXT NOT NULL,
  `flagged_type` INT(11) NOT NULL DEFAULT 0,
  `flagged_content` TEXT,
  `status` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `revision` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `object_type` INT(11) NOT NULL DEFAULT 0,
  `object_id` BIGINT(20) NOT NULL DEFAULT 0,
  `title` VARCHAR(255) NOT NULL DEFAULT '',
  `content` MEDIUMTEXT NOT NULL,
  `log` VARCHAR(255) DEFAULT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  `review_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `site_info` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `type` VARCHAR(64) NOT NULL,
  `content` MEDIUMTEXT NOT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tag` (
  `id` BIGINT(20) NOT NULL COMMENT 'tag_id',
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `main_tag_id` BIGINT(20) NOT NULL DEFAULT 0,
  `main_tag_slug_name` VARCHAR(35) NOT NULL DEFAULT '',
  `slug_name` VARCHAR(35) NOT NULL DEFAULT '',
  `display_name` VARCHAR(35) NOT NULL DEFAULT '',
  `original_text` MEDIUMTEXT NOT NULL,
  `parsed_text` MEDIUMTEXT NOT NULL,
  `follow_count` INT(11) NOT NULL DEFAULT 0,
  `question_count` INT(11) NOT NULL DEFAULT 0,
  `status` INT(11) NOT NULL DEFAULT 1,
  `recommend` TINYINT(1) NOT NULL DEFAULT 0,
  `reserved` TINYINT(1) NOT NULL DEFAULT 0,
  `revision_id` BIGINT(20) NOT NULL DEFAULT 0,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_tag_slug_name` (`slug_name`)
);

CREATE TABLE `tag_rel` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `object_id` BIGINT(20) NOT NULL,
  `tag_id` BIGINT(20) NOT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_tag_rel_s` (`object_id`, `tag_id`)
);

CREATE TABLE `uniqid` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `uniqid_type` INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `suspended_at` TIMESTAMP NULL DEFAULT NULL,
  `deleted_at` TIMESTAMP NULL DEFAULT NULL,
  `last_login_date` TIMESTAMP NULL DEFAULT NULL,
  `username` VARCHAR(50) NOT NULL DEFAULT '',
  `pass` VARCHAR(255) NOT NULL DEFAULT '',
  `e_mail` VARCHAR(100) NOT NULL,
  `mail_status` TINYINT(4) NOT NULL DEFAULT 2,
  `notice_status` INT(11) NOT NULL DEFAULT 2,
  `follow_count` INT(11) NOT NULL DEFAULT 0,
  `answer_count` INT(11) NOT NULL DEFAULT 0,
  `question_count` INT(11) NOT NULL DEFAULT 0,
  `rank` INT(11) NOT NULL DEFAULT 0,
  `status` INT(11) NOT NULL DEFAULT 1,
  `authority_group` INT(11) NOT NULL DEFAULT 1,
  `display_name` VARCHAR(30) NOT NULL DEFAULT '',
  `avatar` VARCHAR(1024) NOT NULL DEFAULT '',
  `mobile` VARCHAR(20) NOT NULL,
  `bio` TEXT NOT NULL,
  `bio_html` TEXT NOT NULL,
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `location` VARCHAR(100) NOT NULL DEFAULT '',
  `ip_info` VARCHAR(255) NOT NULL DEFAULT '',
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `language` VARCHAR(100) NOT NULL DEFAULT '',
  `color_scheme` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_user_username` (`username`)
);

CREATE TABLE `version` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `version_number` INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_power_rel` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `role_id` INT(11) NOT NULL DEFAULT 0,
  `power_type` VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `power` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `power_type` VARCHAR(100) NOT NULL DEFAULT '',
  `description` VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_role_rel` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `role_id` INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugin_config` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `plugin_slug_name` VARCHAR(128) DEFAULT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_plugin_config_plugin_slug_name` (`plugin_slug_name`)
);

CREATE TABLE `user_external_login` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `provider` VARCHAR(100) NOT NULL DEFAULT '',
  `external_id` VARCHAR(128) NOT NULL DEFAULT '',
  `meta_info` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_notification_config` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `source` VARCHAR(64) NOT NULL DEFAULT '',
  `channels` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_user_notification_config_uk_us` (`user_id`, `source`)
);

CREATE TABLE `plugin_user_config` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `plugin_slug_name` VARCHAR(128) DEFAULT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_plugin_user_config_uk_up` (`user_id`, `plugin_slug_name`)
);

CREATE TABLE `review` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL DEFAULT NULL,
  `updated_at` TIMESTAMP NULL DEFAULT NULL,
  `user_id` BIGINT(20) NOT NULL,
  `object_id` BIGINT(20) NOT NULL,
  `object_type` INT(11) NOT NULL DEFAULT 0,
  `reviewer_user_id` BIGINT(20) NOT NULL DEFAULT 0,
  `submitter` VARCHAR(100) NOT NULL DEFAULT '',
  `reason` TEXT NOT NULL,
  `status` INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badge` (
  `id` BIGINT(20) NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` VARCHAR(256) NOT NULL DEFAULT '',
  `icon` VARCHAR(1024) NOT NULL DEFAULT '',
  `award_count` INT(11) NOT NULL DEFAULT 0,
  `description` MEDIUMTEXT NOT NULL,
  `status` INT(11) NOT NULL DEFAULT 1,
  `badge_group_id` BIGINT(20) NOT NULL DEFAULT 0,
  `level` TINYINT(4) NOT NULL DEFAULT 1,
  `single` TINYINT(4) NOT NULL DEFAULT 1,
  `collect` VARCHAR(128) NOT NULL DEFAULT '',
  `handler` VARCHAR(128) NOT NULL DEFAULT '',
  `param` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badge_group` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL DEFAULT '',
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badge_award` (
  `id` BIGINT(20) NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT(20) NOT NULL,
  `badge_id` BIGINT(20) NOT NULL,
  `award_key` VARCHAR(64) NOT NULL,
  `badge_group_id` BIGINT(20) NOT NULL,
  `is_badge_deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);
