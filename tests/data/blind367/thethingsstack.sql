-- The Things Stack (lorawan-stack, The Things Network / The Things Industries) v3.32 - Identity Server database
-- Upstream: github.com/TheThingsNetwork/lorawan-stack, commit 1d2182161975e038d6634b7dd4dd15fda86b1d68
-- (v3.32.1+74, 2024-10-24) (Apache-2.0)
-- Source: pkg/identityserver/store/migrations/20220520000000_v3_20.init.sql and the 14 *.tx.up.sql migrations
-- after it (bun migrations), replayed in order into a scratch PostgreSQL 15 database (with pgcrypto), then
-- written as MySQL/MariaDB from the resulting catalog: all 27 tables (views left out), columns in upstream's
-- final ordinal order; uuid -> char(36), timestamptz -> datetime(6), boolean -> tinyint(1), jsonb -> json,
-- bytea -> longblob, text[] -> text, unbounded numeric -> decimal(65,30), text -> text (varchar(255) where a key).
-- Primary keys and plain unique indexes as upstream; the partial / expression unique indexes
-- uix_users_primary_email_address (lower(email) where deleted_at is null) and gateway_eui_index (where
-- deleted_at is null) and all other indexes are left out. Upstream declares no foreign keys.
-- (The Network, Application and Join Servers keep their data in Redis; only the Identity Server is relational.)

