-- Mobilic (the French Ministry of Ecological Transition's digital working-time register for road-transport workers)
-- Upstream: github.com/MTES-MCT/mobilic-api  migrations/versions/*.py (212 Alembic migrations, PostgreSQL),
-- commit 94ff988588cbf295084b82d336d249e571db651c (MIT, LICENSE.txt)
-- The migrations were replayed to their single head (c8f1a2b3d4e5) into an empty PostgreSQL 15 database with
-- alembic 1.7.7 / SQLAlchemy 1.3.24 (the versions of upstream's Pipfile); the application modules that 19 data
-- migrations import were stubbed (their row inserts and backfills do not change the schema), the enum classes they
-- use were taken from upstream's app/models. The tables were then written as MySQL DDL by a script: column names and
-- order as PostgreSQL holds them; integer/bigint/boolean/text/varchar/timestamp/date/numeric/double mapped to
-- int/bigint/tinyint(1)/text/varchar/datetime/date/decimal/double; json, jsonb and PostgreSQL arrays to json; the
-- native enum controltype to an ENUM; bytea to longblob; serial ids AUTO_INCREMENT; primary, unique and foreign keys
-- as in PostgreSQL. Left out: the 21 anon_* tables and temp_id_mapping (the anonymisation copies of old data).
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `user` (
  `creation_time` datetime NOT NULL,
  `email` varchar(255),
  `password` varchar(255),
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `admin` tinyint(1) NOT NULL,
  `ssn` varchar(13),
  `france_connect_id` varchar(255),
  `france_connect_info` json,
  `latest_token_revocation_time` datetime,
  `has_confirmed_email` tinyint(1) NOT NULL,
  `has_activated_email` tinyint(1) NOT NULL,
  `activation_email_token` varchar(128),
  `subscribed_mailing_lists` json NOT NULL,
  `disabled_warnings` json NOT NULL,
  `timezone_name` varchar(255) NOT NULL,
  `way_heard_of_mobilic` varchar(255),
  `nb_bad_password_tries` int NOT NULL,
  `status` varchar(28) NOT NULL,
  `password_update_time` datetime,
  `phone_number` varchar(30),
  `gender` varchar(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_activation_email_token_key` (`activation_email_token`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_france_connect_id_key` (`france_connect_id`)
);

CREATE TABLE `company` (
  `creation_time` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `siren` varchar(9),
  `usual_name` varchar(255) NOT NULL,
  `siren_api_info` json,
  `allow_team_mode` tinyint(1) NOT NULL,
  `require_kilometer_data` tinyint(1) NOT NULL,
  `require_expenditures` tinyint(1) NOT NULL,
  `require_support_activity` tinyint(1) NOT NULL,
  `require_mission_name` tinyint(1) NOT NULL,
  `short_sirets` json,
  `allow_transfers` tinyint(1) NOT NULL,
  `phone_number` varchar(30),
  `business_id` int,
  `number_workers` int,
  `has_ceased_activity` tinyint(1) NOT NULL,
  `siren_api_info_last_update` date,
  `allow_other_task` tinyint(1),
  `other_task_label` varchar(24),
  `nb_certificate_badge_request` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `company_business_id_fkey` FOREIGN KEY (`business_id`) REFERENCES `business` (`id`)
);

CREATE TABLE `business` (
  `creation_time` datetime NOT NULL,
  `transport_type` varchar(12) NOT NULL,
  `business_type` varchar(27) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `business_business_type_key` (`business_type`)
);

CREATE TABLE `employment` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `validation_time` datetime,
  `validation_status` varchar(8) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date,
  `company_id` int NOT NULL,
  `has_admin_rights` tinyint(1),
  `user_id` int,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `invite_token` varchar(255),
  `email` varchar(255),
  `dismiss_author_id` int,
  `dismiss_context` json,
  `dismissed_at` datetime,
  `team_id` int,
  `certificate_info_snooze_date` date,
  `hide_email` tinyint(1) NOT NULL,
  `business_id` int,
  `nb_worker_info_snooze_date` date,
  `last_active_at` datetime,
  `detachment_request` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `employment_invite_token_key` (`invite_token`),
  CONSTRAINT `employment_business_id_fkey` FOREIGN KEY (`business_id`) REFERENCES `business` (`id`),
  CONSTRAINT `employment_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`),
  CONSTRAINT `employment_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `employment_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `employment_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `employment_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `team` (
  `creation_time` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `company_id` int NOT NULL,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `team_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`)
);

CREATE TABLE `team_admin_user` (
  `team_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`team_id`, `user_id`),
  CONSTRAINT `team_admin_user_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `team_admin_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `team_known_address` (
  `team_id` int NOT NULL,
  `company_known_address_id` int NOT NULL,
  PRIMARY KEY (`team_id`, `company_known_address_id`),
  CONSTRAINT `team_known_address_company_known_address_id_fkey` FOREIGN KEY (`company_known_address_id`) REFERENCES `company_known_address` (`id`),
  CONSTRAINT `team_known_address_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`)
);

CREATE TABLE `team_vehicle` (
  `team_id` int NOT NULL,
  `vehicle_id` int NOT NULL,
  PRIMARY KEY (`team_id`, `vehicle_id`),
  CONSTRAINT `team_vehicle_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `team_vehicle_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`)
);

CREATE TABLE `vehicle` (
  `creation_time` datetime NOT NULL,
  `registration_number` varchar(255) NOT NULL,
  `alias` text,
  `company_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `terminated_at` datetime,
  `last_kilometer_reading` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_registration_numbers_among_company` (`company_id`, `registration_number`),
  CONSTRAINT `vehicle_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`)
);

CREATE TABLE `mission` (
  `creation_time` datetime NOT NULL,
  `name` text,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `context` json,
  `company_id` int NOT NULL,
  `reception_time` datetime NOT NULL,
  `vehicle_id` int,
  `past_registration_justification` varchar(48),
  PRIMARY KEY (`id`),
  CONSTRAINT `mission_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`),
  CONSTRAINT `mission_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `mission_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`)
);

CREATE TABLE `activity` (
  `creation_time` datetime NOT NULL,
  `type` varchar(8) NOT NULL,
  `user_id` int NOT NULL,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `dismiss_author_id` int,
  `dismissed_at` datetime,
  `mission_id` int NOT NULL,
  `dismiss_context` json,
  `reception_time` datetime NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime,
  `last_update_time` datetime NOT NULL,
  `last_submitter_id` int,
  `dispute` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `activity_last_submitter_id_fkey` FOREIGN KEY (`last_submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `activity_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `activity_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `activity_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `activity_version` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `activity_id` int NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime,
  `version_number` int NOT NULL,
  `context` json,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_version_among_same_activity_versions` (`version_number`, `activity_id`),
  CONSTRAINT `activity_version_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activity` (`id`),
  CONSTRAINT `activity_version_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `mission_end` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `mission_id` int NOT NULL,
  `user_id` int NOT NULL,
  `submitter_id` int,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `mission_end_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `mission_end_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `mission_end_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `mission_validation` (
  `creation_time` datetime NOT NULL,
  `mission_id` int NOT NULL,
  `submitter_id` int,
  `id` int NOT NULL AUTO_INCREMENT,
  `reception_time` datetime NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `user_id` int,
  `is_auto` tinyint(1) NOT NULL,
  `justification` varchar(12),
  `context` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `mission_validation_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `mission_validation_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `mission_validation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `mission_auto_validation` (
  `creation_time` datetime NOT NULL,
  `mission_id` int NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  `reception_time` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_user_mission_admin` (`user_id`, `mission_id`, `is_admin`),
  CONSTRAINT `mission_auto_validation_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `mission_auto_validation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `comment` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `dismissed_at` datetime,
  `dismiss_context` json,
  `mission_id` int NOT NULL,
  `text` text NOT NULL,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `dismiss_author_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `comment_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `comment_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `comment_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `expenditure` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `dismissed_at` datetime,
  `dismiss_context` json,
  `mission_id` int NOT NULL,
  `type` varchar(10) NOT NULL,
  `user_id` int NOT NULL,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `dismiss_author_id` int,
  `spending_date` date NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `expenditure_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `expenditure_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `expenditure_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`),
  CONSTRAINT `expenditure_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `location_entry` (
  `creation_time` datetime NOT NULL,
  `reception_time` datetime NOT NULL,
  `mission_id` int NOT NULL,
  `address_id` int NOT NULL,
  `company_known_address_id` int,
  `type` varchar(22) NOT NULL,
  `submitter_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `kilometer_reading` int,
  `kilometer_reading_received_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `only_one_location_entry_per_mission_and_type` (`mission_id`, `type`),
  CONSTRAINT `location_entry_address_id_fkey` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `location_entry_company_known_address_id_fkey` FOREIGN KEY (`company_known_address_id`) REFERENCES `company_known_address` (`id`),
  CONSTRAINT `location_entry_mission_id_fkey` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`),
  CONSTRAINT `location_entry_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `address` (
  `creation_time` datetime NOT NULL,
  `geo_api_id` varchar(255),
  `type` varchar(20),
  `coords` json,
  `postal_code` varchar(20),
  `city` varchar(255),
  `name` varchar(255) NOT NULL,
  `geo_api_raw_data` json,
  `id` int NOT NULL AUTO_INCREMENT,
  `manual` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `company_known_address` (
  `creation_time` datetime NOT NULL,
  `dismissed_at` datetime,
  `dismiss_context` json,
  `address_id` int NOT NULL,
  `company_id` int NOT NULL,
  `alias` varchar(255),
  `id` int NOT NULL AUTO_INCREMENT,
  `dismiss_author_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `only_one_entry_per_company_and_address` (`company_id`, `address_id`),
  CONSTRAINT `company_known_address_address_id_fkey` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `company_known_address_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`),
  CONSTRAINT `company_known_address_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `c1b_signing_key` (
  `creation_time` datetime NOT NULL,
  `owner_type` varchar(12) NOT NULL,
  `_modulus` longblob NOT NULL,
  `_private_exp` longblob NOT NULL,
  `_public_exp` longblob NOT NULL,
  `modulus_length` int NOT NULL,
  `serial_number` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `company_certification` (
  `creation_time` datetime NOT NULL,
  `company_id` int NOT NULL,
  `attribution_date` date NOT NULL,
  `expiration_date` date NOT NULL,
  `log_in_real_time` double NOT NULL,
  `admin_changes` double NOT NULL,
  `compliancy` int NOT NULL,
  `certification_level` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `info` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `company_certification_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`)
);

CREATE TABLE `company_stats` (
  `creation_time` datetime NOT NULL,
  `company_id` int NOT NULL,
  `company_creation_date` date NOT NULL,
  `first_employee_invitation_date` date,
  `first_mission_validation_by_admin_date` date,
  `first_active_criteria_date` date,
  `first_certification_date` date,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `company_stats_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`)
);

CREATE TABLE `control_location` (
  `creation_time` datetime NOT NULL,
  `department` varchar(3) NOT NULL,
  `postal_code` varchar(5) NOT NULL,
  `commune` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `greco_code` varchar(255) NOT NULL,
  `greco_label` varchar(255) NOT NULL,
  `greco_extra1` varchar(255),
  `greco_extra2` varchar(255),
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `controller_control` (
  `id` int NOT NULL AUTO_INCREMENT,
  `controller_id` int NOT NULL,
  `control_type` enum('mobilic','lic_papier','sans_lic'),
  `user_id` int,
  `qr_code_generation_time` datetime,
  `creation_time` datetime NOT NULL,
  `company_name` varchar(255),
  `vehicle_registration_number` text,
  `nb_controlled_days` int,
  `control_bulletin` json,
  `control_bulletin_creation_time` datetime,
  `user_first_name` varchar(255),
  `user_last_name` varchar(255),
  `control_bulletin_first_download_time` datetime,
  `note` text,
  `observed_infractions` json,
  `reported_infractions_last_update_time` datetime,
  `reported_infractions_first_update_time` datetime,
  `is_day_page_filled` tinyint(1),
  `control_time` datetime NOT NULL,
  `delivered_by_hand` tinyint(1),
  `sent_to_admin` tinyint(1),
  `control_bulletin_update_time` datetime,
  `reported_custom_infractions_last_update_time` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `controller_control_controller_id_fkey` FOREIGN KEY (`controller_id`) REFERENCES `controller_user` (`id`),
  CONSTRAINT `controller_control_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `controller_refresh_token` (
  `creation_time` datetime NOT NULL,
  `token` varchar(128) NOT NULL,
  `controller_user_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `controller_refresh_token_token_key` (`token`),
  CONSTRAINT `controller_refresh_token_controller_user_id_fkey` FOREIGN KEY (`controller_user_id`) REFERENCES `controller_user` (`id`)
);

CREATE TABLE `controller_user` (
  `creation_time` datetime NOT NULL,
  `agent_connect_id` varchar(255) NOT NULL,
  `agent_connect_info` json,
  `organizational_unit` varchar(255) NOT NULL,
  `email` varchar(255),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `id` int NOT NULL,
  `greco_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `controller_user_agent_connect_id_key` (`agent_connect_id`)
);

CREATE TABLE `email` (
  `creation_time` datetime NOT NULL,
  `mailjet_id` varchar(255) NOT NULL,
  `address` text NOT NULL,
  `type` varchar(34) NOT NULL,
  `user_id` int,
  `employment_id` int,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_mailjet_id_key` (`mailjet_id`),
  CONSTRAINT `email_employment_id_fkey` FOREIGN KEY (`employment_id`) REFERENCES `employment` (`id`),
  CONSTRAINT `email_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `export` (
  `creation_time` datetime NOT NULL,
  `user_id` int NOT NULL,
  `file_s3_path` text,
  `file_name` text,
  `file_type` text,
  `duration` int NOT NULL,
  `file_size` bigint NOT NULL,
  `context` json,
  `export_type` varchar(11) NOT NULL,
  `status` varchar(16) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `naf_code` (
  `creation_time` datetime NOT NULL,
  `code` text NOT NULL,
  `label` text NOT NULL,
  `section_code` text NOT NULL,
  `section_label` text NOT NULL,
  `level1_code` text NOT NULL,
  `level1_label` text NOT NULL,
  `level2_code` text NOT NULL,
  `level2_label` text NOT NULL,
  `level3_code` text NOT NULL,
  `level3_label` text NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification` (
  `type` varchar(23) NOT NULL,
  `user_id` int NOT NULL,
  `read` tinyint(1) NOT NULL,
  `creation_time` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `oauth2_authorization_code` (
  `creation_time` datetime NOT NULL,
  `code` varchar(120) NOT NULL,
  `redirect_uri` text,
  `response_type` text,
  `scope` text,
  `nonce` text,
  `auth_time` int NOT NULL,
  `code_challenge` text,
  `code_challenge_method` varchar(48),
  `user_id` int NOT NULL,
  `client_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `acr` text,
  `amr` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_authorization_code_code_key` (`code`),
  CONSTRAINT `oauth2_authorization_code_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`),
  CONSTRAINT `oauth2_authorization_code_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `oauth2_client` (
  `creation_time` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(120) NOT NULL,
  `redirect_uris` json,
  `id` int NOT NULL AUTO_INCREMENT,
  `whitelist_ips` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth2_token` (
  `creation_time` datetime NOT NULL,
  `client_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `revoked_at` datetime,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_token_token_key` (`token`),
  CONSTRAINT `oauth2_token_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`),
  CONSTRAINT `oauth2_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `refresh_token` (
  `creation_time` datetime NOT NULL,
  `token` varchar(128) NOT NULL,
  `user_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `refresh_token_token_key` (`token`),
  CONSTRAINT `refresh_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `regulation_check` (
  `creation_time` datetime NOT NULL,
  `type` varchar(28) NOT NULL,
  `unit` varchar(4) NOT NULL,
  `label` varchar(255) NOT NULL,
  `date_application_start` date NOT NULL,
  `date_application_end` date,
  `regulation_rule` varchar(10),
  `variables` json,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `regulation_computation` (
  `creation_time` datetime NOT NULL,
  `day` date NOT NULL,
  `submitter_type` varchar(8) NOT NULL,
  `user_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `only_one_entry_per_user_day_and_submitter_type` (`day`, `user_id`, `submitter_type`),
  CONSTRAINT `regulation_computation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `regulatory_alert` (
  `creation_time` datetime NOT NULL,
  `day` date NOT NULL,
  `extra` json,
  `submitter_type` varchar(8) NOT NULL,
  `user_id` int NOT NULL,
  `regulation_check_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `business_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `only_one_entry_per_user_day_check_and_submitter_type` (`day`, `user_id`, `regulation_check_id`, `submitter_type`),
  CONSTRAINT `regulatory_alert_business_id_fkey` FOREIGN KEY (`business_id`) REFERENCES `business` (`id`),
  CONSTRAINT `regulatory_alert_regulation_check_id_fkey` FOREIGN KEY (`regulation_check_id`) REFERENCES `regulation_check` (`id`),
  CONSTRAINT `regulatory_alert_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `scenario_testing` (
  `creation_time` datetime NOT NULL,
  `user_id` int NOT NULL,
  `scenario` varchar(18) NOT NULL,
  `action` varchar(7) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `scenario_testing_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `support_action_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_time` datetime NOT NULL,
  `support_user_id` int NOT NULL,
  `impersonated_user_id` int NOT NULL,
  `table_name` varchar(255) NOT NULL,
  `row_id` int NOT NULL,
  `action` varchar(10) NOT NULL,
  `old_values` json,
  `new_values` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `third_party_api_key` (
  `creation_time` datetime NOT NULL,
  `client_id` int NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `third_party_api_key_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`)
);

CREATE TABLE `third_party_client_company` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_time` datetime NOT NULL,
  `client_id` int NOT NULL,
  `company_id` int NOT NULL,
  `dismissed_at` datetime,
  `dismiss_context` json,
  `dismiss_author_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `third_party_client_company_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`),
  CONSTRAINT `third_party_client_company_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`),
  CONSTRAINT `third_party_client_company_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `third_party_client_employment` (
  `creation_time` datetime NOT NULL,
  `dismissed_at` datetime,
  `dismiss_context` json,
  `employment_id` int NOT NULL,
  `client_id` int NOT NULL,
  `access_token` varchar(255),
  `invitation_token` varchar(255),
  `invitation_token_creation_time` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `dismiss_author_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `third_party_client_employment_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`),
  CONSTRAINT `third_party_client_employment_dismiss_author_id_fkey` FOREIGN KEY (`dismiss_author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `third_party_client_employment_employment_id_fkey` FOREIGN KEY (`employment_id`) REFERENCES `employment` (`id`)
);

CREATE TABLE `totp_credential` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_time` datetime NOT NULL,
  `owner_type` varchar(50) NOT NULL,
  `owner_id` int NOT NULL,
  `secret` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `failed_attempts` int NOT NULL,
  `last_failed_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_totp_credential_owner` (`owner_type`, `owner_id`)
);

CREATE TABLE `user_agreement` (
  `creation_time` datetime NOT NULL,
  `user_id` int NOT NULL,
  `cgu_version` varchar(5) NOT NULL,
  `answer_date` datetime NOT NULL,
  `status` varchar(8) NOT NULL,
  `expires_at` datetime,
  `transferred_data_date` datetime,
  `is_blacklisted` tinyint(1),
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_cgu` (`user_id`, `cgu_version`),
  CONSTRAINT `user_agreement_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_read_token` (
  `creation_time` datetime NOT NULL,
  `token` varchar(255) NOT NULL,
  `valid_until` datetime NOT NULL,
  `user_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_read_token_token_key` (`token`),
  CONSTRAINT `user_read_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_survey_actions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_time` datetime NOT NULL,
  `user_id` int NOT NULL,
  `survey_id` varchar(255) NOT NULL,
  `action` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_survey_actions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

SET FOREIGN_KEY_CHECKS = 1;
