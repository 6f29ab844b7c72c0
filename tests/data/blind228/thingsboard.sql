-- ThingsBoard Community Edition (IoT platform: tenants and tenant profiles, customers, users with credentials,
-- two-factor settings, UI settings and API keys; devices with profiles, credentials, firmware (OTA packages),
-- RPC commands and entity views; assets and asset profiles; edges; attributes, time-series telemetry and its latest
-- values with the key dictionary; relations; alarms, alarm comments and alarm propagation; audit log; error events;
-- notification targets, templates, rules, requests and notifications; dashboards, widget bundles, resources; rule
-- chains, rule nodes and queues; OAuth2 clients, domains and mobile apps; system settings)
-- Upstream: https://github.com/thingsboard/thingsboard (Apache-2.0), commit dfe65d5abc3aa959aaa853952d74943fbd6867bd
-- Source: dao/src/main/resources/sql/schema-entities.sql (the PostgreSQL schema of a new installation) and, for the
-- time-series table ts_kv, dao/src/main/resources/sql/schema-ts-psql.sql, written as MySQL DDL. Table and column
-- names and order as upstream; types mapped: uuid -> char(36), boolean -> tinyint(1), double precision -> double,
-- json/jsonb -> json, text[] -> text, oid (large-object reference) -> bigint, bytea -> longblob, serial -> int
-- AUTO_INCREMENT; varchar(n) kept up to n = 1024, longer ones -> text (n <= 10000), mediumtext (n <= 1000000) or
-- longtext, and varchar without a length -> text. Primary keys, unique constraints (column-level ones under
-- PostgreSQL's default names <table>_<column>_key) and foreign keys between kept tables as upstream; the
-- ota_package -> device_profile key, added upstream by a DO block after both tables exist, is the statement at
-- the end of the file. `PARTITION BY RANGE` of the partitioned parents (alarm_comment, audit_log, error_event, notification,
-- ts_kv) is left out (the partitions are created at run time); those parents have no primary key upstream.
-- `relation` is declared with CHARSET=latin1: its six-column primary key of uuids and varchar(255) type names
-- exceeds InnoDB's 3072-byte key limit in utf8mb4 (upstream's PostgreSQL has no such limit).
-- Indexes (schema-entities-idx.sql), sequences, functions and procedures are left out.
-- Kept 42 of the 65 tables. Left out: tb_schema_settings, component_descriptor, rule_node_state, the debug and
-- statistics event tables (rule_node_debug_event, rule_chain_debug_event, cf_debug_event, stats_event, lc_event),
-- edge_event, mobile_app_bundle, domain_oauth2_client, mobile_app_bundle_oauth2_client,
-- oauth2_client_registration_template, api_usage_state, alarm_types, queue_stats, qr_code_settings, widget_type,
-- widgets_bundle_widget, calculated_field, job, ai_model, iot_hub_installed_item.

