-- hackathon_manager (codeRIT), db/schema.rb (ActiveRecord::Schema version 2021_01_30_175752) written as MySQL DDL.
-- All 26 tables; ENGINE=InnoDB DEFAULT CHARSET=utf8 as in the schema options; indexes and foreign keys as declared.

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `agreements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `agreement` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `agreements_questionnaires` (
  `agreement_id` INT,
  `questionnaire_id` INT,
  KEY `index_agreements_questionnaires` (`agreement_id`, `questionnaire_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
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
  KEY `associated_index` (`associated_type`, `associated_id`),
  KEY `auditable_index` (`auditable_type`, `auditable_id`, `version`),
  KEY `index_audits_on_created_at` (`created_at`),
  KEY `index_audits_on_request_uuid` (`request_uuid`),
  KEY `user_index` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blazer_audits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `query_id` INT,
  `statement` TEXT,
  `data_source` VARCHAR(255),
  `created_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `index_blazer_audits_on_query_id` (`query_id`),
  KEY `index_blazer_audits_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blazer_checks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creator_id` INT,
  `query_id` INT,
  `state` VARCHAR(255),
  `schedule` VARCHAR(255),
  `emails` TEXT,
  `check_type` VARCHAR(255),
  `message` TEXT,
  `last_run_at` TIMESTAMP NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_blazer_checks_on_creator_id` (`creator_id`),
  KEY `index_blazer_checks_on_query_id` (`query_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blazer_dashboard_queries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dashboard_id` INT,
  `query_id` INT,
  `position` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_blazer_dashboard_queries_on_dashboard_id` (`dashboard_id`),
  KEY `index_blazer_dashboard_queries_on_query_id` (`query_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blazer_dashboards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creator_id` INT,
  `name` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_blazer_dashboards_on_creator_id` (`creator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blazer_queries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creator_id` INT,
  `name` VARCHAR(255),
  `description` TEXT,
  `statement` TEXT,
  `data_source` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_blazer_queries_on_creator_id` (`creator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bus_lists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `capacity` INT DEFAULT 50,
  `notes` TEXT,
  `needs_bus_captain` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `data_exports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `export_type` VARCHAR(255) NOT NULL,
  `queued_at` DATETIME,
  `started_at` DATETIME,
  `finished_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` VARCHAR(255),
  `location` VARCHAR(255),
  `start` DATETIME,
  `finish` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `category` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `fips` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fips_code` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `message_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `html` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `subject` VARCHAR(255),
  `recipients` VARCHAR(255),
  `body` TEXT,
  `queued_at` TIMESTAMP NULL,
  `started_at` TIMESTAMP NULL,
  `delivered_at` TIMESTAMP NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `template` VARCHAR(255) DEFAULT 'default',
  `trigger` VARCHAR(255),
  `type` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `questionnaires` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_of_birth` DATE,
  `experience` VARCHAR(255),
  `school_id` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `shirt_size` VARCHAR(255),
  `dietary_restrictions` TEXT,
  `international` TINYINT(1),
  `portfolio_url` VARCHAR(255),
  `vcs_url` VARCHAR(255),
  `user_id` INT,
  `acc_status` VARCHAR(255) DEFAULT 'pending',
  `acc_status_author_id` INT,
  `acc_status_date` DATETIME,
  `bus_captain_interest` TINYINT(1) DEFAULT 0,
  `is_bus_captain` TINYINT(1) DEFAULT 0,
  `checked_in_by_id` INT,
  `checked_in_at` DATETIME,
  `phone` VARCHAR(255),
  `can_share_info` TINYINT(1) DEFAULT 0,
  `special_needs` TEXT,
  `gender` VARCHAR(255),
  `major` VARCHAR(255),
  `travel_not_from_school` TINYINT(1) DEFAULT 0,
  `travel_location` VARCHAR(255),
  `level_of_study` VARCHAR(255),
  `interest` VARCHAR(255),
  `why_attend` TEXT,
  `boarded_bus_at` DATETIME,
  `graduation_year` INT,
  `race_ethnicity` VARCHAR(255),
  `bus_list_id` INT,
  `country` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_questionnaires_on_bus_list_id` (`bus_list_id`),
  KEY `index_questionnaires_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_questionnaires_bus_list_id` FOREIGN KEY (`bus_list_id`) REFERENCES `bus_lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `schools` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `address` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `questionnaire_count` INT DEFAULT 0,
  `is_home` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `var` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `thing_id` INT,
  `thing_type` VARCHAR(30),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_thing_type_and_thing_id_and_var` (`thing_type`, `thing_id`, `var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `trackable_tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `allow_duplicate_band_events` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_trackable_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `provider` VARCHAR(255),
  `uid` VARCHAR(255),
  `reminder_sent_at` DATETIME,
  `role` INT DEFAULT 0,
  `is_active` TINYINT(1) DEFAULT 1,
  `receive_weekly_report` TINYINT(1) DEFAULT 0,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  KEY `index_users_on_provider` (`provider`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  KEY `index_users_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT NOT NULL,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `revoked_at` DATETIME,
  `scopes` VARCHAR(255),
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_oauth_access_grants_on_application_id` (`application_id`),
  KEY `index_oauth_access_grants_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_oauth_access_grants_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT,
  `application_id` BIGINT,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_oauth_access_tokens_on_application_id` (`application_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  KEY `index_oauth_access_tokens_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_oauth_access_tokens_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `school_name_duplicates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `school_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_school_name_duplicates_on_school_id` (`school_id`),
  CONSTRAINT `fk_rails_school_name_duplicates_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `trackable_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `band_id` VARCHAR(255),
  `trackable_tag_id` BIGINT,
  `user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_trackable_events_on_trackable_tag_id` (`trackable_tag_id`),
  KEY `index_trackable_events_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_trackable_events_trackable_tag_id` FOREIGN KEY (`trackable_tag_id`) REFERENCES `trackable_tags` (`id`),
  CONSTRAINT `fk_rails_trackable_events_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

