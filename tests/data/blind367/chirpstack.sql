-- ChirpStack v4 (open-source LoRaWAN Network Server; Rust, Diesel migrations on PostgreSQL)
-- Upstream: github.com/chirpstack/chirpstack, commit d77207cd362d6b18d35712750c41d6a8a1efbad5 (MIT)
-- Source: chirpstack/migrations_postgres/*/up.sql (31 Diesel migrations, 00000000000000_initial to
-- 2026-06-15-141114-0000_add_tenant_user_app_and_device_profile_admin), replayed in order into a scratch
-- PostgreSQL 15 database (with pg_trgm), then written as MySQL/MariaDB from the resulting catalog:
-- all 26 tables, columns in upstream's final ordinal order; uuid -> char(36), timestamptz -> datetime(6),
-- boolean -> tinyint(1), jsonb -> json, bytea -> longblob (varbinary(255) where it is a key),
-- text / int[] -> text (varchar(255) where a key), real -> float, double precision -> double,
-- numeric(p,s) -> decimal(p,s). Primary keys, unique indexes and foreign keys (ON DELETE CASCADE) as upstream;
-- other indexes (btree, GIN trigram) left out.

CREATE TABLE `user` (
  `id` char(36) NOT NULL,
  `external_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `password_hash` varchar(200) NOT NULL,
  `note` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_email` (`email`),
  UNIQUE KEY `idx_user_external_id` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `can_have_gateways` tinyint(1) NOT NULL,
  `max_device_count` int NOT NULL,
  `max_gateway_count` int NOT NULL,
  `private_gateways_up` tinyint(1) NOT NULL,
  `private_gateways_down` tinyint(1) NOT NULL,
  `tags` json NOT NULL,
  `dev_addr_prefixes` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_user` (
  `tenant_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `is_device_admin` tinyint(1) NOT NULL,
  `is_gateway_admin` tinyint(1) NOT NULL,
  PRIMARY KEY (`tenant_id`, `user_id`),
  CONSTRAINT `tenant_user_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tenant_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway` (
  `gateway_id` varbinary(255) NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_seen_at` datetime(6),
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` float NOT NULL,
  `stats_interval_secs` int NOT NULL,
  `tls_certificate` longblob,
  `tags` json NOT NULL,
  `properties` json NOT NULL,
  `downlink_priority` smallint NOT NULL,
  PRIMARY KEY (`gateway_id`),
  CONSTRAINT `gateway_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `mqtt_tls_cert` longblob,
  `tags` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_integration` (
  `application_id` char(36) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `configuration` json NOT NULL,
  PRIMARY KEY (`application_id`, `kind`),
  CONSTRAINT `application_integration_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_key` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `tenant_id` char(36),
  `is_read_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_key_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multicast_group` (
  `id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `region` varchar(10) NOT NULL,
  `mc_addr` longblob NOT NULL,
  `mc_nwk_s_key` longblob NOT NULL,
  `mc_app_s_key` longblob NOT NULL,
  `f_cnt` bigint NOT NULL,
  `group_type` char(1) NOT NULL,
  `dr` smallint NOT NULL,
  `frequency` bigint NOT NULL,
  `class_b_ping_slot_periodicity` smallint NOT NULL,
  `class_c_scheduling_type` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `multicast_group_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multicast_group_queue_item` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `scheduler_run_after` datetime(6) NOT NULL,
  `multicast_group_id` char(36) NOT NULL,
  `gateway_id` varbinary(255) NOT NULL,
  `f_cnt` bigint NOT NULL,
  `f_port` smallint NOT NULL,
  `data` longblob NOT NULL,
  `emit_at_time_since_gps_epoch` bigint,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `multicast_group_queue_item_multicast_group_id_fkey` FOREIGN KEY (`multicast_group_id`) REFERENCES `multicast_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `multicast_group_queue_item_gateway_id_fkey` FOREIGN KEY (`gateway_id`) REFERENCES `gateway` (`gateway_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profile_template` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `vendor` varchar(100) NOT NULL,
  `firmware` varchar(100) NOT NULL,
  `region` varchar(10) NOT NULL,
  `mac_version` varchar(10) NOT NULL,
  `reg_params_revision` varchar(20) NOT NULL,
  `adr_algorithm_id` varchar(100) NOT NULL,
  `payload_codec_runtime` varchar(20) NOT NULL,
  `payload_codec_script` text NOT NULL,
  `uplink_interval` int NOT NULL,
  `device_status_req_interval` int NOT NULL,
  `flush_queue_on_activate` tinyint(1) NOT NULL,
  `supports_otaa` tinyint(1) NOT NULL,
  `supports_class_b` tinyint(1) NOT NULL,
  `supports_class_c` tinyint(1) NOT NULL,
  `class_b_timeout` int NOT NULL,
  `class_b_ping_slot_periodicity` int NOT NULL,
  `class_b_ping_slot_dr` smallint NOT NULL,
  `class_b_ping_slot_freq` bigint NOT NULL,
  `class_c_timeout` int NOT NULL,
  `abp_rx1_delay` smallint NOT NULL,
  `abp_rx1_dr_offset` smallint NOT NULL,
  `abp_rx2_dr` smallint NOT NULL,
  `abp_rx2_freq` bigint NOT NULL,
  `tags` json NOT NULL,
  `measurements` json NOT NULL,
  `auto_detect_measurements` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multicast_group_gateway` (
  `multicast_group_id` char(36) NOT NULL,
  `gateway_id` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`multicast_group_id`, `gateway_id`),
  CONSTRAINT `multicast_group_gateway_multicast_group_id_fkey` FOREIGN KEY (`multicast_group_id`) REFERENCES `multicast_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `multicast_group_gateway_gateway_id_fkey` FOREIGN KEY (`gateway_id`) REFERENCES `gateway` (`gateway_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relay_gateway` (
  `tenant_id` char(36) NOT NULL,
  `relay_id` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_seen_at` datetime(6),
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `stats_interval_secs` int NOT NULL,
  `region_config_id` varchar(100) NOT NULL,
  PRIMARY KEY (`tenant_id`, `relay_id`),
  CONSTRAINT `relay_gateway_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profile_vendor` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` text NOT NULL,
  `vendor_id` int NOT NULL,
  `ouis` text NOT NULL,
  `metadata` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profile_device` (
  `id` char(36) NOT NULL,
  `vendor_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `metadata` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_profile_device_vendor_id_fkey` FOREIGN KEY (`vendor_id`) REFERENCES `device_profile_vendor` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profile` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `region` varchar(10) NOT NULL,
  `mac_version` varchar(10) NOT NULL,
  `reg_params_revision` varchar(20) NOT NULL,
  `adr_algorithm_id` varchar(100) NOT NULL,
  `payload_codec_runtime` varchar(20) NOT NULL,
  `uplink_interval` int NOT NULL,
  `device_status_req_interval` int NOT NULL,
  `supports_otaa` tinyint(1) NOT NULL,
  `supports_class_b` tinyint(1) NOT NULL,
  `supports_class_c` tinyint(1) NOT NULL,
  `tags` json NOT NULL,
  `payload_codec_script` text NOT NULL,
  `flush_queue_on_activate` tinyint(1) NOT NULL,
  `description` text NOT NULL,
  `measurements` json NOT NULL,
  `auto_detect_measurements` tinyint(1) NOT NULL,
  `region_config_id` varchar(100),
  `allow_roaming` tinyint(1) NOT NULL,
  `rx1_delay` smallint NOT NULL,
  `abp_params` json,
  `class_b_params` json,
  `class_c_params` json,
  `relay_params` json,
  `app_layer_params` json NOT NULL,
  `device_id` char(36),
  `firmware_version` varchar(20) NOT NULL,
  `vendor_profile_id` int NOT NULL,
  `supported_uplink_data_rates` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_profile_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`) ON DELETE CASCADE,
  CONSTRAINT `device_profile_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device_profile_device` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device` (
  `dev_eui` varbinary(255) NOT NULL,
  `application_id` char(36) NOT NULL,
  `device_profile_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_seen_at` datetime(6),
  `scheduler_run_after` datetime(6),
  `name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `external_power_source` tinyint(1) NOT NULL,
  `battery_level` decimal(5,2),
  `margin` int,
  `dr` smallint,
  `latitude` double,
  `longitude` double,
  `altitude` float,
  `dev_addr` longblob,
  `enabled_class` char(1) NOT NULL,
  `skip_fcnt_check` tinyint(1) NOT NULL,
  `is_disabled` tinyint(1) NOT NULL,
  `tags` json NOT NULL,
  `variables` json NOT NULL,
  `join_eui` longblob NOT NULL,
  `secondary_dev_addr` longblob,
  `device_session` longblob,
  `app_layer_params` json NOT NULL,
  `f_cnt_up` bigint NOT NULL,
  PRIMARY KEY (`dev_eui`),
  CONSTRAINT `device_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `device_device_profile_id_fkey` FOREIGN KEY (`device_profile_id`) REFERENCES `device_profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_keys` (
  `dev_eui` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `nwk_key` longblob NOT NULL,
  `app_key` longblob NOT NULL,
  `dev_nonces` json NOT NULL,
  `join_nonce` int NOT NULL,
  `gen_app_key` longblob NOT NULL,
  PRIMARY KEY (`dev_eui`),
  CONSTRAINT `device_keys_dev_eui_fkey` FOREIGN KEY (`dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_queue_item` (
  `id` char(36) NOT NULL,
  `dev_eui` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `f_port` smallint NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `data` longblob NOT NULL,
  `is_pending` tinyint(1) NOT NULL,
  `f_cnt_down` bigint,
  `timeout_after` datetime(6),
  `is_encrypted` tinyint(1) NOT NULL,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `device_queue_item_dev_eui_fkey` FOREIGN KEY (`dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multicast_group_device` (
  `multicast_group_id` char(36) NOT NULL,
  `dev_eui` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`multicast_group_id`, `dev_eui`),
  CONSTRAINT `multicast_group_device_multicast_group_id_fkey` FOREIGN KEY (`multicast_group_id`) REFERENCES `multicast_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `multicast_group_device_dev_eui_fkey` FOREIGN KEY (`dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relay_device` (
  `relay_dev_eui` varbinary(255) NOT NULL,
  `dev_eui` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`relay_dev_eui`, `dev_eui`),
  CONSTRAINT `relay_device_relay_dev_eui_fkey` FOREIGN KEY (`relay_dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE,
  CONSTRAINT `relay_device_dev_eui_fkey` FOREIGN KEY (`dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuota_deployment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `started_at` datetime(6),
  `completed_at` datetime(6),
  `name` varchar(100) NOT NULL,
  `application_id` char(36) NOT NULL,
  `device_profile_id` char(36) NOT NULL,
  `multicast_addr` longblob NOT NULL,
  `multicast_key` longblob NOT NULL,
  `multicast_group_type` char(1) NOT NULL,
  `multicast_class_c_scheduling_type` varchar(20) NOT NULL,
  `multicast_dr` smallint NOT NULL,
  `multicast_class_b_ping_slot_periodicity` smallint NOT NULL,
  `multicast_frequency` bigint NOT NULL,
  `multicast_timeout` smallint NOT NULL,
  `multicast_session_start` datetime(6),
  `multicast_session_end` datetime(6),
  `unicast_max_retry_count` smallint NOT NULL,
  `fragmentation_fragment_size` smallint NOT NULL,
  `fragmentation_redundancy_percentage` smallint NOT NULL,
  `fragmentation_session_index` smallint NOT NULL,
  `fragmentation_matrix` smallint NOT NULL,
  `fragmentation_block_ack_delay` smallint NOT NULL,
  `fragmentation_descriptor` longblob NOT NULL,
  `request_fragmentation_session_status` varchar(20) NOT NULL,
  `payload` longblob NOT NULL,
  `on_complete_set_device_tags` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fuota_deployment_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fuota_deployment_device_profile_id_fkey` FOREIGN KEY (`device_profile_id`) REFERENCES `device_profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuota_deployment_device` (
  `fuota_deployment_id` char(36) NOT NULL,
  `dev_eui` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  `mc_group_setup_completed_at` datetime(6),
  `mc_session_completed_at` datetime(6),
  `frag_session_setup_completed_at` datetime(6),
  `frag_status_completed_at` datetime(6),
  `error_msg` text NOT NULL,
  PRIMARY KEY (`fuota_deployment_id`, `dev_eui`),
  CONSTRAINT `fuota_deployment_device_fuota_deployment_id_fkey` FOREIGN KEY (`fuota_deployment_id`) REFERENCES `fuota_deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fuota_deployment_device_dev_eui_fkey` FOREIGN KEY (`dev_eui`) REFERENCES `device` (`dev_eui`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuota_deployment_gateway` (
  `fuota_deployment_id` char(36) NOT NULL,
  `gateway_id` varbinary(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`fuota_deployment_id`, `gateway_id`),
  CONSTRAINT `fuota_deployment_gateway_fuota_deployment_id_fkey` FOREIGN KEY (`fuota_deployment_id`) REFERENCES `fuota_deployment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fuota_deployment_gateway_gateway_id_fkey` FOREIGN KEY (`gateway_id`) REFERENCES `gateway` (`gateway_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuota_deployment_job` (
  `fuota_deployment_id` char(36) NOT NULL,
  `job` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  `max_retry_count` smallint NOT NULL,
  `attempt_count` smallint NOT NULL,
  `scheduler_run_after` datetime(6) NOT NULL,
  `warning_msg` text NOT NULL,
  `error_msg` text NOT NULL,
  PRIMARY KEY (`fuota_deployment_id`, `job`),
  CONSTRAINT `fuota_deployment_job_fuota_deployment_id_fkey` FOREIGN KEY (`fuota_deployment_id`) REFERENCES `fuota_deployment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_user_application` (
  `user_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_read_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`user_id`, `application_id`),
  CONSTRAINT `tenant_user_application_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tenant_user_application_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_user_device_profile` (
  `user_id` char(36) NOT NULL,
  `device_profile_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`user_id`, `device_profile_id`),
  CONSTRAINT `tenant_user_device_profile_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tenant_user_device_profile_device_profile_id_fkey` FOREIGN KEY (`device_profile_id`) REFERENCES `device_profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
