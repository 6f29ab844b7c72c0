-- Faraday 5.21.0 (Infobyte; vulnerability management / collaborative pentest platform; Flask + SQLAlchemy),
-- trimmed to 67 tables. Upstream: github.com/infobyte/faraday, commit 084174b9aaf8750f438532cd058216cc7a171bf3,
-- file faraday/server/models.py (GPL-3.0).
-- Made by importing upstream's models with its pinned SQLAlchemy 1.3.24 / Flask-SQLAlchemy 2.5.1 and writing every
-- table of the metadata as MySQL (columns in model order, keys, indexes and foreign keys as declared; PostgreSQL
-- JSONB -> json, UUID -> char(36), unbounded String -> text or varchar(255) in keys, Boolean -> tinyint(1)),
-- loading that into a scratch MariaDB database and taking SHOW CREATE TABLE of the kept tables.
-- Foreign keys are kept between kept tables only; tables are in dependency order.

CREATE TABLE `cve` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(24) DEFAULT NULL,
  `year` int(11) DEFAULT NULL,
  `identifier` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cve_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `email_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_email` text NOT NULL,
  `message` text NOT NULL,
  `processed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `event_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `async_event` tinyint(1) DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `faraday_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `current_login_at` datetime DEFAULT NULL,
  `last_login_ip` varchar(100) NOT NULL,
  `current_login_ip` varchar(100) NOT NULL,
  `login_count` int(11) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `confirmed_at` datetime DEFAULT NULL,
  `otp_secret` varchar(32) DEFAULT NULL,
  `state_otp` enum('disabled','requested','confirmed') NOT NULL,
  `preferences` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`preferences`)),
  `fs_uniquifier` varchar(64) NOT NULL,
  `user_type` enum('ldap','local','saml') NOT NULL,
  `session_id` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `faraday_user_fs_uniquifier_key` (`fs_uniquifier`),
  UNIQUE KEY `faraday_user_username_key` (`username`),
  UNIQUE KEY `faraday_user_email_key` (`email`),
  UNIQUE KEY `faraday_user_session_id_key` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `object_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permissions_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `slack_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slack_id` text NOT NULL,
  `message` text NOT NULL,
  `processed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `agent` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` text NOT NULL,
  `name` text NOT NULL,
  `description` text NOT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `sid` text DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `agent_token_key` (`token`) USING HASH,
  KEY `agent_creator_id_fkey` (`creator_id`),
  KEY `agent_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `agent_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `agent_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_notification` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `processed` tinyint(1) DEFAULT NULL,
  `verbose` tinyint(1) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `base_notification_creator_id_fkey` (`creator_id`),
  KEY `base_notification_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `base_notification_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `base_notification_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `configuration` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`value`)),
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `configuration_key_key` (`key`),
  KEY `configuration_creator_id_fkey` (`creator_id`),
  KEY `configuration_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `configuration_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `configuration_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cwe` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cwe_name_key` (`name`) USING HASH,
  KEY `cwe_creator_id_fkey` (`creator_id`),
  KEY `cwe_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `cwe_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `cwe_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `executive_report` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `grouped` tinyint(1) NOT NULL,
  `name` text NOT NULL,
  `status` enum('created','error','processing') NOT NULL,
  `template_name` text NOT NULL,
  `conclusions` text NOT NULL,
  `enterprise` text NOT NULL,
  `objectives` text NOT NULL,
  `recommendations` text NOT NULL,
  `scope` text NOT NULL,
  `summary` text NOT NULL,
  `title` text NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `vuln_count` int(11) DEFAULT NULL,
  `markdown` tinyint(1) NOT NULL,
  `duplicate_detection` tinyint(1) NOT NULL,
  `border_size` int(11) DEFAULT NULL,
  `advanced_filter` tinyint(1) NOT NULL,
  `advanced_filter_parsed` text NOT NULL,
  `is_preview` tinyint(1) NOT NULL,
  `filter` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`filter`)),
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_executive_report_name` (`name`(768)),
  KEY `executive_report_creator_id_fkey` (`creator_id`),
  KEY `executive_report_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `executive_report_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `executive_report_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `faraday_role` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) DEFAULT NULL,
  `weight` int(11) NOT NULL,
  `custom` tinyint(1) NOT NULL,
  `description` varchar(280) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `faraday_role_name_key` (`name`),
  KEY `faraday_role_creator_id_fkey` (`creator_id`),
  KEY `faraday_role_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `faraday_role_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `faraday_role_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `file` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `filename` text NOT NULL,
  `description` text NOT NULL,
  `content` text NOT NULL,
  `object_id` int(11) NOT NULL,
  `object_type` enum('vulnerability','host','credential','service','source_code','comment','executive_report','workspace','task','report_logo','report_template') NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `file_creator_id_fkey` (`creator_id`),
  KEY `file_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `file_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `file_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `license` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product` text NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `type` text NOT NULL,
  `notes` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_license_product_start_end_dates` (`product`,`start_date`,`end_date`) USING HASH,
  KEY `license_creator_id_fkey` (`creator_id`),
  KEY `license_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `license_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `license_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_subscription` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_type_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_subscription_event_type_id` (`event_type_id`),
  KEY `notification_subscription_creator_id_fkey` (`creator_id`),
  KEY `notification_subscription_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `notification_subscription_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `notification_subscription_event_type_id_fkey` FOREIGN KEY (`event_type_id`) REFERENCES `event_type` (`id`),
  CONSTRAINT `notification_subscription_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permissions_unit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `permissions_group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_unit_name_key` (`name`),
  KEY `ix_permissions_unit_permissions_group_id` (`permissions_group_id`),
  CONSTRAINT `permissions_unit_permissions_group_id_fkey` FOREIGN KEY (`permissions_group_id`) REFERENCES `permissions_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `planner_project` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `planner_project_creator_id_fkey` (`creator_id`),
  KEY `planner_project_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `planner_project_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `planner_project_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `policy_violation_template` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_policy_violation_template_name` (`name`) USING HASH,
  KEY `policy_violation_template_creator_id_fkey` (`creator_id`),
  KEY `policy_violation_template_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `policy_violation_template_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `policy_violation_template_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_template` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_reference_template_name` (`name`) USING HASH,
  KEY `reference_template_creator_id_fkey` (`creator_id`),
  KEY `reference_template_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `reference_template_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reference_template_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `search_filter` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `json_query` text NOT NULL,
  `user_query` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_filter_creator_id_fkey` (`creator_id`),
  KEY `search_filter_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `search_filter_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `search_filter_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_slug_key` (`slug`) USING HASH,
  UNIQUE KEY `tag_name_key` (`name`) USING HASH,
  KEY `tag_creator_id_fkey` (`creator_id`),
  KEY `tag_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `tag_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `tag_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_avatar` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `photo` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_avatar_name_key` (`name`) USING HASH,
  KEY `user_avatar_creator_id_fkey` (`creator_id`),
  KEY `user_avatar_update_user_id_fkey` (`update_user_id`),
  KEY `user_avatar_user_id_fkey` (`user_id`),
  CONSTRAINT `user_avatar_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_avatar_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_avatar_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_notification` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` text NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`extra_data`)),
  `type` text NOT NULL,
  `subtype` text NOT NULL,
  `read` tinyint(1) DEFAULT NULL,
  `triggered_by` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`triggered_by`)),
  `user_id` int(11) NOT NULL,
  `links_to` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`links_to`)),
  `event_date` datetime NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_notification_user_id` (`user_id`),
  KEY `user_notification_creator_id_fkey` (`creator_id`),
  KEY `user_notification_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `user_notification_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_notification_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_notification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_token` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `alias` text NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `scope` enum('gitlab','service_desk','scheduler','jira','global') NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `hide` tinyint(1) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_token_token_key` (`token`),
  KEY `ix_user_token_user_id` (`user_id`),
  KEY `user_token_creator_id_fkey` (`creator_id`),
  KEY `user_token_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `user_token_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_token_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vulnerability_template` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` text NOT NULL,
  `description` text NOT NULL,
  `ease_of_resolution` enum('trivial','simple','moderate','difficult','infeasible') DEFAULT NULL,
  `name` text NOT NULL,
  `resolution` text NOT NULL,
  `severity` enum('unclassified','informational','low','medium','high','critical') NOT NULL,
  `risk` int(11) DEFAULT NULL,
  `impact_accountability` tinyint(1) NOT NULL,
  `impact_availability` tinyint(1) NOT NULL,
  `impact_confidentiality` tinyint(1) NOT NULL,
  `impact_integrity` tinyint(1) NOT NULL,
  `external_id` text NOT NULL,
  `custom_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`custom_fields`)),
  `shipped` tinyint(1) NOT NULL,
  `_cvss2_vector_string` text DEFAULT NULL,
  `_cvss3_vector_string` text DEFAULT NULL,
  `_cvss4_vector_string` text DEFAULT NULL,
  `cve` text DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_vulnerability_template_name` (`name`) USING HASH,
  KEY `ix_vulnerability_template_severity` (`severity`),
  KEY `vulnerability_template_creator_id_fkey` (`creator_id`),
  KEY `vulnerability_template_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `vulnerability_template_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_template_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspace` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer` varchar(250) NOT NULL,
  `description` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  `readonly` tinyint(1) NOT NULL,
  `end_date` datetime DEFAULT NULL,
  `name` varchar(250) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `start_date` datetime DEFAULT NULL,
  `risk_history_total` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`risk_history_total`)),
  `risk_history_avg` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`risk_history_avg`)),
  `force_lowercase_assets` tinyint(1) NOT NULL,
  `group_by` enum('name','cve') DEFAULT NULL,
  `group_algorithm` enum('levenshtein','sentence_transformer') DEFAULT NULL,
  `group_threshold` int(11) DEFAULT NULL,
  `host_count` int(11) NOT NULL,
  `host_confirmed_count` int(11) NOT NULL,
  `host_notclosed_count` int(11) NOT NULL,
  `host_notclosed_confirmed_count` int(11) NOT NULL,
  `open_service_count` int(11) NOT NULL,
  `total_service_count` int(11) NOT NULL,
  `service_confirmed_count` int(11) NOT NULL,
  `service_notclosed_count` int(11) NOT NULL,
  `service_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_web_count` int(11) NOT NULL,
  `vulnerability_code_count` int(11) NOT NULL,
  `vulnerability_standard_count` int(11) NOT NULL,
  `vulnerability_open_count` int(11) NOT NULL,
  `vulnerability_re_opened_count` int(11) NOT NULL,
  `vulnerability_risk_accepted_count` int(11) NOT NULL,
  `vulnerability_closed_count` int(11) NOT NULL,
  `vulnerability_confirmed_count` int(11) NOT NULL,
  `vulnerability_notclosed_count` int(11) NOT NULL,
  `vulnerability_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_total_count` int(11) NOT NULL,
  `vulnerability_high_count` int(11) NOT NULL,
  `vulnerability_critical_count` int(11) NOT NULL,
  `vulnerability_medium_count` int(11) NOT NULL,
  `vulnerability_low_count` int(11) NOT NULL,
  `vulnerability_informational_count` int(11) NOT NULL,
  `vulnerability_unclassified_count` int(11) NOT NULL,
  `vulnerability_web_confirmed_count` int(11) NOT NULL,
  `vulnerability_code_confirmed_count` int(11) NOT NULL,
  `vulnerability_standard_confirmed_count` int(11) NOT NULL,
  `vulnerability_open_confirmed_count` int(11) NOT NULL,
  `vulnerability_re_opened_confirmed_count` int(11) NOT NULL,
  `vulnerability_risk_accepted_confirmed_count` int(11) NOT NULL,
  `vulnerability_closed_confirmed_count` int(11) NOT NULL,
  `vulnerability_high_confirmed_count` int(11) NOT NULL,
  `vulnerability_critical_confirmed_count` int(11) NOT NULL,
  `vulnerability_medium_confirmed_count` int(11) NOT NULL,
  `vulnerability_low_confirmed_count` int(11) NOT NULL,
  `vulnerability_informational_confirmed_count` int(11) NOT NULL,
  `vulnerability_unclassified_confirmed_count` int(11) NOT NULL,
  `vulnerability_web_notclosed_count` int(11) NOT NULL,
  `vulnerability_code_notclosed_count` int(11) NOT NULL,
  `vulnerability_standard_notclosed_count` int(11) NOT NULL,
  `vulnerability_high_notclosed_count` int(11) NOT NULL,
  `vulnerability_critical_notclosed_count` int(11) NOT NULL,
  `vulnerability_medium_notclosed_count` int(11) NOT NULL,
  `vulnerability_low_notclosed_count` int(11) NOT NULL,
  `vulnerability_informational_notclosed_count` int(11) NOT NULL,
  `vulnerability_unclassified_notclosed_count` int(11) NOT NULL,
  `vulnerability_web_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_code_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_standard_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_high_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_critical_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_medium_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_low_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_informational_notclosed_confirmed_count` int(11) NOT NULL,
  `vulnerability_unclassified_notclosed_confirmed_count` int(11) NOT NULL,
  `importance` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_name_key` (`name`),
  KEY `workspace_creator_id_fkey` (`creator_id`),
  KEY `workspace_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `workspace_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `workspace_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `command` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `command` text NOT NULL,
  `tool` text NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime DEFAULT NULL,
  `ip` varchar(250) NOT NULL,
  `hostname` varchar(250) NOT NULL,
  `params` text NOT NULL,
  `user` varchar(250) NOT NULL,
  `import_source` enum('report','shell','agent','cloud_agent') DEFAULT NULL,
  `workspace_id` int(11) NOT NULL,
  `warnings` varchar(250) DEFAULT NULL,
  `tasks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tasks`)),
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_command_workspace_id` (`workspace_id`),
  KEY `command_creator_id_fkey` (`creator_id`),
  KEY `command_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `command_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `command_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `command_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comment` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comment_type` enum('system','user') NOT NULL,
  `text` text NOT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) DEFAULT NULL,
  `object_id` int(11) NOT NULL,
  `object_type` enum('vulnerability','host','credential','service','source_code','comment','executive_report','workspace','task','report_logo','report_template') NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_comment_workspace_id` (`workspace_id`),
  KEY `comment_creator_id_fkey` (`creator_id`),
  KEY `comment_reply_to_id_fkey` (`reply_to_id`),
  KEY `comment_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `comment_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comment_reply_to_id_fkey` FOREIGN KEY (`reply_to_id`) REFERENCES `comment` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comment_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comment_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `credential` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` text NOT NULL,
  `username` text NOT NULL,
  `endpoint` text DEFAULT NULL,
  `leak_date` datetime DEFAULT NULL,
  `owned` tinyint(1) DEFAULT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_credential_username_password_endpoint_workspace` (`username`,`password`,`endpoint`,`workspace_id`) USING HASH,
  KEY `ix_credential_leak_date` (`leak_date`),
  KEY `ix_credential_leak_date_workspace_id` (`leak_date`,`workspace_id`),
  KEY `ix_credential_workspace_id` (`workspace_id`),
  KEY `credential_creator_id_fkey` (`creator_id`),
  KEY `credential_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `credential_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `credential_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `credential_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `executive_report_workspace_table` (
  `workspace_id` int(11) DEFAULT NULL,
  `executive_report_id` int(11) DEFAULT NULL,
  KEY `executive_report_workspace_table_executive_report_id_fkey` (`executive_report_id`),
  KEY `executive_report_workspace_table_workspace_id_fkey` (`workspace_id`),
  CONSTRAINT `executive_report_workspace_table_executive_report_id_fkey` FOREIGN KEY (`executive_report_id`) REFERENCES `executive_report` (`id`) ON DELETE CASCADE,
  CONSTRAINT `executive_report_workspace_table_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `executor` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `agent_id` int(11) NOT NULL,
  `parameters_metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`parameters_metadata`)),
  `parameters_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`parameters_data`)),
  `last_run` datetime DEFAULT NULL,
  `category` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`category`)),
  `tool` varchar(50) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_executor_table_agent_id_name` (`name`,`agent_id`),
  KEY `ix_executor_agent_id` (`agent_id`),
  KEY `executor_creator_id_fkey` (`creator_id`),
  KEY `executor_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `executor_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `agent` (`id`) ON DELETE CASCADE,
  CONSTRAINT `executor_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `executor_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `host` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` text NOT NULL,
  `description` text NOT NULL,
  `os` text NOT NULL,
  `owned` tinyint(1) NOT NULL,
  `default_gateway_ip` text NOT NULL,
  `default_gateway_mac` text NOT NULL,
  `mac` text NOT NULL,
  `net_segment` text NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `vulnerability_critical_generic_count` int(11) DEFAULT 0,
  `vulnerability_high_generic_count` int(11) DEFAULT 0,
  `vulnerability_medium_generic_count` int(11) DEFAULT 0,
  `vulnerability_low_generic_count` int(11) DEFAULT 0,
  `vulnerability_info_generic_count` int(11) DEFAULT 0,
  `vulnerability_unclassified_generic_count` int(11) DEFAULT 0,
  `importance` int(11) DEFAULT NULL,
  `risk` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_host_ip_workspace` (`ip`,`workspace_id`) USING HASH,
  KEY `ix_host_workspace_id` (`workspace_id`),
  KEY `host_creator_id_fkey` (`creator_id`),
  KEY `host_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `host_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `host_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `host_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_notified_id` int(11) NOT NULL,
  `object_id` int(11) NOT NULL,
  `object_type` enum('vulnerability','host','credential','service','source_code','comment','executive_report','workspace','task','report_logo','report_template') NOT NULL,
  `notification_text` text NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `mark_read` tinyint(1) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_mark_read` (`mark_read`),
  KEY `ix_notification_user_notified_id` (`user_notified_id`),
  KEY `ix_notification_workspace_id` (`workspace_id`),
  CONSTRAINT `notification_user_notified_id_fkey` FOREIGN KEY (`user_notified_id`) REFERENCES `faraday_user` (`id`),
  CONSTRAINT `notification_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_allowed_roles` (
  `notification_subscription_id` int(11) NOT NULL,
  `allowed_role_id` int(11) NOT NULL,
  KEY `notification_allowed_roles_allowed_role_id_fkey` (`allowed_role_id`),
  KEY `notification_allowed_roles_notification_subscription_id_fkey` (`notification_subscription_id`),
  CONSTRAINT `notification_allowed_roles_allowed_role_id_fkey` FOREIGN KEY (`allowed_role_id`) REFERENCES `faraday_role` (`id`),
  CONSTRAINT `notification_allowed_roles_notification_subscription_id_fkey` FOREIGN KEY (`notification_subscription_id`) REFERENCES `notification_subscription` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_type_id` int(11) NOT NULL,
  `object_id` int(11) NOT NULL,
  `object_type_id` int(11) NOT NULL,
  `notification_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`notification_data`)),
  `create_date` datetime DEFAULT NULL,
  `workspace_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_event_event_type_id` (`event_type_id`),
  KEY `ix_notification_event_object_type_id` (`object_type_id`),
  KEY `ix_notification_event_workspace_id` (`workspace_id`),
  CONSTRAINT `notification_event_event_type_id_fkey` FOREIGN KEY (`event_type_id`) REFERENCES `event_type` (`id`),
  CONSTRAINT `notification_event_object_type_id_fkey` FOREIGN KEY (`object_type_id`) REFERENCES `object_type` (`id`),
  CONSTRAINT `notification_event_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_subscription_config_base` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subscription_id` int(11) NOT NULL,
  `role_level` tinyint(1) DEFAULT NULL,
  `workspace_level` tinyint(1) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `type` varchar(24) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_subscriptionid_type` (`subscription_id`,`type`),
  KEY `ix_notification_subscription_config_base_subscription_id` (`subscription_id`),
  CONSTRAINT `notification_subscription_config_base_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `notification_subscription` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permissions_unit_action` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permissions_unit_id` int(11) NOT NULL,
  `action_type` enum('create','read','update','delete','run','tag') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_permissions_unit_action` (`permissions_unit_id`,`action_type`),
  KEY `ix_permissions_unit_action_permissions_unit_id` (`permissions_unit_id`),
  CONSTRAINT `permissions_unit_action_permissions_unit_id_fkey` FOREIGN KEY (`permissions_unit_id`) REFERENCES `permissions_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `policy_violation` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_policy_violation_template_name_vulnerability_workspace` (`name`,`workspace_id`) USING HASH,
  KEY `ix_policy_violation_workspace_id` (`workspace_id`),
  KEY `policy_violation_creator_id_fkey` (`creator_id`),
  KEY `policy_violation_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `policy_violation_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `policy_violation_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `policy_violation_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_task` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `status` enum('new','review','completed','in progress') DEFAULT NULL,
  `type` enum('task','milestone') NOT NULL,
  `project_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_project_task_project_id` (`project_id`),
  KEY `project_task_creator_id_fkey` (`creator_id`),
  KEY `project_task_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `project_task_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `project_task_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `planner_project` (`id`),
  CONSTRAINT `project_task_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `type` enum('exploit','patch','other') DEFAULT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_reference_name_type_vulnerability_workspace` (`name`,`type`,`workspace_id`) USING HASH,
  KEY `ix_reference_workspace_id` (`workspace_id`),
  KEY `reference_creator_id_fkey` (`creator_id`),
  KEY `reference_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `reference_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reference_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reference_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `roles_users` (
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  KEY `roles_users_role_id_fkey` (`role_id`),
  KEY `roles_users_user_id_fkey` (`user_id`),
  CONSTRAINT `roles_users_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `faraday_role` (`id`),
  CONSTRAINT `roles_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scope` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_scope_name_workspace` (`name`,`workspace_id`) USING HASH,
  KEY `ix_scope_workspace_id` (`workspace_id`),
  KEY `scope_creator_id_fkey` (`creator_id`),
  KEY `scope_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `scope_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `scope_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `scope_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `source_code` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` text NOT NULL,
  `function` text NOT NULL,
  `module` text NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_source_code_filename_workspace` (`filename`,`workspace_id`) USING HASH,
  KEY `ix_source_code_workspace_id` (`workspace_id`),
  KEY `source_code_creator_id_fkey` (`creator_id`),
  KEY `source_code_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `source_code_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `source_code_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `source_code_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag_object` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `object_type` enum('vulnerability','host','credential','service','source_code','comment','executive_report','workspace','task','report_logo','report_template') NOT NULL,
  `tag_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tag_object_tag_id` (`tag_id`),
  KEY `ix_tag_object_type_object_id` (`object_type`,`object_id`),
  CONSTRAINT `tag_object_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vulnerability_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `is_automatic` tinyint(1) DEFAULT NULL,
  `count` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_vulnerability_group_workspace_id` (`workspace_id`),
  CONSTRAINT `vulnerability_group_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspace_permission_association` (
  `workspace_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `workspace_permission_association_user_id_fkey` (`user_id`),
  KEY `workspace_permission_association_workspace_id_fkey` (`workspace_id`),
  CONSTRAINT `workspace_permission_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`),
  CONSTRAINT `workspace_permission_association_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspace_summary_report` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `recipients` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`recipients`)),
  `summary_period_type` enum('daily','weekly','monthly','yearly') NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_workspace_summary_report_creator_workspace` (`creator_id`,`workspace_id`),
  KEY `ix_workspace_summary_report_user_id` (`user_id`),
  KEY `ix_workspace_summary_report_workspace_id` (`workspace_id`),
  KEY `workspace_summary_report_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `workspace_summary_report_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `workspace_summary_report_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `workspace_summary_report_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `workspace_summary_report_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `agent_execution` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `running` tinyint(1) DEFAULT NULL,
  `successful` tinyint(1) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `executor_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `parameters_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`parameters_data`)),
  `command_id` int(11) DEFAULT NULL,
  `triggered_by` text DEFAULT NULL,
  `run_uuid` char(36) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_agent_execution_command_id` (`command_id`),
  KEY `ix_agent_execution_executor_id` (`executor_id`),
  KEY `ix_agent_execution_run_uuid` (`run_uuid`),
  KEY `ix_agent_execution_workspace_id` (`workspace_id`),
  KEY `agent_execution_creator_id_fkey` (`creator_id`),
  KEY `agent_execution_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `agent_execution_command_id_fkey` FOREIGN KEY (`command_id`) REFERENCES `command` (`id`) ON DELETE SET NULL,
  CONSTRAINT `agent_execution_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `agent_execution_executor_id_fkey` FOREIGN KEY (`executor_id`) REFERENCES `executor` (`id`),
  CONSTRAINT `agent_execution_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `agent_execution_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `agent_schedule` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` text NOT NULL,
  `crontab` text NOT NULL,
  `timezone` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  `last_run` datetime DEFAULT NULL,
  `ignore_info` tinyint(1) DEFAULT NULL,
  `resolve_hostname` tinyint(1) DEFAULT NULL,
  `vuln_tag` text DEFAULT NULL,
  `service_tag` text DEFAULT NULL,
  `host_tag` text DEFAULT NULL,
  `parameters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`parameters`)),
  `type` enum('cloud_agent','agent') NOT NULL,
  `min_severity` enum('UNCLASSIFIED','INFO','LOW','MED','HIGH','CRITICAL') DEFAULT NULL,
  `max_severity` enum('UNCLASSIFIED','INFO','LOW','MED','HIGH','CRITICAL') DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  `executor_id` int(11) DEFAULT NULL,
  `cloud_agent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_agent_schedule_cloud_agent_id` (`cloud_agent_id`),
  KEY `ix_agent_schedule_executor_id` (`executor_id`),
  KEY `agent_schedule_creator_id_fkey` (`creator_id`),
  KEY `agent_schedule_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `agent_schedule_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `agent_schedule_executor_id_fkey` FOREIGN KEY (`executor_id`) REFERENCES `executor` (`id`),
  CONSTRAINT `agent_schedule_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `command_object` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `object_type` enum('vulnerability','host','credential','service','source_code','comment','executive_report','workspace','task','report_logo','report_template') NOT NULL,
  `command_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) NOT NULL,
  `create_date` datetime DEFAULT NULL,
  `created_persistent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_command_object_objid_objtype_command_id_ws` (`object_id`,`object_type`,`command_id`,`workspace_id`),
  KEY `ix_command_object_command_id` (`command_id`),
  KEY `ix_command_object_command_id_type` (`command_id`,`object_type`),
  KEY `ix_command_object_workspace_id` (`workspace_id`),
  CONSTRAINT `command_object_command_id_fkey` FOREIGN KEY (`command_id`) REFERENCES `command` (`id`) ON DELETE SET NULL,
  CONSTRAINT `command_object_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `hostname` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `host_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_hostname_host_workspace` (`name`,`host_id`,`workspace_id`) USING HASH,
  KEY `ix_hostname_host_id` (`host_id`),
  KEY `ix_hostname_workspace_id` (`workspace_id`),
  KEY `hostname_creator_id_fkey` (`creator_id`),
  KEY `hostname_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `hostname_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `hostname_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`) ON DELETE CASCADE,
  CONSTRAINT `hostname_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `hostname_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_base` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notification_event_id` int(11) NOT NULL,
  `notification_subscription_config_id` int(11) NOT NULL,
  `type` varchar(24) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_base_notification_event_id` (`notification_event_id`),
  KEY `ix_notification_base_notification_subscription_config_id` (`notification_subscription_config_id`),
  CONSTRAINT `notification_base_notification_event_id_fkey` FOREIGN KEY (`notification_event_id`) REFERENCES `notification_event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_base_notification_subscription_config_id_fkey` FOREIGN KEY (`notification_subscription_config_id`) REFERENCES `notification_subscription_config_base` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_subscription_mail_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(50) DEFAULT NULL,
  `user_notified_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_subscription_mail_config_user_notified_id` (`user_notified_id`),
  CONSTRAINT `notification_subscription_mail_config_id_fkey` FOREIGN KEY (`id`) REFERENCES `notification_subscription_config_base` (`id`),
  CONSTRAINT `notification_subscription_mail_config_user_notified_id_fkey` FOREIGN KEY (`user_notified_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_subscription_websocket_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_notified_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_subscription_websocket_config_user_notified_id` (`user_notified_id`),
  CONSTRAINT `notification_subscription_websocket_config_id_fkey` FOREIGN KEY (`id`) REFERENCES `notification_subscription_config_base` (`id`),
  CONSTRAINT `notification_subscription_websocket_config_user_notified_id_fkey` FOREIGN KEY (`user_notified_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_task_user_association` (
  `task_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  KEY `project_task_user_association_task_id_fkey` (`task_id`),
  KEY `project_task_user_association_user_id_fkey` (`user_id`),
  CONSTRAINT `project_task_user_association_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `project_task` (`id`),
  CONSTRAINT `project_task_user_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `role_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_action_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `allowed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_unit_action_role` (`unit_action_id`,`role_id`),
  KEY `ix_role_permission_role_id` (`role_id`),
  KEY `ix_role_permission_unit_action_id` (`unit_action_id`),
  CONSTRAINT `role_permission_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `faraday_role` (`id`),
  CONSTRAINT `role_permission_unit_action_id_fkey` FOREIGN KEY (`unit_action_id`) REFERENCES `permissions_unit_action` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `service` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `description` text NOT NULL,
  `port` int(11) NOT NULL,
  `owned` tinyint(1) NOT NULL,
  `protocol` text NOT NULL,
  `status` enum('open','closed','filtered') NOT NULL,
  `version` text NOT NULL,
  `banner` text NOT NULL,
  `host_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_service_port_protocol_host_workspace` (`port`,`protocol`,`host_id`,`workspace_id`) USING HASH,
  KEY `ix_service_host_id` (`host_id`),
  KEY `ix_service_workspace_id` (`workspace_id`),
  KEY `service_creator_id_fkey` (`creator_id`),
  KEY `service_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `service_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `service_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`) ON DELETE CASCADE,
  CONSTRAINT `service_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `service_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vulnerability` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `data` text NOT NULL,
  `description` text NOT NULL,
  `ease_of_resolution` enum('trivial','simple','moderate','difficult','infeasible') DEFAULT NULL,
  `name` text NOT NULL,
  `resolution` text NOT NULL,
  `severity` enum('unclassified','informational','low','medium','high','critical') NOT NULL,
  `risk` int(11) DEFAULT NULL,
  `impact_accountability` tinyint(1) NOT NULL,
  `impact_availability` tinyint(1) NOT NULL,
  `impact_confidentiality` tinyint(1) NOT NULL,
  `impact_integrity` tinyint(1) NOT NULL,
  `external_id` text NOT NULL,
  `custom_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`custom_fields`)),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `_tmp_id` int(11) DEFAULT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `status` enum('open','closed','re-opened','risk-accepted') NOT NULL,
  `type` enum('vulnerability','vulnerability_web','vulnerability_code') NOT NULL,
  `issuetracker` text NOT NULL,
  `association_date` datetime DEFAULT NULL,
  `disassociated_manually` tinyint(1) NOT NULL,
  `tool` text NOT NULL,
  `method` text NOT NULL,
  `parameters` text NOT NULL,
  `parameter_name` text NOT NULL,
  `path` text NOT NULL,
  `query_string` text NOT NULL,
  `request` text NOT NULL,
  `response` text NOT NULL,
  `website` text NOT NULL,
  `status_code` int(11) DEFAULT NULL,
  `epss` double DEFAULT NULL,
  `is_main` tinyint(1) DEFAULT NULL,
  `vulnerability_duplicate_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `is_automatic` tinyint(1) DEFAULT NULL,
  `group_title` text DEFAULT NULL,
  `vulnerability_template_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) NOT NULL,
  `_cvss2_vector_string` text DEFAULT NULL,
  `cvss2_base_score` double DEFAULT NULL,
  `cvss2_exploitability_score` double DEFAULT NULL,
  `cvss2_impact_score` double DEFAULT NULL,
  `cvss2_base_severity` text DEFAULT NULL,
  `cvss2_temporal_score` double DEFAULT NULL,
  `cvss2_temporal_severity` text DEFAULT NULL,
  `cvss2_environmental_score` double DEFAULT NULL,
  `cvss2_environmental_severity` text DEFAULT NULL,
  `cvss2_access_vector` text DEFAULT NULL,
  `cvss2_access_complexity` text DEFAULT NULL,
  `cvss2_authentication` text DEFAULT NULL,
  `cvss2_confidentiality_impact` text DEFAULT NULL,
  `cvss2_integrity_impact` text DEFAULT NULL,
  `cvss2_availability_impact` text DEFAULT NULL,
  `cvss2_exploitability` text DEFAULT NULL,
  `cvss2_remediation_level` text DEFAULT NULL,
  `cvss2_report_confidence` text DEFAULT NULL,
  `cvss2_collateral_damage_potential` text DEFAULT NULL,
  `cvss2_target_distribution` text DEFAULT NULL,
  `cvss2_confidentiality_requirement` text DEFAULT NULL,
  `cvss2_integrity_requirement` text DEFAULT NULL,
  `cvss2_availability_requirement` text DEFAULT NULL,
  `last_detected` datetime DEFAULT NULL,
  `_cvss3_vector_string` text DEFAULT NULL,
  `cvss3_base_score` double DEFAULT NULL,
  `cvss3_exploitability_score` double DEFAULT NULL,
  `cvss3_impact_score` double DEFAULT NULL,
  `cvss3_base_severity` text DEFAULT NULL,
  `cvss3_temporal_score` double DEFAULT NULL,
  `cvss3_temporal_severity` text DEFAULT NULL,
  `cvss3_environmental_score` double DEFAULT NULL,
  `cvss3_environmental_severity` text DEFAULT NULL,
  `cvss3_attack_vector` text DEFAULT NULL,
  `cvss3_attack_complexity` text DEFAULT NULL,
  `cvss3_privileges_required` text DEFAULT NULL,
  `cvss3_user_interaction` text DEFAULT NULL,
  `cvss3_confidentiality_impact` text DEFAULT NULL,
  `cvss3_integrity_impact` text DEFAULT NULL,
  `cvss3_availability_impact` text DEFAULT NULL,
  `cvss3_exploit_code_maturity` text DEFAULT NULL,
  `cvss3_remediation_level` text DEFAULT NULL,
  `cvss3_report_confidence` text DEFAULT NULL,
  `cvss3_confidentiality_requirement` text DEFAULT NULL,
  `cvss3_integrity_requirement` text DEFAULT NULL,
  `cvss3_availability_requirement` text DEFAULT NULL,
  `cvss3_modified_attack_vector` text DEFAULT NULL,
  `cvss3_modified_attack_complexity` text DEFAULT NULL,
  `cvss3_modified_privileges_required` text DEFAULT NULL,
  `cvss3_modified_user_interaction` text DEFAULT NULL,
  `cvss3_modified_scope` text DEFAULT NULL,
  `cvss3_modified_confidentiality_impact` text DEFAULT NULL,
  `cvss3_modified_integrity_impact` text DEFAULT NULL,
  `cvss3_modified_availability_impact` text DEFAULT NULL,
  `cvss3_scope` text DEFAULT NULL,
  `_cvss4_vector_string` text DEFAULT NULL,
  `cvss4_base_score` double DEFAULT NULL,
  `cvss4_base_severity` text DEFAULT NULL,
  `cvss4_attack_vector` text DEFAULT NULL,
  `cvss4_attack_complexity` text DEFAULT NULL,
  `cvss4_attack_requirements` text DEFAULT NULL,
  `cvss4_privileges_required` text DEFAULT NULL,
  `cvss4_user_interaction` text DEFAULT NULL,
  `cvss4_vulnerable_system_confidentiality_impact` text DEFAULT NULL,
  `cvss4_subsequent_system_confidentiality_impact` text DEFAULT NULL,
  `cvss4_vulnerable_system_integrity_impact` text DEFAULT NULL,
  `cvss4_subsequent_system_integrity_impact` text DEFAULT NULL,
  `cvss4_vulnerable_system_availability_impact` text DEFAULT NULL,
  `cvss4_subsequent_system_availability_impact` text DEFAULT NULL,
  `cvss4_safety` text DEFAULT NULL,
  `cvss4_automatable` text DEFAULT NULL,
  `cvss4_recovery` text DEFAULT NULL,
  `cvss4_value_density` text DEFAULT NULL,
  `cvss4_vulnerability_response_effort` text DEFAULT NULL,
  `cvss4_provider_urgency` text DEFAULT NULL,
  `cvss4_modified_attack_vector` text DEFAULT NULL,
  `cvss4_modified_attack_complexity` text DEFAULT NULL,
  `cvss4_modified_attack_requirements` text DEFAULT NULL,
  `cvss4_modified_privileges_required` text DEFAULT NULL,
  `cvss4_modified_user_interaction` text DEFAULT NULL,
  `cvss4_modified_vulnerable_system_confidentiality_impact` text DEFAULT NULL,
  `cvss4_modified_subsequent_system_confidentiality_impact` text DEFAULT NULL,
  `cvss4_modified_vulnerable_system_integrity_impact` text DEFAULT NULL,
  `cvss4_modified_subsequent_system_integrity_impact` text DEFAULT NULL,
  `cvss4_modified_vulnerable_system_availability_impact` text DEFAULT NULL,
  `cvss4_modified_subsequent_system_availability_impact` text DEFAULT NULL,
  `cvss4_confidentiality_requirement` text DEFAULT NULL,
  `cvss4_integrity_requirement` text DEFAULT NULL,
  `cvss4_availability_requirement` text DEFAULT NULL,
  `cvss4_exploit_maturity` text DEFAULT NULL,
  `host_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  `service_id` int(11) DEFAULT NULL,
  `code` text NOT NULL,
  `start_line` int(11) DEFAULT NULL,
  `end_line` int(11) DEFAULT NULL,
  `source_code_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_vulnerability_severity_hostid_serviceid` (`severity`,`host_id`,`service_id`),
  KEY `ix_vulnerability_group_id` (`group_id`),
  KEY `ix_vulnerability_host_id` (`host_id`),
  KEY `ix_vulnerability_service_id` (`service_id`),
  KEY `ix_vulnerability_severity` (`severity`),
  KEY `ix_vulnerability_severity_serviceid` (`severity`,`service_id`),
  KEY `ix_vulnerability_source_code_id` (`source_code_id`),
  KEY `ix_vulnerability_vulnerability_template_id` (`vulnerability_template_id`),
  KEY `ix_vulnerability_workspace_id` (`workspace_id`),
  KEY `ix_vulnerability_workspace_id_risk` (`workspace_id`),
  KEY `vulnerability_creator_id_fkey` (`creator_id`),
  KEY `vulnerability_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `vulnerability_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `vulnerability_group` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vulnerability_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vulnerability_source_code_id_fkey` FOREIGN KEY (`source_code_id`) REFERENCES `source_code` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vulnerability_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_vulnerability_template_id_fkey` FOREIGN KEY (`vulnerability_template_id`) REFERENCES `vulnerability_template` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `websocket_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_notified_id` int(11) DEFAULT NULL,
  `mark_read` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_websocket_notification_mark_read` (`mark_read`),
  KEY `ix_websocket_notification_user_notified_id` (`user_notified_id`),
  CONSTRAINT `websocket_notification_id_fkey` FOREIGN KEY (`id`) REFERENCES `notification_base` (`id`) ON DELETE CASCADE,
  CONSTRAINT `websocket_notification_user_notified_id_fkey` FOREIGN KEY (`user_notified_id`) REFERENCES `faraday_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `association_table_vulnerabilities_credentials` (
  `vulnerability_id` int(11) DEFAULT NULL,
  `credential_id` int(11) DEFAULT NULL,
  UNIQUE KEY `uix_vuln_cred_pair` (`vulnerability_id`,`credential_id`),
  KEY `ix_association_vuln_creds_cred_id` (`credential_id`),
  KEY `ix_association_vuln_creds_vuln_id` (`vulnerability_id`),
  CONSTRAINT `association_table_vulnerabilities_credentials_credential_id_fkey` FOREIGN KEY (`credential_id`) REFERENCES `credential` (`id`) ON DELETE CASCADE,
  CONSTRAINT `association_table_vulnerabilities_credentials_vulnerability_id_f` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cve_association` (
  `vulnerability_id` int(11) NOT NULL,
  `cve_id` int(11) NOT NULL,
  KEY `ix_cve_association_vulnerability_id` (`vulnerability_id`),
  KEY `cve_association_cve_id_fkey` (`cve_id`),
  CONSTRAINT `cve_association_cve_id_fkey` FOREIGN KEY (`cve_id`) REFERENCES `cve` (`id`),
  CONSTRAINT `cve_association_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cwe_vulnerability_association` (
  `cwe_id` int(11) DEFAULT NULL,
  `vulnerability_id` int(11) DEFAULT NULL,
  KEY `ix_cwe_vulnerability_association_vulnerability_id` (`vulnerability_id`),
  KEY `cwe_vulnerability_association_cwe_id_fkey` (`cwe_id`),
  CONSTRAINT `cwe_vulnerability_association_cwe_id_fkey` FOREIGN KEY (`cwe_id`) REFERENCES `cwe` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cwe_vulnerability_association_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `policy_violation_vulnerability_association` (
  `vulnerability_id` int(11) NOT NULL,
  `policy_violation_id` int(11) NOT NULL,
  PRIMARY KEY (`vulnerability_id`,`policy_violation_id`),
  KEY `policy_violation_vulnerability_association_policy_violation_id_f` (`policy_violation_id`),
  CONSTRAINT `policy_violation_vulnerability_association_policy_violation_id_f` FOREIGN KEY (`policy_violation_id`) REFERENCES `policy_violation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `policy_violation_vulnerability_association_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_vulnerability_association` (
  `vulnerability_id` int(11) NOT NULL,
  `reference_id` int(11) NOT NULL,
  PRIMARY KEY (`vulnerability_id`,`reference_id`),
  KEY `ix_reference_vulnerability_association_vulnerability_id` (`vulnerability_id`),
  KEY `reference_vulnerability_association_reference_id_fkey` (`reference_id`),
  CONSTRAINT `reference_vulnerability_association_reference_id_fkey` FOREIGN KEY (`reference_id`) REFERENCES `reference` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reference_vulnerability_association_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vulnerability_reference` (
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `type` enum('exploit','patch','other') DEFAULT NULL,
  `vulnerability_id` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `update_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_vulnerability_reference_table_vuln_id_name_type` (`name`,`type`,`vulnerability_id`) USING HASH,
  KEY `ix_vulnerability_reference_vulnerability_id` (`vulnerability_id`),
  KEY `vulnerability_reference_creator_id_fkey` (`creator_id`),
  KEY `vulnerability_reference_update_user_id_fkey` (`update_user_id`),
  CONSTRAINT `vulnerability_reference_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_reference_update_user_id_fkey` FOREIGN KEY (`update_user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_reference_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vulnerability_status_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` enum('open','closed','re-opened','risk-accepted') NOT NULL,
  `change_date` datetime DEFAULT NULL,
  `vulnerability_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_id_vulnerability_status_history` (`user_id`),
  KEY `ix_vulnerability_status_history_change_date` (`change_date`),
  KEY `ix_vulnerability_status_history_vuln_status` (`vulnerability_id`,`status`),
  KEY `ix_vulnerability_status_history_vulnerability_id` (`vulnerability_id`),
  CONSTRAINT `vulnerability_status_history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `faraday_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `vulnerability_status_history_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerability` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
