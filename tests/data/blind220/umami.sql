-- Umami 3.1.0, github.com/umami-software/umami commit c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1 (MIT).
-- PostgreSQL schema built by replaying prisma/migrations/01_init .. 19_add_session_replay into PostgreSQL 15,
-- read back from the catalog and written as MySQL (uuid -> CHAR(36), timestamptz(6) -> DATETIME(6),
-- varchar(n) -> VARCHAR(n), jsonb -> JSON, bytea -> BLOB, numeric(p,s) -> DECIMAL(p,s), integer -> INT,
-- boolean -> TINYINT(1), now() -> CURRENT_TIMESTAMP(6)); columns in the database's order. Primary and unique keys
-- as the migrations create them; the schema runs with relationMode = "prisma", so the database has no foreign
-- keys: those below are the @relation declarations of prisma/schema.prisma with Prisma's default actions.
-- All 17 tables kept.

CREATE TABLE `user` (
  `user_id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(60) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `display_name` VARCHAR(255) NULL,
  `logo_url` VARCHAR(2183) NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `team_id` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `access_code` VARCHAR(50) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `logo_url` VARCHAR(2183) NULL,
  PRIMARY KEY (`team_id`),
  UNIQUE KEY `team_access_code_key` (`access_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_user` (
  `team_user_id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`team_user_id`),
  CONSTRAINT `team_user_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`team_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `team_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website` (
  `website_id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `domain` VARCHAR(500) NULL,
  `reset_at` DATETIME(6) NULL,
  `user_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `created_by` CHAR(36) NULL,
  `team_id` CHAR(36) NULL,
  `replay_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `replay_config` JSON NULL,
  PRIMARY KEY (`website_id`),
  CONSTRAINT `website_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `website_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `website_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `session_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `browser` VARCHAR(20) NULL,
  `os` VARCHAR(20) NULL,
  `device` VARCHAR(20) NULL,
  `screen` VARCHAR(11) NULL,
  `language` VARCHAR(35) NULL,
  `country` CHAR(2) NULL,
  `region` VARCHAR(20) NULL,
  `city` VARCHAR(50) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `distinct_id` VARCHAR(50) NULL,
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_event` (
  `event_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `url_path` VARCHAR(500) NOT NULL,
  `url_query` VARCHAR(500) NULL,
  `referrer_path` VARCHAR(500) NULL,
  `referrer_query` VARCHAR(500) NULL,
  `referrer_domain` VARCHAR(500) NULL,
  `page_title` VARCHAR(500) NULL,
  `event_type` INT NOT NULL DEFAULT 1,
  `event_name` VARCHAR(50) NULL,
  `visit_id` CHAR(36) NOT NULL,
  `tag` VARCHAR(50) NULL,
  `fbclid` VARCHAR(255) NULL,
  `gclid` VARCHAR(255) NULL,
  `li_fat_id` VARCHAR(255) NULL,
  `msclkid` VARCHAR(255) NULL,
  `ttclid` VARCHAR(255) NULL,
  `twclid` VARCHAR(255) NULL,
  `utm_campaign` VARCHAR(255) NULL,
  `utm_content` VARCHAR(255) NULL,
  `utm_medium` VARCHAR(255) NULL,
  `utm_source` VARCHAR(255) NULL,
  `utm_term` VARCHAR(255) NULL,
  `hostname` VARCHAR(100) NULL,
  `cls` DECIMAL(10,4) NULL,
  `fcp` DECIMAL(10,1) NULL,
  `inp` DECIMAL(10,1) NULL,
  `lcp` DECIMAL(10,1) NULL,
  `ttfb` DECIMAL(10,1) NULL,
  PRIMARY KEY (`event_id`),
  CONSTRAINT `website_event_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_data` (
  `event_data_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `website_event_id` CHAR(36) NOT NULL,
  `data_key` VARCHAR(500) NOT NULL,
  `string_value` VARCHAR(500) NULL,
  `number_value` DECIMAL(19,4) NULL,
  `date_value` DATETIME(6) NULL,
  `data_type` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`event_data_id`),
  CONSTRAINT `event_data_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `event_data_website_event_id_fkey` FOREIGN KEY (`website_event_id`) REFERENCES `website_event` (`event_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_data` (
  `session_data_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `data_key` VARCHAR(500) NOT NULL,
  `string_value` VARCHAR(500) NULL,
  `number_value` DECIMAL(19,4) NULL,
  `date_value` DATETIME(6) NULL,
  `data_type` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `distinct_id` VARCHAR(50) NULL,
  PRIMARY KEY (`session_data_id`),
  CONSTRAINT `session_data_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `session_data_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revenue` (
  `revenue_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `event_name` VARCHAR(50) NOT NULL,
  `currency` VARCHAR(10) NOT NULL,
  `revenue` DECIMAL(19,4) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`revenue_id`),
  CONSTRAINT `revenue_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `revenue_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_replay` (
  `replay_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `visit_id` CHAR(36) NOT NULL,
  `chunk_index` INT NOT NULL,
  `events` BLOB NOT NULL,
  `event_count` INT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`replay_id`),
  CONSTRAINT `session_replay_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_replay_saved` (
  `saved_replay_id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `visit_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`saved_replay_id`),
  UNIQUE KEY `session_replay_saved_website_id_visit_id_key` (`website_id`, `visit_id`),
  CONSTRAINT `session_replay_saved_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report` (
  `report_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` VARCHAR(500) NOT NULL,
  `parameters` JSON NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`report_id`),
  CONSTRAINT `report_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `report_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment` (
  `segment_id` CHAR(36) NOT NULL,
  `website_id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `parameters` JSON NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`segment_id`),
  CONSTRAINT `segment_website_id_fkey` FOREIGN KEY (`website_id`) REFERENCES `website` (`website_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board` (
  `board_id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` VARCHAR(500) NOT NULL,
  `parameters` JSON NOT NULL,
  `user_id` CHAR(36) NULL,
  `team_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`board_id`),
  CONSTRAINT `board_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `board_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link` (
  `link_id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `url` VARCHAR(500) NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  `user_id` CHAR(36) NULL,
  `team_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  PRIMARY KEY (`link_id`),
  UNIQUE KEY `link_slug_key` (`slug`),
  CONSTRAINT `link_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `link_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pixel` (
  `pixel_id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  `user_id` CHAR(36) NULL,
  `team_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  PRIMARY KEY (`pixel_id`),
  UNIQUE KEY `pixel_slug_key` (`slug`),
  CONSTRAINT `pixel_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `pixel_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share` (
  `share_id` CHAR(36) NOT NULL,
  `entity_id` CHAR(36) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `share_type` INT NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  `parameters` JSON NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`share_id`),
  UNIQUE KEY `share_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