CREATE TABLE `tenant_profile` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `name` varchar(255),
  `profile_data` json,
  `description` text,
  `is_default` tinyint(1),
  `isolated_tb_core` tinyint(1),
  `isolated_tb_rule_engine` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenant_profile_name_unq_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `tenant_profile_id` char(36) NOT NULL,
  `address` text,
  `address2` text,
  `city` varchar(255),
  `country` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `region` varchar(255),
  `state` varchar(255),
  `title` varchar(255),
  `zip` varchar(255),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tenant_profile` FOREIGN KEY (`tenant_profile_id`) REFERENCES `tenant_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customer` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `address` text,
  `address2` text,
  `city` varchar(255),
  `country` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `state` varchar(255),
  `tenant_id` char(36),
  `title` varchar(255),
  `zip` varchar(255),
  `external_id` char(36),
  `is_public` tinyint(1),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_title_unq_key` (`tenant_id`, `title`),
  UNIQUE KEY `customer_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tb_user` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `authority` varchar(255),
  `customer_id` char(36),
  `email` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `phone` varchar(255),
  `tenant_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tb_user_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_credentials` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `activate_token` varchar(255),
  `activate_token_exp_time` bigint,
  `enabled` tinyint(1),
  `password` varchar(255),
  `reset_token` varchar(255),
  `reset_token_exp_time` bigint,
  `user_id` char(36),
  `additional_info` text DEFAULT '{}',
  `last_login_ts` bigint,
  `failed_login_attempts` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_credentials_activate_token_key` (`activate_token`),
  UNIQUE KEY `user_credentials_reset_token_key` (`reset_token`),
  UNIQUE KEY `user_credentials_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_auth_settings` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `user_id` char(36) NOT NULL,
  `two_fa_settings` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_auth_settings_user_id_key` (`user_id`),
  CONSTRAINT `fk_user_auth_settings_user_id` FOREIGN KEY (`user_id`) REFERENCES `tb_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `user_id` char(36) NOT NULL,
  `type` varchar(50) NOT NULL,
  `settings` json,
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `tb_user` (`id`) ON DELETE CASCADE,
  PRIMARY KEY (`user_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_key` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36),
  `user_id` char(36),
  `value` varchar(512),
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `expiration_time` bigint DEFAULT 0,
  `description` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key_value_unq_key` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_settings` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `json_value` text,
  `key` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_chain` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `configuration` longtext,
  `notes` mediumtext,
  `name` varchar(255),
  `type` varchar(255),
  `first_rule_node_id` char(36),
  `root` tinyint(1),
  `debug_mode` tinyint(1),
  `tenant_id` char(36),
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_chain_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_node` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `rule_chain_id` char(36),
  `additional_info` text,
  `configuration_version` int DEFAULT 0,
  `configuration` longtext,
  `type` varchar(255),
  `name` varchar(255),
  `debug_settings` varchar(1024),
  `singleton_mode` tinyint(1),
  `queue_name` varchar(255),
  `external_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `configuration` text,
  `assigned_customers` mediumtext,
  `tenant_id` char(36),
  `title` varchar(255),
  `mobile_hide` tinyint(1) DEFAULT 0,
  `mobile_order` int,
  `image` mediumtext,
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dashboard_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36),
  `name` varchar(255),
  `topic` varchar(255),
  `poll_interval` int,
  `partitions` int,
  `consumer_per_partition` tinyint(1),
  `pack_processing_timeout` bigint,
  `submit_strategy` varchar(255),
  `processing_strategy` varchar(255),
  `additional_info` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ota_package` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `device_profile_id` char(36),
  `type` varchar(32) NOT NULL,
  `title` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  `tag` varchar(255),
  `url` varchar(255),
  `file_name` varchar(255),
  `content_type` varchar(255),
  `checksum_algorithm` varchar(32),
  `checksum` varchar(1020),
  `data` bigint,
  `data_size` bigint,
  `additional_info` text,
  `external_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ota_package_tenant_title_version_unq_key` (`tenant_id`, `title`, `version`),
  UNIQUE KEY `ota_package_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset_profile` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `name` varchar(255),
  `image` mediumtext,
  `description` text,
  `is_default` tinyint(1),
  `tenant_id` char(36),
  `default_rule_chain_id` char(36),
  `default_dashboard_id` char(36),
  `default_queue_name` varchar(255),
  `default_edge_rule_chain_id` char(36),
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `asset_profile_name_unq_key` (`tenant_id`, `name`),
  UNIQUE KEY `asset_profile_external_id_unq_key` (`tenant_id`, `external_id`),
  CONSTRAINT `fk_default_rule_chain_asset_profile` FOREIGN KEY (`default_rule_chain_id`) REFERENCES `rule_chain` (`id`),
  CONSTRAINT `fk_default_dashboard_asset_profile` FOREIGN KEY (`default_dashboard_id`) REFERENCES `dashboard` (`id`),
  CONSTRAINT `fk_default_edge_rule_chain_asset_profile` FOREIGN KEY (`default_edge_rule_chain_id`) REFERENCES `rule_chain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `customer_id` char(36),
  `asset_profile_id` char(36) NOT NULL,
  `name` varchar(255),
  `label` varchar(255),
  `tenant_id` char(36),
  `type` varchar(255),
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `asset_name_unq_key` (`tenant_id`, `name`),
  UNIQUE KEY `asset_external_id_unq_key` (`tenant_id`, `external_id`),
  CONSTRAINT `fk_asset_profile` FOREIGN KEY (`asset_profile_id`) REFERENCES `asset_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profile` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `name` varchar(255),
  `type` varchar(255),
  `image` mediumtext,
  `transport_type` varchar(255),
  `provision_type` varchar(255),
  `profile_data` json,
  `description` text,
  `is_default` tinyint(1),
  `tenant_id` char(36),
  `firmware_id` char(36),
  `software_id` char(36),
  `default_rule_chain_id` char(36),
  `default_dashboard_id` char(36),
  `default_queue_name` varchar(255),
  `provision_device_key` text,
  `default_edge_rule_chain_id` char(36),
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_profile_name_unq_key` (`tenant_id`, `name`),
  UNIQUE KEY `device_provision_key_unq_key` (`provision_device_key`),
  UNIQUE KEY `device_profile_external_id_unq_key` (`tenant_id`, `external_id`),
  CONSTRAINT `fk_default_rule_chain_device_profile` FOREIGN KEY (`default_rule_chain_id`) REFERENCES `rule_chain` (`id`),
  CONSTRAINT `fk_default_dashboard_device_profile` FOREIGN KEY (`default_dashboard_id`) REFERENCES `dashboard` (`id`),
  CONSTRAINT `fk_firmware_device_profile` FOREIGN KEY (`firmware_id`) REFERENCES `ota_package` (`id`),
  CONSTRAINT `fk_software_device_profile` FOREIGN KEY (`software_id`) REFERENCES `ota_package` (`id`),
  CONSTRAINT `fk_default_edge_rule_chain_device_profile` FOREIGN KEY (`default_edge_rule_chain_id`) REFERENCES `rule_chain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `customer_id` char(36),
  `device_profile_id` char(36) NOT NULL,
  `device_data` json,
  `type` varchar(255),
  `name` varchar(255),
  `label` varchar(255),
  `tenant_id` char(36),
  `firmware_id` char(36),
  `software_id` char(36),
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_name_unq_key` (`tenant_id`, `name`),
  UNIQUE KEY `device_external_id_unq_key` (`tenant_id`, `external_id`),
  CONSTRAINT `fk_device_profile` FOREIGN KEY (`device_profile_id`) REFERENCES `device_profile` (`id`),
  CONSTRAINT `fk_firmware_device` FOREIGN KEY (`firmware_id`) REFERENCES `ota_package` (`id`),
  CONSTRAINT `fk_software_device` FOREIGN KEY (`software_id`) REFERENCES `ota_package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_credentials` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `credentials_id` text,
  `credentials_type` varchar(255),
  `credentials_value` text,
  `device_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_credentials_id_unq_key` (`credentials_id`),
  UNIQUE KEY `device_credentials_device_id_unq_key` (`device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_view` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `entity_id` char(36),
  `entity_type` varchar(255),
  `tenant_id` char(36),
  `customer_id` char(36),
  `type` varchar(255),
  `name` varchar(255),
  `keys` longtext,
  `start_ts` bigint,
  `end_ts` bigint,
  `additional_info` text,
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_view_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `edge` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `additional_info` text,
  `customer_id` char(36),
  `root_rule_chain_id` char(36),
  `type` varchar(255),
  `name` varchar(255),
  `label` varchar(255),
  `routing_key` varchar(255),
  `secret` varchar(255),
  `tenant_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edge_name_unq_key` (`tenant_id`, `name`),
  UNIQUE KEY `edge_routing_key_unq_key` (`routing_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rpc` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `device_id` char(36) NOT NULL,
  `expiration_time` bigint NOT NULL,
  `request` longtext NOT NULL,
  `response` longtext,
  `additional_info` longtext,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_kv` (
  `entity_id` char(36),
  `attribute_type` int,
  `attribute_key` int,
  `bool_v` tinyint(1),
  `str_v` longtext,
  `long_v` bigint,
  `dbl_v` double,
  `json_v` json,
  `last_update_ts` bigint,
  `version` bigint DEFAULT 0,
  PRIMARY KEY (`entity_id`, `attribute_type`, `attribute_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_dictionary` (
  `key` varchar(255) NOT NULL,
  `key_id` int NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `key_dictionary_key_id_key` (`key_id`),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ts_kv` (
  `entity_id` char(36) NOT NULL,
  `key` int NOT NULL,
  `ts` bigint NOT NULL,
  `bool_v` tinyint(1),
  `str_v` longtext,
  `long_v` bigint,
  `dbl_v` double,
  `json_v` json,
  PRIMARY KEY (`entity_id`, `key`, `ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ts_kv_latest` (
  `entity_id` char(36) NOT NULL,
  `key` int NOT NULL,
  `ts` bigint NOT NULL,
  `bool_v` tinyint(1),
  `str_v` longtext,
  `long_v` bigint,
  `dbl_v` double,
  `json_v` json,
  `version` bigint DEFAULT 0,
  PRIMARY KEY (`entity_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation` (
  `from_id` char(36),
  `from_type` varchar(255),
  `to_id` char(36),
  `to_type` varchar(255),
  `relation_type_group` varchar(255),
  `relation_type` varchar(255),
  `additional_info` text,
  `version` bigint DEFAULT 0,
  PRIMARY KEY (`from_id`, `from_type`, `relation_type_group`, `relation_type`, `to_id`, `to_type`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `alarm` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `ack_ts` bigint,
  `clear_ts` bigint,
  `additional_info` text,
  `end_ts` bigint,
  `originator_id` char(36),
  `originator_type` int,
  `propagate` tinyint(1),
  `severity` varchar(255),
  `start_ts` bigint,
  `assign_ts` bigint DEFAULT 0,
  `assignee_id` char(36),
  `tenant_id` char(36),
  `customer_id` char(36),
  `propagate_relation_types` text,
  `type` varchar(255),
  `propagate_to_owner` tinyint(1),
  `propagate_to_tenant` tinyint(1),
  `acknowledged` tinyint(1),
  `cleared` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alarm_comment` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `alarm_id` char(36) NOT NULL,
  `user_id` char(36),
  `type` varchar(255) NOT NULL,
  `comment` text,
  CONSTRAINT `fk_alarm_comment_alarm_id` FOREIGN KEY (`alarm_id`) REFERENCES `alarm` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_alarm` (
  `tenant_id` char(36) NOT NULL,
  `entity_type` varchar(32),
  `entity_id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `alarm_type` varchar(255) NOT NULL,
  `customer_id` char(36),
  `alarm_id` char(36),
  PRIMARY KEY (`entity_id`, `alarm_id`),
  CONSTRAINT `fk_entity_alarm_id` FOREIGN KEY (`alarm_id`) REFERENCES `alarm` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36),
  `customer_id` char(36),
  `entity_id` char(36),
  `entity_type` varchar(255),
  `entity_name` varchar(255),
  `user_id` char(36),
  `user_name` varchar(255),
  `action_type` varchar(255),
  `action_data` mediumtext,
  `action_status` varchar(255),
  `action_failure_details` mediumtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_event` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `ts` bigint NOT NULL,
  `entity_id` char(36) NOT NULL,
  `service_id` text NOT NULL,
  `e_method` text NOT NULL,
  `e_error` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_target` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `configuration` text NOT NULL,
  `external_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_notification_target_name` (`tenant_id`, `name`),
  UNIQUE KEY `uq_notification_target_external_id` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_template` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `notification_type` varchar(50) NOT NULL,
  `configuration` longtext NOT NULL,
  `external_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_notification_template_name` (`tenant_id`, `name`),
  UNIQUE KEY `uq_notification_template_external_id` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_rule` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `template_id` char(36) NOT NULL,
  `trigger_type` varchar(50) NOT NULL,
  `trigger_config` varchar(1000) NOT NULL,
  `recipients_config` text NOT NULL,
  `additional_config` varchar(255),
  `external_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notification_rule_template_id` FOREIGN KEY (`template_id`) REFERENCES `notification_template` (`id`),
  UNIQUE KEY `uq_notification_rule_name` (`tenant_id`, `name`),
  UNIQUE KEY `uq_notification_rule_external_id` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_request` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `targets` text NOT NULL,
  `template_id` char(36),
  `template` longtext,
  `info` mediumtext,
  `additional_config` varchar(1000),
  `originator_entity_id` char(36),
  `originator_entity_type` varchar(32),
  `rule_id` char(36),
  `status` varchar(32),
  `stats` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `request_id` char(36),
  `recipient_id` char(36) NOT NULL,
  `type` varchar(50) NOT NULL,
  `delivery_method` varchar(50) NOT NULL,
  `subject` varchar(255),
  `body` varchar(1000) NOT NULL,
  `additional_config` varchar(1000),
  `status` varchar(32)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_client` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `title` varchar(100) NOT NULL,
  `additional_info` text,
  `client_id` varchar(255),
  `client_secret` text,
  `authorization_uri` varchar(255),
  `token_uri` varchar(255),
  `scope` varchar(255),
  `platforms` varchar(255),
  `user_info_uri` varchar(255),
  `user_name_attribute_name` varchar(255),
  `jwk_set_uri` varchar(255),
  `client_authentication_method` varchar(255),
  `login_button_label` varchar(255),
  `login_button_icon` varchar(255),
  `allow_user_creation` tinyint(1),
  `activate_user` tinyint(1),
  `type` varchar(31),
  `basic_email_attribute_key` varchar(31),
  `basic_first_name_attribute_key` varchar(31),
  `basic_last_name_attribute_key` varchar(31),
  `basic_tenant_name_strategy` varchar(31),
  `basic_tenant_name_pattern` varchar(255),
  `basic_customer_name_pattern` varchar(255),
  `basic_default_dashboard_name` varchar(255),
  `basic_always_full_screen` tinyint(1),
  `custom_url` varchar(255),
  `custom_username` varchar(255),
  `custom_password` varchar(255),
  `custom_send_token` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `name` varchar(255),
  `oauth2_enabled` tinyint(1),
  `edge_enabled` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobile_app` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36),
  `pkg_name` varchar(255),
  `title` varchar(255),
  `app_secret` text,
  `platform_type` varchar(32),
  `status` varchar(32),
  `version_info` mediumtext,
  `store_info` mediumtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mobile_app_pkg_name_platform_unq_key` (`pkg_name`, `platform_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widgets_bundle` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `alias` varchar(255),
  `tenant_id` char(36),
  `title` varchar(255),
  `image` mediumtext,
  `scada` tinyint(1) NOT NULL DEFAULT 0,
  `description` varchar(1024),
  `widgets_bundle_order` int,
  `external_id` char(36),
  `version` bigint DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_widgets_bundle_alias` (`tenant_id`, `alias`),
  UNIQUE KEY `widgets_bundle_external_id_unq_key` (`tenant_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource` (
  `id` char(36) NOT NULL,
  `created_time` bigint NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `resource_type` varchar(32) NOT NULL,
  `resource_sub_type` varchar(32),
  `resource_key` varchar(255) NOT NULL,
  `search_text` varchar(255),
  `file_name` varchar(255) NOT NULL,
  `data` longblob,
  `etag` text,
  `descriptor` text,
  `preview` longblob,
  `is_public` tinyint(1) DEFAULT 1,
  `public_resource_key` varchar(32),
  `external_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_public_resource_key_key` (`public_resource_key`),
  UNIQUE KEY `resource_unq_key` (`tenant_id`, `resource_type`, `resource_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `ota_package` ADD CONSTRAINT `fk_device_profile_ota_package` FOREIGN KEY (`device_profile_id`) REFERENCES `device_profile` (`id`) ON DELETE CASCADE;
