-- Tildes (tildes.net, non-profit link-sharing and discussion community; Python/Pyramid, PostgreSQL)
-- Upstream: github.com/spectria/tildes (Spectria's GitHub mirror of gitlab.com/tildes/tildes), commit
-- 436c3f24f0409b5ee6811daf73df7d0bd72fb894 (AGPL-3.0-or-later). The SQLAlchemy models (tildes/tildes/models,
-- imported through tildes/database_models.py) created into a scratch PostgreSQL 15 database as
-- tildes/scripts/initialize_db.py does (create_all, then the `log` table whose inheriting tables log_comments and
-- log_topics are created by the models' own event), then written as MySQL from the catalog: all 28 tables; column
-- names and order as upstream; bigint/integer/boolean/real kept (boolean -> TINYINT(1)); timestamptz -> DATETIME;
-- text/citext -> TEXT/VARCHAR(255) (VARCHAR(255) where a key needs it); PostgreSQL ENUM types -> ENUM with their
-- labels; ARRAY, ltree and tsvector -> TEXT; jsonb -> JSON; inet -> VARCHAR(45); interval/daterange -> VARCHAR(64);
-- numeric -> DECIMAL(30,10); PRIMARY KEY, UNIQUE and FOREIGN KEYs as upstream (the one FK that closes a cycle,
-- topic_schedule.latest_topic_id, added by ALTER TABLE at the end); CHECK constraints, plain indexes, the SQL
-- functions and triggers of tildes/sql/init left out.
CREATE TABLE `financials` (
  `entry_id` BIGINT NOT NULL AUTO_INCREMENT,
  `entry_type` ENUM('EXPENSE','GOAL','INCOME') NOT NULL,
  `description` TEXT,
  `amount` DECIMAL(30,10) NOT NULL,
  `date_range` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`entry_id`)
);

CREATE TABLE `groups` (
  `group_id` BIGINT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `short_description` TEXT,
  `sidebar_markdown` TEXT,
  `sidebar_rendered_html` TEXT,
  `num_subscriptions` INT NOT NULL DEFAULT 0,
  `requires_permission_to_post_topics` TINYINT(1) NOT NULL DEFAULT 0,
  `is_user_treated_as_topic_source` TINYINT(1) NOT NULL DEFAULT 0,
  `common_topic_tags` TEXT NOT NULL,
  `important_topic_tags` TEXT NOT NULL,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `ix_groups_path` (`path`)
);

CREATE TABLE `scraper_results` (
  `result_id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` TEXT NOT NULL,
  `scraper_type` ENUM('EMBEDLY','YOUTUBE') NOT NULL,
  `scrape_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `data` JSON,
  PRIMARY KEY (`result_id`)
);

CREATE TABLE `users` (
  `user_id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `password_hash` TEXT NOT NULL,
  `email_address_hash` TEXT,
  `email_address_note` TEXT,
  `two_factor_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `two_factor_secret` TEXT,
  `two_factor_backup_codes` TEXT,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `num_unread_messages` INT NOT NULL DEFAULT 0,
  `num_unread_notifications` INT NOT NULL DEFAULT 0,
  `inviter_id` BIGINT,
  `invite_codes_remaining` INT NOT NULL DEFAULT 0,
  `collapse_old_comments` TINYINT(1) NOT NULL DEFAULT 1,
  `comment_sort_order_default` ENUM('VOTES','NEWEST','POSTED','RELEVANCE'),
  `auto_mark_notifications_read` TINYINT(1) NOT NULL DEFAULT 0,
  `interact_mark_notifications_read` TINYINT(1) NOT NULL DEFAULT 1,
  `open_new_tab_external` TINYINT(1) NOT NULL DEFAULT 0,
  `open_new_tab_internal` TINYINT(1) NOT NULL DEFAULT 0,
  `open_new_tab_text` TINYINT(1) NOT NULL DEFAULT 0,
  `open_new_tab_group` TINYINT(1) NOT NULL DEFAULT 0,
  `open_new_tab_user` TINYINT(1) NOT NULL DEFAULT 0,
  `theme_default` TEXT,
  `show_tags_in_listings` TINYINT(1) NOT NULL DEFAULT 0,
  `show_tags_on_new_topic` TINYINT(1) NOT NULL DEFAULT 0,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted_time` DATETIME,
  `is_banned` TINYINT(1) NOT NULL DEFAULT 0,
  `banned_time` DATETIME,
  `ban_expiry_time` DATETIME,
  `home_default_order` ENUM('ACTIVITY','VOTES','COMMENTS','NEW','ALL_ACTIVITY'),
  `home_default_period` TEXT,
  `filtered_topic_tags` TEXT NOT NULL,
  `comment_label_weight` FLOAT,
  `last_exemplary_label_time` DATETIME,
  `bio_markdown` TEXT,
  `bio_rendered_html` TEXT,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `uq_users_username` (`username`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `group_scripts` (
  `script_id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` BIGINT,
  `code` TEXT NOT NULL,
  PRIMARY KEY (`script_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`)
);

CREATE TABLE `group_stats` (
  `group_id` BIGINT NOT NULL,
  `stat` ENUM('TOPICS_POSTED','COMMENTS_POSTED') NOT NULL,
  `period` VARCHAR(64) NOT NULL,
  `value` DOUBLE NOT NULL,
  PRIMARY KEY (`group_id`, `stat`, `period`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`)
);

CREATE TABLE `group_subscriptions` (
  `user_id` BIGINT NOT NULL,
  `group_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `group_wiki_pages` (
  `group_id` BIGINT NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `page_name` TEXT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_edited_time` DATETIME,
  `rendered_html` TEXT NOT NULL,
  PRIMARY KEY (`group_id`, `path`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`)
);

CREATE TABLE `log` (
  `log_id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `event_type` ENUM('USER_EMAIL_SET','USER_LOG_IN','USER_LOG_IN_FAIL','USER_LOG_OUT','USER_REGISTER','COMMENT_POST','COMMENT_REMOVE','COMMENT_UNREMOVE','COMMENT_UNVOTE','COMMENT_VOTE','TOPIC_LINK_EDIT','TOPIC_LOCK','TOPIC_MOVE','TOPIC_POST','TOPIC_REMOVE','TOPIC_TAG','TOPIC_TITLE_EDIT','TOPIC_UNLOCK','TOPIC_UNREMOVE','TOPIC_UNVOTE','TOPIC_VOTE') NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `event_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `info` JSON,
  PRIMARY KEY (`log_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `message_conversations` (
  `conversation_id` BIGINT NOT NULL AUTO_INCREMENT,
  `sender_id` BIGINT NOT NULL,
  `recipient_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `subject` TEXT NOT NULL,
  `markdown` TEXT NOT NULL,
  `rendered_html` TEXT NOT NULL,
  `num_replies` BIGINT NOT NULL DEFAULT 0,
  `last_reply_time` DATETIME,
  `unread_user_ids` TEXT NOT NULL,
  PRIMARY KEY (`conversation_id`),
  FOREIGN KEY (`recipient_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `message_replies` (
  `reply_id` BIGINT NOT NULL AUTO_INCREMENT,
  `conversation_id` BIGINT NOT NULL,
  `sender_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `markdown` TEXT NOT NULL,
  `rendered_html` TEXT NOT NULL,
  PRIMARY KEY (`reply_id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `message_conversations` (`conversation_id`),
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `user_group_settings` (
  `user_id` BIGINT NOT NULL,
  `group_id` BIGINT NOT NULL,
  `default_order` ENUM('ACTIVITY','VOTES','COMMENTS','NEW','ALL_ACTIVITY'),
  `default_period` TEXT,
  PRIMARY KEY (`user_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `user_invite_codes` (
  `code` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `invitee_id` BIGINT,
  PRIMARY KEY (`code`),
  FOREIGN KEY (`invitee_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `user_permissions` (
  `permission_id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `group_id` BIGINT,
  `permission` ENUM('comment.remove','comment.view_labels','topic.edit_by_generic_user','topic.edit_link','topic.edit_title','topic.lock','topic.move','topic.post','topic.remove','topic.tag','user.ban','user.view_removed_posts','wiki.edit') NOT NULL,
  `permission_type` ENUM('ALLOW','DENY') NOT NULL DEFAULT 'ALLOW',
  PRIMARY KEY (`permission_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `user_rate_limit` (
  `user_id` BIGINT NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `period` VARCHAR(64) NOT NULL,
  `limit` INT NOT NULL,
  PRIMARY KEY (`user_id`, `action`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topic_schedule` (
  `schedule_id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` BIGINT NOT NULL,
  `user_id` BIGINT,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `title` TEXT NOT NULL,
  `markdown` TEXT NOT NULL,
  `tags` TEXT NOT NULL,
  `next_post_time` DATETIME,
  `recurrence_rule` TEXT,
  `only_new_top_level_comments_in_latest` TINYINT(1) NOT NULL DEFAULT 1,
  `latest_topic_id` BIGINT,
  PRIMARY KEY (`schedule_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topics` (
  `topic_id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `schedule_id` BIGINT,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_edited_time` DATETIME,
  `last_activity_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_interesting_activity_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted_time` DATETIME,
  `is_removed` TINYINT(1) NOT NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `topic_type` ENUM('TEXT','LINK') NOT NULL DEFAULT 'TEXT',
  `markdown` TEXT,
  `rendered_html` TEXT,
  `link` TEXT,
  `content_metadata` JSON,
  `num_comments` INT NOT NULL DEFAULT 0,
  `num_votes` INT NOT NULL DEFAULT 0,
  `is_voting_closed` TINYINT(1) NOT NULL DEFAULT 0,
  `tags` TEXT NOT NULL,
  `is_official` TINYINT(1) NOT NULL DEFAULT 0,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `search_tsv` TEXT,
  PRIMARY KEY (`topic_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `topic_schedule` (`schedule_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `comments` (
  `comment_id` BIGINT NOT NULL AUTO_INCREMENT,
  `topic_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `parent_comment_id` BIGINT,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted_time` DATETIME,
  `is_removed` TINYINT(1) NOT NULL DEFAULT 0,
  `last_edited_time` DATETIME,
  `markdown` TEXT NOT NULL,
  `rendered_html` TEXT NOT NULL,
  `excerpt` TEXT NOT NULL DEFAULT '',
  `num_votes` INT NOT NULL DEFAULT 0,
  `is_voting_closed` TINYINT(1) NOT NULL DEFAULT 0,
  `search_tsv` TEXT,
  PRIMARY KEY (`comment_id`),
  FOREIGN KEY (`parent_comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `log_comments` (
  `log_id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `event_type` ENUM('USER_EMAIL_SET','USER_LOG_IN','USER_LOG_IN_FAIL','USER_LOG_OUT','USER_REGISTER','COMMENT_POST','COMMENT_REMOVE','COMMENT_UNREMOVE','COMMENT_UNVOTE','COMMENT_VOTE','TOPIC_LINK_EDIT','TOPIC_LOCK','TOPIC_MOVE','TOPIC_POST','TOPIC_REMOVE','TOPIC_TAG','TOPIC_TITLE_EDIT','TOPIC_UNLOCK','TOPIC_UNREMOVE','TOPIC_UNVOTE','TOPIC_VOTE') NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `event_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `info` JSON,
  `comment_id` BIGINT NOT NULL,
  PRIMARY KEY (`log_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `log_topics` (
  `log_id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `event_type` ENUM('USER_EMAIL_SET','USER_LOG_IN','USER_LOG_IN_FAIL','USER_LOG_OUT','USER_REGISTER','COMMENT_POST','COMMENT_REMOVE','COMMENT_UNREMOVE','COMMENT_UNVOTE','COMMENT_VOTE','TOPIC_LINK_EDIT','TOPIC_LOCK','TOPIC_MOVE','TOPIC_POST','TOPIC_REMOVE','TOPIC_TAG','TOPIC_TITLE_EDIT','TOPIC_UNLOCK','TOPIC_UNREMOVE','TOPIC_UNVOTE','TOPIC_VOTE') NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `event_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `info` JSON,
  `topic_id` BIGINT NOT NULL,
  PRIMARY KEY (`log_id`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topic_bookmarks` (
  `user_id` BIGINT NOT NULL,
  `topic_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `topic_id`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topic_ignores` (
  `user_id` BIGINT NOT NULL,
  `topic_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `topic_id`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topic_visits` (
  `user_id` BIGINT NOT NULL,
  `topic_id` BIGINT NOT NULL,
  `visit_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `num_comments` INT NOT NULL,
  PRIMARY KEY (`user_id`, `topic_id`, `visit_time`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `topic_votes` (
  `user_id` BIGINT NOT NULL,
  `topic_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `topic_id`),
  FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `comment_bookmarks` (
  `user_id` BIGINT NOT NULL,
  `comment_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `comment_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `comment_labels` (
  `comment_id` BIGINT NOT NULL,
  `label` ENUM('EXEMPLARY','OFFTOPIC','JOKE','NOISE','MALICE') NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `weight` FLOAT NOT NULL DEFAULT 1.0,
  `reason` TEXT,
  PRIMARY KEY (`comment_id`, `label`, `user_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `comment_notifications` (
  `user_id` BIGINT NOT NULL,
  `comment_id` BIGINT NOT NULL,
  `notification_type` ENUM('COMMENT_REPLY','TOPIC_REPLY','USER_MENTION') NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_unread` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`user_id`, `comment_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `comment_votes` (
  `user_id` BIGINT NOT NULL,
  `comment_id` BIGINT NOT NULL,
  `created_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `comment_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

ALTER TABLE `topic_schedule` ADD FOREIGN KEY (`latest_topic_id`) REFERENCES `topics` (`topic_id`);
