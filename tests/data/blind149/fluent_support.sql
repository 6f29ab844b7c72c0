-- Fluent Support 2.0.1 (WordPress helpdesk plugin by WPManageNinja), github.com/WPManageNinja/fluent-support,
-- read from the mirror LabinatorSolutions/fluent-support commit 4488967590cee78c8f69cec2534f120d2c891350
-- ("Released 2.0.1", GPL-2.0-or-later). Tables as database/Migrations/*Migrator.php create them with the
-- default WordPress prefix wp_, followed by the four tables of the bundled Action Scheduler library
-- (vendor/woocommerce/action-scheduler/classes/schema/*.php) that the plugin loads for its recurring jobs.
-- The /* */ comments are upstream's.

CREATE TABLE `wp_fs_products` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `source_uid` BIGINT(20) UNSIGNED NULL,
  `mailbox_id` BIGINT(20) UNSIGNED NULL,
  `title` VARCHAR(192) NULL,
  `description` TEXT NULL,
  `settings` LONGTEXT NULL,
  `source` VARCHAR(100) DEFAULT 'local',
  `created_by` BIGINT(20) UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_mailbox_id` (`mailbox_id`),
  INDEX `idx_created_at` (`created_at`),
  INDEX `idx_source` (`source`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_persons` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `first_name` VARCHAR(192) NULL,
  `last_name` VARCHAR(192) NULL,
  `email` VARCHAR(192) NULL,
  `title` VARCHAR(192) NULL,
  `avatar` VARCHAR(192) NULL,
  `person_type` VARCHAR(192) DEFAULT 'customer',
  `status` VARCHAR(192) DEFAULT 'active',
  `ip_address` VARCHAR(20) NULL,
  `last_ip_address` VARCHAR(20) NULL,
  `address_line_1` VARCHAR(192) NULL,
  `address_line_2` VARCHAR(192) NULL,
  `city` VARCHAR(192) NULL,
  `zip` VARCHAR(192) NULL,
  `state` VARCHAR(192) NULL,
  `country` VARCHAR(192) NULL,
  `note` LONGTEXT NULL,
  `hash` VARCHAR(192) NULL,
  `user_id` BIGINT(20) UNSIGNED NULL,
  `description` MEDIUMTEXT NULL,
  `remote_uid` BIGINT(20) UNSIGNED NULL,
  `last_response_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_email` (`email`),
  INDEX `idx_user_id` (`user_id`),
  INDEX `idx_ip_address` (`ip_address`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_tickets` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `customer_id` BIGINT(20) UNSIGNED NULL,
  `agent_id` BIGINT(20) UNSIGNED NULL,
  `mailbox_id` BIGINT(20) UNSIGNED NULL,
  `product_id` BIGINT(20) UNSIGNED NULL,
  `product_source` VARCHAR(192) NULL,
  `privacy` VARCHAR(100) DEFAULT 'private',
  `priority` VARCHAR(100) DEFAULT 'normal',
  `client_priority` VARCHAR(100) DEFAULT 'normal',
  `status` VARCHAR(100) DEFAULT 'new',
  `title` VARCHAR(192) NULL,
  `slug` VARCHAR(192) NULL,
  `hash` VARCHAR(192) NULL,
  `content_hash` VARCHAR(192) NULL,
  `message_id` VARCHAR(192) NULL,
  `source` VARCHAR(192) NULL,
  `content` LONGTEXT NULL,
  `secret_content` LONGTEXT NULL,
  `last_agent_response` TIMESTAMP NULL,
  `last_customer_response` TIMESTAMP NULL,
  `waiting_since` TIMESTAMP NULL,
  `response_count` INT(11) DEFAULT 0,
  `first_response_time` INT(11) NULL, /* Seconds took for first contact */
  `total_close_time` INT(11) NULL, /* Seconds took for closing this ticket */
  `resolved_at` TIMESTAMP NULL,
  `closed_by` BIGINT(20) UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_customer_id` (`customer_id`),
  INDEX `idx_agent_id` (`agent_id`),
  INDEX `idx_mailbox_id` (`mailbox_id`),
  INDEX `idx_product_id` (`product_id`),
  INDEX `idx_priority` (`priority`),
  INDEX `idx_status` (`status`),
  INDEX `idx_created_at` (`created_at`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_conversations` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `serial` INT(11) UNSIGNED DEFAULT 1,
  `ticket_id` BIGINT(20) UNSIGNED NOT NULL,
  `person_id` BIGINT(20) UNSIGNED NOT NULL,
  `conversation_type` VARCHAR(100) DEFAULT 'response',
  `content` LONGTEXT NULL,
  `source` VARCHAR(100) DEFAULT 'web',
  `content_hash` VARCHAR(192) NULL,
  `message_id` VARCHAR(192) NULL,
  `is_important` ENUM('yes', 'no') DEFAULT 'no',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_ticket_id` (`ticket_id`),
  INDEX `idx_person_id` (`person_id`),
  INDEX `idx_created_at` (`created_at`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_attachments` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `ticket_id` BIGINT(20) UNSIGNED NULL,
  `person_id` BIGINT(20) UNSIGNED NULL,
  `conversation_id` BIGINT(20) UNSIGNED NULL,
  `file_type` VARCHAR(100) NULL,
  `file_path` TEXT NULL,
  `full_url` TEXT NULL,
  `settings` TEXT NULL,
  `title` VARCHAR(192) NULL,
  `file_hash` VARCHAR(192) NULL,
  `driver` VARCHAR(100) DEFAULT 'local',
  `status` VARCHAR(100) NULL DEFAULT 'active',
  `file_size` VARCHAR(100) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_ticket_id` (`ticket_id`),
  INDEX `idx_person_id` (`person_id`),
  INDEX `idx_conversation_id` (`conversation_id`),
  INDEX `idx_status` (`status`),
  INDEX `idx_created_at` (`created_at`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_taggables` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `tag_type` VARCHAR(192) NULL,
  `title` VARCHAR(192) NOT NULL,
  `slug` VARCHAR(192) NOT NULL,
  `description` LONGTEXT NULL,
  `settings` TEXT NULL,
  `created_by` BIGINT(20) UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_created_by` (`created_by`),
  INDEX `idx_tag_type` (`tag_type`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_tag_pivot` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `tag_id` BIGINT(20) UNSIGNED NOT NULL,
  `source_id` BIGINT(20) UNSIGNED NOT NULL,
  `source_type` VARCHAR(192) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_tag_id` (`tag_id`),
  INDEX `idx_source_id` (`source_id`),
  INDEX `idx_source_type` (`source_type`),
  INDEX `idx_tag_source` (`tag_id`, `source_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_data_metrix` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `stat_date` DATE NOT NULL,
  `data_type` VARCHAR(100) DEFAULT 'agent_stat',
  `agent_id` BIGINT(20) UNSIGNED NULL,
  `replies` INT(11) UNSIGNED NULL DEFAULT 0,  /* replies count in that date */
  `active_tickets` INT(11) UNSIGNED NULL DEFAULT 0,  /* ticket counts without new and closed */
  `resolved_tickets` INT(11) UNSIGNED NULL DEFAULT 0, /* tickets that got closed today */
  `new_tickets` INT(11) UNSIGNED NULL DEFAULT 0, /* all new status ticket count */
  `unassigned_tickets` INT(11) UNSIGNED NULL DEFAULT 0, /* For Global use case only */
  `close_to_average` INT(11) UNSIGNED NULL DEFAULT 0, /* average close time of the tickets */
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_stat_date` (`stat_date`),
  INDEX `idx_agent_id` (`agent_id`),
  INDEX `idx_data_type` (`data_type`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_meta` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `object_type` VARCHAR(192) NULL,
  `object_id` BIGINT(20) NULL,
  `key` VARCHAR(192) NULL,
  `value` LONGTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_object_type` (`object_type`),
  INDEX `idx_object_id` (`object_id`),
  INDEX `idx_key` (`key`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_mail_boxes` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` VARCHAR(192) NOT NULL,
  `slug` VARCHAR(192) NOT NULL,
  `box_type` VARCHAR(50) default 'web',
  `email` VARCHAR(192) NOT NULL,
  `mapped_email` VARCHAR(192) NULL,
  `email_footer` LONGTEXT NULL,
  `settings` LONGTEXT NULL,
  `avatar` VARCHAR(192) NULL,
  `created_by` BIGINT(20) UNSIGNED NULL,
  `is_default` ENUM('yes', 'no') DEFAULT 'no',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_slug` (`slug`),
  INDEX `idx_email` (`email`),
  INDEX `idx_created_by` (`created_by`),
  INDEX `idx_box_type` (`box_type`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_activities` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `person_id` BIGINT(20) NULL,
  `person_type` VARCHAR(192) NULL,
  `event_type` VARCHAR(192) NULL,
  `object_id` BIGINT(20) NULL,
  `object_type` VARCHAR(192) NULL,
  `description` MEDIUMTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_person_id` (`person_id`),
  INDEX `idx_event_type` (`event_type`),
  INDEX `idx_object_id` (`object_id`),
  INDEX `idx_object_type` (`object_type`),
  INDEX `idx_created_at` (`created_at`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_fs_ai_activity_logs` (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `agent_id` BIGINT(20) NULL,
  `ticket_id` BIGINT(20) NULL,
  `model_name` VARCHAR(50) NULL,
  `tokens` MEDIUMTEXT NULL,
  `prompt` LONGTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `idx_agent_id` (`agent_id`),
  INDEX `idx_ticket_id` (`ticket_id`),
  INDEX `idx_model_name` (`model_name`),
  INDEX `idx_created_at` (`created_at`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_actionscheduler_actions` (
  action_id bigint(20) unsigned NOT NULL auto_increment,
  hook varchar(191) NOT NULL,
  status varchar(20) NOT NULL,
  scheduled_date_gmt datetime NULL default '0000-00-00 00:00:00',
  scheduled_date_local datetime NULL default '0000-00-00 00:00:00',
  priority tinyint unsigned NOT NULL default '10',
  args varchar(191),
  schedule longtext,
  group_id bigint(20) unsigned NOT NULL default '0',
  attempts int(11) NOT NULL default '0',
  last_attempt_gmt datetime NULL default '0000-00-00 00:00:00',
  last_attempt_local datetime NULL default '0000-00-00 00:00:00',
  claim_id bigint(20) unsigned NOT NULL default '0',
  extended_args varchar(8000) DEFAULT NULL,
  PRIMARY KEY  (action_id),
  KEY hook_status_scheduled_date_gmt (hook(163), status, scheduled_date_gmt),
  KEY status_scheduled_date_gmt (status, scheduled_date_gmt),
  KEY scheduled_date_gmt (scheduled_date_gmt),
  KEY args (args(191)),
  KEY group_id (group_id),
  KEY last_attempt_gmt (last_attempt_gmt),
  KEY `claim_id_status_priority_scheduled_date_gmt` (`claim_id`,`status`,`priority`,`scheduled_date_gmt`),
  KEY `status_last_attempt_gmt` (`status`,`last_attempt_gmt`),
  KEY `status_claim_id` (`status`,`claim_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_actionscheduler_claims` (
  claim_id bigint(20) unsigned NOT NULL auto_increment,
  date_created_gmt datetime NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (claim_id),
  KEY date_created_gmt (date_created_gmt)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_actionscheduler_groups` (
  group_id bigint(20) unsigned NOT NULL auto_increment,
  slug varchar(255) NOT NULL,
  PRIMARY KEY  (group_id),
  KEY slug (slug(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_actionscheduler_logs` (
  log_id bigint(20) unsigned NOT NULL auto_increment,
  action_id bigint(20) unsigned NOT NULL,
  message text NOT NULL,
  log_date_gmt datetime NULL default '0000-00-00 00:00:00',
  log_date_local datetime NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (log_id),
  KEY action_id (action_id),
  KEY log_date_gmt (log_date_gmt)
) DEFAULT CHARSET=utf8mb4;
