-- Somleng (open-source telco-as-a-service / CPaaS: programmable voice, SMS gateway, call recordings, OTP verification)
-- Upstream: github.com/somleng/somleng, db/schema.rb (ActiveRecord::Schema[8.1], version 2026_04_27_141743),
-- commit dcdc755725a41df60e5dbead2465574db8155766, MIT licence.
-- Rails schema converted to MySQL DDL: uuid -> CHAR(36), string/citext -> VARCHAR(255), datetime -> DATETIME(6),
-- jsonb/json and PostgreSQL arrays -> JSON, inet -> VARCHAR(45), bigserial -> BIGINT. Column order as upstream
-- (alphabetical, as Rails 8.1 dumps it). Indexes left out; upstream's foreign keys kept where both tables are here.
-- 38 of 53 tables (see somleng.md for what was left out).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `account_memberships` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_account_memberships_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_account_memberships_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` CHAR(36) NOT NULL,
  `account_memberships_count` INT NOT NULL DEFAULT 0,
  `allowed_calling_codes` JSON NOT NULL COMMENT 'PostgreSQL array',
  `billing_currency` VARCHAR(255) NOT NULL,
  `billing_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `billing_mode` VARCHAR(255) NOT NULL,
  `calls_per_second` INT NOT NULL DEFAULT 1,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `default_tts_voice` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sip_trunk_id` CHAR(36) NULL,
  `status` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_accounts_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_accounts_sip_trunk_id` FOREIGN KEY (`sip_trunk_id`) REFERENCES `sip_trunks` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` CHAR(36) NOT NULL,
  `blob_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` CHAR(36) NOT NULL,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NULL,
  `content_type` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `balance_transactions` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `amount_cents` DECIMAL(14,4) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `charge_category` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NULL,
  `currency` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `external_id` BIGINT NULL,
  `message_id` CHAR(36) NULL,
  `phone_call_id` CHAR(36) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_balance_transactions_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_balance_transactions_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_balance_transactions_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_balance_transactions_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_balance_transactions_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_data_records` (
  `id` CHAR(36) NOT NULL,
  `answer_time` DATETIME(6) NULL,
  `bill_sec` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `direction` VARCHAR(255) NOT NULL,
  `duration_sec` INT NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `external_id` VARCHAR(255) NULL,
  `hangup_cause` VARCHAR(255) NOT NULL,
  `phone_call_id` CHAR(36) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sip_invite_failure_phrase` VARCHAR(255) NULL,
  `sip_invite_failure_status` VARCHAR(255) NULL,
  `sip_term_status` VARCHAR(255) NULL,
  `start_time` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_call_data_records_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `carriers` (
  `id` CHAR(36) NOT NULL,
  `billing_currency` VARCHAR(255) NOT NULL,
  `calls_per_second` INT NOT NULL DEFAULT 0,
  `country_code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `custom_api_host` VARCHAR(255) NULL,
  `custom_app_host` VARCHAR(255) NULL,
  `custom_theme_css` TEXT NULL,
  `default_tariff_package_id` CHAR(36) NULL,
  `name` VARCHAR(255) NOT NULL,
  `restricted` TINYINT(1) NOT NULL DEFAULT 0,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `subdomain` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `website` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `destination_groups` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `catch_all` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_destination_groups_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `destination_prefixes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `destination_group_id` CHAR(36) NOT NULL,
  `prefix` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_destination_prefixes_destination_group_id` FOREIGN KEY (`destination_group_id`) REFERENCES `destination_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_log_notifications` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `error_log_id` CHAR(36) NOT NULL,
  `message_digest` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_error_log_notifications_error_log_id` FOREIGN KEY (`error_log_id`) REFERENCES `error_logs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_error_log_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_logs` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NULL,
  `carrier_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `error_message` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_error_logs_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_error_logs_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exports` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `filter_params` JSON NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `scoped_to` JSON NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status_message` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_exports_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `error_message` VARCHAR(255) NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_imports_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_imports_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incoming_phone_numbers` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `account_type` VARCHAR(255) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `friendly_name` VARCHAR(255) NOT NULL,
  `messaging_service_id` CHAR(36) NULL,
  `number` VARCHAR(255) NOT NULL,
  `phone_number_id` CHAR(36) NULL,
  `phone_number_plan_id` CHAR(36) NOT NULL,
  `released_at` DATETIME(6) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sip_domain` VARCHAR(255) NULL,
  `sms_method` VARCHAR(255) NOT NULL,
  `sms_url` VARCHAR(255) NULL,
  `status` VARCHAR(255) NOT NULL,
  `status_callback_method` VARCHAR(255) NOT NULL,
  `status_callback_url` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `voice_method` VARCHAR(255) NOT NULL,
  `voice_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_incoming_phone_numbers_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_incoming_phone_numbers_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_incoming_phone_numbers_messaging_service_id` FOREIGN KEY (`messaging_service_id`) REFERENCES `messaging_services` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_incoming_phone_numbers_phone_number_plan_id` FOREIGN KEY (`phone_number_plan_id`) REFERENCES `phone_number_plans` (`id`),
  CONSTRAINT `fk_incoming_phone_numbers_phone_number_id` FOREIGN KEY (`phone_number_id`) REFERENCES `phone_numbers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interactions` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `beneficiary_country_code` VARCHAR(255) NULL,
  `beneficiary_fingerprint` VARCHAR(255) NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `interactable_type` VARCHAR(255) NOT NULL,
  `message_id` CHAR(36) NULL,
  `phone_call_id` CHAR(36) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_interactions_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_interactions_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_interactions_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_interactions_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_streams` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `custom_parameters` JSON NOT NULL,
  `phone_call_id` CHAR(36) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status` VARCHAR(255) NOT NULL,
  `tracks` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_media_streams_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_media_streams_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_send_requests` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `message_id` CHAR(36) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sms_gateway_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_message_send_requests_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_message_send_requests_sms_gateway_id` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateways` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` CHAR(36) NOT NULL,
  `accepted_at` DATETIME(6) NULL,
  `account_id` CHAR(36) NOT NULL,
  `beneficiary_country_code` VARCHAR(255) NULL,
  `beneficiary_fingerprint` VARCHAR(255) NULL,
  `body` TEXT NOT NULL,
  `canceled_at` DATETIME(6) NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `channel` INT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delivered_at` DATETIME(6) NULL,
  `direction` VARCHAR(255) NOT NULL,
  `encoding` VARCHAR(255) NOT NULL,
  `error_code` VARCHAR(255) NULL,
  `error_message` VARCHAR(255) NULL,
  `failed_at` DATETIME(6) NULL,
  `from` VARCHAR(255) NULL,
  `incoming_phone_number_id` CHAR(36) NULL,
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `messaging_service_id` CHAR(36) NULL,
  `phone_number_id` CHAR(36) NULL,
  `price_cents` DECIMAL(14,4) NULL,
  `price_unit` VARCHAR(255) NULL,
  `queued_at` DATETIME(6) NULL,
  `received_at` DATETIME(6) NULL,
  `scheduled_at` DATETIME(6) NULL,
  `segments` INT NOT NULL,
  `send_at` DATETIME(6) NULL,
  `sending_at` DATETIME(6) NULL,
  `sent_at` DATETIME(6) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `smart_encoded` TINYINT(1) NOT NULL DEFAULT 0,
  `sms_gateway_id` CHAR(36) NULL,
  `sms_method` VARCHAR(255) NULL,
  `sms_url` VARCHAR(255) NULL,
  `status` VARCHAR(255) NOT NULL,
  `status_callback_url` VARCHAR(255) NULL,
  `to` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `validity_period` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_messages_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_messages_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_messages_incoming_phone_number_id` FOREIGN KEY (`incoming_phone_number_id`) REFERENCES `incoming_phone_numbers` (`id`),
  CONSTRAINT `fk_messages_messaging_service_id` FOREIGN KEY (`messaging_service_id`) REFERENCES `messaging_services` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_messages_phone_number_id` FOREIGN KEY (`phone_number_id`) REFERENCES `phone_numbers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_messages_sms_gateway_id` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateways` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_services` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `inbound_message_behavior` VARCHAR(255) NOT NULL,
  `inbound_request_method` VARCHAR(255) NULL,
  `inbound_request_url` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `smart_encoding` TINYINT(1) NOT NULL DEFAULT 0,
  `status_callback_url` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_messaging_services_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_messaging_services_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` CHAR(36) NOT NULL,
  `application_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `resource_owner_id` CHAR(36) NOT NULL,
  `revoked_at` DATETIME(6) NULL,
  `scopes` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `token` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth_access_grants_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` CHAR(36) NOT NULL,
  `application_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_in` INT NULL,
  `refresh_token` VARCHAR(255) NULL,
  `resource_owner_id` CHAR(36) NULL,
  `revoked_at` DATETIME(6) NULL,
  `scopes` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth_access_tokens_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` CHAR(36) NOT NULL,
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `owner_type` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `secret` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `uid` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth_applications_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_call_events` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `params` JSON NOT NULL,
  `phone_call_id` CHAR(36) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_phone_call_events_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_calls` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `beneficiary_country_code` VARCHAR(255) NULL,
  `beneficiary_fingerprint` VARCHAR(255) NULL,
  `call_service_host` VARCHAR(45) NULL,
  `caller_id` VARCHAR(255) NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `direction` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255) NULL,
  `from` VARCHAR(255) NOT NULL,
  `incoming_phone_number_id` CHAR(36) NULL,
  `initiated_at` DATETIME(6) NULL,
  `initiating_at` DATETIME(6) NULL,
  `initiation_queued_at` DATETIME(6) NULL,
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `last_heartbeat_at` DATETIME(6) NULL,
  `parent_call_id` CHAR(36) NULL,
  `phone_number_id` CHAR(36) NULL,
  `price_cents` DECIMAL(14,4) NULL,
  `price_unit` VARCHAR(255) NULL,
  `region` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sip_trunk_id` CHAR(36) NULL,
  `status` VARCHAR(255) NOT NULL,
  `status_callback_method` VARCHAR(255) NULL,
  `status_callback_url` VARCHAR(255) NULL,
  `to` VARCHAR(255) NOT NULL,
  `twiml` TEXT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_terminated_at` DATETIME(6) NULL,
  `user_updated_at` DATETIME(6) NULL,
  `variables` JSON NOT NULL,
  `voice_method` VARCHAR(255) NULL,
  `voice_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_phone_calls_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_phone_calls_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_phone_calls_incoming_phone_number_id` FOREIGN KEY (`incoming_phone_number_id`) REFERENCES `incoming_phone_numbers` (`id`),
  CONSTRAINT `fk_phone_calls_parent_call_id` FOREIGN KEY (`parent_call_id`) REFERENCES `phone_calls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_phone_calls_phone_number_id` FOREIGN KEY (`phone_number_id`) REFERENCES `phone_numbers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_phone_calls_sip_trunk_id` FOREIGN KEY (`sip_trunk_id`) REFERENCES `sip_trunks` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_number_plans` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NULL,
  `amount_cents` INT NOT NULL,
  `canceled_at` DATETIME(6) NULL,
  `carrier_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `phone_number_id` CHAR(36) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_phone_number_plans_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_phone_number_plans_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_phone_number_plans_phone_number_id` FOREIGN KEY (`phone_number_id`) REFERENCES `phone_numbers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_numbers` (
  `id` CHAR(36) NOT NULL,
  `area_code` VARCHAR(255) NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `iso_country_code` VARCHAR(255) NOT NULL,
  `iso_region_code` VARCHAR(255) NULL,
  `lata` VARCHAR(255) NULL,
  `latitude` DECIMAL(10,6) NULL,
  `locality` VARCHAR(255) NULL,
  `longitude` DECIMAL(10,6) NULL,
  `metadata` JSON NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `price_cents` INT NOT NULL,
  `rate_center` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `visibility` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_phone_numbers_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recordings` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `external_id` VARCHAR(255) NULL,
  `phone_call_id` CHAR(36) NOT NULL,
  `raw_recording_url` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status` VARCHAR(255) NOT NULL,
  `status_callback_method` VARCHAR(255) NULL,
  `status_callback_url` TEXT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recordings_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_recordings_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sip_trunks` (
  `id` CHAR(36) NOT NULL,
  `authentication_mode` VARCHAR(255) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `default_sender` VARCHAR(255) NULL,
  `inbound_country_code` VARCHAR(255) NULL,
  `max_channels` INT NULL,
  `name` VARCHAR(255) NOT NULL,
  `outbound_dial_string_prefix` VARCHAR(255) NULL,
  `outbound_host` VARCHAR(255) NULL,
  `outbound_national_dialing` TINYINT(1) NOT NULL DEFAULT 0,
  `outbound_plus_prefix` TINYINT(1) NOT NULL DEFAULT 0,
  `outbound_route_prefixes` JSON NOT NULL COMMENT 'PostgreSQL array',
  `password` VARCHAR(255) NULL,
  `region` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sip_profile` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `username` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sip_trunks_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sms_gateways` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `default_sender` VARCHAR(255) NULL,
  `device_token` VARCHAR(255) NOT NULL,
  `last_connected_at` DATETIME(6) NULL,
  `max_channels` SMALLINT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sms_gateways_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_plan_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `plan_id` CHAR(36) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tariff_plan_subscriptions_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_tariff_plan_subscriptions_plan_id` FOREIGN KEY (`plan_id`) REFERENCES `tariff_plans` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_plans` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tariff_plans_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariffs` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `rate_cents` DECIMAL(14,4) NOT NULL DEFAULT '0.0',
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tariffs_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `carrier_role` VARCHAR(255) NULL,
  `confirmation_sent_at` DATETIME(6) NULL,
  `confirmation_token` VARCHAR(255) NULL,
  `confirmed_at` DATETIME(6) NULL,
  `consumed_timestep` INT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `current_account_membership_id` CHAR(36) NULL,
  `current_sign_in_at` DATETIME(6) NULL,
  `current_sign_in_ip` VARCHAR(255) NULL,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `invitation_accepted_at` DATETIME(6) NULL,
  `invitation_created_at` DATETIME(6) NULL,
  `invitation_limit` INT NULL,
  `invitation_sent_at` DATETIME(6) NULL,
  `invitation_token` VARCHAR(255) NULL,
  `invitations_count` INT NULL DEFAULT 0,
  `invited_by_id` CHAR(36) NULL,
  `invited_by_type` VARCHAR(255) NULL,
  `last_sign_in_at` DATETIME(6) NULL,
  `last_sign_in_ip` VARCHAR(255) NULL,
  `locked_at` DATETIME(6) NULL,
  `name` VARCHAR(255) NOT NULL,
  `otp_required_for_login` TINYINT(1) NULL,
  `otp_secret` TEXT NULL,
  `remember_created_at` DATETIME(6) NULL,
  `reset_password_sent_at` DATETIME(6) NULL,
  `reset_password_token` VARCHAR(255) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `subscribed_notification_topics` JSON NOT NULL COMMENT 'PostgreSQL array',
  `unconfirmed_email` VARCHAR(255) NULL,
  `unlock_token` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_current_account_membership_id` FOREIGN KEY (`current_account_membership_id`) REFERENCES `account_memberships` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_users_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_attempts` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  `verification_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_verification_attempts_verification_id` FOREIGN KEY (`verification_id`) REFERENCES `verifications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_delivery_attempts` (
  `id` CHAR(36) NOT NULL,
  `channel` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `from` VARCHAR(255) NOT NULL,
  `message_id` CHAR(36) NULL,
  `phone_call_id` CHAR(36) NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `to` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verification_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_verification_delivery_attempts_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_verification_delivery_attempts_phone_call_id` FOREIGN KEY (`phone_call_id`) REFERENCES `phone_calls` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_verification_delivery_attempts_verification_id` FOREIGN KEY (`verification_id`) REFERENCES `verifications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_services` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `code_length` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_verification_services_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_verification_services_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verifications` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NULL,
  `approved_at` DATETIME(6) NULL,
  `canceled_at` DATETIME(6) NULL,
  `carrier_id` CHAR(36) NOT NULL,
  `channel` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `country_code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delivery_attempts_count` INT NOT NULL DEFAULT 0,
  `expired_at` DATETIME(6) NOT NULL,
  `locale` VARCHAR(255) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `status` VARCHAR(255) NOT NULL,
  `to` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verification_attempts_count` INT NOT NULL DEFAULT 0,
  `verification_service_id` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_verifications_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_verifications_carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`),
  CONSTRAINT `fk_verifications_verification_service_id` FOREIGN KEY (`verification_service_id`) REFERENCES `verification_services` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_endpoints` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `oauth_application_id` CHAR(36) NOT NULL,
  `sequence_number` BIGINT NOT NULL COMMENT 'bigserial',
  `signing_secret` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_webhook_endpoints_oauth_application_id` FOREIGN KEY (`oauth_application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
