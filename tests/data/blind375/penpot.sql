-- Penpot (Kaleidos; open-source design and prototyping platform) — database schema
-- Upstream: github.com/penpot/penpot, commit 66bb6a11dfb1fc708a5c8165f8eaa4222e233bb2 (MPL-2.0)
-- Made from: the 160 SQL steps listed in backend/src/app/migrations.clj (backend/src/app/migrations/sql/*.sql),
-- applied in that order to a scratch PostgreSQL 15 database, and every table of schema `public` read back from the
-- catalogue (columns in the order the migrations leave them). The two Clojure steps (0023, 0145) only rewrite data.
-- PostgreSQL written as MySQL: uuid -> CHAR(36); text -> TEXT (VARCHAR(255) where part of a key); jsonb -> JSON;
-- bytea -> LONGBLOB; boolean -> TINYINT(1); timestamptz -> DATETIME(6); arrays (text[], uuid[]) -> JSON;
-- inet -> VARCHAR(45); point -> VARCHAR(100). Function defaults (gen_random_uuid(), uuid_generate_v4()) dropped,
-- now()/clock_timestamp() -> CURRENT_TIMESTAMP(6). Primary keys, unique constraints and unique indexes (partial
-- unique indexes as plain KEY) and foreign keys are upstream's, with upstream's names; non-unique indexes, CHECK
-- constraints, triggers and functions are left out. The sixteen hash partitions file_data_00 … file_data_15 of
-- `file_data` are given as their parent table only.

CREATE TABLE `migrations` (
  `module` VARCHAR(255),
  `step` VARCHAR(255),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `migrations_module_step_key` (`module`, `step`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_object` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `size` BIGINT NOT NULL DEFAULT 0,
  `backend` TEXT NOT NULL,
  `metadata` JSON,
  `touched_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `name` TEXT NOT NULL,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `photo_id` CHAR(36),
  `features` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `team_photo_id_fkey` FOREIGN KEY (`photo_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `fullname` TEXT NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL,
  `password` TEXT NOT NULL,
  `lang` TEXT,
  `theme` TEXT,
  `is_demo` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `props` JSON,
  `photo_id` CHAR(36),
  `is_muted` TINYINT(1) DEFAULT 0,
  `auth_backend` TEXT,
  `is_blocked` TINYINT(1) DEFAULT 0,
  `default_project_id` CHAR(36),
  `default_team_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `profile__email__idx` (`email`),
  CONSTRAINT `profile_default_project_id_fkey` FOREIGN KEY (`default_project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `profile_default_team_id_fkey` FOREIGN KEY (`default_team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `profile_photo_id_fkey` FOREIGN KEY (`photo_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_profile_rel` (
  `team_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_admin` TINYINT(1) DEFAULT 0,
  `is_owner` TINYINT(1) DEFAULT 0,
  `can_edit` TINYINT(1) DEFAULT 0,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_profile_rel_unique` (`team_id`, `profile_id`),
  CONSTRAINT `team_profile_rel_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `team_profile_rel_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Relation between teams and profiles (NM)';

CREATE TABLE `project_profile_rel` (
  `profile_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_owner` TINYINT(1) DEFAULT 0,
  `is_admin` TINYINT(1) DEFAULT 0,
  `can_edit` TINYINT(1) DEFAULT 0,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_profile_rel_unique` (`project_id`, `profile_id`),
  CONSTRAINT `project_profile_rel_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_profile_rel_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `name` TEXT NOT NULL,
  `is_shared` TINYINT(1) NOT NULL DEFAULT 0,
  `has_media_trimmed` TINYINT(1) DEFAULT 0,
  `revn` BIGINT NOT NULL DEFAULT 0,
  `data` LONGBLOB,
  `ignore_sync_until` DATETIME(6),
  `comment_thread_seqn` INT DEFAULT 0,
  `data_backend` TEXT,
  `features` JSON,
  `version` INT,
  `data_ref_id` CHAR(36),
  `vern` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `file_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_profile_rel` (
  `file_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_owner` TINYINT(1) DEFAULT 0,
  `is_admin` TINYINT(1) DEFAULT 0,
  `can_edit` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`file_id`, `profile_id`),
  CONSTRAINT `file_profile_rel_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `file_profile_rel_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Relation between files and profiles (NM)';

CREATE TABLE `page` (
  `id` CHAR(36) NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `revn` BIGINT NOT NULL DEFAULT 0,
  `share_token` TEXT,
  `ordering` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  `data` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `page_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_media_object` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `name` TEXT NOT NULL,
  `width` INT NOT NULL,
  `height` INT NOT NULL,
  `mtype` TEXT NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `is_local` TINYINT(1) NOT NULL DEFAULT 0,
  `media_id` CHAR(36) NOT NULL,
  `thumbnail_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `file_media_object_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_media_object_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `storage_object` (`id`),
  CONSTRAINT `file_media_object_thumbnail_id_fkey` FOREIGN KEY (`thumbnail_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presence` (
  `file_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`file_id`, `session_id`, `profile_id`),
  CONSTRAINT `presence_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `presence_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `http_session` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `profile_id` CHAR(36) NOT NULL,
  `user_agent` TEXT,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `http_session_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_library_rel` (
  `file_id` CHAR(36) NOT NULL,
  `library_file_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `synced_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'DEPRECATED: will be removed in a future migration; kept temporarily for backward compatibility',
  PRIMARY KEY (`file_id`, `library_file_id`),
  CONSTRAINT `file_library_rel_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `file_library_rel_library_file_id_fkey` FOREIGN KEY (`library_file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Relation between files and the shared library files they use (NM)';

CREATE TABLE `scheduled_task` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `cron_expr` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_task_history` (
  `id` CHAR(36) NOT NULL,
  `task_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_error` TINYINT(1) NOT NULL DEFAULT 0,
  `reason` TEXT,
  PRIMARY KEY (`id`, `created_at`),
  CONSTRAINT `scheduled_task_history_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `scheduled_task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_change` (
  `id` CHAR(36) NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `session_id` CHAR(36),
  `revn` BIGINT NOT NULL DEFAULT 0,
  `data` LONGBLOB,
  `changes` LONGBLOB,
  `profile_id` CHAR(36),
  `features` JSON,
  `label` TEXT,
  `data_backend` TEXT,
  `data_ref_id` CHAR(36),
  `version` INT,
  `created_by` TEXT NOT NULL DEFAULT 'system',
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `migrations` JSON,
  `locked_by` CHAR(36) COMMENT 'Profile ID of user who has locked this version. Only the creator can lock/unlock their own versions. Locked versions cannot be deleted by others.',
  PRIMARY KEY (`id`),
  CONSTRAINT `file_change_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_change_locked_by_fkey` FOREIGN KEY (`locked_by`) REFERENCES `profile` (`id`) ON DELETE SET NULL,
  CONSTRAINT `file_change_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_project_profile_rel` (
  `team_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_project_profile_rel_unique` (`team_id`, `project_id`, `profile_id`),
  CONSTRAINT `team_project_profile_rel_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `team_project_profile_rel_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `team_project_profile_rel_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_thread` (
  `id` CHAR(36) NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `page_id` CHAR(36) NOT NULL,
  `participants` JSON NOT NULL,
  `seqn` INT NOT NULL DEFAULT 0,
  `position` VARCHAR(100) NOT NULL,
  `is_resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `page_name` TEXT,
  `frame_id` CHAR(36) DEFAULT '00000000-0000-0000-0000-000000000000',
  `mentions` JSON DEFAULT '[]',
  PRIMARY KEY (`id`),
  UNIQUE KEY `comment_thread__file_id__seqn__idx` (`file_id`, `seqn`),
  CONSTRAINT `comment_thread_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_thread_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_thread_status` (
  `thread_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`thread_id`, `profile_id`),
  CONSTRAINT `comment_thread_status_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_thread_status_thread_id_fkey` FOREIGN KEY (`thread_id`) REFERENCES `comment_thread` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` CHAR(36) NOT NULL,
  `thread_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `content` TEXT NOT NULL,
  `mentions` JSON DEFAULT '[]',
  PRIMARY KEY (`id`),
  CONSTRAINT `comment_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_thread_id_fkey` FOREIGN KEY (`thread_id`) REFERENCES `comment_thread` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_error_report` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `content` JSON,
  `version` INT DEFAULT 1,
  `source` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_prop` (
  `id` VARCHAR(255) NOT NULL,
  `content` JSON,
  `preload` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_complaint_report` (
  `profile_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` TEXT NOT NULL,
  `content` JSON,
  PRIMARY KEY (`profile_id`, `created_at`),
  CONSTRAINT `profile_complaint_report_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_complaint_report` (
  `email` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` TEXT NOT NULL,
  `content` JSON,
  PRIMARY KEY (`email`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_font_variant` (
  `id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `font_id` CHAR(36) NOT NULL,
  `font_family` TEXT NOT NULL,
  `font_weight` SMALLINT NOT NULL,
  `font_style` TEXT NOT NULL,
  `otf_file_id` CHAR(36),
  `ttf_file_id` CHAR(36),
  `woff1_file_id` CHAR(36),
  `woff2_file_id` CHAR(36),
  `variant_name` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `team_font_variant_otf_file_id_fkey` FOREIGN KEY (`otf_file_id`) REFERENCES `storage_object` (`id`),
  CONSTRAINT `team_font_variant_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_font_variant_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `team_font_variant_ttf_file_id_fkey` FOREIGN KEY (`ttf_file_id`) REFERENCES `storage_object` (`id`),
  CONSTRAINT `team_font_variant_woff1_file_id_fkey` FOREIGN KEY (`woff1_file_id`) REFERENCES `storage_object` (`id`),
  CONSTRAINT `team_font_variant_woff2_file_id_fkey` FOREIGN KEY (`woff2_file_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_link` (
  `id` CHAR(36) NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pages` JSON,
  `flags` JSON,
  `who_comment` TEXT NOT NULL DEFAULT 'team',
  `who_inspect` TEXT NOT NULL DEFAULT 'team',
  PRIMARY KEY (`id`),
  CONSTRAINT `share_link_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `share_link_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `profile` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_invitation` (
  `team_id` CHAR(36),
  `email_to` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `valid_until` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` CHAR(36) NOT NULL,
  `created_by` CHAR(36),
  `org_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_invitation_unique` (`team_id`, `email_to`),
  KEY `team_invitation_org_unique` (`org_id`, `email_to`),
  CONSTRAINT `team_invitation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `profile` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_invitation_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_thumbnail` (
  `file_id` CHAR(36) NOT NULL,
  `revn` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `data` TEXT,
  `props` JSON,
  `media_id` CHAR(36),
  PRIMARY KEY (`file_id`, `revn`),
  CONSTRAINT `file_thumbnail_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_thumbnail_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_object_thumbnail` (
  `file_id` CHAR(36) NOT NULL,
  `object_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` TEXT,
  `media_id` CHAR(36),
  PRIMARY KEY (`file_id`, `object_id`),
  CONSTRAINT `file_object_thumbnail_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_object_thumbnail_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_data_fragment` (
  `id` CHAR(36) NOT NULL,
  `file_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` JSON,
  `deleted_at` DATETIME(6),
  `data` LONGBLOB,
  `data_backend` TEXT,
  `data_ref_id` CHAR(36),
  PRIMARY KEY (`file_id`, `id`),
  CONSTRAINT `file_data_fragment_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook` (
  `id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `uri` TEXT NOT NULL,
  `mtype` TEXT NOT NULL,
  `error_code` TEXT,
  `error_count` SMALLINT DEFAULT 0,
  `is_active` TINYINT(1) DEFAULT 1,
  `secret_key` TEXT,
  `profile_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE SET NULL,
  CONSTRAINT `webhook_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_delivery` (
  `webhook_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` TEXT,
  `req_data` JSON,
  `rsp_data` JSON,
  PRIMARY KEY (`webhook_id`, `created_at`),
  CONSTRAINT `webhook_delivery_webhook_id_fkey` FOREIGN KEY (`webhook_id`) REFERENCES `webhook` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_quote` (
  `id` CHAR(36) NOT NULL,
  `target` TEXT NOT NULL,
  `quote` BIGINT NOT NULL,
  `profile_id` CHAR(36),
  `project_id` CHAR(36),
  `team_id` CHAR(36),
  `file_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `usage_quote_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE,
  CONSTRAINT `usage_quote_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `usage_quote_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `usage_quote_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_token` (
  `id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `perms` JSON,
  `expires_at` DATETIME(6),
  `type` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_token_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_tagged_object_thumbnail` (
  `file_id` CHAR(36) NOT NULL,
  `tag` VARCHAR(255) NOT NULL DEFAULT 'frame',
  `object_id` VARCHAR(255) NOT NULL,
  `media_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`file_id`, `tag`, `object_id`),
  CONSTRAINT `file_tagged_object_thumbnail_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_tagged_object_thumbnail_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `storage_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` DATETIME(6),
  `scheduled_at` DATETIME(6) NOT NULL,
  `priority` SMALLINT DEFAULT 100,
  `queue` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `props` JSON NOT NULL,
  `error` TEXT,
  `retry_num` SMALLINT NOT NULL DEFAULT 0,
  `max_retries` SMALLINT NOT NULL DEFAULT 3,
  `status` TEXT NOT NULL DEFAULT 'new',
  `label` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `archived_at` DATETIME(6),
  `profile_id` CHAR(36) NOT NULL,
  `props` JSON,
  `ip_addr` VARCHAR(45),
  `tracked_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `source` TEXT,
  `context` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_access_request` (
  `id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  `requester_id` CHAR(36),
  `valid_until` DATETIME(6) NOT NULL,
  `auto_join_until` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_access_request_team_id_requester_id_key` (`team_id`, `requester_id`),
  CONSTRAINT `team_access_request_requester_id_fkey` FOREIGN KEY (`requester_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `team_access_request_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_migration` (
  `file_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`file_id`, `name`),
  CONSTRAINT `file_migration_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_data` (
  `file_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6),
  `type` TEXT NOT NULL,
  `backend` TEXT,
  `metadata` JSON,
  `data` LONGBLOB,
  PRIMARY KEY (`file_id`, `id`),
  CONSTRAINT `file_data_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_provider` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `type` TEXT NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `client_id` TEXT NOT NULL,
  `client_secret` TEXT NOT NULL,
  `base_uri` TEXT NOT NULL,
  `token_uri` TEXT,
  `auth_uri` TEXT,
  `user_uri` TEXT,
  `jwks_uri` TEXT,
  `logout_uri` TEXT,
  `roles_attr` TEXT,
  `email_attr` TEXT,
  `name_attr` TEXT,
  `user_info_source` TEXT NOT NULL DEFAULT 'token',
  `scopes` JSON,
  `roles` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sso_provider__domain__idx` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `http_session_v2` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `profile_id` CHAR(36),
  `user_agent` TEXT,
  `sso_provider_id` CHAR(36),
  `sso_session_id` TEXT,
  `props` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `http_session_v2_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE,
  CONSTRAINT `http_session_v2_sso_provider_id_fkey` FOREIGN KEY (`sso_provider_id`) REFERENCES `sso_provider` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_session` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `profile_id` CHAR(36) NOT NULL,
  `total_chunks` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `upload_session_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_library_sync` (
  `file_id` CHAR(36) NOT NULL,
  `library_file_id` CHAR(36) NOT NULL,
  `synced_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`file_id`, `library_file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
