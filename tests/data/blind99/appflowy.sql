-- AppFlowy Cloud (github.com/AppFlowy-IO/AppFlowy-Cloud, commit 4fb9c9290bfac085d6b83bb7b43ca9b858c7166e, AGPL-3.0):
-- the public-schema tables created by migrations/*.sql (sqlx), read back from PostgreSQL after applying them all,
-- translated to MySQL/MariaDB. Column comments are upstream's SQL comments. Indexes, foreign keys, triggers,
-- functions, the list partitions of af_snapshot_meta/af_snapshot_state and GoTrue's auth schema are left out.

CREATE TABLE `af_user` (
  `uid` BIGINT NOT NULL,
  `uuid` CHAR(36) NOT NULL COMMENT 'related to gotrue',
  `email` TEXT NOT NULL COMMENT 'not needed when authenticated with gotrue',
  `password` TEXT NOT NULL COMMENT 'not needed when authenticated with gotrue',
  `name` TEXT NOT NULL,
  `metadata` JSON COMMENT 'used to user''s metadata such as avatar, OpenAI key, etc.',
  `encryption_sign` TEXT COMMENT 'used to encrypt the user''s data',
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `access_level` INT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_role_permissions` (
  `role_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace` (
  `workspace_id` CHAR(36) NOT NULL,
  `database_storage_id` CHAR(36) NOT NULL,
  `owner_uid` BIGINT NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `workspace_type` INT NOT NULL DEFAULT 0,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `workspace_name` TEXT,
  `icon` TEXT NOT NULL,
  `settings` JSON,
  `is_initialized` TINYINT(1) DEFAULT NULL,
  `default_published_view_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_member` (
  `uid` BIGINT NOT NULL,
  `role_id` INT NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`uid`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_collab` (
  `oid` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `owner_uid` BIGINT NOT NULL,
  `partition_key` INT NOT NULL,
  `len` INT DEFAULT NULL,
  `blob` LONGBLOB NOT NULL,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `indexed_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_collab_member` (
  `uid` BIGINT NOT NULL,
  `oid` VARCHAR(255) NOT NULL,
  `permission_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`uid`, `oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_collab_snapshot` (
  `sid` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'snapshot id',
  `oid` TEXT NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `len` INT NOT NULL,
  `encrypt` INT DEFAULT 0,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_blob_metadata` (
  `workspace_id` CHAR(36) NOT NULL,
  `file_id` VARCHAR(255) NOT NULL,
  `file_type` VARCHAR(255) NOT NULL,
  `file_size` BIGINT NOT NULL,
  `modified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` SMALLINT NOT NULL DEFAULT 0,
  `source` SMALLINT NOT NULL DEFAULT 0,
  `source_metadata` JSON
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_invitation` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `inviter` BIGINT NOT NULL,
  `role_id` INT NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT 0 COMMENT '0: pending, 1: accepted, 2: rejected',
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `invitee_email` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_snapshot_meta` (
  `oid` VARCHAR(255) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `snapshot` LONGBLOB NOT NULL,
  `snapshot_version` INT NOT NULL,
  `partition_key` INT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `metadata` JSON,
  PRIMARY KEY (`oid`, `created_at`, `partition_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_snapshot_state` (
  `snapshot_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `oid` TEXT NOT NULL,
  `doc_state` LONGBLOB NOT NULL,
  `doc_state_version` INT NOT NULL,
  `deps_snapshot_id` CHAR(36) DEFAULT NULL,
  `partition_key` INT NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`snapshot_id`, `partition_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_chat` (
  `chat_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `name` TEXT NOT NULL,
  `rag_ids` JSON NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `meta_data` JSON NOT NULL,
  PRIMARY KEY (`chat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_chat_messages` (
  `message_id` BIGINT NOT NULL AUTO_INCREMENT,
  `author` JSON NOT NULL,
  `chat_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `edited_at` DATETIME(6) DEFAULT NULL,
  `meta_data` JSON NOT NULL,
  `reply_message_id` BIGINT DEFAULT NULL,
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_ai_usage` (
  `created_at` DATE NOT NULL COMMENT 'day level of granularity',
  `workspace_id` CHAR(36) NOT NULL COMMENT 'workspace id for which the usage is being recorded',
  `search_requests` INT DEFAULT NULL COMMENT 'number of search requests made',
  `search_tokens_consumed` BIGINT DEFAULT NULL COMMENT 'number of tokens consumed for search requests',
  `index_tokens_consumed` BIGINT DEFAULT NULL COMMENT 'number of tokens consumed for indexing documents',
  PRIMARY KEY (`created_at`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_published_collab` (
  `publish_name` TEXT NOT NULL,
  `published_by` BIGINT NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `metadata` JSON NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `view_id` CHAR(36) NOT NULL,
  `unpublished_at` DATETIME(6) DEFAULT NULL,
  `comments_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `duplicate_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`workspace_id`, `view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_collab_embeddings` (
  `fragment_id` VARCHAR(255) NOT NULL,
  `oid` CHAR(36) NOT NULL,
  `content_type` INT NOT NULL,
  `indexed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `content` TEXT,
  `embedding` LONGBLOB,
  `metadata` JSON,
  `fragment_index` INT DEFAULT 0,
  `embedder_type` SMALLINT DEFAULT 0,
  PRIMARY KEY (`fragment_id`, `oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_published_view_comment` (
  `comment_id` CHAR(36) NOT NULL,
  `reply_comment_id` CHAR(36) DEFAULT NULL,
  `view_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `created_by` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_published_view_reaction` (
  `comment_id` CHAR(36) NOT NULL,
  `reaction_type` VARCHAR(255) NOT NULL,
  `created_by` BIGINT NOT NULL,
  `view_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`comment_id`, `reaction_type`, `created_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_template_category` (
  `category_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `icon` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `bg_color` TEXT NOT NULL,
  `category_type` INT NOT NULL,
  `priority` INT NOT NULL,
  PRIMARY KEY (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_template_creator` (
  `creator_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `avatar_url` TEXT NOT NULL,
  PRIMARY KEY (`creator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_template_creator_account_link` (
  `creator_id` CHAR(36) NOT NULL,
  `link_type` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  PRIMARY KEY (`creator_id`, `link_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_template_view` (
  `view_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `about` TEXT NOT NULL,
  `view_url` TEXT NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `is_new_template` TINYINT(1) NOT NULL,
  `is_featured` TINYINT(1) NOT NULL,
  PRIMARY KEY (`view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_template_view_template_category` (
  `view_id` CHAR(36) NOT NULL,
  `category_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`view_id`, `category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_related_template_view` (
  `view_id` CHAR(36) NOT NULL,
  `related_view_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`view_id`, `related_view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_access_request` (
  `request_id` CHAR(36) NOT NULL,
  `uid` BIGINT NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `view_id` CHAR(36) NOT NULL,
  `status` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_import_task` (
  `task_id` CHAR(36) NOT NULL,
  `file_size` BIGINT NOT NULL COMMENT 'File size in bytes, BIGINT for large files',
  `workspace_id` TEXT NOT NULL COMMENT 'Workspace id',
  `created_by` BIGINT NOT NULL COMMENT 'User ID',
  `status` SMALLINT NOT NULL COMMENT 'Status of the file import (e.g., 0 for pending, 1 for completed, 2 for failed)',
  `metadata` JSON NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `uid` BIGINT DEFAULT NULL,
  `file_url` TEXT,
  PRIMARY KEY (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_namespace` (
  `namespace` VARCHAR(255) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `is_original` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`namespace`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_quick_note` (
  `quick_note_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `uid` BIGINT NOT NULL,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `data` JSON NOT NULL,
  PRIMARY KEY (`quick_note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_deleted` (
  `workspace_id` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_collab_conflicts` (
  `oid` VARCHAR(255) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `owner_uid` BIGINT NOT NULL,
  `partition_key` INT NOT NULL,
  `len` INT DEFAULT NULL,
  `blob` LONGBLOB NOT NULL,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `indexed_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_invite_code` (
  `id` CHAR(36) NOT NULL,
  `invite_code` TEXT NOT NULL,
  `expires_at` DATETIME(6) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_workspace_member_profile` (
  `uid` BIGINT NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `name` TEXT,
  `avatar_url` TEXT,
  `cover_image_url` TEXT,
  `description` TEXT,
  `custom_image_url` TEXT,
  PRIMARY KEY (`uid`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `af_page_mention` (
  `workspace_id` CHAR(36) NOT NULL,
  `view_id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `block_id` TEXT,
  `mentioned_by` BIGINT DEFAULT NULL,
  `mentioned_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `require_notification` TINYINT(1) DEFAULT 0,
  `view_name` TEXT NOT NULL,
  `notified` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`workspace_id`, `view_id`, `person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
