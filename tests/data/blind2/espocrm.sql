-- EspoCRM (CRM: contacts, leads, accounts, users, e-mail addresses and phone numbers, calls, cases, opportunities,
-- e-mails, target lists and campaign log, auth log, auth tokens, password-change requests, 2FA), trimmed from
-- github.com/espocrm/espocrm at commit 2cde9d980f84cfc3caa1adf3275a0817e1e49bfa (AGPL-3.0): the entity
-- definitions application/Espo/Resources/metadata/entityDefs/*.json merged with
-- application/Espo/Modules/Crm/Resources/metadata/entityDefs/*.json, written as the MySQL tables EspoCRM's ORM
-- builds from them (application/Espo/Core/Utils/Database/Orm/Converter.php and Schema/Builder.php): table and
-- column names camelCase -> snake_case; ids and link ids varchar(24); every entity has a `deleted` flag;
-- personName, address and currency fields expanded into their stored parts (salutation_name/first_name/last_name/
-- middle_name, *_street/_city/_state/_country/_postal_code, amount + amount_currency), datetimeOptional into a
-- datetime and a *_date, link -> <link>_id, linkParent -> <link>_id + <link>_type, image/file -> <field>_id;
-- varchar/enum -> varchar(maxLength or 255), text/wysiwyg/array/multiEnum/jsonObject -> mediumtext, bool ->
-- tinyint(1), float/currency -> double; fields marked notStorable (linkMultiple, email, phone, foreign ...) have
-- no column. Many-to-many links become tables with a bigint id, the two link ids, their additional columns and
-- `deleted`. E-mail addresses and phone numbers are rows of `email_address`/`phone_number`, tied to contacts,
-- leads, users and accounts by `entity_email_address`/`entity_phone_number` (entity_id + entity_type) and to
-- e-mails by `email_email_address`. EspoCRM declares no foreign keys; `account`s are organisations, `user`s are
-- the CRM's staff and portal users.

CREATE TABLE `address_country` (
  `id` varchar(24) NOT NULL,
  `name` varchar(100),
  `code` varchar(2),
  `is_preferred` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `team` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(100),
  `position_list` mediumtext,
  `layout_set_id` varchar(24),
  `working_time_calendar_id` varchar(24),
  `description` mediumtext,
  `created_at` datetime,
  `modified_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `target_list` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `category_id` varchar(24),
  `description` mediumtext,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhook` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `event` varchar(100),
  `url` varchar(512),
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `user_id` varchar(24),
  `entity_type` varchar(255),
  `type` varchar(255),
  `field` varchar(255),
  `secret_key` varchar(100),
  `skip_own` tinyint(1) NOT NULL DEFAULT 0,
  `description` mediumtext,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `account` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(249),
  `website` varchar(255),
  `type` varchar(255),
  `industry` varchar(255),
  `sic_code` varchar(40),
  `billing_address_street` varchar(255),
  `billing_address_city` varchar(100),
  `billing_address_state` varchar(100),
  `billing_address_country` varchar(100),
  `billing_address_postal_code` varchar(40),
  `shipping_address_street` varchar(255),
  `shipping_address_city` varchar(100),
  `shipping_address_state` varchar(100),
  `shipping_address_country` varchar(100),
  `shipping_address_postal_code` varchar(40),
  `description` mediumtext,
  `campaign_id` varchar(24),
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  `version_number` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `salutation_name` varchar(255),
  `first_name` varchar(100),
  `last_name` varchar(100),
  `description` mediumtext,
  `do_not_call` tinyint(1) NOT NULL DEFAULT 0,
  `address_street` varchar(255),
  `address_city` varchar(100),
  `address_state` varchar(100),
  `address_country` varchar(100),
  `address_postal_code` varchar(40),
  `account_id` varchar(24),
  `campaign_id` varchar(24),
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  `middle_name` varchar(100),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lead` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `salutation_name` varchar(255),
  `first_name` varchar(100),
  `last_name` varchar(100),
  `title` varchar(100),
  `status` varchar(255),
  `source` varchar(255),
  `industry` varchar(255),
  `opportunity_amount` double,
  `website` varchar(255),
  `address_street` varchar(255),
  `address_city` varchar(100),
  `address_state` varchar(100),
  `address_country` varchar(100),
  `address_postal_code` varchar(40),
  `do_not_call` tinyint(1) NOT NULL DEFAULT 0,
  `description` mediumtext,
  `converted_at` datetime,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `account_name` varchar(255),
  `assigned_user_id` varchar(24),
  `campaign_id` varchar(24),
  `created_account_id` varchar(24),
  `created_contact_id` varchar(24),
  `created_opportunity_id` varchar(24),
  `middle_name` varchar(100),
  `opportunity_amount_currency` varchar(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `user_name` varchar(50),
  `type` varchar(24),
  `password` varchar(150),
  `password_version` int(11),
  `auth_method` varchar(24),
  `api_key` varchar(100),
  `salutation_name` varchar(255),
  `first_name` varchar(100),
  `last_name` varchar(100),
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `title` varchar(100),
  `default_team_id` varchar(24),
  `contact_id` varchar(24),
  `avatar_id` varchar(24),
  `avatar_color` varchar(7),
  `gender` varchar(255),
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `dashboard_template_id` varchar(24),
  `working_time_calendar_id` varchar(24),
  `layout_set_id` varchar(24),
  `middle_name` varchar(100),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_data` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `auth2_f_a` tinyint(1) NOT NULL DEFAULT 0,
  `auth2_f_a_method` varchar(255),
  `auth2_f_a_totp_secret` varchar(32),
  `auth2_f_a_email_address` varchar(255),
  `user_id` varchar(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_address` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `lower` varchar(255),
  `invalid` tinyint(1) NOT NULL DEFAULT 0,
  `opt_out` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_number` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(36),
  `type` varchar(255),
  `numeric` varchar(36),
  `invalid` tinyint(1) NOT NULL DEFAULT 0,
  `opt_out` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entity_email_address` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `entity_id` varchar(24),
  `email_address_id` varchar(24),
  `entity_type` varchar(100),
  `primary` tinyint(1) DEFAULT 0,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entity_phone_number` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `entity_id` varchar(24),
  `phone_number_id` varchar(24),
  `entity_type` varchar(100),
  `primary` tinyint(1) DEFAULT 0,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_contact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` varchar(24),
  `contact_id` varchar(24),
  `role` varchar(100),
  `is_inactive` tinyint(1) DEFAULT 0,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_target_list` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `contact_id` varchar(24),
  `target_list_id` varchar(24),
  `opted_out` tinyint(1),
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `team_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `team_id` varchar(24),
  `user_id` varchar(24),
  `role` varchar(100),
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `status` varchar(255),
  `date_start` datetime,
  `date_end` datetime,
  `direction` varchar(255),
  `description` mediumtext,
  `parent_id` varchar(24),
  `parent_type` varchar(100),
  `account_id` varchar(24),
  `uid` varchar(255),
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_contact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `call_id` varchar(24),
  `contact_id` varchar(24),
  `status` varchar(36) DEFAULT 'None',
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `case` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `number` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255),
  `priority` varchar(255),
  `type` varchar(255),
  `description` mediumtext,
  `account_id` varchar(24),
  `lead_id` varchar(24),
  `contact_id` varchar(24),
  `inbound_email_id` varchar(24),
  `is_internal` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  `version_number` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `number` (`number`)
);

CREATE TABLE `opportunity` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `amount` double,
  `account_id` varchar(24),
  `contact_id` varchar(24),
  `stage` varchar(255),
  `last_stage` varchar(255),
  `probability` int(11),
  `lead_source` varchar(255),
  `close_date` date,
  `description` mediumtext,
  `campaign_id` varchar(24),
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  `amount_currency` varchar(3),
  `version_number` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `from_string` varchar(255),
  `reply_to_string` varchar(255),
  `address_name_map` mediumtext,
  `is_replied` tinyint(1) NOT NULL DEFAULT 0,
  `message_id` varchar(255),
  `message_id_internal` varchar(300),
  `from_email_address_id` varchar(24),
  `body_plain` mediumtext,
  `body` mediumtext,
  `is_html` tinyint(1) NOT NULL DEFAULT 1,
  `status` varchar(255),
  `has_attachment` tinyint(1) NOT NULL DEFAULT 0,
  `parent_id` varchar(24),
  `parent_type` varchar(100),
  `date_sent` datetime,
  `delivery_date` datetime,
  `send_at` datetime,
  `is_auto_reply` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `modified_at` datetime,
  `created_by_id` varchar(24),
  `sent_by_id` varchar(24),
  `modified_by_id` varchar(24),
  `assigned_user_id` varchar(24),
  `replied_id` varchar(24),
  `is_system` tinyint(1) NOT NULL DEFAULT 0,
  `ics_contents` mediumtext,
  `ics_event_uid` varchar(255),
  `created_event_id` varchar(24),
  `created_event_type` varchar(100),
  `group_folder_id` varchar(24),
  `group_status_folder` varchar(7),
  `account_id` varchar(24),
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_email_address` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email_id` varchar(24),
  `email_address_id` varchar(24),
  `address_type` varchar(4),
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_log_record` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `action` varchar(50),
  `action_date` datetime,
  `data` mediumtext,
  `string_data` varchar(100),
  `string_additional_data` varchar(100),
  `application` varchar(36),
  `created_at` datetime,
  `created_by_id` varchar(24),
  `campaign_id` varchar(24),
  `parent_id` varchar(24),
  `parent_type` varchar(100),
  `object_id` varchar(24),
  `object_type` varchar(100),
  `queue_item_id` varchar(24),
  `is_test` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_log_record` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `username` varchar(100),
  `portal_id` varchar(24),
  `user_id` varchar(24),
  `auth_token_id` varchar(24),
  `ip_address` varchar(45),
  `created_at` datetime,
  `is_denied` tinyint(1) NOT NULL DEFAULT 0,
  `denial_reason` varchar(255),
  `request_time` double,
  `request_url` varchar(255),
  `request_method` varchar(15),
  `authentication_method` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_token` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `token` varchar(36),
  `hash` varchar(150),
  `secret` varchar(36),
  `user_id` varchar(24),
  `portal_id` varchar(24),
  `ip_address` varchar(45),
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `password_version` int(11),
  `last_access` datetime,
  `created_at` datetime,
  `modified_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `password_change_request` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `request_id` varchar(64),
  `user_id` varchar(24),
  `url` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `two_factor_code` (
  `id` varchar(24) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `code` varchar(100),
  `method` varchar(100),
  `attempts_left` int(11),
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime,
  `user_id` varchar(24),
  PRIMARY KEY (`id`)
);

