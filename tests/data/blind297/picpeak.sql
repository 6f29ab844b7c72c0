-- PicPeak 3.43.1 (self-hosted photo delivery for event photographers: client galleries, guest feedback, downloads),
-- Node.js / knex. Source: github.com/the-luap/picpeak `backend/src/database/db.js` (initializeDatabase) and
-- the 62 `backend/migrations/core/*.js` migrations a new deployment runs (`npm run migrate:safe`, then the
-- server's initializeDatabase() again), commit 067e460a4def05d54c07b29773ce117e5e4fd1f8 (MIT).
-- Replayed on PostgreSQL 15 (the client the Docker deployment uses) and written from the catalog as MySQL:
-- knex `text` as text, boolean as tinyint(1), timestamptz as datetime(6), jsonb as json, knex enum checks as
-- enum(...); partial indexes and the rating range check left out. On PostgreSQL the first initialisation
-- fails after creating `events` (its key to the not yet created `photos` is refused), and the next start
-- completes the schema, so `events.hero_photo_id` has no foreign key, as in a real PostgreSQL install.
-- Tables ordered so that referenced tables come first; two cyclic keys added by ALTER TABLE at the end.

CREATE TABLE `app_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `setting_key` varchar(255) NOT NULL,
  `setting_value` json,
  `setting_type` varchar(255),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_settings_setting_key_unique` (`setting_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_file_states` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file_path` varchar(255) NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `size_bytes` bigint,
  `last_modified` datetime(6),
  `last_backed_up` datetime(6),
  `is_archived` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_backup_file_path` (`file_path`),
  KEY `idx_backup_checksum` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_runs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  `status` varchar(255) DEFAULT 'running',
  `backup_type` varchar(255),
  `files_backed_up` int DEFAULT 0,
  `total_size_bytes` bigint DEFAULT '0',
  `duration_seconds` int,
  `error_message` text,
  `statistics` json,
  `file_checksums` json,
  `manifest_path` varchar(255),
  `manifest_id` varchar(255),
  `manifest_format` varchar(255) DEFAULT 'json',
  `app_version` varchar(255),
  `node_version` varchar(255),
  `db_schema_version` varchar(255),
  `manifest_info` json,
  `parent_backup_id` int,
  `backup_mode` enum('full','incremental','database') DEFAULT 'full',
  PRIMARY KEY (`id`),
  KEY `idx_backup_runs_mode_status` (`backup_mode`, `status`),
  KEY `idx_backup_runs_parent` (`parent_backup_id`),
  CONSTRAINT `backup_runs_parent_backup_id_foreign` FOREIGN KEY (`parent_backup_id`) REFERENCES `backup_runs` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cms_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(100) NOT NULL,
  `title_en` text,
  `title_de` text,
  `content_en` text,
  `content_de` text,
  `logo_url` varchar(255),
  `use_external_url` tinyint(1) NOT NULL DEFAULT 0,
  `external_url` varchar(255),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cms_pages_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `css_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slot_number` int NOT NULL,
  `name` varchar(50) NOT NULL DEFAULT 'Untitled',
  `css_content` text NOT NULL DEFAULT '',
  `is_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `css_templates_slot_number_unique` (`slot_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `database_backup_runs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  `status` varchar(255) DEFAULT 'running',
  `backup_type` varchar(255),
  `destination_path` varchar(255),
  `file_path` varchar(255),
  `file_size_bytes` bigint DEFAULT '0',
  `original_size_bytes` bigint DEFAULT '0',
  `duration_seconds` int,
  `checksum` varchar(255),
  `compression_ratio` float,
  `table_checksums` json,
  `error_message` text,
  `statistics` json,
  `app_version` varchar(255),
  `node_version` varchar(255),
  `db_schema_version` varchar(255),
  `environment_info` json,
  PRIMARY KEY (`id`),
  KEY `idx_db_backup_started` (`started_at`),
  KEY `idx_db_backup_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_configs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `smtp_host` varchar(255) NOT NULL,
  `smtp_port` int NOT NULL,
  `smtp_secure` tinyint(1) DEFAULT 0,
  `smtp_user` varchar(255),
  `smtp_pass` varchar(255),
  `from_email` varchar(255) NOT NULL,
  `from_name` varchar(255),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `tls_reject_unauthorized` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `template_key` varchar(255) NOT NULL,
  `subject_en` varchar(255) NOT NULL,
  `body_html_en` text NOT NULL,
  `body_text_en` text,
  `variables` json,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `subject_de` varchar(255),
  `body_html_de` text,
  `body_text_de` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_templates_template_key_unique` (`template_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug_prefix` varchar(50) NOT NULL,
  `emoji` varchar(10),
  `theme_preset` varchar(50),
  `theme_config` text,
  `display_order` int DEFAULT 0,
  `is_system` tinyint(1) DEFAULT 0,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_types_slug_prefix_unique` (`slug_prefix`),
  KEY `event_types_slug_prefix_index` (`slug_prefix`),
  KEY `event_types_display_order_index` (`display_order`),
  KEY `event_types_is_active_index` (`is_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_word_filters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `word` varchar(100) NOT NULL,
  `severity` varchar(20) DEFAULT 'moderate',
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `feedback_word_filters_word_unique` (`word`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) NOT NULL,
  `applied_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `migrations_filename_unique` (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `display_name` varchar(150) NOT NULL,
  `category` varchar(50) NOT NULL,
  `description` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_unique` (`name`),
  KEY `permissions_name_index` (`name`),
  KEY `permissions_category_index` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restore_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  `status` varchar(255) DEFAULT 'running',
  `restore_type` varchar(255),
  `backup_id` varchar(255),
  `backup_app_version` varchar(255),
  `restore_app_version` varchar(255),
  `backup_node_version` varchar(255),
  `restore_node_version` varchar(255),
  `backup_schema_version` varchar(255),
  `restore_schema_version` varchar(255),
  `version_compatibility` json,
  `restore_options` json,
  `statistics` json,
  `warnings` text,
  `error_message` text,
  `restored_by` varchar(255),
  PRIMARY KEY (`id`),
  KEY `idx_restore_started` (`started_at`),
  KEY `idx_restore_backup_id` (`backup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revoked_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token_id` varchar(255) NOT NULL,
  `user_id` int,
  `token_type` varchar(20),
  `revoked_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6) NOT NULL,
  `reason` varchar(100),
  `metadata` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `revoked_tokens_token_id_unique` (`token_id`),
  KEY `revoked_tokens_token_id_index` (`token_id`),
  KEY `revoked_tokens_user_id_index` (`user_id`),
  KEY `revoked_tokens_expires_at_index` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `display_name` varchar(100) NOT NULL,
  `description` text,
  `is_system` tinyint(1) DEFAULT 0,
  `priority` int DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`),
  KEY `roles_name_index` (`name`),
  KEY `roles_priority_index` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_type` varchar(50) NOT NULL,
  `client_ip` varchar(45) NOT NULL,
  `client_fingerprint` varchar(32),
  `user_agent` text,
  `request_path` varchar(255),
  `request_method` varchar(10),
  `details` json,
  `timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `security_logs_event_type_timestamp_index` (`event_type`, `timestamp`),
  KEY `security_logs_client_ip_timestamp_index` (`client_ip`, `timestamp`),
  KEY `security_logs_client_fingerprint_timestamp_index` (`client_fingerprint`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_token_revocations` (
  `user_id` int NOT NULL,
  `revoked_at` datetime(6) NOT NULL,
  `reason` varchar(100),
  PRIMARY KEY (`user_id`),
  KEY `user_token_revocations_revoked_at_index` (`revoked_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `must_change_password` tinyint(1) DEFAULT 0,
  `password_changed_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_login` datetime(6),
  `last_login_ip` varchar(255),
  `language` varchar(2) DEFAULT 'en',
  `role_id` int,
  `created_by` int,
  `invite_token` varchar(64),
  `invite_expires_at` datetime(6),
  `invite_accepted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_users_email_unique` (`email`),
  UNIQUE KEY `admin_users_username_unique` (`username`),
  KEY `admin_users_invite_token_index` (`invite_token`),
  CONSTRAINT `admin_users_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `admin_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `admin_users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_manifest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `backup_run_id` int NOT NULL,
  `manifest_id` char(36) NOT NULL,
  `version` varchar(20) NOT NULL DEFAULT '1.0.0',
  `format` enum('json','yaml') NOT NULL DEFAULT 'json',
  `backup_start` datetime(6) NOT NULL,
  `backup_end` datetime(6) NOT NULL,
  `total_size` bigint,
  `file_count` int,
  `photo_count` int,
  `event_count` int,
  `is_incremental` tinyint(1) DEFAULT 0,
  `parent_manifest_id` char(36),
  `incremental_since` datetime(6),
  `checksum_algorithm` varchar(50) DEFAULT 'sha256',
  `manifest_checksum` text,
  `storage_location` varchar(500),
  `storage_provider` varchar(50),
  `is_encrypted` tinyint(1) DEFAULT 0,
  `encryption_algorithm` varchar(100),
  `encryption_key_id` varchar(255),
  `metadata` json,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `backup_manifest_manifest_id_unique` (`manifest_id`),
  KEY `idx_manifest_backup_run` (`backup_run_id`),
  KEY `idx_manifest_uuid` (`manifest_id`),
  KEY `idx_manifest_parent` (`parent_manifest_id`),
  KEY `idx_manifest_time_range` (`backup_start`, `backup_end`),
  KEY `idx_manifest_incremental_created` (`is_incremental`, `created_at`),
  CONSTRAINT `backup_manifest_backup_run_id_foreign` FOREIGN KEY (`backup_run_id`) REFERENCES `backup_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_template_translations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `template_id` int NOT NULL,
  `language` varchar(10) NOT NULL,
  `subject` text,
  `body_html` text,
  `body_text` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_template_translations_template_id_language_unique` (`template_id`, `language`),
  CONSTRAINT `email_template_translations_template_id_foreign` FOREIGN KEY (`template_id`) REFERENCES `email_templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `role_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  KEY `role_permissions_role_id_index` (`role_id`),
  KEY `role_permissions_permission_id_index` (`permission_id`),
  CONSTRAINT `role_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_permissions_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `role_id` int NOT NULL,
  `invited_by` int NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `accepted_at` datetime(6),
  `accepted_user_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_invitations_token_unique` (`token`),
  KEY `admin_invitations_token_index` (`token`),
  KEY `admin_invitations_email_index` (`email`),
  KEY `admin_invitations_expires_at_index` (`expires_at`),
  KEY `admin_invitations_invited_by_index` (`invited_by`),
  KEY `admin_invitations_accepted_at_index` (`accepted_at`),
  CONSTRAINT `admin_invitations_accepted_user_id_foreign` FOREIGN KEY (`accepted_user_id`) REFERENCES `admin_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `admin_invitations_invited_by_foreign` FOREIGN KEY (`invited_by`) REFERENCES `admin_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admin_invitations_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `hashed_token` varchar(64) NOT NULL,
  `scopes` varchar(64) NOT NULL DEFAULT 'read',
  `created_by` int NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6),
  `last_used_at` datetime(6),
  `revoked_at` datetime(6),
  `preview` varchar(16),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_tokens_hashed_token_unique` (`hashed_token`),
  CONSTRAINT `api_tokens_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `admin_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `event_type` varchar(255) NOT NULL,
  `event_name` varchar(255) NOT NULL,
  `event_date` date,
  `customer_name` varchar(255),
  `customer_email` varchar(255),
  `host_email` varchar(255),
  `host_name` varchar(255),
  `admin_email` varchar(255),
  `password_hash` varchar(255) NOT NULL,
  `welcome_message` text,
  `color_theme` text,
  `share_link` varchar(255) NOT NULL,
  `share_token` varchar(255),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6),
  `is_active` tinyint(1) DEFAULT 1,
  `is_archived` tinyint(1) DEFAULT 0,
  `archive_path` varchar(255),
  `archived_at` datetime(6),
  `allow_user_uploads` tinyint(1) DEFAULT 0,
  `upload_category_id` int,
  `allow_downloads` tinyint(1) DEFAULT 1,
  `disable_right_click` tinyint(1) DEFAULT 0,
  `watermark_downloads` tinyint(1) DEFAULT 0,
  `watermark_text` text,
  `hero_photo_id` int,
  `require_password` tinyint(1) DEFAULT 1,
  `protection_level` enum('basic','standard','enhanced','maximum') DEFAULT 'standard',
  `image_quality` int DEFAULT 85,
  `add_fingerprint` tinyint(1) DEFAULT 1,
  `enable_devtools_protection` tinyint(1) DEFAULT 1,
  `use_canvas_rendering` tinyint(1) DEFAULT 0,
  `fragmentation_level` int DEFAULT 3,
  `overlay_protection` tinyint(1) DEFAULT 1,
  `source_mode` varchar(255) NOT NULL DEFAULT 'managed',
  `external_path` text,
  `css_template_id` int,
  `created_by` int,
  `hero_logo_visible` tinyint(1) NOT NULL DEFAULT 1,
  `hero_logo_size` varchar(20) NOT NULL DEFAULT 'medium',
  `hero_logo_position` varchar(20) NOT NULL DEFAULT 'top',
  `hero_logo_url` varchar(500),
  `hero_logo_path` varchar(500),
  `header_style` varchar(20) DEFAULT 'standard',
  `hero_divider_style` varchar(20) DEFAULT 'wave',
  `hero_image_anchor` varchar(20) DEFAULT 'center',
  `photo_cap` int,
  `client_access_enabled` tinyint(1) DEFAULT 0,
  `client_password_hash` varchar(255),
  `client_share_token` varchar(64),
  `is_draft` tinyint(1) DEFAULT 0,
  `default_photo_sort` varchar(50) DEFAULT 'upload_date_desc',
  `download_zip_path` text,
  `download_zip_generated_at` datetime(6),
  `customer_phone` varchar(32),
  `allow_presigned_download` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_client_share_token_unique` (`client_share_token`),
  UNIQUE KEY `events_share_link_unique` (`share_link`),
  UNIQUE KEY `events_share_token_unique` (`share_token`),
  UNIQUE KEY `events_slug_unique` (`slug`),
  CONSTRAINT `events_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `admin_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `events_css_template_id_foreign` FOREIGN KEY (`css_template_id`) REFERENCES `css_templates` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restore_runs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6),
  `duration_seconds` int,
  `status` varchar(50) NOT NULL DEFAULT 'running',
  `restore_type` varchar(50) NOT NULL,
  `source` varchar(500) NOT NULL,
  `manifest_path` varchar(500),
  `error_message` text,
  `statistics` text,
  `restore_log` text,
  `pre_restore_backup_path` varchar(500),
  `is_dry_run` tinyint(1) DEFAULT 0,
  `was_rollback_attempted` tinyint(1) DEFAULT 0,
  `was_successful` tinyint(1) DEFAULT 0,
  `operator_type` varchar(50) DEFAULT 'manual',
  `operator_user_id` int,
  `operator_ip` varchar(50),
  `metadata` text,
  PRIMARY KEY (`id`),
  KEY `restore_runs_status_started_at_index` (`status`, `started_at`),
  KEY `restore_runs_restore_type_started_at_index` (`restore_type`, `started_at`),
  CONSTRAINT `restore_runs_operator_user_id_foreign` FOREIGN KEY (`operator_user_id`) REFERENCES `admin_users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `secret` varchar(100) NOT NULL,
  `secret_preview` varchar(16),
  `events` json NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created_by` int NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_success_at` datetime(6),
  `last_failure_at` datetime(6),
  `filter` json NOT NULL,
  `template` text,
  PRIMARY KEY (`id`),
  KEY `webhooks_active_idx` (`active`),
  CONSTRAINT `webhooks_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `admin_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `ip_address` varchar(255),
  `user_agent` varchar(255),
  `action` varchar(255),
  `photo_id` varchar(255),
  `timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `access_logs_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `activity_type` varchar(255) NOT NULL,
  `actor_type` varchar(255),
  `actor_id` int,
  `actor_name` varchar(255),
  `metadata` json,
  `event_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `read_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_logs_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_queue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `recipient_email` varchar(255) NOT NULL,
  `email_type` varchar(255) NOT NULL,
  `email_data` json,
  `status` varchar(255) DEFAULT 'pending',
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `scheduled_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `sent_at` datetime(6),
  `error_message` text,
  `retry_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `email_queue_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_feedback_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `feedback_enabled` tinyint(1) DEFAULT 0,
  `allow_ratings` tinyint(1) DEFAULT 1,
  `allow_likes` tinyint(1) DEFAULT 1,
  `allow_comments` tinyint(1) DEFAULT 0,
  `allow_favorites` tinyint(1) DEFAULT 1,
  `require_name_email` tinyint(1) DEFAULT 0,
  `moderate_comments` tinyint(1) DEFAULT 1,
  `show_feedback_to_guests` tinyint(1) DEFAULT 1,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `require_moderation` tinyint(1) DEFAULT 1,
  `identity_mode` enum('simple','guest') NOT NULL DEFAULT 'simple',
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_feedback_settings_event_id_unique` (`event_id`),
  CONSTRAINT `event_feedback_settings_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` varchar(50) NOT NULL,
  `event_id` int,
  `admin_user_id` int,
  `format` varchar(20) NOT NULL,
  `status` varchar(20) DEFAULT 'pending',
  `progress` int DEFAULT 0,
  `total_photos` int,
  `options` json,
  `file_path` varchar(500),
  `file_size` bigint,
  `error_message` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `export_jobs_job_id_unique` (`job_id`),
  CONSTRAINT `export_jobs_admin_user_id_foreign` FOREIGN KEY (`admin_user_id`) REFERENCES `admin_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `export_jobs_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_rate_limits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `identifier` varchar(64) NOT NULL,
  `event_id` int,
  `action_type` varchar(20) NOT NULL,
  `action_count` int DEFAULT 1,
  `window_start` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `feedback_rate_limits_identifier_event_id_action_type_index` (`identifier`, `event_id`, `action_type`),
  KEY `feedback_rate_limits_window_start_index` (`window_start`),
  CONSTRAINT `feedback_rate_limits_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gallery_guests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `email` varchar(255),
  `identifier` varchar(64) NOT NULL,
  `ip_address_last` varchar(45),
  `user_agent_last` text,
  `email_verified_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_seen_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `is_deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gallery_guests_event_id_identifier_unique` (`event_id`, `identifier`),
  KEY `gallery_guests_event_id_index` (`event_id`),
  KEY `gallery_guests_event_id_email_index` (`event_id`, `email`),
  CONSTRAINT `gallery_guests_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guest_verification_codes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `email` varchar(255) NOT NULL,
  `code_hash` varchar(128) NOT NULL,
  `attempts` int DEFAULT 0,
  `expires_at` datetime(6) NOT NULL,
  `consumed_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `guest_verification_codes_event_id_email_index` (`event_id`, `email`),
  KEY `guest_verification_codes_expires_at_index` (`expires_at`),
  CONSTRAINT `guest_verification_codes_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restore_file_operations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `restore_run_id` int NOT NULL,
  `file_path` varchar(500) NOT NULL,
  `operation` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `file_size` bigint,
  `checksum` varchar(64),
  `checksum_verified` tinyint(1) DEFAULT 0,
  `error_message` text,
  `started_at` datetime(6),
  `completed_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `restore_file_operations_restore_run_id_status_index` (`restore_run_id`, `status`),
  KEY `restore_file_operations_file_path_index` (`file_path`),
  CONSTRAINT `restore_file_operations_restore_run_id_foreign` FOREIGN KEY (`restore_run_id`) REFERENCES `restore_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restore_validation_results` (
  `id` int NOT NULL AUTO_INCREMENT,
  `restore_run_id` int NOT NULL,
  `validation_type` varchar(50) NOT NULL,
  `is_valid` tinyint(1) NOT NULL,
  `errors` text,
  `warnings` text,
  `checksums` text,
  `validated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `restore_validation_results_restore_run_id_validation_type_index` (`restore_run_id`, `validation_type`),
  CONSTRAINT `restore_validation_results_restore_run_id_foreign` FOREIGN KEY (`restore_run_id`) REFERENCES `restore_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slug_redirects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `old_slug` varchar(255) NOT NULL,
  `new_slug` varchar(255) NOT NULL,
  `event_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug_redirects_old_slug_unique` (`old_slug`),
  KEY `slug_redirects_old_slug_index` (`old_slug`),
  CONSTRAINT `slug_redirects_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_deliveries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `webhook_id` int NOT NULL,
  `event_type` varchar(64) NOT NULL,
  `payload` json NOT NULL,
  `attempt_count` int NOT NULL DEFAULT 0,
  `status` varchar(16) NOT NULL DEFAULT 'pending',
  `response_status` int,
  `response_body` text,
  `last_error` text,
  `latency_ms` int,
  `next_retry_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `webhook_deliveries_status_retry_idx` (`status`, `next_retry_at`),
  KEY `webhook_deliveries_webhook_idx` (`webhook_id`),
  CONSTRAINT `webhook_deliveries_webhook_id_foreign` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guest_invites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `guest_id` int NOT NULL,
  `token` varchar(64) NOT NULL,
  `created_by_admin_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `redeemed_at` datetime(6),
  `revoked_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guest_invites_token_unique` (`token`),
  KEY `guest_invites_event_id_index` (`event_id`),
  KEY `guest_invites_guest_id_index` (`guest_id`),
  CONSTRAINT `guest_invites_created_by_admin_id_foreign` FOREIGN KEY (`created_by_admin_id`) REFERENCES `admin_users` (`id`),
  CONSTRAINT `guest_invites_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `guest_invites_guest_id_foreign` FOREIGN KEY (`guest_id`) REFERENCES `gallery_guests` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_access_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `photo_id` int NOT NULL,
  `event_id` int NOT NULL,
  `client_ip` varchar(45) NOT NULL,
  `user_agent` text,
  `access_type` varchar(20) DEFAULT 'view',
  `client_fingerprint` varchar(32) NOT NULL,
  `accessed_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` json,
  PRIMARY KEY (`id`),
  KEY `image_access_logs_photo_id_accessed_at_index` (`photo_id`, `accessed_at`),
  KEY `image_access_logs_client_fingerprint_accessed_at_index` (`client_fingerprint`, `accessed_at`),
  KEY `image_access_logs_client_ip_accessed_at_index` (`client_ip`, `accessed_at`),
  CONSTRAINT `image_access_logs_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `is_global` tinyint(1) DEFAULT 1,
  `event_id` int,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `hero_photo_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `photo_categories_slug_event_id_unique` (`slug`, `event_id`),
  CONSTRAINT `photo_categories_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `filename` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `thumbnail_path` varchar(255),
  `type` varchar(255) NOT NULL,
  `size_bytes` int,
  `uploaded_by` varchar(255) DEFAULT 'admin',
  `uploaded_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `view_count` int DEFAULT 0,
  `download_count` int DEFAULT 0,
  `category_id` int,
  `feedback_count` int DEFAULT 0,
  `like_count` int DEFAULT 0,
  `average_rating` decimal(3,2) DEFAULT '0',
  `favorite_count` int DEFAULT 0,
  `mime_type` varchar(100),
  `source_origin` varchar(255) NOT NULL DEFAULT 'managed',
  `external_relpath` text,
  `media_type` varchar(255) DEFAULT 'image',
  `duration` int,
  `video_codec` varchar(255),
  `audio_codec` varchar(255),
  `width` int,
  `height` int,
  `comment_count` int DEFAULT 0,
  `watermark_path` varchar(512),
  `watermark_generated_at` datetime(6),
  `original_filename` varchar(512),
  `hero_path` varchar(512),
  `captured_at` datetime(6),
  `visibility` varchar(20) NOT NULL DEFAULT 'visible',
  `processing_status` varchar(16) NOT NULL DEFAULT 'complete',
  `processing_error` text,
  `processing_started_at` datetime(6),
  `upload_id` varchar(64),
  PRIMARY KEY (`id`),
  KEY `photos_event_source_idx` (`event_id`, `source_origin`),
  KEY `idx_photos_captured_at` (`captured_at`),
  KEY `idx_photos_event_visibility` (`event_id`, `visibility`),
  KEY `idx_photos_processing_status` (`processing_status`),
  KEY `idx_photos_upload_id` (`upload_id`),
  CONSTRAINT `photos_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `photo_categories` (`id`),
  CONSTRAINT `photos_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_feedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `photo_id` int,
  `event_id` int,
  `feedback_type` varchar(20) NOT NULL,
  `rating` int,
  `comment_text` text,
  `guest_name` varchar(100),
  `guest_email` varchar(255),
  `guest_identifier` varchar(64),
  `ip_address` varchar(45),
  `user_agent` text,
  `is_approved` tinyint(1) DEFAULT 1,
  `is_hidden` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `guest_id` int,
  PRIMARY KEY (`id`),
  KEY `photo_feedback_photo_id_index` (`photo_id`),
  KEY `photo_feedback_event_id_index` (`event_id`),
  KEY `photo_feedback_feedback_type_index` (`feedback_type`),
  KEY `photo_feedback_guest_identifier_index` (`guest_identifier`),
  KEY `photo_feedback_guest_id_index` (`guest_id`),
  CONSTRAINT `photo_feedback_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `photo_feedback_guest_id_foreign` FOREIGN KEY (`guest_id`) REFERENCES `gallery_guests` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photo_feedback_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `image_access_logs` ADD CONSTRAINT `image_access_logs_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE;
ALTER TABLE `photo_categories` ADD CONSTRAINT `photo_categories_hero_photo_id_foreign` FOREIGN KEY (`hero_photo_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL;
