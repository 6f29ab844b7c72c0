-- SFTPGo: full-featured SFTP / FTP(S) / HTTP(S) / WebDAV file-transfer and file-sharing server with web client
-- (users, administrators, shares, API keys, groups, virtual folders, defender, active transfers, event rules).
-- Upstream: github.com/drakkan/sftpgo, internal/dataprovider/mysql.go at commit
-- 42f7a4d415dc7a97da08880edb82e5b0db5fcfc8 (file last changed in 6cce58233c5fffd874ce708934b4247629978fdc), AGPL-3.0.
-- Made by replaying upstream's own MySQL DDL constants mysqlInitialSQL (schema version 33), mysqlV34SQL and
-- mysqlV35SQL (sqlDatabaseVersion = 35) into MariaDB 10.11, with the table prefix "{{prefix}}" empty and the
-- "{{table}}" placeholders replaced by the default table names, then reading it back with mysqldump --no-data.
-- Tables reordered so that referenced tables come first; every table of the data provider is kept.

CREATE TABLE `schema_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `admins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `permissions` longtext NOT NULL,
  `filters` longtext DEFAULT NULL,
  `additional_info` longtext DEFAULT NULL,
  `last_login` bigint(20) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `admins_role_id_fk_roles_id` (`role_id`),
  CONSTRAINT `admins_role_id_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `active_transfers` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `connection_id` varchar(100) NOT NULL,
  `transfer_id` bigint(20) NOT NULL,
  `transfer_type` int(11) NOT NULL,
  `username` varchar(255) NOT NULL,
  `folder_name` varchar(255) DEFAULT NULL,
  `ip` varchar(50) NOT NULL,
  `truncated_size` bigint(20) NOT NULL,
  `current_ul_size` bigint(20) NOT NULL,
  `current_dl_size` bigint(20) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `active_transfers_connection_id_idx` (`connection_id`),
  KEY `active_transfers_transfer_id_idx` (`transfer_id`),
  KEY `active_transfers_updated_at_idx` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `defender_hosts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ip` varchar(50) NOT NULL,
  `ban_time` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ip` (`ip`),
  KEY `defender_hosts_updated_at_idx` (`updated_at`),
  KEY `defender_hosts_ban_time_idx` (`ban_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `defender_events` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date_time` bigint(20) NOT NULL,
  `score` int(11) NOT NULL,
  `host_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `defender_events_host_id_fk_defender_hosts_id` (`host_id`),
  KEY `defender_events_date_time_idx` (`date_time`),
  CONSTRAINT `defender_events_host_id_fk_defender_hosts_id` FOREIGN KEY (`host_id`) REFERENCES `defender_hosts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `folders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `path` longtext DEFAULT NULL,
  `used_quota_size` bigint(20) NOT NULL,
  `used_quota_files` int(11) NOT NULL,
  `last_quota_update` bigint(20) NOT NULL,
  `filesystem` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `user_settings` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shared_sessions` (
  `key` varchar(128) NOT NULL,
  `type` int(11) NOT NULL,
  `data` longtext NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`key`,`type`),
  KEY `shared_sessions_type_idx` (`type`),
  KEY `shared_sessions_timestamp_idx` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `status` int(11) NOT NULL,
  `expiration_date` bigint(20) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `password` longtext DEFAULT NULL,
  `public_keys` longtext DEFAULT NULL,
  `home_dir` longtext NOT NULL,
  `uid` bigint(20) NOT NULL,
  `gid` bigint(20) NOT NULL,
  `max_sessions` int(11) NOT NULL,
  `quota_size` bigint(20) NOT NULL,
  `quota_files` int(11) NOT NULL,
  `permissions` longtext NOT NULL,
  `used_quota_size` bigint(20) NOT NULL,
  `used_quota_files` int(11) NOT NULL,
  `last_quota_update` bigint(20) NOT NULL,
  `upload_bandwidth` int(11) NOT NULL,
  `download_bandwidth` int(11) NOT NULL,
  `last_login` bigint(20) NOT NULL,
  `filters` longtext DEFAULT NULL,
  `filesystem` longtext DEFAULT NULL,
  `additional_info` longtext DEFAULT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `upload_data_transfer` int(11) NOT NULL,
  `download_data_transfer` int(11) NOT NULL,
  `total_data_transfer` int(11) NOT NULL,
  `used_upload_data_transfer` bigint(20) NOT NULL,
  `used_download_data_transfer` bigint(20) NOT NULL,
  `deleted_at` bigint(20) NOT NULL,
  `first_download` bigint(20) NOT NULL,
  `first_upload` bigint(20) NOT NULL,
  `last_password_change` bigint(20) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `users_role_id_fk_roles_id` (`role_id`),
  KEY `users_updated_at_idx` (`updated_at`),
  KEY `users_deleted_at_idx` (`deleted_at`),
  CONSTRAINT `users_role_id_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `groups_folders_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `folder_id` int(11) NOT NULL,
  `virtual_path` longtext NOT NULL,
  `quota_size` bigint(20) NOT NULL,
  `quota_files` int(11) NOT NULL,
  `sort_order` int(11) NOT NULL,
  `exposed_subpaths` longtext DEFAULT NULL,
  `subpath` varchar(191) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_group_folder_mapping` (`group_id`,`folder_id`,`subpath`),
  KEY `groups_folders_mapping_folder_id_fk_folders_id` (`folder_id`),
  KEY `groups_folders_mapping_sort_order_idx` (`sort_order`),
  CONSTRAINT `groups_folders_mapping_folder_id_fk_folders_id` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_folders_mapping_group_id_fk_groups_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_groups_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `group_type` int(11) NOT NULL,
  `sort_order` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_group_mapping` (`user_id`,`group_id`),
  KEY `users_groups_mapping_group_id_fk_groups_id` (`group_id`),
  KEY `users_groups_mapping_sort_order_idx` (`sort_order`),
  CONSTRAINT `users_groups_mapping_group_id_fk_groups_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE NO ACTION,
  CONSTRAINT `users_groups_mapping_user_id_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_folders_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `virtual_path` longtext NOT NULL,
  `quota_size` bigint(20) NOT NULL,
  `quota_files` int(11) NOT NULL,
  `folder_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `sort_order` int(11) NOT NULL,
  `exposed_subpaths` longtext DEFAULT NULL,
  `subpath` varchar(191) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_folder_mapping` (`user_id`,`folder_id`,`subpath`),
  KEY `users_folders_mapping_folder_id_fk_folders_id` (`folder_id`),
  KEY `users_folders_mapping_sort_order_idx` (`sort_order`),
  CONSTRAINT `users_folders_mapping_folder_id_fk_folders_id` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_folders_mapping_user_id_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shares` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `share_id` varchar(60) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `scope` int(11) NOT NULL,
  `paths` longtext NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `last_use_at` bigint(20) NOT NULL,
  `expires_at` bigint(20) NOT NULL,
  `password` longtext DEFAULT NULL,
  `max_tokens` int(11) NOT NULL,
  `used_tokens` int(11) NOT NULL,
  `allow_from` longtext DEFAULT NULL,
  `options` longtext DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `share_id` (`share_id`),
  KEY `shares_user_id_fk_users_id` (`user_id`),
  CONSTRAINT `shares_user_id_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key_id` varchar(50) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `scope` int(11) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `last_use_at` bigint(20) NOT NULL,
  `expires_at` bigint(20) NOT NULL,
  `description` longtext DEFAULT NULL,
  `admin_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key_id` (`key_id`),
  UNIQUE KEY `api_key` (`api_key`),
  KEY `api_keys_admin_id_fk_admins_id` (`admin_id`),
  KEY `api_keys_user_id_fk_users_id` (`user_id`),
  CONSTRAINT `api_keys_admin_id_fk_admins_id` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_keys_user_id_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `status` int(11) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `trigger` int(11) NOT NULL,
  `conditions` longtext NOT NULL,
  `deleted_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `events_rules_updated_at_idx` (`updated_at`),
  KEY `events_rules_deleted_at_idx` (`deleted_at`),
  KEY `events_rules_trigger_idx` (`trigger`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_actions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `type` int(11) NOT NULL,
  `options` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rules_actions_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rule_id` int(11) NOT NULL,
  `action_id` int(11) NOT NULL,
  `order` int(11) NOT NULL,
  `options` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_rule_action_mapping` (`rule_id`,`action_id`),
  KEY `rules_actions_mapping_action_id_fk_events_targets_id` (`action_id`),
  KEY `rules_actions_mapping_order_idx` (`order`),
  CONSTRAINT `rules_actions_mapping_action_id_fk_events_targets_id` FOREIGN KEY (`action_id`) REFERENCES `events_actions` (`id`) ON DELETE NO ACTION,
  CONSTRAINT `rules_actions_mapping_rule_id_fk_events_rules_id` FOREIGN KEY (`rule_id`) REFERENCES `events_rules` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `admins_groups_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `admin_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `options` longtext NOT NULL,
  `sort_order` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_admin_group_mapping` (`admin_id`,`group_id`),
  KEY `admins_groups_mapping_group_id_fk_groups_id` (`group_id`),
  KEY `admins_groups_mapping_sort_order_idx` (`sort_order`),
  CONSTRAINT `admins_groups_mapping_admin_id_fk_admins_id` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admins_groups_mapping_group_id_fk_groups_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nodes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `data` longtext NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ip_lists` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type` int(11) NOT NULL,
  `ipornet` varchar(50) NOT NULL,
  `mode` int(11) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `first` varbinary(16) NOT NULL,
  `last` varbinary(16) NOT NULL,
  `ip_type` int(11) NOT NULL,
  `protocols` int(11) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `deleted_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_ipornet_type_mapping` (`type`,`ipornet`),
  KEY `ip_lists_type_idx` (`type`),
  KEY `ip_lists_ipornet_idx` (`ipornet`),
  KEY `ip_lists_ip_type_idx` (`ip_type`),
  KEY `ip_lists_updated_at_idx` (`updated_at`),
  KEY `ip_lists_deleted_at_idx` (`deleted_at`),
  KEY `ip_lists_first_last_idx` (`first`,`last`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `configs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `configs` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shares_groups_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `share_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `permissions` int(11) NOT NULL,
  `sort_order` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_share_group_mapping` (`share_id`,`group_id`),
  KEY `shares_groups_mapping_sort_order_idx` (`sort_order`),
  KEY `shares_groups_mapping_share_id_idx` (`share_id`),
  KEY `shares_groups_mapping_group_id_idx` (`group_id`),
  CONSTRAINT `shares_groups_mapping_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `shares_groups_mapping_share_id_fk` FOREIGN KEY (`share_id`) REFERENCES `shares` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

