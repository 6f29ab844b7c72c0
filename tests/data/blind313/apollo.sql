-- Apollo 2024.10 (NDI election-observation data system), github.com/nditech/apollo commit 9574df55d6b824a019b1dd9703f91bb4312403b2 (GPL-3.0-only).
-- Tables as SQLAlchemy 2.0 creates them from upstream's models (apollo/*/models.py), PostgreSQL written as MySQL; see apollo.md.

CREATE TABLE `deployment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `hostnames` JSON NOT NULL,
  `allow_observer_submission_edit` TINYINT(1),
  `brand_image` VARCHAR(4000),
  `include_rejected_in_votes` TINYINT(1),
  `is_initialized` TINYINT(1),
  `dashboard_full_locations` TINYINT(1),
  `enable_partial_response_for_messages` TINYINT(1),
  `primary_locale` TEXT,
  `other_locales` JSON,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_set` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` TEXT,
  `deployment_id` INT NOT NULL,
  `is_finalized` TINYINT(1),
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_set_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name_translations` JSON,
  `is_administrative` TINYINT(1),
  `is_political` TINYINT(1),
  `has_registered_voters` TINYINT(1),
  `slug` TEXT,
  `location_set_id` INT NOT NULL,
  `has_coordinates` TINYINT(1) DEFAULT 0,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_type_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name_translations` JSON,
  `code` VARCHAR(255) NOT NULL,
  `registered_voters` INT,
  `location_set_id` INT NOT NULL,
  `location_type_id` INT NOT NULL,
  `geom` GEOMETRY,
  `extra_data` JSON,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_location_set_id_code_key` (`location_set_id`, `code`),
  CONSTRAINT `location_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_location_type_id_fkey` FOREIGN KEY (`location_type_id`) REFERENCES `location_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_set` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` TEXT,
  `location_set_id` INT NOT NULL,
  `deployment_id` INT NOT NULL,
  `gender_hidden` TINYINT(1),
  `role_hidden` TINYINT(1),
  `partner_hidden` TINYINT(1),
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `participant_set_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `participant_set_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_partner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `participant_set_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `participant_partner_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `participant_set_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `participant_role_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `full_name_translations` JSON,
  `first_name_translations` JSON,
  `other_names_translations` JSON,
  `last_name_translations` JSON,
  `participant_id` TEXT,
  `role_id` INT,
  `partner_id` INT,
  `supervisor_id` INT,
  `gender` VARCHAR(255),
  `email` TEXT,
  `location_id` INT,
  `participant_set_id` INT NOT NULL,
  `message_count` INT,
  `accurate_message_count` INT,
  `completion_rating` DOUBLE,
  `device_id` TEXT,
  `password` TEXT,
  `extra_data` JSON,
  `locale` TEXT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `participant_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
  CONSTRAINT `participant_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE CASCADE,
  CONSTRAINT `participant_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `participant_partner` (`id`) ON DELETE SET NULL,
  CONSTRAINT `participant_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `participant_role` (`id`) ON DELETE SET NULL,
  CONSTRAINT `participant_supervisor_id_fkey` FOREIGN KEY (`supervisor_id`) REFERENCES `participant` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deployment_id` INT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `username` VARCHAR(64),
  `password` TEXT,
  `last_name` TEXT,
  `first_name` TEXT,
  `active` TINYINT(1) NOT NULL,
  `fs_uniquifier` VARCHAR(64) NOT NULL,
  `locale` TEXT,
  `confirmed_at` DATETIME(6),
  `current_login_at` DATETIME(6),
  `last_login_at` DATETIME(6),
  `current_login_ip` TEXT,
  `last_login_ip` TEXT,
  `login_count` INT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_fs_uniquifier_key` (`fs_uniquifier`),
  UNIQUE KEY `user_username_key` (`username`),
  CONSTRAINT `user_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `participant_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `description` TEXT,
  `created` DATETIME(6) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_history_participant_id_fkey` FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contact_history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource` (
  `resource_id` INT NOT NULL AUTO_INCREMENT,
  `resource_type` TEXT NOT NULL,
  `deployment_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`resource_id`),
  CONSTRAINT `resource_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  `resource_id` INT,
  `location_set_id` INT,
  `participant_set_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `prefix` TEXT NOT NULL,
  `form_type` VARCHAR(255) NOT NULL,
  `require_exclamation` TINYINT(1),
  `untrack_data_conflicts` TINYINT(1) NOT NULL,
  `data` JSON,
  `version_identifier` TEXT,
  `resource_id` INT,
  `quality_checks` JSON,
  `party_mappings` JSON,
  `calculate_moe` TINYINT(1),
  `accredited_voters_tag` TEXT,
  `quality_checks_enabled` TINYINT(1),
  `invalid_votes_tag` TEXT,
  `registered_voters_tag` TEXT,
  `blank_votes_tag` TEXT,
  `vote_shares` JSON,
  `result_images` JSON,
  `turnout_fields` JSON,
  `turnout_registered_voters_tag` TEXT,
  `show_moment` TINYINT(1),
  `show_map` TINYINT(1),
  `show_progress` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `form_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_forms` (
  `event_id` INT NOT NULL,
  `form_id` INT NOT NULL,
  PRIMARY KEY (`event_id`, `form_id`),
  CONSTRAINT `events_forms_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_forms_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `form` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deployment_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `form_id` INT NOT NULL,
  `participant_id` INT,
  `location_id` INT NOT NULL,
  `data` JSON,
  `extra_data` JSON,
  `submission_type` VARCHAR(255),
  `serial_no` TEXT,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  `participant_updated` DATETIME(6),
  `sender_verified` TINYINT(1),
  `quarantine_status` VARCHAR(255),
  `verification_status` VARCHAR(255),
  `incident_description` TEXT,
  `incident_status` VARCHAR(255),
  `overridden_fields` JSON,
  `last_phone_number` TEXT,
  `conflicts` JSON,
  `unreachable` TINYINT(1) NOT NULL,
  `geom` GEOMETRY,
  `verified_fields` JSON,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `form` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_participant_id_fkey` FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `photo` VARCHAR(4000),
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `image_attachment_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submission` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_data_field` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `location_set_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `visible_in_lists` TINYINT(1),
  `resource_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_data_field_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_data_field_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `location_set_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_group_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_path` (
  `location_set_id` INT NOT NULL,
  `ancestor_id` INT NOT NULL,
  `descendant_id` INT NOT NULL,
  `depth` INT,
  PRIMARY KEY (`ancestor_id`, `descendant_id`),
  CONSTRAINT `location_path_ancestor_id_fkey` FOREIGN KEY (`ancestor_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_path_descendant_id_fkey` FOREIGN KEY (`descendant_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_path_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_type_path` (
  `location_set_id` INT NOT NULL,
  `ancestor_id` INT NOT NULL,
  `descendant_id` INT NOT NULL,
  `depth` INT,
  PRIMARY KEY (`ancestor_id`, `descendant_id`),
  CONSTRAINT `location_type_path_ancestor_id_fkey` FOREIGN KEY (`ancestor_id`) REFERENCES `location_type` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_type_path_descendant_id_fkey` FOREIGN KEY (`descendant_id`) REFERENCES `location_type` (`id`) ON DELETE CASCADE,
  CONSTRAINT `location_type_path_location_set_id_fkey` FOREIGN KEY (`location_set_id`) REFERENCES `location_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations_groups` (
  `location_id` INT NOT NULL,
  `location_group_id` INT NOT NULL,
  PRIMARY KEY (`location_id`, `location_group_id`),
  CONSTRAINT `locations_groups_location_group_id_fkey` FOREIGN KEY (`location_group_id`) REFERENCES `location_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `locations_groups_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `direction` VARCHAR(255) NOT NULL,
  `recipient` TEXT,
  `sender` TEXT,
  `text` TEXT,
  `message_type` VARCHAR(255),
  `received` DATETIME(6),
  `delivered` DATETIME(6),
  `deployment_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `submission_id` INT,
  `participant_id` INT,
  `originating_message_id` INT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `message_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `message_originating_message_id_fkey` FOREIGN KEY (`originating_message_id`) REFERENCES `message` (`id`) ON DELETE SET NULL,
  CONSTRAINT `message_participant_id_fkey` FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE,
  CONSTRAINT `message_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submission` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_data_field` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `participant_set_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `visible_in_lists` TINYINT(1),
  `resource_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `participant_data_field_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE CASCADE,
  CONSTRAINT `participant_data_field_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `deployment_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `permission_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `participant_id` INT NOT NULL,
  `number` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `verified` TINYINT(1),
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `phone_contact_participant_id_fkey` FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deployment_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_deployment_id_name_key` (`deployment_id`, `name`),
  UNIQUE KEY `role_name_key` (`name`),
  CONSTRAINT `role_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_resource_permissions` (
  `role_id` INT NOT NULL,
  `resource_id` INT NOT NULL,
  PRIMARY KEY (`role_id`, `resource_id`),
  CONSTRAINT `role_resource_permissions_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `role_resource_permissions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_permissions` (
  `role_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  CONSTRAINT `roles_permissions_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roles_permissions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_users` (
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  CONSTRAINT `roles_users_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roles_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `participant_set_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sample_participant_set_id_fkey` FOREIGN KEY (`participant_set_id`) REFERENCES `participant_set` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `samples_participants` (
  `sample_id` INT NOT NULL,
  `participant_id` INT NOT NULL,
  PRIMARY KEY (`sample_id`, `participant_id`),
  CONSTRAINT `samples_participants_participant_id_fkey` FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE,
  CONSTRAINT `samples_participants_sample_id_fkey` FOREIGN KEY (`sample_id`) REFERENCES `sample` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `user_id` INT,
  `comment` TEXT,
  `submit_date` DATETIME(6),
  `deployment_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_comment_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_comment_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submission` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_comment_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_version` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `data` JSON,
  `timestamp` DATETIME(6),
  `channel` VARCHAR(255),
  `deployment_id` INT NOT NULL,
  `identity` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_version_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_version_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submission` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_resource_permissions` (
  `user_id` INT NOT NULL,
  `resource_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `resource_id`),
  CONSTRAINT `user_resource_permissions_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `user_resource_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_upload` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deployment_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME(6),
  `upload_filename` TEXT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_upload_deployment_id_fkey` FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_upload_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_permissions` (
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `permission_id`),
  CONSTRAINT `users_permissions_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
