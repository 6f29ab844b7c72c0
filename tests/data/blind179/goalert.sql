-- GoAlert (Target Brands), github.com/target/goalert, commit 2458b9d749e7bb9cb5b0d34dcb7edb034b407baa (Apache-2.0).
-- Schema of the database GoAlert builds: the 280 sql-migrate files migrate/migrations/*.sql (the "-- +migrate Up"
-- parts, in file order, as migrate/migrate.go applies them) were replayed into PostgreSQL 15, and every table was
-- written out here as MySQL/MariaDB DDL from the PostgreSQL catalogue. Column order is the order the migrations
-- leave (pg attnum); upstream's generated dump migrate/schema.sql (same commit) lists the same tables and columns,
-- sorted alphabetically. Left out: the five tables of the River job-queue library (river_client,
-- river_client_queue, river_job, river_leader, river_queue). gorp_migrations (the migration tool's own log) is
-- written from migrate/schema.sql.
-- Type mapping: uuid -> char(36); text -> text (varchar(255) where it is part of a key); timestamptz ->
-- datetime(6); jsonb/json and arrays -> json; bytea -> longblob; inet -> varchar(45); interval -> varchar(32);
-- PostgreSQL enum types -> MySQL enum with the same labels in their declared order; boolean -> tinyint(1).
-- Defaults: now() -> CURRENT_TIMESTAMP(6); serial/sequence ids -> AUTO_INCREMENT; gen_random_uuid() defaults
-- left out. Primary keys, UNIQUE constraints and foreign keys (with their ON DELETE/ON UPDATE actions) as
-- upstream; CHECK constraints, triggers, plain and partial indexes, DEFERRABLE left out. Two UNIQUE constraints
-- on jsonb columns (user_contact_methods.dest, notification_channels.dest) cannot be expressed in MariaDB and
-- are left out. notification_policy_cycles.alert_id is integer upstream and written bigint so that its foreign
-- key to alerts.id (bigint) is accepted. The foreign key users -> user_contact_methods closes a cycle and is
-- added by ALTER TABLE at the end.

CREATE TABLE `escalation_policies` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `repeat` int NOT NULL DEFAULT 0,
  `step_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `escalation_policies_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `escalation_policy_id` char(36) NOT NULL,
  `maintenance_expires_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `services_name_key` (`name`),
  UNIQUE KEY `svc_ep_uniq` (`id`,`escalation_policy_id`),
  CONSTRAINT `services_escalation_policy_id_fkey` FOREIGN KEY (`escalation_policy_id`) REFERENCES `escalation_policies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `service_id` char(36),
  `source` enum('grafana','manual','generic','email','site24x7','prometheusAlertmanager','universal') NOT NULL DEFAULT 'manual',
  `status` enum('triggered','active','closed') NOT NULL DEFAULT 'triggered',
  `escalation_level` int NOT NULL DEFAULT 0,
  `last_escalation` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_processed` datetime(6),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `dedup_key` text,
  `summary` text NOT NULL,
  `details` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `alerts_services_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_data` (
  `alert_id` bigint NOT NULL,
  `metadata` json,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`alert_id`),
  UNIQUE KEY `alert_data_id_key` (`id`),
  CONSTRAINT `alert_data_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_feedback` (
  `alert_id` bigint NOT NULL,
  `noise_reason` text NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`alert_id`),
  UNIQUE KEY `alert_feedback_id_key` (`id`),
  CONSTRAINT `alert_feedback_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `alert_id` bigint,
  `timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `event` enum('created','reopened','status_changed','assignment_changed','escalated','closed','notification_sent','response_received','acknowledged','policy_updated','duplicate_suppressed','escalation_request','no_notification_sent') NOT NULL,
  `message` text NOT NULL,
  `sub_type` enum('user','integration_key','heartbeat_monitor','channel'),
  `sub_user_id` char(36),
  `sub_integration_key_id` char(36),
  `sub_classifier` text NOT NULL DEFAULT '',
  `meta` json,
  `sub_hb_monitor_id` char(36),
  `sub_channel_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_metrics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `alert_id` bigint NOT NULL,
  `service_id` char(36) NOT NULL,
  `time_to_ack` varchar(32),
  `time_to_close` varchar(32),
  `escalated` tinyint(1) NOT NULL DEFAULT 0,
  `closed_at` datetime(6) NOT NULL,
  PRIMARY KEY (`alert_id`),
  UNIQUE KEY `alert_metrics_id_key` (`id`),
  CONSTRAINT `alert_metrics_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_channels` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` enum('SLACK','WEBHOOK','SLACK_USER_GROUP','DEST') NOT NULL,
  `name` text NOT NULL,
  `value` varchar(255) NOT NULL,
  `meta` json NOT NULL DEFAULT '{}',
  `dest` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nc_unique_type_value` (`type`,`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `bio` text NOT NULL DEFAULT '',
  `email` text NOT NULL DEFAULT '',
  `role` enum('unknown','user','admin') NOT NULL DEFAULT 'unknown',
  `name` text NOT NULL,
  `avatar_url` text NOT NULL DEFAULT '',
  `alert_status_log_contact_method_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_contact_methods` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `type` enum('PUSH','EMAIL','VOICE','SMS','WEBHOOK','SLACK_DM','DEST') NOT NULL,
  `value` varchar(255) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` char(36) NOT NULL,
  `last_test_verify_at` datetime(6),
  `metadata` json,
  `enable_status_updates` tinyint(1) NOT NULL DEFAULT 0,
  `pending` tinyint(1) NOT NULL DEFAULT 1,
  `dest` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_contact_methods_type_value_key` (`type`,`value`),
  CONSTRAINT `user_contact_methods_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_status_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `channel_id` char(36),
  `contact_method_id` char(36),
  `alert_id` bigint NOT NULL,
  `last_alert_status` enum('triggered','active','closed') NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `alert_status_subscriptions_channel_id_contact_method_id_ale_key` (`channel_id`,`contact_method_id`,`alert_id`),
  CONSTRAINT `alert_status_subscriptions_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `alert_status_subscriptions_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `notification_channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `alert_status_subscriptions_contact_method_id_fkey` FOREIGN KEY (`contact_method_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_basic_users` (
  `user_id` char(36) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password_hash` text NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `auth_basic_users_uniq_id` (`id`),
  UNIQUE KEY `auth_basic_users_username_key` (`username`),
  CONSTRAINT `auth_basic_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_link_requests` (
  `id` char(36) NOT NULL,
  `provider_id` text NOT NULL,
  `subject_id` text NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_nonce` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_subjects` (
  `provider_id` varchar(255) NOT NULL,
  `subject_id` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cm_id` char(36),
  PRIMARY KEY (`provider_id`,`subject_id`),
  UNIQUE KEY `auth_subjects_uniq_id` (`id`),
  CONSTRAINT `auth_subjects_cm_id_fkey` FOREIGN KEY (`cm_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE CASCADE,
  CONSTRAINT `auth_subjects_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_sessions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_agent` text NOT NULL DEFAULT '',
  `user_id` char(36),
  `last_access_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_user_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `schema` int NOT NULL,
  `data` longblob NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config_limits` (
  `id` enum('notification_rules_per_user','contact_methods_per_user','ep_steps_per_policy','ep_actions_per_step','participants_per_rotation','rules_per_schedule','integration_keys_per_service','unacked_alerts_per_service','targets_per_schedule','heartbeat_monitors_per_service','user_overrides_per_schedule','calendar_subscriptions_per_user','pending_signals_per_service','pending_signals_per_dest_per_service') NOT NULL,
  `max` int NOT NULL DEFAULT -1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `engine_processing_versions` (
  `type_id` enum('escalation','heartbeat','np_cycle','rotation','schedule','status_update','verify','message','cleanup','metrics','compat','signals') NOT NULL,
  `version` int NOT NULL DEFAULT 1,
  `state` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_updates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entity_type` text NOT NULL,
  `entity_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `escalation_policy_steps` (
  `id` char(36) NOT NULL,
  `delay` int NOT NULL DEFAULT 1,
  `step_number` int NOT NULL DEFAULT -1,
  `escalation_policy_id` char(36) NOT NULL,
  `multi_ack` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `escalation_policy_steps_escalation_policy_id_step_number_key` (`escalation_policy_id`,`step_number`),
  CONSTRAINT `escalation_policy_steps_escalation_policy_id_fkey` FOREIGN KEY (`escalation_policy_id`) REFERENCES `escalation_policies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ep_step_on_call_users` (
  `user_id` char(36) NOT NULL,
  `ep_step_id` char(36) NOT NULL,
  `start_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `end_time` datetime(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `ep_step_on_call_users_uniq_id` (`id`),
  CONSTRAINT `ep_step_on_call_users_ep_step_id_fkey` FOREIGN KEY (`ep_step_id`) REFERENCES `escalation_policy_steps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ep_step_on_call_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rotations` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `type` enum('weekly','daily','hourly','monthly') NOT NULL,
  `start_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `shift_length` bigint NOT NULL DEFAULT 1,
  `time_zone` text NOT NULL,
  `last_processed` datetime(6),
  `participant_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rotations_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `time_zone` text NOT NULL,
  `last_processed` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedules_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `escalation_policy_actions` (
  `id` char(36) NOT NULL,
  `escalation_policy_step_id` char(36) NOT NULL,
  `user_id` char(36),
  `schedule_id` char(36),
  `rotation_id` char(36),
  `channel_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `epa_no_duplicate_channels` (`escalation_policy_step_id`,`channel_id`),
  UNIQUE KEY `epa_no_duplicate_rotations` (`escalation_policy_step_id`,`rotation_id`),
  UNIQUE KEY `epa_no_duplicate_schedules` (`escalation_policy_step_id`,`schedule_id`),
  UNIQUE KEY `epa_no_duplicate_users` (`escalation_policy_step_id`,`user_id`),
  CONSTRAINT `escalation_policy_actions_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `notification_channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_actions_escalation_policy_step_id_fkey` FOREIGN KEY (`escalation_policy_step_id`) REFERENCES `escalation_policy_steps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_actions_rotation_id_fkey` FOREIGN KEY (`rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_actions_schedule_id_fkey1` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_actions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `escalation_policy_state` (
  `escalation_policy_id` char(36) NOT NULL,
  `escalation_policy_step_id` char(36),
  `escalation_policy_step_number` int NOT NULL DEFAULT 0,
  `alert_id` bigint NOT NULL,
  `last_escalation` datetime(6),
  `loop_count` int NOT NULL DEFAULT 0,
  `force_escalation` tinyint(1) NOT NULL DEFAULT 0,
  `service_id` char(36) NOT NULL,
  `next_escalation` datetime(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`alert_id`),
  UNIQUE KEY `escalation_policy_state_uniq_id` (`id`),
  CONSTRAINT `escalation_policy_state_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_state_escalation_policy_id_fkey` FOREIGN KEY (`escalation_policy_id`) REFERENCES `escalation_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `escalation_policy_state_escalation_policy_step_id_fkey` FOREIGN KEY (`escalation_policy_step_id`) REFERENCES `escalation_policy_steps` (`id`) ON DELETE SET NULL,
  CONSTRAINT `escalation_policy_state_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  CONSTRAINT `svc_ep_fkey` FOREIGN KEY (`service_id`,`escalation_policy_id`) REFERENCES `services` (`id`,`escalation_policy_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_api_keys` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` char(36),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_by` char(36),
  `policy` json NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `deleted_by` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `gql_api_keys_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gql_api_keys_deleted_by_fkey` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gql_api_keys_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_api_key_usage` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `api_key_id` char(36),
  `used_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_agent` text,
  `ip_address` varchar(45),
  PRIMARY KEY (`id`),
  UNIQUE KEY `gql_api_key_usage_api_key_id_key` (`api_key_id`),
  CONSTRAINT `gql_api_key_usage_api_key_id_fkey` FOREIGN KEY (`api_key_id`) REFERENCES `gql_api_keys` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `heartbeat_monitors` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `service_id` char(36) NOT NULL,
  `heartbeat_interval` varchar(32) NOT NULL,
  `last_state` enum('inactive','healthy','unhealthy') NOT NULL DEFAULT 'inactive',
  `last_heartbeat` datetime(6),
  `additional_details` text,
  `muted` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `heartbeat_monitors_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_keys` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `type` enum('grafana','generic','email','site24x7','prometheusAlertmanager','universal') NOT NULL,
  `service_id` char(36) NOT NULL,
  `external_system_name` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `integration_keys_services_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyring` (
  `id` varchar(255) NOT NULL,
  `verification_keys` longblob NOT NULL,
  `signing_key` longblob NOT NULL,
  `next_key` longblob NOT NULL,
  `next_rotation` datetime(6),
  `rotation_count` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tgt_service_id` char(36),
  `key` text NOT NULL,
  `value` text NOT NULL,
  `tgt_schedule_id` char(36),
  `tgt_rotation_id` char(36),
  `tgt_ep_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `labels_tgt_ep_id_fkey` FOREIGN KEY (`tgt_ep_id`) REFERENCES `escalation_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `labels_tgt_rotation_id_fkey` FOREIGN KEY (`tgt_rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `labels_tgt_schedule_id_fkey` FOREIGN KEY (`tgt_schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `labels_tgt_service_id_fkey` FOREIGN KEY (`tgt_service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_policy_cycles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `alert_id` bigint NOT NULL,
  `repeat_count` int NOT NULL DEFAULT 0,
  `started_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `checked` tinyint(1) NOT NULL DEFAULT 1,
  `last_tick` datetime(6),
  `multi_ack` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_policy_cycles_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_policy_cycles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_verification_codes` (
  `id` char(36) NOT NULL,
  `code` int NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `contact_method_id` char(36) NOT NULL,
  `sent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_verification_codes_contact_method_id_key` (`contact_method_id`),
  CONSTRAINT `user_verification_codes_contact_method_id_fkey` FOREIGN KEY (`contact_method_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outgoing_messages` (
  `id` char(36) NOT NULL,
  `message_type` enum('alert_notification','verification_message','test_notification','alert_status_update','alert_notification_bundle','alert_status_update_bundle','schedule_on_call_notification','signal_message') NOT NULL,
  `contact_method_id` char(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_status` enum('pending','sending','queued_remotely','sent','delivered','failed','bundled','read') NOT NULL DEFAULT 'pending',
  `last_status_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `status_details` text NOT NULL DEFAULT '',
  `fired_at` datetime(6),
  `sent_at` datetime(6),
  `retry_count` int NOT NULL DEFAULT 0,
  `next_retry_at` datetime(6),
  `sending_deadline` datetime(6),
  `user_id` char(36),
  `alert_id` bigint,
  `cycle_id` char(36),
  `service_id` char(36),
  `escalation_policy_id` char(36),
  `alert_log_id` bigint,
  `user_verification_code_id` char(36),
  `provider_msg_id` text,
  `provider_seq` int NOT NULL DEFAULT 0,
  `channel_id` char(36),
  `status_alert_ids` json,
  `schedule_id` char(36),
  `src_value` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `outgoing_messages_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_alert_log_id_fkey` FOREIGN KEY (`alert_log_id`) REFERENCES `alert_logs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `notification_channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_contact_method_id_fkey` FOREIGN KEY (`contact_method_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `notification_policy_cycles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_escalation_policy_id_fkey` FOREIGN KEY (`escalation_policy_id`) REFERENCES `escalation_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `outgoing_messages_user_verification_code_id_fkey` FOREIGN KEY (`user_verification_code_id`) REFERENCES `user_verification_codes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_status_history` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message_id` char(36) NOT NULL,
  `timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` enum('pending','sending','queued_remotely','sent','delivered','failed','bundled','read') NOT NULL,
  `status_details` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_status_history_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `outgoing_messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_channel_duplicates` (
  `old_id` char(36) NOT NULL,
  `new_id` char(36) NOT NULL,
  `old_created_at` datetime(6) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`old_id`),
  UNIQUE KEY `notification_channel_duplicates_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_signals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` char(36),
  `dest_id` char(36) NOT NULL,
  `service_id` char(36) NOT NULL,
  `params` json NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pending_signals_message_id_key` (`message_id`),
  CONSTRAINT `pending_signals_dest_id_fkey` FOREIGN KEY (`dest_id`) REFERENCES `notification_channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pending_signals_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `outgoing_messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pending_signals_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `region_ids` (
  `name` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`name`),
  UNIQUE KEY `region_ids_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rotation_participants` (
  `id` char(36) NOT NULL,
  `rotation_id` char(36) NOT NULL,
  `position` int NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rotation_participants_rotation_id_position_key` (`rotation_id`,`position`),
  CONSTRAINT `rotation_participants_rotation_id_fkey` FOREIGN KEY (`rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rotation_participants_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rotation_state` (
  `rotation_id` char(36) NOT NULL,
  `position` int NOT NULL DEFAULT 0,
  `rotation_participant_id` char(36) NOT NULL,
  `shift_start` datetime(6) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` int NOT NULL DEFAULT 2,
  PRIMARY KEY (`rotation_id`),
  UNIQUE KEY `rotation_state_uniq_id` (`id`),
  CONSTRAINT `rotation_state_rotation_id_fkey` FOREIGN KEY (`rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rotation_state_rotation_participant_id_fkey` FOREIGN KEY (`rotation_participant_id`) REFERENCES `rotation_participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_data` (
  `schedule_id` char(36) NOT NULL,
  `last_cleanup_at` datetime(6),
  `data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`schedule_id`),
  UNIQUE KEY `schedule_data_id_key` (`id`),
  CONSTRAINT `schedule_data_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_on_call_users` (
  `schedule_id` char(36) NOT NULL,
  `start_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `end_time` datetime(6),
  `user_id` char(36) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `schedule_on_call_users_uniq_id` (`id`),
  CONSTRAINT `schedule_on_call_users_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `schedule_on_call_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_rules` (
  `id` char(36) NOT NULL,
  `schedule_id` char(36) NOT NULL,
  `sunday` tinyint(1) NOT NULL DEFAULT 1,
  `monday` tinyint(1) NOT NULL DEFAULT 1,
  `tuesday` tinyint(1) NOT NULL DEFAULT 1,
  `wednesday` tinyint(1) NOT NULL DEFAULT 1,
  `thursday` tinyint(1) NOT NULL DEFAULT 1,
  `friday` tinyint(1) NOT NULL DEFAULT 1,
  `saturday` tinyint(1) NOT NULL DEFAULT 1,
  `start_time` time NOT NULL DEFAULT '00:00:00',
  `end_time` time NOT NULL DEFAULT '23:59:59',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `tgt_user_id` char(36),
  `tgt_rotation_id` char(36),
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_rules_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `schedule_rules_tgt_rotation_id_fkey` FOREIGN KEY (`tgt_rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `schedule_rules_tgt_user_id_fkey` FOREIGN KEY (`tgt_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `switchover_log` (
  `id` bigint NOT NULL,
  `timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `switchover_state` (
  `ok` tinyint(1) NOT NULL,
  `current_state` enum('idle','in_progress','use_next_db') NOT NULL,
  `db_id` char(36) NOT NULL,
  PRIMARY KEY (`ok`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twilio_sms_callbacks` (
  `phone_number` text NOT NULL,
  `callback_id` char(36) NOT NULL,
  `code` int NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sent_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `alert_id` bigint,
  `service_id` char(36),
  UNIQUE KEY `twilio_sms_callbacks_uniq_id` (`id`),
  CONSTRAINT `twilio_sms_callbacks_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `twilio_sms_callbacks_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twilio_sms_errors` (
  `phone_number` text NOT NULL,
  `error_message` text NOT NULL,
  `outgoing` tinyint(1) NOT NULL,
  `occurred_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `twilio_sms_errors_uniq_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twilio_voice_errors` (
  `phone_number` text NOT NULL,
  `error_message` text NOT NULL,
  `outgoing` tinyint(1) NOT NULL,
  `occurred_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `twilio_voice_errors_uniq_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uik_config` (
  `id` char(36) NOT NULL,
  `config` json NOT NULL,
  `primary_token` char(36),
  `primary_token_hint` text,
  `secondary_token` char(36),
  `secondary_token_hint` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uik_config_primary_token_key` (`primary_token`),
  UNIQUE KEY `uik_config_secondary_token_key` (`secondary_token`),
  CONSTRAINT `uik_config_id_fkey` FOREIGN KEY (`id`) REFERENCES `integration_keys` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_calendar_subscriptions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `last_access` datetime(6),
  `last_update` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `schedule_id` char(36) NOT NULL,
  `config` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_calendar_subscriptions_name_schedule_id_user_id_key` (`name`,`schedule_id`,`user_id`),
  CONSTRAINT `user_calendar_subscriptions_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_calendar_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_favorites` (
  `user_id` char(36) NOT NULL,
  `tgt_service_id` char(36),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tgt_rotation_id` char(36),
  `tgt_schedule_id` char(36),
  `tgt_escalation_policy_id` char(36),
  `tgt_user_id` char(36),
  UNIQUE KEY `user_favorites_uniq_id` (`id`),
  UNIQUE KEY `user_favorites_user_id_tgt_escalation_policy_id_key` (`user_id`,`tgt_escalation_policy_id`),
  UNIQUE KEY `user_favorites_user_id_tgt_rotation_id_key` (`user_id`,`tgt_rotation_id`),
  UNIQUE KEY `user_favorites_user_id_tgt_schedule_id_key` (`user_id`,`tgt_schedule_id`),
  UNIQUE KEY `user_favorites_user_id_tgt_service_id_key` (`user_id`,`tgt_service_id`),
  UNIQUE KEY `user_favorites_user_id_tgt_user_id_key` (`user_id`,`tgt_user_id`),
  CONSTRAINT `user_favorites_tgt_escalation_policy_id_fkey` FOREIGN KEY (`tgt_escalation_policy_id`) REFERENCES `escalation_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_favorites_tgt_rotation_id_fkey` FOREIGN KEY (`tgt_rotation_id`) REFERENCES `rotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_favorites_tgt_schedule_id_fkey` FOREIGN KEY (`tgt_schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_favorites_tgt_service_id_fkey` FOREIGN KEY (`tgt_service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_favorites_tgt_user_id_fkey` FOREIGN KEY (`tgt_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_favorites_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notification_rules` (
  `id` char(36) NOT NULL,
  `delay_minutes` int NOT NULL DEFAULT 0,
  `contact_method_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_notification_rules_contact_method_id_delay_minutes_key` (`contact_method_id`,`delay_minutes`),
  CONSTRAINT `user_notification_rules_contact_method_id_fkey` FOREIGN KEY (`contact_method_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_notification_rules_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_overrides` (
  `id` char(36) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) NOT NULL,
  `add_user_id` char(36),
  `remove_user_id` char(36),
  `tgt_schedule_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_overrides_add_user_id_fkey` FOREIGN KEY (`add_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_overrides_remove_user_id_fkey` FOREIGN KEY (`remove_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_overrides_tgt_schedule_id_fkey` FOREIGN KEY (`tgt_schedule_id`) REFERENCES `schedules` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_slack_data` (
  `id` char(36) NOT NULL,
  `access_token` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_slack_data_id_fkey` FOREIGN KEY (`id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Bookkeeping table of the migration tool (sql-migrate), listed in migrate/schema.sql; not created by a migration file
CREATE TABLE `gorp_migrations` (
  `id` varchar(255) NOT NULL,
  `applied_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys closing a cycle (users <-> user_contact_methods), added after both tables exist
ALTER TABLE `users` ADD CONSTRAINT `users_alert_status_log_contact_method_id_fkey` FOREIGN KEY (`alert_status_log_contact_method_id`) REFERENCES `user_contact_methods` (`id`) ON DELETE SET NULL;
