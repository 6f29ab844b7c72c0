-- FixMyStreet: MySQL DDL of the whole schema (36 tables), every column of each table.
-- Upstream: github.com/mysociety/fixmystreet db/schema.sql (PostgreSQL), commit 84d7c80c5d9abd0d330325742c6b9eedc30b19fd
-- Licence: AGPL-3.0 (mySociety). Converted table by table: serial -> INT AUTO_INCREMENT, text -> TEXT, boolean -> BOOLEAN,
-- timestamp -> DATETIME, double precision -> DOUBLE, bytea -> LONGBLOB, jsonb -> JSON, PostgreSQL arrays -> TEXT (noted in
-- the column comment); CHECK constraints, functions, triggers and expression indexes left out; the later
-- ALTER TABLE problem ADD COLUMN defect_type_id folded in; alert.alert_type's reference to the TEXT key alert_type.ref
-- left out (MySQL cannot reference a prefix key); column comments are upstream's SQL comments.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `secret` (
  `secret` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` CHAR(72) NOT NULL,
  `session_data` TEXT,
  `expires` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `key` TEXT NOT NULL,
  `value` JSON,
  PRIMARY KEY (`key`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` TEXT,
  `email_verified` BOOLEAN NOT NULL DEFAULT 0,
  `name` TEXT,
  `phone` TEXT,
  `phone_verified` BOOLEAN NOT NULL DEFAULT 0,
  `password` TEXT NOT NULL DEFAULT '',
  `from_body` INT,
  `flagged` BOOLEAN NOT NULL DEFAULT 0,
  `is_superuser` BOOLEAN NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_active` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `title` TEXT,
  `twitter_id` BIGINT,
  `facebook_id` BIGINT,
  `oidc_ids` TEXT COMMENT 'PostgreSQL text[] array',
  `area_ids` TEXT COMMENT 'PostgreSQL integer[] array',
  `extra` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`twitter_id`),
  UNIQUE KEY (`facebook_id`),
  FOREIGN KEY (`from_body`) REFERENCES `body` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `body` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `external_url` TEXT,
  `parent` INT,
  `endpoint` TEXT,
  `jurisdiction` TEXT,
  `api_key` TEXT,
  `send_method` TEXT,
  `cobrand` TEXT,
  `send_comments` BOOLEAN NOT NULL DEFAULT 0,
  `comment_user_id` INT,
  `suppress_alerts` BOOLEAN NOT NULL DEFAULT 0,
  `can_be_devolved` BOOLEAN NOT NULL DEFAULT 0,
  `send_extended_statuses` BOOLEAN NOT NULL DEFAULT 0,
  `fetch_problems` BOOLEAN NOT NULL DEFAULT 0,
  `blank_updates_permitted` BOOLEAN NOT NULL DEFAULT 0,
  `convert_latlong` BOOLEAN NOT NULL DEFAULT 0,
  `deleted` BOOLEAN NOT NULL DEFAULT 0,
  `extra` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent`) REFERENCES `body` (`id`),
  FOREIGN KEY (`comment_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `body_areas` (
  `body_id` INT NOT NULL,
  `area_id` INT NOT NULL,
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_id` INT NOT NULL,
  `name` TEXT,
  `permissions` TEXT COMMENT 'PostgreSQL text[] array',
  `extra` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`) ON DELETE CASCADE,
  UNIQUE KEY (`body_id`,`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_id` INT NOT NULL,
  `category` TEXT NOT NULL DEFAULT 'Other',
  `email` TEXT NOT NULL,
  `state` TEXT NOT NULL,
  `editor` TEXT NOT NULL COMMENT 'last editor',
  `whenedited` DATETIME NOT NULL COMMENT 'time of last change',
  `note` TEXT NOT NULL COMMENT 'what the last change was for: author''s notes',
  `extra` JSON,
  `non_public` BOOLEAN DEFAULT 0 COMMENT 'for things like missed bin collections',
  `endpoint` TEXT,
  `jurisdiction` TEXT DEFAULT '',
  `api_key` TEXT DEFAULT '',
  `send_method` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts_history` (
  `contacts_history_id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT NOT NULL,
  `body_id` INT NOT NULL,
  `category` TEXT NOT NULL DEFAULT 'Other',
  `email` TEXT NOT NULL,
  `state` TEXT NOT NULL,
  `editor` TEXT NOT NULL COMMENT 'editor',
  `whenedited` DATETIME NOT NULL COMMENT 'time of entry',
  `note` TEXT NOT NULL COMMENT 'what the change was for: author''s notes',
  PRIMARY KEY (`contacts_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_priorities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_id` INT NOT NULL,
  `deleted` BOOLEAN NOT NULL DEFAULT 0,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `external_id` TEXT,
  `is_default` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`),
  UNIQUE KEY (`body_id`,`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `problem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `postcode` TEXT NOT NULL,
  `latitude` DOUBLE NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `uprn` TEXT,
  `bodies_str` TEXT COMMENT 'the body(s) we''ll report this problem to',
  `bodies_missing` TEXT COMMENT 'the body(s) we had no contact details for',
  `areas` TEXT NOT NULL COMMENT 'the mapit areas this location is in',
  `category` TEXT NOT NULL DEFAULT 'Other',
  `title` TEXT NOT NULL,
  `detail` TEXT NOT NULL,
  `photo` LONGBLOB,
  `used_map` BOOLEAN NOT NULL,
  `user_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `anonymous` BOOLEAN NOT NULL,
  `external_id` TEXT,
  `external_body` TEXT,
  `external_team` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `confirmed` DATETIME,
  `state` TEXT NOT NULL,
  `lang` TEXT NOT NULL DEFAULT 'en-gb',
  `service` TEXT NOT NULL DEFAULT '',
  `cobrand` TEXT NOT NULL DEFAULT '',
  `cobrand_data` TEXT NOT NULL DEFAULT '' COMMENT 'Extra data used in cobranded versions of the site',
  `lastupdate` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `whensent` DATETIME,
  `send_questionnaire` BOOLEAN NOT NULL DEFAULT 1,
  `extra` JSON,
  `flagged` BOOLEAN NOT NULL DEFAULT 0,
  `geocode` JSON,
  `response_priority_id` INT,
  `send_state` TEXT NOT NULL DEFAULT 'unprocessed',
  `send_fail_count` INT NOT NULL DEFAULT 0 COMMENT 'logging sending failures (used by webservices)',
  `send_fail_reason` TEXT,
  `send_fail_timestamp` DATETIME,
  `send_fail_body_ids` TEXT NOT NULL DEFAULT '{}' COMMENT 'PostgreSQL int[] array',
  `send_method_used` TEXT COMMENT 'record send_method used, which can be used to infer usefulness of external_id',
  `non_public` BOOLEAN DEFAULT 0 COMMENT 'for things like missed bin collections',
  `external_source` TEXT COMMENT 'record details about messages from external sources, eg. message manager',
  `external_source_id` TEXT,
  `interest_count` INT DEFAULT 0 COMMENT 'number of me toos',
  `subcategory` TEXT COMMENT 'subcategory to enable filtering in reporting',
  `defect_type_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`response_priority_id`) REFERENCES `response_priorities` (`id`),
  FOREIGN KEY (`defect_type_id`) REFERENCES `defect_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaire` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `problem_id` INT NOT NULL,
  `whensent` DATETIME NOT NULL,
  `whenanswered` DATETIME,
  `ever_reported` BOOLEAN COMMENT 'whether have ever previously reported a problem to a council or not',
  `old_state` TEXT COMMENT 'problem state before and after questionnaire',
  `new_state` TEXT COMMENT 'problem state before and after questionnaire',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `problem_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `anonymous` BOOLEAN NOT NULL,
  `name` TEXT COMMENT 'null means anonymous',
  `website` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `confirmed` DATETIME,
  `text` TEXT NOT NULL COMMENT 'as entered by comment author',
  `photo` LONGBLOB,
  `state` TEXT NOT NULL,
  `cobrand` TEXT NOT NULL DEFAULT '',
  `lang` TEXT NOT NULL DEFAULT 'en-gb',
  `cobrand_data` TEXT NOT NULL DEFAULT '' COMMENT 'Extra data used in cobranded versions of the site',
  `mark_fixed` BOOLEAN NOT NULL,
  `mark_open` BOOLEAN NOT NULL DEFAULT 0,
  `problem_state` TEXT,
  `external_id` TEXT,
  `extra` JSON,
  `send_state` TEXT NOT NULL DEFAULT 'unprocessed',
  `send_fail_count` INT NOT NULL DEFAULT 0,
  `send_fail_reason` TEXT,
  `send_fail_timestamp` DATETIME,
  `whensent` DATETIME,
  `private_email_text` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token` (
  `scope` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`scope`(191),`token`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_type` (
  `ref` TEXT NOT NULL,
  `head_sql_query` TEXT NOT NULL,
  `head_table` TEXT NOT NULL,
  `head_title` TEXT NOT NULL,
  `head_link` TEXT NOT NULL,
  `head_description` TEXT NOT NULL,
  `item_table` TEXT NOT NULL,
  `item_where` TEXT NOT NULL,
  `item_order` TEXT NOT NULL,
  `item_title` TEXT NOT NULL,
  `item_link` TEXT NOT NULL,
  `item_description` TEXT NOT NULL,
  `template` TEXT NOT NULL,
  PRIMARY KEY (`ref`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `alert_type` TEXT NOT NULL,
  `parameter` TEXT COMMENT 'e.g. Problem ID for new updates, Longitude for local problem alerts',
  `parameter2` TEXT COMMENT 'e.g. Latitude for local problem alerts',
  `parameter3` TEXT COMMENT 'e.g. optional distance for local problem alerts',
  `user_id` INT NOT NULL,
  `confirmed` INT NOT NULL DEFAULT 0,
  `lang` TEXT NOT NULL DEFAULT 'en-gb',
  `cobrand` TEXT NOT NULL DEFAULT '',
  `cobrand_data` TEXT NOT NULL DEFAULT '' COMMENT 'Extra data used in cobranded versions of the site',
  `whensubscribed` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `whendisabled` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_sent` (
  `alert_id` INT NOT NULL,
  `parameter` TEXT COMMENT 'e.g. Update ID for new updates',
  `whenqueued` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (`alert_id`) REFERENCES `alert` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partial_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service` TEXT NOT NULL,
  `nsid` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `phone` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flickr_imported` (
  `id` TEXT NOT NULL,
  `problem_id` INT NOT NULL,
  FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `abuse` (
  `email` TEXT NOT NULL,
  `safe` BOOLEAN NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`email`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `textmystreet` (
  `name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `postcode` TEXT NOT NULL,
  `mobile` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin_user` TEXT NOT NULL,
  `object_type` TEXT NOT NULL,
  `object_id` INT NOT NULL,
  `action` TEXT NOT NULL,
  `whenedited` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` INT,
  `reason` TEXT NOT NULL DEFAULT '',
  `time_spent` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_original_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `problem_id` INT NOT NULL,
  `comment_id` INT,
  `title` TEXT,
  `detail` TEXT COMMENT 'or text for comment',
  `photo` LONGBLOB,
  `anonymous` BOOLEAN NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `extra` JSON,
  `category` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_body_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `body_id` INT NOT NULL,
  `permission_type` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`),
  UNIQUE KEY (`user_id`,`body_id`,`permission_type`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_planned_reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `report_id` INT NOT NULL,
  `added` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `removed` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`report_id`) REFERENCES `problem` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `email_text` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `auto_response` BOOLEAN NOT NULL DEFAULT 0,
  `state` TEXT,
  `external_status_code` TEXT,
  `deleted` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`),
  UNIQUE KEY (`body_id`,`title`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_response_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT NOT NULL,
  `response_template_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`response_template_id`) REFERENCES `response_templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_response_priorities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT NOT NULL,
  `response_priority_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`response_priority_id`) REFERENCES `response_priorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `defect_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `extra` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`body_id`) REFERENCES `body` (`id`),
  UNIQUE KEY (`body_id`,`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_defect_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT NOT NULL,
  `defect_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`defect_type_id`) REFERENCES `defect_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tbl` TEXT NOT NULL,
  `object_id` INT NOT NULL,
  `col` TEXT NOT NULL,
  `lang` TEXT NOT NULL,
  `msgstr` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`tbl`(191),`object_id`,`col`(191),`lang`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_extra_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `cobrand` TEXT,
  `language` TEXT,
  `extra` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `state` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`label`(191)),
  UNIQUE KEY (`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manifest_theme` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cobrand` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `short_name` TEXT NOT NULL,
  `background_colour` TEXT,
  `theme_colour` TEXT,
  `images` TEXT COMMENT 'PostgreSQL text[] array',
  `wasteworks_name` TEXT,
  `wasteworks_short_name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`cobrand`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `property` (
  `uprn` TEXT NOT NULL,
  `discount_date` DATE NOT NULL,
  PRIMARY KEY (`uprn`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