CREATE TABLE `migrations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `migration_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `uid` varchar(36),
  `account_id` char(36) NOT NULL,
  `account_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_uid_index` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attributes` (
  `id` char(36) NOT NULL,
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  `key` text,
  `value` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_infos` (
  `id` char(36) NOT NULL,
  `contact_type` int NOT NULL,
  `contact_method` int NOT NULL,
  `value` text,
  `public` tinyint(1),
  `validated_at` datetime(6),
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_info_validations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `reference` text,
  `token` text,
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  `contact_method` int NOT NULL,
  `value` text,
  `used` tinyint(1),
  `expires_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pictures` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `data` longblob,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `name` text,
  `description` text,
  `primary_email_address` text NOT NULL,
  `primary_email_address_validated_at` datetime(6),
  `password` text NOT NULL,
  `password_updated_at` datetime(6) NOT NULL,
  `require_password_update` tinyint(1) NOT NULL,
  `state` int NOT NULL,
  `state_description` text,
  `admin` tinyint(1) NOT NULL,
  `temporary_password` text,
  `temporary_password_created_at` datetime(6),
  `temporary_password_expires_at` datetime(6),
  `profile_picture_id` char(36),
  `console_preferences` longblob,
  `universal_rights` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  `session_secret` text,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_tokens` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` char(36),
  `token` varchar(255) NOT NULL,
  `expires_at` datetime(6),
  `used` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `login_token_index` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_at` datetime(6),
  `accepted_by_id` char(36),
  `accepted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitation_email_index` (`email`),
  UNIQUE KEY `invitation_token_index` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `account_id` char(36) NOT NULL,
  `rights` text,
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `name` text,
  `description` text,
  `administrative_contact_id` char(36),
  `technical_contact_id` char(36),
  `fanout_notifications` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateways` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `gateway_eui` varchar(16),
  `gateway_id` varchar(36) NOT NULL,
  `name` text,
  `description` text,
  `administrative_contact_id` char(36),
  `technical_contact_id` char(36),
  `brand_id` text,
  `model_id` text,
  `hardware_version` text,
  `firmware_version` text,
  `gateway_server_address` text,
  `auto_update` tinyint(1) NOT NULL,
  `update_channel` text,
  `frequency_plan_id` text,
  `status_public` tinyint(1) NOT NULL,
  `location_public` tinyint(1) NOT NULL,
  `schedule_downlink_late` tinyint(1) NOT NULL,
  `enforce_duty_cycle` tinyint(1) NOT NULL,
  `schedule_anytime_delay` bigint NOT NULL DEFAULT 0,
  `downlink_path_constraint` int,
  `update_location_from_status` tinyint(1) NOT NULL DEFAULT 0,
  `lbs_lns_secret` longblob,
  `claim_authentication_code_secret` longblob,
  `claim_authentication_code_valid_from` datetime(6),
  `claim_authentication_code_valid_to` datetime(6),
  `target_cups_uri` text,
  `target_cups_key` longblob,
  `require_authenticated_connection` tinyint(1),
  `supports_lrfhss` tinyint(1) NOT NULL DEFAULT 0,
  `disable_packet_broker_forwarding` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gateway_id_index` (`gateway_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway_antennas` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `gateway_id` char(36) NOT NULL,
  `index` int NOT NULL,
  `gain` decimal(65,30),
  `latitude` decimal(65,30),
  `longitude` decimal(65,30),
  `altitude` int,
  `accuracy` int,
  `placement` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gateway_antenna_id_index` (`gateway_id`, `index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `application_id` varchar(36) NOT NULL,
  `name` text,
  `description` text,
  `administrative_contact_id` char(36),
  `technical_contact_id` char(36),
  `network_server_address` text,
  `application_server_address` text,
  `join_server_address` text,
  `dev_eui_counter` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id_index` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eui_blocks` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(10),
  `start_eui` varchar(16),
  `end_counter` bigint,
  `current_counter` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_devices` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `application_id` varchar(36) NOT NULL,
  `device_id` varchar(36) NOT NULL,
  `name` text,
  `description` text,
  `join_eui` varchar(16),
  `dev_eui` varchar(16),
  `brand_id` text,
  `model_id` text,
  `hardware_version` text,
  `firmware_version` text,
  `band_id` text,
  `network_server_address` text,
  `application_server_address` text,
  `join_server_address` text,
  `service_profile_id` text,
  `picture_id` char(36),
  `activated_at` datetime(6),
  `last_seen_at` datetime(6),
  `claim_authentication_code_secret` longblob,
  `claim_authentication_code_valid_from` datetime(6),
  `claim_authentication_code_valid_to` datetime(6),
  `serial_number` varchar(16),
  `vendor_id` int,
  `vendor_profile_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `end_device_id_index` (`application_id`, `device_id`),
  UNIQUE KEY `end_device_eui_index` (`join_eui`, `dev_eui`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_device_locations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `end_device_id` char(36) NOT NULL,
  `service` varchar(255),
  `latitude` decimal(65,30),
  `longitude` decimal(65,30),
  `altitude` int,
  `accuracy` int,
  `source` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `end_device_location_id_index` (`end_device_id`, `service`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `client_id` varchar(36) NOT NULL,
  `name` text,
  `description` text,
  `administrative_contact_id` char(36),
  `technical_contact_id` char(36),
  `client_secret` text,
  `redirect_uris` text,
  `logout_redirect_uris` text,
  `state` int NOT NULL,
  `state_description` text,
  `skip_authorization` tinyint(1) NOT NULL,
  `endorsed` tinyint(1) NOT NULL,
  `grants` text,
  `rights` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id_index` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_authorizations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `client_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `rights` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorization_codes` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `client_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_session_id` char(36),
  `rights` text,
  `code` varchar(255) NOT NULL,
  `redirect_uri` text,
  `state` text,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `authorization_code_code_index` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `client_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_session_id` char(36),
  `rights` text,
  `token_id` varchar(255) NOT NULL,
  `previous_id` text,
  `access_token` text NOT NULL,
  `refresh_token` text NOT NULL,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_token_id_index` (`token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `api_key_id` varchar(255),
  `key` text,
  `rights` text,
  `name` text,
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key_id_index` (`api_key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `entity_id` char(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  `entity_uid` varchar(36) NOT NULL,
  `notification_type` text NOT NULL,
  `data` json,
  `sender_id` char(36),
  `sender_uid` varchar(36) NOT NULL,
  `receivers` text,
  `email` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_receivers` (
  `notification_id` char(36) NOT NULL,
  `receiver_id` char(36) NOT NULL,
  `status` int NOT NULL,
  `status_updated_at` datetime(6) NOT NULL,
  UNIQUE KEY `notification_receiver_index` (`notification_id`, `receiver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_validations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `expires_at` datetime(6),
  `user_uuid` char(36) NOT NULL,
  `email_address` text NOT NULL,
  `reference` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_validation_index` (`reference`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_bookmarks` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `user_id` varchar(36) NOT NULL,
  `entity_id` varchar(36) NOT NULL,
  `entity_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_bookmarks_user_id_entity_id_entity_type_idx` (`user_id`, `entity_id`, `entity_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
