-- Unleash 8.1.0 (open-source core), github.com/Unleash/unleash commit ceeb5a9ca6d0beb0cabf041d6a27ffd2d6501859
-- (AGPL-3.0-or-later).
-- PostgreSQL schema built by running upstream's 395 db-migrate migrations (src/migrations/*.js) with db-migrate
-- 0.11.14 / db-migrate-pg 1.5.2 (the versions of upstream's package.json) into PostgreSQL 15, read back from the
-- catalog and written as MySQL: integer/serial -> INT [AUTO_INCREMENT], text -> TEXT (VARCHAR(255) in keys),
-- varchar(n) -> VARCHAR(n), timestamp[tz] -> DATETIME(6), json/jsonb -> JSON, boolean -> TINYINT(1),
-- numeric -> DECIMAL(65,30), inet -> VARCHAR(45), bytea -> BLOB, double precision -> DOUBLE, now() ->
-- CURRENT_TIMESTAMP(6). Columns in the database's order; primary keys, unique constraints, non-partial unique
-- indexes and foreign keys between kept tables as the migrations create them (tables ordered so that a table
-- follows those it refers to). permissions.id is a serial outside every key, written as a plain INT.
-- 62 of the 107 tables kept (list of those left out in unleash.md).

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `image_url` TEXT NULL,
  `password_hash` VARCHAR(255) NULL,
  `login_attempts` INT NULL DEFAULT 0,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `seen_at` DATETIME(6) NULL,
  `settings` JSON NULL,
  `permissions` JSON NULL,
  `deleted_at` DATETIME(6) NULL,
  `is_service` TINYINT(1) NULL DEFAULT 0,
  `created_by_user_id` INT NULL,
  `is_system` TINYINT(1) NOT NULL DEFAULT 0,
  `scim_id` TEXT NULL,
  `scim_external_id` TEXT NULL,
  `first_seen_at` DATETIME(6) NULL,
  `email_hash` TEXT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `seat_type` TEXT NULL,
  `company_role` TEXT NULL,
  `product_updates_email_consent` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` TEXT NOT NULL,
  `auth_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `successful` TINYINT(1) NOT NULL,
  `ip` VARCHAR(45) NULL,
  `failure_reason` TEXT NULL,
  `type` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  `created_by` VARCHAR(255) NOT NULL,
  `data` JSON NULL,
  `tags` JSON NULL,
  `project` TEXT NULL,
  `environment` TEXT NULL,
  `feature_name` TEXT NULL,
  `pre_data` JSON NULL,
  `announced` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by_user_id` INT NULL,
  `ip` TEXT NULL,
  `group_type` TEXT NULL,
  `group_id` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unleash_session` (
  `sid` VARCHAR(255) NOT NULL,
  `sess` JSON NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expired` DATETIME(6) NOT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `secret` TEXT NULL,
  `description` TEXT NULL,
  `user_id` INT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `seen_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` INT NOT NULL AUTO_INCREMENT,
  `selector` VARCHAR(255) NULL,
  `verifier` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_selector_key` (`selector`),
  CONSTRAINT `personal_access_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reset_tokens` (
  `reset_token` VARCHAR(255) NOT NULL,
  `user_id` INT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `used_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` TEXT NULL,
  PRIMARY KEY (`reset_token`),
  CONSTRAINT `reset_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `used_passwords` (
  `user_id` INT NOT NULL,
  `password_hash` VARCHAR(255) NOT NULL,
  `used_at` DATETIME(6) NULL,
  PRIMARY KEY (`user_id`, `password_hash`),
  CONSTRAINT `used_passwords_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_access_requests` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `requested_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_access_requests_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_feedback` (
  `user_id` INT NOT NULL,
  `feedback_id` VARCHAR(255) NOT NULL,
  `given` DATETIME(6) NULL,
  `nevershow` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `feedback_id`),
  CONSTRAINT `user_feedback_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_splash` (
  `user_id` INT NOT NULL,
  `splash_id` VARCHAR(255) NOT NULL,
  `seen` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `splash_id`),
  CONSTRAINT `user_splash_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notifications` (
  `notification_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `read_at` DATETIME(6) NULL,
  PRIMARY KEY (`notification_id`, `user_id`),
  CONSTRAINT `user_notifications_notification_id_fkey` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_unsubscription` (
  `user_id` INT NOT NULL,
  `subscription` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `subscription`),
  CONSTRAINT `user_unsubscription_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'custom',
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL,
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_type_name_unique` (`type`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_user` (
  `role_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `project` VARCHAR(255) NOT NULL,
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`role_id`, `user_id`, `project`),
  CONSTRAINT `role_user_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` INT NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  `display_name` TEXT NULL,
  `type` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`permission`),
  UNIQUE KEY `permission_unique` (`permission`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `created_by` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `mappings_sso` JSON NULL,
  `root_role_id` INT NULL,
  `scim_id` TEXT NULL,
  `scim_external_id` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_role_id` FOREIGN KEY (`root_role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_user` (
  `group_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_by` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`group_id`, `user_id`),
  CONSTRAINT `group_user_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_signup_tokens` (
  `secret` VARCHAR(255) NOT NULL,
  `name` TEXT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` TEXT NULL,
  `role_id` INT NOT NULL,
  `url` TEXT NULL,
  `enabled` TINYINT(1) NULL DEFAULT 1,
  PRIMARY KEY (`secret`),
  CONSTRAINT `public_signup_tokens_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_signup_tokens_user` (
  `secret` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`secret`, `user_id`),
  CONSTRAINT `public_signup_tokens_user_secret_fkey` FOREIGN KEY (`secret`) REFERENCES `public_signup_tokens` (`secret`) ON DELETE CASCADE,
  CONSTRAINT `public_signup_tokens_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `secret` VARCHAR(255) NOT NULL,
  `username` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` DATETIME(6) NULL,
  `seen_at` DATETIME(6) NULL,
  `environment` TEXT NULL,
  `alias` TEXT NULL,
  `token_name` TEXT NULL,
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category` TEXT NOT NULL,
  `user_type` TEXT NULL,
  `difficulty_score` INT NULL,
  `positive` TEXT NULL,
  `areas_for_improvement` TEXT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_applications` (
  `app_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `seen_at` DATETIME(6) NULL,
  `strategies` JSON NULL,
  `description` VARCHAR(255) NULL,
  `icon` VARCHAR(255) NULL,
  `url` VARCHAR(255) NULL,
  `color` VARCHAR(255) NULL,
  `announced` TINYINT(1) NULL DEFAULT 0,
  `created_by` TEXT NULL,
  PRIMARY KEY (`app_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_instances` (
  `app_name` VARCHAR(255) NOT NULL,
  `instance_id` VARCHAR(255) NOT NULL,
  `client_ip` VARCHAR(255) NULL,
  `last_seen` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sdk_version` VARCHAR(255) NULL,
  `environment` VARCHAR(255) NOT NULL DEFAULT 'default',
  `sdk_type` VARCHAR(255) NULL,
  PRIMARY KEY (`app_name`, `environment`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails_sent` (
  `id` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `payload` JSON NOT NULL,
  PRIMARY KEY (`id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `variants` JSON NULL,
  `type` TEXT NULL,
  `stale` TINYINT(1) NULL DEFAULT 0,
  `project` TEXT NULL,
  `last_seen_at` DATETIME(6) NULL,
  `impression_data` TINYINT(1) NULL DEFAULT 0,
  `archived_at` DATETIME(6) NULL,
  `potentially_stale` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by_user_id` INT NULL,
  `archived` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_features` (
  `feature` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`feature`, `user_id`),
  CONSTRAINT `favorite_features_feature_fkey` FOREIGN KEY (`feature`) REFERENCES `features` (`name`) ON DELETE CASCADE,
  CONSTRAINT `favorite_features_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_types` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `lifetime_days` INT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_types` (
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `icon` TEXT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `color` VARCHAR(10) NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`type`, `value`),
  CONSTRAINT `tags_type_fkey` FOREIGN KEY (`type`) REFERENCES `tag_types` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_tag` (
  `feature_name` VARCHAR(255) NOT NULL,
  `tag_type` VARCHAR(255) NOT NULL,
  `tag_value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`feature_name`, `tag_type`, `tag_value`),
  CONSTRAINT `feature_tag_feature_name_fkey` FOREIGN KEY (`feature_name`) REFERENCES `features` (`name`) ON DELETE CASCADE,
  CONSTRAINT `feature_tag_tag_type_tag_value_fkey` FOREIGN KEY (`tag_type`, `tag_value`) REFERENCES `tags` (`type`, `value`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments` (
  `name` VARCHAR(100) NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sort_order` INT NULL DEFAULT 9999,
  `type` TEXT NOT NULL,
  `enabled` TINYINT(1) NULL DEFAULT 1,
  `protected` TINYINT(1) NULL DEFAULT 0,
  `required_approvals` INT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permission` (
  `role_id` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `environment` VARCHAR(100) NULL,
  `permission` VARCHAR(255) NULL,
  `created_by_user_id` INT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_role_permission_environment` FOREIGN KEY (`environment`) REFERENCES `environments` (`name`) ON DELETE CASCADE,
  CONSTRAINT `fk_role_permission_permission` FOREIGN KEY (`permission`) REFERENCES `permissions` (`permission`) ON DELETE CASCADE,
  CONSTRAINT `role_permission_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_environments` (
  `environment` VARCHAR(100) NOT NULL DEFAULT 'default',
  `feature_name` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `variants` JSON NOT NULL,
  `last_seen_at` DATETIME(6) NULL,
  PRIMARY KEY (`environment`, `feature_name`),
  CONSTRAINT `feature_environments_environment_fkey` FOREIGN KEY (`environment`) REFERENCES `environments` (`name`) ON DELETE CASCADE,
  CONSTRAINT `feature_environments_feature_name_fkey` FOREIGN KEY (`feature_name`) REFERENCES `features` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_strategies` (
  `id` VARCHAR(255) NOT NULL,
  `feature_name` VARCHAR(255) NOT NULL,
  `project_name` VARCHAR(255) NOT NULL,
  `environment` VARCHAR(100) NOT NULL DEFAULT 'default',
  `strategy_name` VARCHAR(255) NOT NULL,
  `parameters` JSON NOT NULL,
  `constraints` JSON NOT NULL,
  `sort_order` INT NOT NULL DEFAULT 9999,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `title` TEXT NULL,
  `disabled` TINYINT(1) NULL DEFAULT 0,
  `variants` JSON NOT NULL,
  `created_by_user_id` INT NULL,
  `milestone_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `feature_strategies_environment_fkey` FOREIGN KEY (`environment`) REFERENCES `environments` (`name`) ON DELETE CASCADE,
  CONSTRAINT `feature_strategies_feature_name_fkey` FOREIGN KEY (`feature_name`) REFERENCES `features` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `health` INT NULL DEFAULT 100,
  `updated_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `archived_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_role` (
  `group_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  `created_by` TEXT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `project` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`group_id`, `role_id`, `project`),
  CONSTRAINT `fk_group_role_project` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_role_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_projects` (
  `project` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`project`, `user_id`),
  CONSTRAINT `favorite_projects_project_fkey` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `favorite_projects_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_token_project` (
  `secret` VARCHAR(255) NOT NULL,
  `project` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`secret`, `project`),
  CONSTRAINT `api_token_project_project_fkey` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_token_project_secret_fkey` FOREIGN KEY (`secret`) REFERENCES `api_tokens` (`secret`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `environment` VARCHAR(100) NULL,
  `state` VARCHAR(255) NOT NULL,
  `project` VARCHAR(255) NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `min_approvals` INT NULL DEFAULT 1,
  `title` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `change_requests_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_requests_environment_fkey` FOREIGN KEY (`environment`) REFERENCES `environments` (`name`) ON DELETE CASCADE,
  CONSTRAINT `change_requests_project_fkey` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_approvals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `change_request_id` INT NOT NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_approvals` (`change_request_id`, `created_by`),
  CONSTRAINT `change_request_approvals_change_request_id_fkey` FOREIGN KEY (`change_request_id`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_approvals_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_rejections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `change_request_id` INT NOT NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `change_request_rejections_change_request_id_created_by_key` (`change_request_id`, `created_by`),
  CONSTRAINT `change_request_rejections_change_request_id_fkey` FOREIGN KEY (`change_request_id`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_rejections_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `change_request` INT NOT NULL,
  `text` TEXT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `change_request_comments_change_request_fkey` FOREIGN KEY (`change_request`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_comments_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `feature` VARCHAR(255) NULL,
  `action` VARCHAR(255) NOT NULL,
  `payload` JSON NOT NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `change_request_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `change_request_events_change_request_id_fkey` FOREIGN KEY (`change_request_id`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_events_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_events_feature_fkey` FOREIGN KEY (`feature`) REFERENCES `features` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_schedule` (
  `change_request` INT NOT NULL,
  `scheduled_at` DATETIME(6) NOT NULL,
  `created_by` INT NULL,
  `status` TEXT NULL,
  `failure_reason` TEXT NULL,
  `reason` TEXT NULL,
  PRIMARY KEY (`change_request`),
  CONSTRAINT `change_request_schedule_change_request_fkey` FOREIGN KEY (`change_request`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_schedule_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_request_requested_approvers` (
  `change_request_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `requested_at` DATETIME(6) NULL,
  `notified_at` DATETIME(6) NULL,
  PRIMARY KEY (`change_request_id`, `user_id`),
  CONSTRAINT `change_request_requested_approvers_change_request_id_fkey` FOREIGN KEY (`change_request_id`) REFERENCES `change_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `change_request_requested_approvers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `created_by` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `constraints` JSON NOT NULL,
  `segment_project_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `segments_segment_project_id_fkey` FOREIGN KEY (`segment_project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_strategy_segment` (
  `feature_strategy_id` VARCHAR(255) NOT NULL,
  `segment_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`feature_strategy_id`, `segment_id`),
  CONSTRAINT `feature_strategy_segment_feature_strategy_id_fkey` FOREIGN KEY (`feature_strategy_id`) REFERENCES `feature_strategies` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `feature_strategy_segment_segment_id_fkey` FOREIGN KEY (`segment_id`) REFERENCES `segments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_environments` (
  `project_id` VARCHAR(255) NOT NULL,
  `environment_name` VARCHAR(100) NOT NULL,
  `default_strategy` JSON NULL,
  PRIMARY KEY (`project_id`, `environment_name`),
  CONSTRAINT `project_environments_environment_name_fkey` FOREIGN KEY (`environment_name`) REFERENCES `environments` (`name`) ON DELETE CASCADE,
  CONSTRAINT `project_environments_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_settings` (
  `project` VARCHAR(255) NOT NULL,
  `default_stickiness` VARCHAR(100) NULL,
  `project_mode` VARCHAR(100) NOT NULL DEFAULT 'open',
  `feature_limit` INT NULL,
  `feature_naming_pattern` TEXT NULL,
  `feature_naming_example` TEXT NULL,
  `feature_naming_description` TEXT NULL,
  `link_templates` JSON NULL,
  PRIMARY KEY (`project`),
  CONSTRAINT `project_settings_project_fkey` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `strategies` (
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `parameters` JSON NULL,
  `built_in` INT NULL DEFAULT 0,
  `deprecated` TINYINT(1) NULL DEFAULT 0,
  `sort_order` INT NULL DEFAULT 9999,
  `display_name` TEXT NULL,
  `title` TEXT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `context_fields` (
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `sort_order` INT NULL DEFAULT 10,
  `legal_values` JSON NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `stickiness` TINYINT(1) NULL DEFAULT 0,
  `project` VARCHAR(255) NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `context_fields_project_fkey` FOREIGN KEY (`project`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addons` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` TEXT NOT NULL,
  `description` TEXT NULL,
  `enabled` TINYINT(1) NULL DEFAULT 1,
  `parameters` JSON NULL,
  `events` JSON NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `projects` JSON NULL,
  `environments` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `integration_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `state` TEXT NOT NULL,
  `state_details` TEXT NOT NULL,
  `event` JSON NOT NULL,
  `details` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integration_events_integration_id_fkey` FOREIGN KEY (`integration_id`) REFERENCES `addons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `name` VARCHAR(255) NOT NULL,
  `content` JSON NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `message` TEXT NOT NULL,
  `variant` TEXT NULL,
  `sticky` TINYINT(1) NULL DEFAULT 0,
  `icon` TEXT NULL,
  `link` TEXT NULL,
  `link_text` TEXT NULL,
  `dialog_title` TEXT NULL,
  `dialog` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signal_endpoints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `name` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_user_id` INT NULL,
  `description` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signal_endpoint_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `signal_endpoint_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_user_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `incoming_webhook_tokens_incoming_webhook_id_fkey` FOREIGN KEY (`signal_endpoint_id`) REFERENCES `signal_endpoints` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `payload` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `source` TEXT NOT NULL,
  `source_id` INT NOT NULL,
  `created_by_source_token_id` INT NULL,
  `announced` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `name` VARCHAR(255) NOT NULL,
  `bucket` DATETIME(6) NOT NULL,
  `stage` TEXT NOT NULL,
  `finished_at` DATETIME(6) NULL,
  `lease_expires_at` DATETIME(6) NULL,
  `attempt_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`, `bucket`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_trends` (
  `id` VARCHAR(255) NOT NULL,
  `total_users` INT NOT NULL,
  `active_users` INT NOT NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stat_traffic_usage` (
  `day` DATE NOT NULL,
  `traffic_group` VARCHAR(255) NOT NULL,
  `status_code_series` INT NOT NULL,
  `count` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`day`, `traffic_group`, `status_code_series`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
