-- ArchiveBox: see archivebox.md for how this DDL was made.

CREATE TABLE `django_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` text NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` text NOT NULL,
  `content_type_id` int NULL,
  `user_id` int NOT NULL,
  `action_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `django_admin_log_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_apitoken` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `token` varchar(32) NOT NULL,
  `expires` datetime(6) NULL,
  `created_by_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `api_apitoken_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_outboundwebhook` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `signal` varchar(255) NOT NULL,
  `ref` varchar(1024) NOT NULL,
  `endpoint` varchar(2048) NOT NULL,
  `headers` text NOT NULL DEFAULT '{}',
  `auth_token` text NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `keep_last_response` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `last_response` text NOT NULL DEFAULT '',
  `last_success` datetime(6) NULL,
  `last_failure` datetime(6) NULL,
  `created_by_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  CONSTRAINT `api_outboundwebhook_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_machine` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `num_uses_succeeded` int NOT NULL DEFAULT 0,
  `num_uses_failed` int NOT NULL DEFAULT 0,
  `guid` varchar(64) NOT NULL,
  `hostname` varchar(63) NOT NULL,
  `hw_in_docker` tinyint(1) NOT NULL DEFAULT 0,
  `hw_in_vm` tinyint(1) NOT NULL DEFAULT 0,
  `hw_manufacturer` varchar(63) NOT NULL,
  `hw_product` varchar(63) NOT NULL,
  `hw_uuid` varchar(255) NOT NULL,
  `os_arch` varchar(15) NOT NULL,
  `os_family` varchar(15) NOT NULL,
  `os_platform` varchar(63) NOT NULL,
  `os_release` varchar(63) NOT NULL,
  `os_kernel` varchar(255) NOT NULL,
  `stats` text NULL,
  `config` text NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_networkinterface` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `num_uses_succeeded` int NOT NULL DEFAULT 0,
  `num_uses_failed` int NOT NULL DEFAULT 0,
  `machine_id` char(32) NOT NULL,
  `iface` varchar(15) NOT NULL,
  `ip_public` varchar(39) NOT NULL,
  `ip_local` varchar(39) NOT NULL,
  `mac_address` varchar(17) NOT NULL,
  `dns_server` varchar(39) NOT NULL,
  `hostname` varchar(256) NOT NULL,
  `isp` varchar(256) NOT NULL,
  `city` varchar(100) NOT NULL,
  `region` varchar(100) NOT NULL,
  `country` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `machine_networkinterface_machine_id_fk` FOREIGN KEY (`machine_id`) REFERENCES `machine_machine` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_binary` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `num_uses_succeeded` int NOT NULL DEFAULT 0,
  `num_uses_failed` int NOT NULL DEFAULT 0,
  `machine_id` char(32) NOT NULL,
  `name` varchar(63) NOT NULL,
  `binproviders` varchar(127) NOT NULL DEFAULT 'env',
  `overrides` text NOT NULL DEFAULT '{}',
  `binprovider` varchar(31) NOT NULL DEFAULT '',
  `abspath` varchar(255) NOT NULL DEFAULT '',
  `version` varchar(32) NOT NULL DEFAULT '',
  `sha256` varchar(64) NOT NULL DEFAULT '',
  `status` varchar(16) NOT NULL DEFAULT 'queued',
  `retry_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `machine_binary_machine_id_name_abspath_version_sha256_uniq` (`machine_id`, `name`, `abspath`, `version`, `sha256`),
  CONSTRAINT `machine_binary_machine_id_fk` FOREIGN KEY (`machine_id`) REFERENCES `machine_machine` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crawls_crawlschedule` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `schedule` varchar(64) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `label` varchar(64) NOT NULL DEFAULT '',
  `notes` text NOT NULL DEFAULT '',
  `template_id` char(32) NOT NULL,
  `created_by_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crawls_crawlschedule_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `created_at` datetime(6) NULL,
  `created_by_id` int NULL,
  `modified_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  CONSTRAINT `core_tag_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crawls_crawl` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `num_uses_succeeded` int unsigned NOT NULL,
  `num_uses_failed` int unsigned NOT NULL,
  `urls` text NOT NULL,
  `config` json NULL,
  `max_depth` smallint unsigned NOT NULL,
  `tags_str` varchar(1024) NOT NULL,
  `persona_id` char(32) NULL,
  `label` varchar(64) NOT NULL,
  `notes` text NOT NULL,
  `status` varchar(15) NOT NULL,
  `retry_at` datetime(6) NULL,
  `created_by_id` int NOT NULL,
  `schedule_id` char(32) NULL,
  `max_size` bigint NOT NULL,
  `max_urls` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crawls_crawl_schedule_id_fk` FOREIGN KEY (`schedule_id`) REFERENCES `crawls_crawlschedule` (`id`),
  CONSTRAINT `crawls_crawl_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_snapshot` (
  `id` char(32) NOT NULL,
  `url` varchar(200) NOT NULL,
  `timestamp` varchar(32) NOT NULL,
  `title` varchar(512) NULL,
  `bookmarked_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `downloaded_at` datetime(6) NULL,
  `crawl_id` char(32) NOT NULL,
  `config` json NOT NULL,
  `current_step` smallint unsigned NOT NULL,
  `depth` smallint unsigned NOT NULL,
  `notes` text NOT NULL,
  `num_uses_failed` int unsigned NOT NULL,
  `num_uses_succeeded` int unsigned NOT NULL,
  `retry_at` datetime(6) NULL,
  `status` varchar(15) NOT NULL,
  `fs_version` varchar(10) NOT NULL,
  `parent_snapshot_id` char(32) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_url_per_crawl` (`url`, `crawl_id`),
  UNIQUE KEY `unique_timestamp` (`timestamp`),
  CONSTRAINT `core_snapshot_parent_snapshot_id_fk` FOREIGN KEY (`parent_snapshot_id`) REFERENCES `core_snapshot` (`id`),
  CONSTRAINT `core_snapshot_crawl_id_fk` FOREIGN KEY (`crawl_id`) REFERENCES `crawls_crawl` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_snapshot_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `snapshot_id` char(32) NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_snapshot_tags_snapshot_id_tag_id_10a7e882_uniq` (`snapshot_id`, `tag_id`),
  CONSTRAINT `core_snapshot_tags_tag_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `core_tag` (`id`),
  CONSTRAINT `core_snapshot_tags_snapshot_id_fk` FOREIGN KEY (`snapshot_id`) REFERENCES `core_snapshot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_process` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `pwd` varchar(512) NOT NULL,
  `cmd` json NOT NULL,
  `env` json NOT NULL,
  `timeout` int NOT NULL,
  `pid` int NULL,
  `exit_code` int NULL,
  `stdout` text NOT NULL,
  `stderr` text NOT NULL,
  `started_at` datetime(6) NULL,
  `ended_at` datetime(6) NULL,
  `url` varchar(2048) NULL,
  `status` varchar(16) NOT NULL,
  `retry_at` datetime(6) NULL,
  `binary_id` char(32) NULL,
  `iface_id` char(32) NULL,
  `machine_id` char(32) NOT NULL,
  `process_type` varchar(16) NOT NULL,
  `worker_type` varchar(32) NOT NULL,
  `parent_id` char(32) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `machine_process_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `machine_process` (`id`),
  CONSTRAINT `machine_process_machine_id_fk` FOREIGN KEY (`machine_id`) REFERENCES `machine_machine` (`id`),
  CONSTRAINT `machine_process_iface_id_fk` FOREIGN KEY (`iface_id`) REFERENCES `machine_networkinterface` (`id`),
  CONSTRAINT `machine_process_binary_id_fk` FOREIGN KEY (`binary_id`) REFERENCES `machine_binary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_archiveresult` (
  `id` char(32) NOT NULL,
  `start_ts` datetime(6) NULL,
  `end_ts` datetime(6) NULL,
  `snapshot_id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `config` json NULL,
  `hook_name` varchar(255) NOT NULL,
  `notes` text NOT NULL,
  `output_files` json NOT NULL,
  `output_json` json NULL,
  `output_mimetypes` varchar(512) NOT NULL,
  `output_size` bigint NOT NULL,
  `output_str` text NOT NULL,
  `plugin` varchar(32) NOT NULL,
  `process_id` char(32) NULL,
  `status` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `process_id` (`process_id`),
  CONSTRAINT `core_archiveresult_process_id_fk` FOREIGN KEY (`process_id`) REFERENCES `machine_process` (`id`),
  CONSTRAINT `core_archiveresult_snapshot_id_fk` FOREIGN KEY (`snapshot_id`) REFERENCES `core_snapshot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personas_persona` (
  `id` char(32) NOT NULL,
  `config` json NULL,
  `name` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  CONSTRAINT `personas_persona_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` text NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
