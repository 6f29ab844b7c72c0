-- Chemotion ELN, db/schema.rb of github.com/ComPlat/chemotion_ELN commit df8d2f015c59a2a89ced2c936f14f8ce10f42ec3 (AGPL-3.0), Rails/PostgreSQL schema written as MySQL

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `encrypted_password` varchar(255) NOT NULL,
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `deleted_at` datetime,
  `counters` text NOT NULL,
  `name_abbreviation` varchar(12),
  `type` varchar(255),
  `reaction_name_prefix` varchar(3),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `layout` text NOT NULL,
  `selected_device_id` int,
  `failed_attempts` int NOT NULL,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `account_active` tinyint(1),
  `matrix` int,
  `providers` json,
  `used_space` bigint,
  `allocated_space` bigint,
  `encrypted_otp_secret` varchar(255),
  `encrypted_otp_secret_iv` varchar(255),
  `encrypted_otp_secret_salt` varchar(255),
  `consumed_timestep` int,
  `otp_required_for_login` tinyint(1),
  `otp_backup_codes` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`)
);

CREATE TABLE `users_admins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `admin_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `group_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_devices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `device_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profiles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `show_external_name` tinyint(1),
  `user_id` int NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `data` json NOT NULL,
  `curation` int,
  `show_sample_name` tinyint(1),
  `show_sample_short_label` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `affiliations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company` varchar(255),
  `country` varchar(255),
  `organization` varchar(255),
  `department` varchar(255),
  `group` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `from` date,
  `to` date,
  `domain` varchar(255),
  `cat` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_affiliations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `affiliation_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `from` date,
  `to` date,
  `main` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `token_digest` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `expires_at` datetime,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_tokens_on_token_digest` (`token_digest`)
);

CREATE TABLE `authentication_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `user_id` int,
  `ip` varchar(45),
  `role` varchar(255),
  `fqdn` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `third_party_apps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` varchar(255),
  `name` varchar(100) NOT NULL,
  `file_types` varchar(100),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_third_party_apps_on_name` (`name`)
);

CREATE TABLE `scifinder_n_credentials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `access_token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_at` datetime NOT NULL,
  `created_by` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_scifinder_n_credentials` (`created_by`)
);

CREATE TABLE `channels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject` varchar(255),
  `msg_template` json,
  `channel_type` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int,
  `content` json NOT NULL,
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` int,
  `user_id` int,
  `is_ack` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_notifications_on_message_id_and_user_id` (`message_id`,`user_id`)
);

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subscriptions_on_channel_id_and_user_id` (`channel_id`,`user_id`)
);

CREATE TABLE `calendar_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` varchar(255),
  `start_time` datetime,
  `end_time` datetime,
  `kind` varchar(255),
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `eventable_type` varchar(255),
  `eventable_id` bigint,
  `status` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `calendar_entry_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `calendar_entry_id` bigint,
  `status` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `inventories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prefix` varchar(255),
  `name` varchar(255),
  `counter` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_inventories_on_prefix` (`prefix`)
);

