-- EspoCRM (espocrm/espocrm, commit 2cde9d98, AGPL-3.0): a subset of the schema rendered from the entityDefs
-- metadata (application/Espo/Resources/metadata/entityDefs + Modules/Crm) by the ORM naming and type conventions.
-- Upstream declares no foreign keys; references are <link>_id VARCHAR(24) columns.

CREATE TABLE `user` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `user_name` VARCHAR(50),
  `type` VARCHAR(24),
  `password` VARCHAR(150),
  `password_version` INT,
  `auth_method` VARCHAR(24),
  `api_key` VARCHAR(100),
  `salutation_name` VARCHAR(255),
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `title` VARCHAR(100),
  `default_team_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `avatar_id` VARCHAR(24),
  `avatar_color` VARCHAR(7),
  `gender` VARCHAR(255),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `dashboard_template_id` VARCHAR(24),
  `working_time_calendar_id` VARCHAR(24),
  `layout_set_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `team` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(100),
  `position_list` MEDIUMTEXT,
  `layout_set_id` VARCHAR(24),
  `working_time_calendar_id` VARCHAR(24),
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(150),
  `assignment_permission` VARCHAR(255),
  `user_permission` VARCHAR(255),
  `message_permission` VARCHAR(255),
  `portal_permission` VARCHAR(255),
  `group_email_account_permission` VARCHAR(255),
  `export_permission` VARCHAR(255),
  `mass_update_permission` VARCHAR(255),
  `data_privacy_permission` VARCHAR(255),
  `follower_management_permission` VARCHAR(255),
  `audit_permission` VARCHAR(255),
  `mention_permission` VARCHAR(255),
  `user_calendar_permission` VARCHAR(255),
  `lock_permission` VARCHAR(255),
  `data` MEDIUMTEXT,
  `field_data` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(249),
  `website` VARCHAR(255),
  `type` VARCHAR(255),
  `industry` VARCHAR(255),
  `sic_code` VARCHAR(40),
  `billing_address_street` VARCHAR(255),
  `billing_address_city` VARCHAR(255),
  `billing_address_state` VARCHAR(255),
  `billing_address_country` VARCHAR(255),
  `billing_address_postal_code` VARCHAR(255),
  `shipping_address_street` VARCHAR(255),
  `shipping_address_city` VARCHAR(255),
  `shipping_address_state` VARCHAR(255),
  `shipping_address_country` VARCHAR(255),
  `shipping_address_postal_code` VARCHAR(255),
  `description` MEDIUMTEXT,
  `campaign_id` VARCHAR(24),
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `salutation_name` VARCHAR(255),
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `description` MEDIUMTEXT,
  `do_not_call` TINYINT(1) NOT NULL DEFAULT 0,
  `address_street` VARCHAR(255),
  `address_city` VARCHAR(255),
  `address_state` VARCHAR(255),
  `address_country` VARCHAR(255),
  `address_postal_code` VARCHAR(255),
  `account_id` VARCHAR(24),
  `campaign_id` VARCHAR(24),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `salutation_name` VARCHAR(255),
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `title` VARCHAR(100),
  `status` VARCHAR(255),
  `source` VARCHAR(255),
  `industry` VARCHAR(255),
  `opportunity_amount` DOUBLE,
  `opportunity_amount_currency` VARCHAR(3),
  `website` VARCHAR(255),
  `address_street` VARCHAR(255),
  `address_city` VARCHAR(255),
  `address_state` VARCHAR(255),
  `address_country` VARCHAR(255),
  `address_postal_code` VARCHAR(255),
  `do_not_call` TINYINT(1) NOT NULL DEFAULT 0,
  `description` MEDIUMTEXT,
  `converted_at` DATETIME,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `account_name` VARCHAR(255),
  `assigned_user_id` VARCHAR(24),
  `campaign_id` VARCHAR(24),
  `created_account_id` VARCHAR(24),
  `created_contact_id` VARCHAR(24),
  `created_opportunity_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `opportunity` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `amount` DOUBLE,
  `amount_currency` VARCHAR(3),
  `account_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `stage` VARCHAR(255),
  `last_stage` VARCHAR(255),
  `probability` INT,
  `lead_source` VARCHAR(255),
  `close_date` DATE,
  `description` MEDIUMTEXT,
  `campaign_id` VARCHAR(24),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `call` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `status` VARCHAR(255),
  `date_start` DATETIME,
  `date_end` DATETIME,
  `direction` VARCHAR(255),
  `description` MEDIUMTEXT,
  `parent_id` VARCHAR(24),
  `parent_type` VARCHAR(100),
  `account_id` VARCHAR(24),
  `uid` VARCHAR(255),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `meeting` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `status` VARCHAR(255),
  `date_start` DATETIME,
  `date_start_date` DATE,
  `date_end` DATETIME,
  `date_end_date` DATE,
  `is_all_day` TINYINT(1) NOT NULL DEFAULT 0,
  `description` MEDIUMTEXT,
  `parent_id` VARCHAR(24),
  `parent_type` VARCHAR(100),
  `account_id` VARCHAR(24),
  `uid` VARCHAR(255),
  `join_url` VARCHAR(320),
  `external_service` VARCHAR(100),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `task` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `status` VARCHAR(255),
  `priority` VARCHAR(255),
  `date_start` DATETIME,
  `date_start_date` DATE,
  `date_end` DATETIME,
  `date_end_date` DATE,
  `date_completed` DATETIME,
  `description` MEDIUMTEXT,
  `parent_id` VARCHAR(24),
  `parent_type` VARCHAR(100),
  `account_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  `email_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `case` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `number` INT NOT NULL AUTO_INCREMENT UNIQUE,
  `status` VARCHAR(255),
  `priority` VARCHAR(255),
  `type` VARCHAR(255),
  `description` MEDIUMTEXT,
  `account_id` VARCHAR(24),
  `lead_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `inbound_email_id` VARCHAR(24),
  `is_internal` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `status` VARCHAR(255),
  `type` VARCHAR(64),
  `start_date` DATE,
  `end_date` DATE,
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  `budget` DOUBLE,
  `budget_currency` VARCHAR(3),
  `contacts_template_id` VARCHAR(24),
  `leads_template_id` VARCHAR(24),
  `accounts_template_id` VARCHAR(24),
  `users_template_id` VARCHAR(24),
  `mail_merge_only_with_address` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_log_record` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `action` VARCHAR(50),
  `action_date` DATETIME,
  `data` MEDIUMTEXT,
  `string_data` VARCHAR(100),
  `string_additional_data` VARCHAR(100),
  `application` VARCHAR(36),
  `created_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `campaign_id` VARCHAR(24),
  `parent_id` VARCHAR(24),
  `parent_type` VARCHAR(100),
  `object_id` VARCHAR(24),
  `object_type` VARCHAR(100),
  `queue_item_id` VARCHAR(24),
  `is_test` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `target_list` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `category_id` VARCHAR(24),
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  `assigned_user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `note` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `post` MEDIUMTEXT,
  `data` MEDIUMTEXT,
  `type` VARCHAR(24),
  `target_type` VARCHAR(7),
  `parent_id` VARCHAR(24),
  `parent_type` VARCHAR(100),
  `related_id` VARCHAR(24),
  `related_type` VARCHAR(100),
  `number` BIGINT,
  `is_global` TINYINT(1) NOT NULL DEFAULT 0,
  `is_internal` TINYINT(1) NOT NULL DEFAULT 0,
  `is_pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_address` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(255),
  `lower` VARCHAR(255),
  `invalid` TINYINT(1) NOT NULL DEFAULT 0,
  `opt_out` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_number` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(36),
  `type` VARCHAR(255),
  `numeric` VARCHAR(36),
  `invalid` TINYINT(1) NOT NULL DEFAULT 0,
  `opt_out` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_log_record` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `username` VARCHAR(100),
  `portal_id` VARCHAR(24),
  `user_id` VARCHAR(24),
  `auth_token_id` VARCHAR(24),
  `ip_address` VARCHAR(45),
  `created_at` DATETIME,
  `is_denied` TINYINT(1) NOT NULL DEFAULT 0,
  `denial_reason` VARCHAR(255),
  `request_time` DOUBLE,
  `request_url` VARCHAR(255),
  `request_method` VARCHAR(15),
  `authentication_method` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_token` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `token` VARCHAR(36),
  `hash` VARCHAR(150),
  `secret` VARCHAR(36),
  `user_id` VARCHAR(24),
  `portal_id` VARCHAR(24),
  `ip_address` VARCHAR(45),
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `password_version` INT,
  `last_access` DATETIME,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `action_history_record` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `number` BIGINT,
  `target_type` VARCHAR(255),
  `target_id` VARCHAR(24),
  `data` MEDIUMTEXT,
  `action` VARCHAR(255),
  `created_at` DATETIME,
  `user_id` VARCHAR(24),
  `ip_address` VARCHAR(39),
  `auth_token_id` VARCHAR(24),
  `auth_log_record_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `password_change_request` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `request_id` VARCHAR(64),
  `user_id` VARCHAR(24),
  `url` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_data` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `auth2_f_a` TINYINT(1) NOT NULL DEFAULT 0,
  `auth2_f_a_method` VARCHAR(255),
  `auth2_f_a_totp_secret` VARCHAR(32),
  `auth2_f_a_email_address` VARCHAR(255),
  `user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `two_factor_code` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `code` VARCHAR(100),
  `method` VARCHAR(100),
  `attempts_left` INT,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `user_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead_capture` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(100),
  `campaign_id` VARCHAR(24),
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `subscribe_to_target_list` TINYINT(1) NOT NULL DEFAULT 0,
  `subscribe_contact_to_target_list` TINYINT(1) NOT NULL DEFAULT 0,
  `target_list_id` VARCHAR(24),
  `field_list` MEDIUMTEXT,
  `field_params` MEDIUMTEXT,
  `duplicate_check` TINYINT(1) NOT NULL DEFAULT 0,
  `opt_in_confirmation` TINYINT(1) NOT NULL DEFAULT 0,
  `opt_in_confirmation_email_template_id` VARCHAR(24),
  `opt_in_confirmation_lifetime` INT,
  `opt_in_confirmation_success_message` MEDIUMTEXT,
  `create_lead_before_opt_in_confirmation` TINYINT(1) NOT NULL DEFAULT 0,
  `skip_opt_in_confirmation_if_subscribed` TINYINT(1) NOT NULL DEFAULT 0,
  `lead_source` VARCHAR(255),
  `pipeline_id` VARCHAR(24),
  `api_key` VARCHAR(36),
  `form_id` VARCHAR(17),
  `form_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `form_title` VARCHAR(80),
  `form_theme` VARCHAR(64),
  `form_text` MEDIUMTEXT,
  `form_success_text` MEDIUMTEXT,
  `form_success_redirect_url` VARCHAR(255),
  `form_language` VARCHAR(5),
  `form_frame_ancestors` MEDIUMTEXT,
  `form_captcha` TINYINT(1) NOT NULL DEFAULT 0,
  `target_team_id` VARCHAR(24),
  `inbound_email_id` VARCHAR(24),
  `phone_number_country` VARCHAR(2),
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead_capture_log_record` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `number` INT NOT NULL AUTO_INCREMENT UNIQUE,
  `data` MEDIUMTEXT,
  `is_created` TINYINT(1) NOT NULL DEFAULT 0,
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `lead_capture_id` VARCHAR(24),
  `target_id` VARCHAR(24),
  `target_type` VARCHAR(100),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pipeline` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(100),
  `order` INT,
  `status` VARCHAR(8),
  `entity_type` VARCHAR(100),
  `field` VARCHAR(100),
  `color` INT,
  `is_available_for_all` TINYINT(1) NOT NULL DEFAULT 0,
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pipeline_stage` (
  `id` VARCHAR(24) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(50),
  `pipeline_id` VARCHAR(24),
  `order` INT,
  `mapped_status` VARCHAR(100),
  `description` MEDIUMTEXT,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `created_by_id` VARCHAR(24),
  `modified_by_id` VARCHAR(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_contact` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `role` VARCHAR(100),
  `is_inactive` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_opportunity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_id` VARCHAR(24),
  `opportunity_id` VARCHAR(24),
  `role` VARCHAR(50),
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_contact` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `call_id` VARCHAR(24),
  `contact_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_lead` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `call_id` VARCHAR(24),
  `lead_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `call_id` VARCHAR(24),
  `user_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_meeting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_id` VARCHAR(24),
  `meeting_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead_meeting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lead_id` VARCHAR(24),
  `meeting_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `meeting_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `meeting_id` VARCHAR(24),
  `user_id` VARCHAR(24),
  `status` VARCHAR(36) DEFAULT 'None',
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead_target_list` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lead_id` VARCHAR(24),
  `target_list_id` VARCHAR(24),
  `opted_out` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entity_email_address` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `entity_id` VARCHAR(24),
  `email_address_id` VARCHAR(24),
  `entity_type` VARCHAR(100),
  `primary` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entity_phone_number` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `entity_id` VARCHAR(24),
  `phone_number_id` VARCHAR(24),
  `entity_type` VARCHAR(100),
  `primary` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entity_team` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `entity_id` VARCHAR(24),
  `team_id` VARCHAR(24),
  `entity_type` VARCHAR(100),
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role_id` VARCHAR(24),
  `user_id` VARCHAR(24),
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `team_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `team_id` VARCHAR(24),
  `user_id` VARCHAR(24),
  `role` VARCHAR(100),
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);
