-- Gramps Web: the Gramps 6.0 family-tree database as Gramps Web serves it, with the Gramps Web API's own databases.
-- (1) Family tree: Gramps 6.0.4 (github.com/gramps-project/gramps, tag v6.0.4, GPL-2.0-or-later), DB-API backend
--     `gramps/plugins/db/dbapi/dbapi.py` `_create_schema` (JSON storage) + `_create_secondary_columns` (the secondary
--     fields of each object class, appended by ALTER TABLE in this order); schema produced by loading an empty tree
--     with the SQLite backend of the 6.0.4 release and read back from sqlite_master.
-- (2) User database, undo/history database and semantic-search metadata of the Gramps Web API
--     (github.com/gramps-project/gramps-web-api, commit 370d5917e6ecec546c0e53cbd02e5ace032c4c00, AGPL-3.0-or-later):
--     SQLAlchemy models `gramps_webapi/auth/__init__.py` (created by `user_db.create_all()`; same columns as the
--     alembic_users migrations), `gramps_webapi/undodb.py` and the raw DDL of `gramps_webapi/api/search/metadata.py`.
-- Written as MySQL: identifiers back-quoted (change, desc, long, key are reserved words), json_data TEXT -> LONGTEXT,
-- SQLAlchemy VARCHAR without length -> VARCHAR(255), GUID -> CHAR(32); primary, unique and foreign keys as upstream;
-- plain secondary indexes left out.

-- (1) family tree -------------------------------------------------------------------------------------------------
CREATE TABLE `person` (
  `handle` VARCHAR(50) NOT NULL,
  `given_name` TEXT,
  `surname` TEXT,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `gender` INTEGER,
  `death_ref_index` INTEGER,
  `birth_ref_index` INTEGER,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `family` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `father_handle` VARCHAR(50),
  `mother_handle` VARCHAR(50),
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `source` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `title` TEXT,
  `author` TEXT,
  `pubinfo` TEXT,
  `abbrev` TEXT,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `citation` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `page` TEXT,
  `confidence` INTEGER,
  `source_handle` VARCHAR(50),
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `event` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `description` TEXT,
  `place` VARCHAR(50),
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `media` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `path` TEXT,
  `mime` TEXT,
  `desc` TEXT,
  `checksum` TEXT,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `place` (
  `handle` VARCHAR(50) NOT NULL,
  `enclosed_by` VARCHAR(50),
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `title` TEXT,
  `long` TEXT,
  `lat` TEXT,
  `code` TEXT,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `repository` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `name` TEXT,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `note` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `gramps_id` TEXT,
  `format` INTEGER,
  `change` INTEGER,
  `private` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `tag` (
  `handle` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `name` TEXT,
  `color` VARCHAR(13),
  `priority` INTEGER,
  `change` INTEGER,
  PRIMARY KEY (`handle`)
);

CREATE TABLE `reference` (
  `obj_handle` VARCHAR(50),
  `obj_class` TEXT,
  `ref_handle` VARCHAR(50),
  `ref_class` TEXT
);

CREATE TABLE `name_group` (
  `name` VARCHAR(50) NOT NULL,
  `grouping` TEXT,
  PRIMARY KEY (`name`)
);

CREATE TABLE `metadata` (
  `setting` VARCHAR(50) NOT NULL,
  `json_data` LONGTEXT,
  `value` BLOB,
  PRIMARY KEY (`setting`)
);

CREATE TABLE `gender_stats` (
  `given_name` TEXT,
  `female` INTEGER,
  `male` INTEGER,
  `unknown` INTEGER
);

-- (2) Gramps Web API: user database -------------------------------------------------------------------------------
CREATE TABLE `configuration` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE (`key`)
);

CREATE TABLE `task_tree` (
  `task_id` VARCHAR(155) NOT NULL,
  `tree` VARCHAR(255),
  `user_id` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`task_id`)
);

CREATE TABLE `trees` (
  `id` VARCHAR(255) NOT NULL,
  `quota_media` BIGINT,
  `quota_people` INTEGER,
  `quota_ai` INTEGER,
  `usage_media` BIGINT,
  `usage_people` INTEGER,
  `usage_ai` INTEGER,
  `min_role_ai` INTEGER,
  `enabled` INTEGER DEFAULT '1',
  `config` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` CHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `fullname` VARCHAR(255),
  `pwhash` VARCHAR(255) NOT NULL,
  `role` INTEGER,
  `tree` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE (`name`),
  UNIQUE (`email`)
);

CREATE TABLE `access_tokens` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(32) NOT NULL,
  `scope` VARCHAR(64) NOT NULL,
  `token_hash` VARCHAR(64),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `revoked_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `uq_access_tokens_user_scope` UNIQUE (`user_id`, `scope`),
  UNIQUE KEY `ix_access_tokens_token_hash` (`token_hash`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oidc_accounts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(32) NOT NULL,
  `provider_id` VARCHAR(64) NOT NULL,
  `subject_id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `uq_oidc_provider_subject` UNIQUE (`provider_id`, `subject_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- (2) Gramps Web API: undo / edit-history database ----------------------------------------------------------------
CREATE TABLE `connections` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `tree_id` INTEGER,
  `user_id` TEXT,
  `timestamp` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `changes` (
  `id` INTEGER NOT NULL,
  `connection_id` INTEGER NOT NULL,
  `obj_class` TEXT,
  `trans_type` INTEGER,
  `obj_handle` TEXT,
  `ref_handle` TEXT,
  `old_data` BLOB,
  `new_data` BLOB,
  `old_json` TEXT,
  `new_json` TEXT,
  `timestamp` BIGINT,
  PRIMARY KEY (`id`, `connection_id`),
  FOREIGN KEY (`connection_id`) REFERENCES `connections` (`id`)
);

CREATE TABLE `transactions` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `connection_id` INTEGER,
  `description` TEXT,
  `first` INTEGER,
  `last` INTEGER,
  `undo` INTEGER,
  `timestamp` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`connection_id`) REFERENCES `connections` (`id`)
);

-- (2) Gramps Web API: semantic-search index metadata --------------------------------------------------------------
CREATE TABLE `semantic_index_metadata` (
  `tree` VARCHAR(255) NOT NULL,
  `model_name` TEXT NOT NULL,
  `indexed_at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`tree`)
);