CREATE TABLE `collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `ancestry` varchar(255) NOT NULL,
  `label` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `position` int,
  `is_locked` tinyint(1),
  `deleted_at` datetime,
  `tabs_segment` json,
  `inventory_id` bigint,
  `shared` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `collection_shares` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` bigint,
  `shared_with_id` bigint NOT NULL,
  `permission_level` int NOT NULL,
  `celllinesample_detail_level` int NOT NULL,
  `devicedescription_detail_level` int NOT NULL,
  `element_detail_level` int NOT NULL,
  `reaction_detail_level` int NOT NULL,
  `researchplan_detail_level` int NOT NULL,
  `sample_detail_level` int NOT NULL,
  `screen_detail_level` int NOT NULL,
  `sequencebasedmacromoleculesample_detail_level` int NOT NULL,
  `wellplate_detail_level` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_collection_shares_on_collection_id_and_shared_with_id` (`collection_id`,`shared_with_id`)
);

CREATE TABLE `collections_samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `sample_id` int,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_collections_samples_on_sample_id_and_collection_id` (`sample_id`,`collection_id`)
);

CREATE TABLE `samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `target_amount_value` double,
  `target_amount_unit` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `description` text,
  `molecule_id` int,
  `molfile` blob,
  `purity` double,
  `deprecated_solvent` varchar(255),
  `impurities` varchar(255),
  `location` varchar(255),
  `is_top_secret` tinyint(1),
  `ancestry` varchar(255) NOT NULL,
  `external_label` varchar(255),
  `created_by` int,
  `short_label` varchar(255),
  `real_amount_value` double,
  `real_amount_unit` varchar(255),
  `imported_readout` varchar(255),
  `deleted_at` datetime,
  `sample_svg_file` varchar(255),
  `user_id` int,
  `identifier` varchar(255),
  `density` double,
  `melting_point` varchar(64),
  `boiling_point` varchar(64),
  `fingerprint_id` int,
  `xref` json,
  `molarity_value` double,
  `molarity_unit` varchar(255),
  `molecule_name_id` int,
  `molfile_version` varchar(20),
  `stereo` json,
  `metrics` varchar(255),
  `decoupled` tinyint(1) NOT NULL,
  `molecular_mass` double,
  `sum_formula` varchar(255),
  `solvent` json,
  `dry_solvent` tinyint(1),
  `inventory_sample` tinyint(1),
  `sample_type` varchar(255),
  `sample_details` json,
  `log_data` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `description` text,
  `timestamp_start` varchar(255),
  `timestamp_stop` varchar(255),
  `observation` text,
  `purification` text,
  `dangerous_products` text,
  `tlc_solvents` varchar(255),
  `tlc_description` text,
  `rf_value` varchar(255),
  `temperature` json,
  `status` varchar(255),
  `reaction_svg_file` varchar(255),
  `solvent` varchar(255),
  `deleted_at` datetime,
  `short_label` varchar(255),
  `created_by` int,
  `role` varchar(255),
  `origin` json,
  `rinchi_string` text,
  `rinchi_long_key` text,
  `rinchi_short_key` varchar(255),
  `rinchi_web_key` varchar(255),
  `duration` varchar(255),
  `rxno` varchar(255),
  `conditions` varchar(255),
  `variations` json,
  `plain_text_description` text,
  `plain_text_observation` text,
  `gaseous` tinyint(1),
  `vessel_size` json,
  `log_data` json,
  `weight_percentage` tinyint(1),
  `volume` decimal(10,4),
  `use_reaction_volume` tinyint(1) NOT NULL,
  `reaction_type` varchar(255) NOT NULL,
  `ph_operator` varchar(255) NOT NULL,
  `ph_value` double,
  `lock_reaction_volume` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reactions_samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reaction_id` int,
  `sample_id` int,
  `reference` tinyint(1),
  `equivalent` double,
  `position` int,
  `type` varchar(255),
  `deleted_at` datetime,
  `waste` tinyint(1),
  `coefficient` double,
  `show_label` tinyint(1) NOT NULL,
  `gas_type` int,
  `gas_phase_data` json,
  `conversion_rate` double,
  `created_at` datetime,
  `updated_at` datetime,
  `log_data` json,
  `weight_percentage_reference` tinyint(1),
  `weight_percentage` double,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` varchar(255),
  `created_by` int NOT NULL,
  `section` varchar(255),
  `status` varchar(255),
  `submitter` varchar(255),
  `resolver_name` varchar(255),
  `commentable_id` int,
  `commentable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `private_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` varchar(255),
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `noteable_id` int,
  `noteable_type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `code_logs` (
  `id` char(36) NOT NULL,
  `source` varchar(255),
  `source_id` int,
  `value` varchar(40),
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attachable_id` int,
  `filename` varchar(255),
  `identifier` char(36),
  `checksum` varchar(255),
  `storage` varchar(20),
  `created_by` int NOT NULL,
  `created_for` int,
  `version` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `content_type` varchar(255),
  `bucket` varchar(255),
  `key` varchar(500),
  `thumb` tinyint(1),
  `folder` varchar(255),
  `attachable_type` varchar(255),
  `aasm_state` varchar(255),
  `deleted_at` datetime,
  `filesize` bigint,
  `attachment_data` json,
  `con_state` int,
  `log_data` json,
  `created_by_type` varchar(255),
  `edit_state` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_attachments_on_identifier` (`identifier`)
);

CREATE TABLE `user_labels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `title` varchar(255) NOT NULL,
  `description` varchar(255),
  `color` varchar(255) NOT NULL,
  `access_level` int,
  `position` int,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `devices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `name_abbreviation` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `serial_number` varchar(255),
  `verification_status` varchar(255),
  `account_active` tinyint(1),
  `visibility` tinyint(1),
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `datacollector_method` varchar(255),
  `datacollector_dir` varchar(255),
  `datacollector_host` varchar(255),
  `datacollector_user` varchar(255),
  `datacollector_authentication` varchar(255),
  `datacollector_number_of_files` varchar(255),
  `datacollector_key_name` varchar(255),
  `datacollector_user_level_selected` tinyint(1),
  `novnc_token` varchar(255),
  `novnc_target` varchar(255),
  `novnc_password` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devices_on_email` (`email`)
);

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL,
  `attempts` int NOT NULL,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `cron` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `text_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `user_id` int NOT NULL,
  `name` varchar(255),
  `data` json,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `literatures` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `refs` json,
  `doi` varchar(255),
  `isbn` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `literals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `literature_id` int,
  `element_id` int,
  `element_type` varchar(40),
  `category` varchar(40),
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `litype` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`literature_id`) REFERENCES `literatures` (`id`)
);
