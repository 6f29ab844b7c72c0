-- TeamPass (github.com/nilsteampassnet/TeamPass, commit 6b43fc57, GPL-3.0)
-- The CREATE TABLE statements that the installer writes (public/install/install-steps/run.step5.php),
-- with the default table prefix `teampass_`; 44 of its 71 tables, seed INSERTs and the installer's extra ALTER ... ADD KEY left out.
-- Column names, order and types are upstream's.

CREATE TABLE `teampass_notification` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `item_id` int(12) NOT NULL,
  `user_id` int(12) NOT NULL,
  PRIMARY KEY (`increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_sharekeys_items` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `object_id` int(12) NOT NULL,
  `user_id` int(12) NOT NULL,
  `share_key` text NOT NULL,
  `encryption_version` TINYINT(1) NOT NULL DEFAULT 1 COMMENT '1=phpseclib v1 (SHA-1), 3=phpseclib v3 (SHA-256)',
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY idx_unique_object_user (object_id, user_id),
  KEY `encryption_version` (`encryption_version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_items` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `label` varchar(500) NOT NULL,
  `description` text DEFAULT NULL,
  `pw` text DEFAULT NULL,
  `pw_iv` text DEFAULT NULL,
  `pw_len` int(5) NOT NULL DEFAULT '0',
  `url` text DEFAULT NULL,
  `id_tree` varchar(10) DEFAULT NULL,
  `perso` tinyint(1) NOT null DEFAULT '0',
  `login` varchar(200) DEFAULT NULL,
  `inactif` tinyint(1) NOT null DEFAULT '0',
  `restricted_to` varchar(200) DEFAULT NULL,
  `anyone_can_modify` tinyint(1) NOT null DEFAULT '0',
  `email` varchar(100) DEFAULT NULL,
  `notification` varchar(250) DEFAULT NULL,
  `viewed_no` int(12) NOT null DEFAULT '0',
  `complexity_level` varchar(3) NOT null DEFAULT '-1',
  `auto_update_pwd_frequency` tinyint(2) NOT null DEFAULT '0',
  `auto_update_pwd_next_date` varchar(100) NOT null DEFAULT '0',
  `encryption_type` VARCHAR(20) NOT NULL DEFAULT 'not_set',
  `fa_icon` varchar(100) DEFAULT NULL,
  `favicon_url` VARCHAR(500) NULL DEFAULT NULL,
  `item_key` varchar(500) NOT NULL DEFAULT '-1',
  `created_at` varchar(30) NULL,
  `updated_at` varchar(30) NULL,
  `deleted_at` varchar(30) NULL,
  `hibp_status` tinyint(1) NOT NULL DEFAULT '0',
  `hibp_count` int NOT NULL DEFAULT '0',
  `hibp_checked_at` varchar(30) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `restricted_inactif_idx` (`restricted_to`,`inactif`),
  INDEX items_perso_id_idx (`perso`, `id`),
  INDEX idx_items_tree_inactif_deleted (`id_tree`, `inactif`, `deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_log_items` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `id_item` int(8) NOT NULL,
  `date` varchar(50) NOT NULL,
  `id_user` int(8) NOT NULL,
  `action` varchar(250) NULL,
  `raison` text NULL,
  `old_value` MEDIUMTEXT NULL DEFAULT NULL,
  `encryption_type` VARCHAR(20) NOT NULL DEFAULT 'not_set',
  PRIMARY KEY (`increment_id`),
  INDEX log_items_item_action_user_idx (`id_item`, `action`, `id_user`),
  INDEX idx_log_items_item_action_raison (`id_item`, `action`(30), `raison`(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_misc` (
  `increment_id` int(12) NOT null AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `intitule` varchar(100) NOT NULL,
  `valeur` MEDIUMTEXT NOT NULL,
  `created_at` varchar(255) NULL DEFAULT NULL,
  `updated_at` varchar(255) NULL DEFAULT NULL,
  `is_encrypted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `uk_type_intitule` (`type`, `intitule`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_nested_tree` (
  `id` bigint(20) unsigned NOT null AUTO_INCREMENT,
  `parent_id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `nleft` int(11) NOT NULL DEFAULT '0',
  `nright` int(11) NOT NULL DEFAULT '0',
  `nlevel` int(11) NOT NULL DEFAULT '0',
  `bloquer_creation` tinyint(1) NOT null DEFAULT '0',
  `bloquer_modification` tinyint(1) NOT null DEFAULT '0',
  `personal_folder` tinyint(1) NOT null DEFAULT '0',
  `renewal_period` int(5) NOT null DEFAULT '0',
  `fa_icon` VARCHAR(100) NOT NULL DEFAULT 'fas fa-folder',
  `fa_icon_selected` VARCHAR(100) NOT NULL DEFAULT 'fas fa-folder-open',
  `categories` longtext NOT NULL,
  `nb_items_in_folder` int(10) NOT NULL DEFAULT '0',
  `nb_subfolders` int(10) NOT NULL DEFAULT '0',
  `nb_items_in_subfolders` int(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `nested_tree_parent_id` (`parent_id`),
  KEY `nested_tree_nleft` (`nleft`),
  KEY `nested_tree_nright` (`nright`),
  KEY `nested_tree_nlevel` (`nlevel`),
  KEY `personal_folder_idx` (`personal_folder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_rights` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `tree_id` int(12) NOT NULL,
  `fonction_id` int(12) NOT NULL,
  `authorized` tinyint(1) NOT null DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_users` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `login` varchar(250) NOT NULL,
  `pw` varchar(250) NOT NULL,
  `derniers` text NULL DEFAULT NULL,
  `key_tempo` varchar(100) NULL DEFAULT NULL,
  `key_tempo_created_at` INT(12) DEFAULT NULL,
  `last_pw_change` varchar(30) NULL DEFAULT NULL,
  `last_pw` text NULL DEFAULT NULL,
  `admin` tinyint(1) NOT null DEFAULT '0',
  `last_connexion` varchar(30) NULL DEFAULT NULL,
  `gestionnaire` int(11) NOT null DEFAULT '0',
  `email` varchar(250) NOT NULL DEFAULT 'none',
  `personal_folder` int(1) NOT null DEFAULT '0',
  `disabled` tinyint(1) NOT null DEFAULT '0',
  `can_create_root_folder` tinyint(1) NOT null DEFAULT '0',
  `read_only` tinyint(1) NOT null DEFAULT '0',
  `timestamp` varchar(30) NOT null DEFAULT '0',
  `user_language` varchar(50) NOT null DEFAULT '0',
  `name` varchar(100) NULL DEFAULT NULL,
  `lastname` varchar(100) NULL DEFAULT NULL,
  `session_end` varchar(30) NULL DEFAULT NULL,
  `isAdministratedByRole` tinyint(5) NOT null DEFAULT '0',
  `psk` varchar(250) NULL DEFAULT NULL,
  `ga` varchar(50) NULL DEFAULT NULL,
  `ga_temporary_code` VARCHAR(20) NOT NULL DEFAULT 'none',
  `avatar` varchar(250) NULL DEFAULT NULL,
  `avatar_thumb` varchar(250) NULL DEFAULT NULL,
  `upgrade_needed` BOOLEAN NOT NULL DEFAULT FALSE,
  `treeloadstrategy` varchar(30) NOT null DEFAULT 'full',
  `can_manage_all_users` tinyint(1) NOT NULL DEFAULT '0',
  `usertimezone` VARCHAR(50) NOT NULL DEFAULT 'not_defined',
  `agses_usercardid` VARCHAR(50) NOT NULL DEFAULT '0',
  `encrypted_psk` text NULL DEFAULT NULL,
  `user_ip` varchar(50) NOT null DEFAULT 'none',
  `user_ip_lastdate` varchar(50) NULL DEFAULT NULL,
  `yubico_user_key` varchar(100) NOT null DEFAULT 'none',
  `yubico_user_id` varchar(100) NOT null DEFAULT 'none',
  `public_key` TEXT NULL DEFAULT NULL,
  `private_key` TEXT NULL DEFAULT NULL,
  `user_derivation_seed` VARCHAR(64) NULL DEFAULT NULL,
  `private_key_backup` TEXT NULL DEFAULT NULL,
  `key_integrity_hash` VARCHAR(64) NULL DEFAULT NULL,
  `special` VARCHAR(250) NOT NULL DEFAULT 'none',
  `auth_type` VARCHAR(50) NOT NULL DEFAULT 'local',
  `is_ready_for_usage` BOOLEAN NOT NULL DEFAULT FALSE,
  `personal_items_migrated` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Personal items migrated to sharekeys system (0=not migrated, 1=migrated)',
  `otp_provided` BOOLEAN NOT NULL DEFAULT FALSE,
  `ongoing_process_id` VARCHAR(100) NULL DEFAULT NULL,
  `mfa_enabled` tinyint(1) NOT null DEFAULT '1',
  `inactivity_warned_at` VARCHAR(30) NULL DEFAULT NULL COMMENT 'Inactive users mgmt: warning timestamp',
  `inactivity_action_at` VARCHAR(30) NULL DEFAULT NULL COMMENT 'Inactive users mgmt: action timestamp',
  `inactivity_action` VARCHAR(20) NULL DEFAULT NULL COMMENT 'Inactive users mgmt: action (disable|soft_delete|hard_delete)',
  `inactivity_no_email` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Inactive users mgmt: 1 if no email available to warn user',
  `created_at` varchar(30) NULL DEFAULT NULL,
  `updated_at` varchar(30) NULL DEFAULT NULL,
  `deleted_at` varchar(30) NULL DEFAULT NULL,
  `keys_recovery_time` VARCHAR(500) NULL DEFAULT NULL,
  `aes_iv` TEXT NULL DEFAULT NULL,
  `split_view_mode` tinyint(1) NOT null DEFAULT '0',
  `show_subfolders` tinyint(1) NOT NULL DEFAULT '0',
  `onboarding_completed` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'First-run onboarding wizard completed (0=no, 1=done/skipped)',
  `encryption_version` TINYINT(1) NOT NULL DEFAULT 3 COMMENT '1=phpseclib v1 (SHA-1), 3=phpseclib v3 (SHA-256)',
  `phpseclibv3_migration_completed` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Forced phpseclib v3 migration status (0=not done, 1=completed)',
  `phpseclibv3_migration_task_id` INT(12) NULL DEFAULT NULL COMMENT 'ID of the active phpseclib v3 migration background task',
  `private_key_xss_migration` TINYINT(1) NULL DEFAULT NULL COMMENT 'NULL=not attempted, 1=done: private key uses raw password (xss_clean removed from AES key derivation)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`),
  KEY `idx_last_pw_change` (`last_pw_change`),
  KEY `encryption_version` (`encryption_version`),
  KEY `idx_users_inactivity_action_at` (`inactivity_action_at`),
  KEY `idx_users_inactivity_warned_at` (`inactivity_warned_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_tags` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `tag` varchar(30) NOT NULL,
  `item_id` int(12) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_log_system` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `date` varchar(30) NOT NULL,
  `label` text NOT NULL,
  `qui` varchar(255) NOT NULL,
  `field_1` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_log_api_user_connection` (qui, type(20), label(30), date DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_files` (
  `id` int(11) NOT null AUTO_INCREMENT,
  `id_item` int(11) NOT NULL,
  `name` TEXT NOT NULL,
  `size` int(10) NOT NULL,
  `extension` varchar(10) NOT NULL,
  `type` varchar(255) NOT NULL,
  `file` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL DEFAULT '0',
  `content` longblob DEFAULT NULL,
  `confirmed` INT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX idx_files_item_confirmed (`id_item`, `confirmed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_cache` (
  `increment_id`INT(12) NOT NULL AUTO_INCREMENT,
  `id` int(12) NOT NULL,
  `label` varchar(500) NOT NULL,
  `description` MEDIUMTEXT NULL DEFAULT NULL,
  `tags` text DEFAULT NULL,
  `id_tree` int(12) NOT NULL,
  `perso` tinyint(1) NOT NULL,
  `restricted_to` varchar(200) DEFAULT NULL,
  `login` text DEFAULT NULL,
  `folder` text NOT NULL,
  `author` varchar(50) NOT NULL,
  `renewal_period` tinyint(4) NOT NULL DEFAULT '0',
  `timestamp` varchar(50) DEFAULT NULL,
  `url` text NULL DEFAULT NULL,
  `encryption_type` VARCHAR(50) NULL DEFAULT NULL,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `idx_cache_id_unique` (`id`),
  KEY `idx_cache_id_tree` (`id_tree`),
  KEY `idx_cache_label` (`label`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_roles_title` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `title` varchar(50) NOT NULL,
  `allow_pw_change` TINYINT(1) NOT null DEFAULT '0',
  `complexity` INT(5) NOT null DEFAULT '0',
  `creator_id` int(11) NOT null DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_roles_values` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `role_id` int(12) NOT NULL,
  `folder_id` int(12) NOT NULL,
  `type` varchar(5) NOT NULL DEFAULT 'R',
  KEY `role_id_idx` (`role_id`),
  UNIQUE KEY `idx_role_folder_unique` (`role_id`, `folder_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_kb` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `category_id` int(12) NOT NULL,
  `label` varchar(200) NOT NULL,
  `description` MEDIUMTEXT NOT NULL,
  `author_id` int(12) NOT NULL,
  `anyone_can_modify` tinyint(1) NOT null DEFAULT '0',
  `allow_comments` tinyint(1) NOT null DEFAULT '0',
  `deleted_at` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_kb_categories` (
  `id` int(12) NOT null AUTO_INCREMENT,
  `category` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_kb_comments` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `kb_id` int(12) NOT NULL,
  `content` text NOT NULL,
  `author_id` int(12) NOT NULL,
  `created_at` int(12) NOT NULL DEFAULT 0,
  `updated_at` int(12) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_kb_id` (`kb_id`),
  KEY `idx_author_id` (`author_id`),
  KEY `idx_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_kb_edition` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `kb_id` int(12) NOT NULL,
  `user_id` int(12) NOT NULL,
  `timestamp` int(11) NOT NULL,
  KEY `kb_id_idx` (`kb_id`),
  PRIMARY KEY (`increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_languages` (
  `id` INT(10) NOT null AUTO_INCREMENT,
  `name` VARCHAR(50) NOT null ,
  `label` VARCHAR(50) NOT null ,
  `code` VARCHAR(10) NOT null ,
  `flag` VARCHAR(50) NOT NULL,
  `code_poeditor` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_emails` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `timestamp` INT(30) NOT null ,
  `subject` TEXT NOT null ,
  `body` TEXT NOT null ,
  `receivers` TEXT NOT null ,
  `status` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_automatic_del` (
  `item_id` int(11) NOT NULL,
  `del_enabled` tinyint(1) NOT NULL,
  `del_type` tinyint(1) NOT NULL,
  `del_value` varchar(35) NOT NULL,
  PRIMARY KEY (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_items_edition` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `item_id` int(11) NOT NULL,
  `user_id` int(12) NOT NULL,
  `timestamp` int(11) NOT NULL,
  KEY `item_id_idx` (`item_id`),
  PRIMARY KEY (`increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_categories` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `parent_id` int(12) NOT NULL,
  `title` varchar(255) NOT NULL,
  `level` int(2) NOT NULL,
  `description` text NULL,
  `type` varchar(50) NULL default '',
  `masked` tinyint(1) NOT NULL default '0',
  `order` int(12) NOT NULL default '0',
  `encrypted_data` tinyint(1) NOT NULL default '1',
  `role_visibility` varchar(255) NOT NULL DEFAULT 'all',
  `is_mandatory` tinyint(1) NOT NULL DEFAULT '0',
  `regex` varchar(255) NULL default '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_categories_items` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `field_id` int(11) NOT NULL,
  `item_id` int(11) NOT NULL,
  `data` text NOT NULL,
  `data_iv` text NOT NULL,
  `encryption_type` VARCHAR(20) NOT NULL DEFAULT 'not_set',
  `is_mandatory` BOOLEAN NOT NULL DEFAULT FALSE ,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_api` (
  `increment_id` int(20) NOT NULL AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `timestamp` varchar(50) NOT NULL,
  `user_id` int(13) DEFAULT NULL,
  `allowed_folders` text NULL DEFAULT NULL,
  `enabled` int(1) NOT NULL DEFAULT '0',
  `allowed_to_create` int(1) NOT NULL DEFAULT '0',
  `allowed_to_read` int(1) NOT NULL DEFAULT '1',
  `allowed_to_update` int(1) NOT NULL DEFAULT '0',
  `allowed_to_delete` int(1) NOT NULL DEFAULT '0',
  `encrypted_private_key` TEXT NULL,
  `session_key_salt` VARCHAR(64) NULL,
  `session_key` varchar(64) NULL,
  `session_aes_key` VARCHAR(64) NULL,
  PRIMARY KEY (`increment_id`),
  KEY `USER` (`user_id`),
  KEY `idx_api_timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_api_tokens` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `token_hash` varchar(64) NOT NULL,
  `wrapped_private_key` text NOT NULL,
  `salt` varchar(64) NOT NULL,
  `label` varchar(255) NULL DEFAULT NULL,
  `created_at` int(12) NOT NULL,
  `expires_at` int(12) NULL DEFAULT NULL,
  `last_used_at` int(12) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_hash` (`token_hash`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `teampass_api_sessions` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `jti` varchar(32) NOT NULL,
  `key_tempo` varchar(100) NOT NULL,
  `encrypted_private_key` text NULL,
  `session_aes_key` varchar(64) NULL,
  `user_agent` varchar(255) NOT NULL DEFAULT '',
  `created_at` int(12) NOT NULL,
  `expires_at` int(12) NOT NULL,
  `last_used_at` int(12) NULL DEFAULT NULL,
  `revoked_at` int(12) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jti` (`jti`),
  KEY `user_id` (`user_id`),
  KEY `expires_at` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `teampass_otv` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `timestamp` text NOT NULL,
  `code` varchar(100) NOT NULL,
  `item_id` int(12) NULL DEFAULT NULL,
  `send_type` varchar(10) NOT NULL DEFAULT 'item',
  `originator` int(12) NOT NULL,
  `encrypted` text NOT NULL,
  `protected_key` text NULL DEFAULT NULL,
  `has_passphrase` tinyint(1) NOT NULL DEFAULT '0',
  `failed_attempts` int(10) NOT NULL DEFAULT '0',
  `views` INT(10) NOT NULL DEFAULT '0',
  `max_views` INT(10) NULL DEFAULT NULL,
  `time_limit` varchar(100) DEFAULT NULL,
  `shared_globaly` INT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_suggestion` (
  `id` tinyint(12) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `pw` text NOT NULL,
  `pw_iv` text NOT NULL,
  `pw_len` int(5) NOT NULL,
  `description` text NOT NULL,
  `author_id` int(12) NOT NULL,
  `folder_id` int(12) NOT NULL,
  `comment` text NOT NULL,
  `suggestion_type` varchar(10) NOT NULL default 'new',
  `encryption_type` varchar(20) NOT NULL default 'not_set',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_export` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `export_tag` varchar(20) NOT NULL,
  `item_id` int(12) NOT NULL,
  `label` varchar(500) NOT NULL,
  `login` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `pw` text NOT NULL,
  `path` varchar(500) NOT NULL,
  `email` varchar(500) NOT NULL default 'none',
  `url` varchar(500) NOT NULL default 'none',
  `kbs` varchar(500) NOT NULL default 'none',
  `tags` varchar(500) NOT NULL default 'none',
  `folder_id` varchar(10) NOT NULL,
  `perso` tinyint(1) NOT NULL default '0',
  `restricted_to` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_tokens` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `token` varchar(255) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `creation_timestamp` varchar(50) NOT NULL,
  `end_timestamp` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_items_change` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `item_id` int(12) NOT NULL,
  `label` varchar(255) NOT NULL DEFAULT 'none',
  `pw` text NOT NULL,
  `login` varchar(255) NOT NULL DEFAULT 'none',
  `email` varchar(255) NOT NULL DEFAULT 'none',
  `url` varchar(255) NOT NULL DEFAULT 'none',
  `description` text NOT NULL,
  `comment` text NOT NULL,
  `folder_id` tinyint(12) NOT NULL,
  `user_id` int(12) NOT NULL,
  `timestamp` varchar(50) NOT NULL DEFAULT 'none',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_background_tasks` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `created_at` varchar(50) NOT NULL,
  `started_at` varchar(50) DEFAULT NULL,
  `updated_at` varchar(50) DEFAULT NULL,
  `finished_at` varchar(50) DEFAULT NULL,
  `process_id` int(12) DEFAULT NULL,
  `process_type` varchar(100) NOT NULL,
  `output` text DEFAULT NULL,
  `arguments` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`arguments`)),
  `is_in_progress` tinyint(1) NOT NULL DEFAULT 0,
  `item_id` INT(12) NULL,
  `status` varchar(50) DEFAULT NULL,
  `error_message` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`increment_id`),
  INDEX idx_finished (`finished_at`),
  INDEX idx_progress (`is_in_progress`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_user_notifications` (
  `increment_id` INT(12) NOT NULL AUTO_INCREMENT,
  `user_id` INT(12) NOT NULL,
  `created_at` INT(12) NOT NULL DEFAULT 0,
  `event_type` VARCHAR(50) NOT NULL,
  `payload` TEXT NULL,
  `is_read` TINYINT(1) NOT NULL DEFAULT 0,
  `read_at` INT(12) NULL DEFAULT NULL,
  PRIMARY KEY (`increment_id`),
  KEY `idx_user_unread` (`user_id`, `is_read`, `increment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_access_reviews` (
  `id` INT(12) NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(255) NOT NULL,
  `folder_scope` INT(12) NOT NULL DEFAULT 0,
  `started_by` INT(12) NOT NULL DEFAULT 0,
  `started_at` INT(12) NOT NULL DEFAULT 0,
  `status` VARCHAR(20) NOT NULL DEFAULT 'open',
  `closed_by` INT(12) NULL DEFAULT NULL,
  `closed_at` INT(12) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_access_review_items` (
  `id` INT(12) NOT NULL AUTO_INCREMENT,
  `review_id` INT(12) NOT NULL,
  `role_id` INT(12) NOT NULL,
  `role_title` VARCHAR(255) NOT NULL DEFAULT '',
  `folder_id` INT(12) NOT NULL,
  `folder_title` VARCHAR(500) NOT NULL DEFAULT '',
  `access_type` VARCHAR(10) NOT NULL DEFAULT '',
  `decision` VARCHAR(20) NOT NULL DEFAULT 'pending',
  `decided_by` INT(12) NULL DEFAULT NULL,
  `decided_at` INT(12) NULL DEFAULT NULL,
  `comment` VARCHAR(500) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_review_grant` (`review_id`, `role_id`, `folder_id`),
  KEY `idx_review_decision` (`review_id`, `decision`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_items_otp` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `item_id` int(12) NOT NULL,
  `secret` text NOT NULL,
  `algorithm` varchar(6) NOT NULL DEFAULT 'sha1',
  `digits` tinyint(3) UNSIGNED NOT NULL DEFAULT 6,
  `period` mediumint(8) UNSIGNED NOT NULL DEFAULT 30,
  `timestamp` varchar(100) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `phone_number` varchar(25) NOT NULL,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `unique_item_id` (`item_id`),
  KEY `ITEM` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_auth_failures` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `source` ENUM('login', 'remote_ip') NOT NULL,
  `value` VARCHAR(500) NOT NULL,
  `date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `unlock_at` TIMESTAMP NULL DEFAULT NULL,
  `unlock_code` VARCHAR(50) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_user_private_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT(12) NOT NULL,
  `private_key` TEXT NOT NULL,
  `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  `is_current` BOOLEAN DEFAULT FALSE,
  CONSTRAINT `fk_user_private_keys_user`
  FOREIGN KEY (`user_id`)
  REFERENCES `teampass_users`(`id`)
  ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_users_groups` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `group_id` int(12) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `user_group_unique` (`user_id`, `group_id`),
  KEY `user_idx` (`user_id`),
  KEY `group_idx` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_users_roles` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `role_id` int(12) NOT NULL,
  `source` enum('manual','ad','ldap','oauth2') NOT NULL DEFAULT 'manual',
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `user_role_source_unique` (`user_id`, `role_id`, `source`),
  KEY `user_idx` (`user_id`),
  KEY `role_idx` (`role_id`),
  KEY `source_idx` (`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_users_favorites` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `item_id` int(12) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `user_item_unique` (`user_id`, `item_id`),
  KEY `user_idx` (`user_id`),
  KEY `item_idx` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_users_latest_items` (
  `increment_id` int(12) NOT NULL AUTO_INCREMENT,
  `user_id` int(12) NOT NULL,
  `item_id` int(12) NOT NULL,
  `accessed_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `access_count` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`increment_id`),
  UNIQUE KEY `user_item_unique` (`user_id`, `item_id`),
  KEY `user_idx` (`user_id`),
  KEY `item_idx` (`item_id`),
  KEY `accessed_idx` (`accessed_at`),
  KEY `user_count_idx` (`user_id`, `access_count`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teampass_websocket_connections` (
  `id` INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT UNSIGNED NOT NULL COMMENT 'Connected user ID',
  `resource_id` VARCHAR(50) NOT NULL COMMENT 'Ratchet connection resource ID',
  `connected_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  `disconnected_at` TIMESTAMP NULL,
  `ip_address` VARCHAR(45) NULL COMMENT 'Client IP address',
  `user_agent` TEXT NULL COMMENT 'Client user agent',
  INDEX `idx_user` (`user_id`),
  INDEX `idx_active` (`disconnected_at`),
  INDEX `idx_resource` (`resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='WebSocket connection tracking for monitoring';
