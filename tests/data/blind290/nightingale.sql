-- Nightingale EDRS (MITRE; electronic death registration system)
-- Source: github.com/nightingaleproject/nightingale `db/schema.rb` (schema 2020_05_28_122404), commit
-- 05f47e7692c92a70d4f2f69450b7f653a78ccbea (Apache-2.0). Rails PostgreSQL schema written as MySQL DDL
-- the way Rails' mysql2 adapter creates it. See nightingale.md.

CREATE TABLE `oauth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auditable_id` INT,
  `auditable_type` VARCHAR(255),
  `associated_id` INT,
  `associated_type` VARCHAR(255),
  `user_id` INT,
  `user_type` VARCHAR(255),
  `username` VARCHAR(255),
  `action` VARCHAR(255),
  `audited_changes` TEXT,
  `version` INT DEFAULT 0,
  `comment` VARCHAR(255),
  `remote_address` VARCHAR(255),
  `request_uuid` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `associated_index` (`associated_id`, `associated_type`),
  KEY `auditable_index` (`auditable_id`, `auditable_type`),
  KEY `index_audits_on_created_at` (`created_at`),
  KEY `index_audits_on_request_uuid` (`request_uuid`),
  KEY `user_index` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certificate_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `death_certificate_id` INT,
  `creator_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_certificate_requests_on_creator_id` (`creator_id`),
  KEY `index_certificate_requests_on_death_certificate_id` (`death_certificate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state_id` INT,
  `county_id` INT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_cities_on_county_id` (`county_id`),
  KEY `index_cities_on_state_id` (`state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `death_record_id` INT,
  `user_id` INT,
  `content` VARCHAR(255),
  `requested_edits` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_comments_on_death_record_id` (`death_record_id`),
  KEY `index_comments_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state_id` INT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_counties_on_state_id` (`state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `death_certificates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `document` BLOB,
  `metadata` JSON,
  `death_record_id` INT,
  `creator_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_death_certificates_on_creator_id` (`creator_id`),
  KEY `index_death_certificates_on_death_record_id` (`death_record_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `death_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workflow_id` INT,
  `owner_id` INT,
  `creator_id` INT,
  `step_flow_id` INT,
  `name` VARCHAR(255) DEFAULT '',
  `contents` JSON,
  `cached_json` JSON,
  `notify` TINYINT(1) DEFAULT 0,
  `abandoned` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_death_records_on_creator_id` (`creator_id`),
  KEY `index_death_records_on_owner_id` (`owner_id`),
  KEY `index_death_records_on_step_flow_id` (`step_flow_id`),
  KEY `index_death_records_on_workflow_id` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT NOT NULL,
  `application_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `revoked_at` DATETIME,
  `scopes` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_oauth_access_grants_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT,
  `application_id` INT,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  KEY `index_oauth_access_tokens_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_oauth_access_tokens_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `death_record_id` INT,
  `registered` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_registrations_on_death_record_id` (`death_record_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(255),
  `can_start_record` TINYINT(1),
  `can_register_record` TINYINT(1),
  `can_request_edits` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `resource_type` VARCHAR(255),
  `resource_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_roles_on_name_and_resource_type_and_resource_id` (`name`, `resource_type`, `resource_id`),
  KEY `index_roles_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `states` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `abbrv` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_contents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `step_id` INT,
  `death_record_id` INT,
  `editor_id` INT,
  `contents` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_step_contents_on_death_record_id` (`death_record_id`),
  KEY `index_step_contents_on_editor_id` (`editor_id`),
  KEY `index_step_contents_on_step_id` (`step_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_flows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workflow_id` INT,
  `current_step_role` VARCHAR(255),
  `send_to_role` VARCHAR(255),
  `current_step_id` INT,
  `next_step_id` INT,
  `previous_step_id` INT,
  `transition_order` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_step_flows_on_current_step_id` (`current_step_id`),
  KEY `index_step_flows_on_next_step_id` (`next_step_id`),
  KEY `index_step_flows_on_previous_step_id` (`previous_step_id`),
  KEY `index_step_flows_on_workflow_id` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_histories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `step_id` INT,
  `death_record_id` INT,
  `user_id` INT,
  `time_taken` FLOAT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_step_histories_on_death_record_id` (`death_record_id`),
  KEY `index_step_histories_on_step_id` (`step_id`),
  KEY `index_step_histories_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_statuses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `death_record_id` INT,
  `current_step_id` INT,
  `next_step_id` INT,
  `previous_step_id` INT,
  `requestor_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_step_statuses_on_current_step_id` (`current_step_id`),
  KEY `index_step_statuses_on_death_record_id` (`death_record_id`),
  KEY `index_step_statuses_on_next_step_id` (`next_step_id`),
  KEY `index_step_statuses_on_previous_step_id` (`previous_step_id`),
  KEY `index_step_statuses_on_requestor_id` (`requestor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `steps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `abbrv` VARCHAR(255),
  `description` VARCHAR(255),
  `version` VARCHAR(255),
  `jsonschema` JSON,
  `uischema` JSON,
  `icon` VARCHAR(255),
  `step_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `death_record_id` INT,
  `user_id` INT,
  `token` VARCHAR(255),
  `token_generated_at` DATETIME,
  `is_expired` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_tokens_on_death_record_id` (`death_record_id`),
  KEY `index_user_tokens_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `is_guest_user` TINYINT(1) DEFAULT 0,
  `first_name` VARCHAR(255) NOT NULL DEFAULT '',
  `last_name` VARCHAR(255) NOT NULL DEFAULT '',
  `telephone` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` INT,
  `role_id` INT,
  KEY `index_users_roles_on_user_id_and_role_id` (`user_id`, `role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `initiator_role` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zipcodes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state_id` INT,
  `county_id` INT,
  `city_id` INT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_zipcodes_on_city_id` (`city_id`),
  KEY `index_zipcodes_on_county_id` (`county_id`),
  KEY `index_zipcodes_on_state_id` (`state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
