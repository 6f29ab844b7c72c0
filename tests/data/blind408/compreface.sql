-- CompreFace (Exadel; self-hosted face recognition service with REST API and web UI: face detection, verification
-- and recognition of enrolled subjects, used behind NVRs such as Frigate through Double Take), Apache-2.0.
-- Source: github.com/exadel-inc/CompreFace at commit ddf32da8245e2e6688c3ab6f60587fd3e31538c2 (2023-11-14), the
-- Liquibase changelog java/admin/src/main/resources/db/changelog/db.changelog-master.yaml and its 27 files
-- (0.0.1-0.2.7, last changed in 2806b552), which the admin service applies to PostgreSQL on start. The change sets
-- were replayed in order by a script that applies createTable, addColumn, dropColumn, dropTable (with
-- cascadeConstraints), addPrimaryKey, addNotNullConstraint, addUniqueConstraint and addForeignKeyConstraint and
-- honours the tableExists preconditions (MARK_RAN); insert, sql, sqlCheck and customChange only move data. The end
-- state agrees with the JPA entities in java/common/.../commonservice/entity/. Tables created and later dropped
-- by the changelog (organization, user_organization_role, model_share_request, app_model, face, image) are absent;
-- the Quartz qrtz_* tables that 0.2.7 drops if present were created by Quartz itself, not by the changelog, and a
-- fresh install does not have them. Liquibase's own databasechangelog and databasechangeloglock (Liquibase 4.8, as
-- pinned in java/pom.xml) are added. Written as MySQL: table, column and constraint names and column order as
-- replayed (added columns last); PostgreSQL types: bigint -> BIGINT, varchar(n) kept, boolean -> BOOLEAN,
-- timestamp -> DATETIME(6), int/int4 -> INT, bytea -> LONGBLOB, uuid -> CHAR(36), float8[] (the embedding vector)
-- -> JSON (an array of doubles); the sequences (user_id_seq, app_id_seq, model_id_seq, model_statistic_id_seq,
-- organization_id_seq) have no MySQL equivalent and are left out (the ids are plain BIGINT). Upstream names both
-- foreign keys on app_id `fk_app_id` (PostgreSQL names constraints per table); MySQL needs unique names, so the one
-- on user_app_role is left unnamed.

CREATE TABLE `user` (
  `id` BIGINT NOT NULL,
  `email` VARCHAR(63) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(63) NOT NULL,
  `last_name` VARCHAR(63) NOT NULL,
  `account_non_expired` BOOLEAN NOT NULL,
  `account_non_locked` BOOLEAN NOT NULL,
  `credentials_non_expired` BOOLEAN NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  `registration_token` VARCHAR(36),
  `guid` VARCHAR(36) NOT NULL,
  `reg_time` DATETIME(6),
  `global_role` VARCHAR(1),
  `allow_statistics` BOOLEAN DEFAULT FALSE,
  CONSTRAINT `pk_user` PRIMARY KEY (`id`),
  CONSTRAINT `user_email_uindex` UNIQUE (`email`),
  CONSTRAINT `user_guid_uindex` UNIQUE (`guid`)
);

CREATE TABLE `app` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `guid` VARCHAR(36) NOT NULL,
  `api_key` VARCHAR(36) NOT NULL,
  CONSTRAINT `pk_app` PRIMARY KEY (`id`),
  CONSTRAINT `app_api_key_uindex` UNIQUE (`api_key`),
  CONSTRAINT `app_guid_uindex` UNIQUE (`guid`)
);

CREATE TABLE `model` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `guid` VARCHAR(36) NOT NULL,
  `app_id` BIGINT NOT NULL,
  `api_key` VARCHAR(36) NOT NULL,
  `type` VARCHAR(1) NOT NULL,
  `created_date` DATETIME(6),
  CONSTRAINT `pk_model` PRIMARY KEY (`id`),
  CONSTRAINT `app_name_app_id_uindex` UNIQUE (`name`, `app_id`),
  CONSTRAINT `model_api_key_uindex` UNIQUE (`api_key`),
  CONSTRAINT `model_guid_uindex` UNIQUE (`guid`),
  CONSTRAINT `fk_app_id` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `user_app_role` (
  `app_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` VARCHAR(1) NOT NULL,
  CONSTRAINT `pk_user_app_role` PRIMARY KEY (`app_id`, `user_id`),
  FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `oauth_refresh_token` (
  `token_id` VARCHAR(255),
  `token` LONGBLOB,
  `authentication` LONGBLOB,
  `expiration` DATETIME(6) NOT NULL
);

CREATE TABLE `oauth_access_token` (
  `token_id` VARCHAR(255),
  `token` LONGBLOB,
  `authentication_id` VARCHAR(255) NOT NULL,
  `user_name` VARCHAR(255),
  `client_id` VARCHAR(255),
  `authentication` LONGBLOB,
  `refresh_token` VARCHAR(255),
  `expiration` DATETIME(6) NOT NULL,
  CONSTRAINT `pk_cauthentication_id` PRIMARY KEY (`authentication_id`)
);

CREATE TABLE `oauth_client_details` (
  `client_id` VARCHAR(50) NOT NULL,
  `access_token_validity` INT,
  `additional_information` VARCHAR(255),
  `authorities` VARCHAR(255) NOT NULL,
  `authorized_grant_types` VARCHAR(255) NOT NULL,
  `auto_approve` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `refresh_token_validity` INT,
  `resource_ids` VARCHAR(255) NOT NULL,
  `scope` VARCHAR(255) NOT NULL,
  CONSTRAINT `pk_clientId` PRIMARY KEY (`client_id`)
);

CREATE TABLE `install_info` (
  `install_guid` VARCHAR(36),
  CONSTRAINT `install_guid` UNIQUE (`install_guid`)
);

CREATE TABLE `subject` (
  `id` CHAR(36) NOT NULL,
  `api_key` VARCHAR(36),
  `subject_name` VARCHAR(255),
  CONSTRAINT `pk_subject` PRIMARY KEY (`id`),
  CONSTRAINT `api_key_subject_name_uindex` UNIQUE (`api_key`, `subject_name`),
  CONSTRAINT `fk_subject_model_api_key` FOREIGN KEY (`api_key`) REFERENCES `model` (`api_key`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `img` (
  `id` CHAR(36) NOT NULL,
  `content` LONGBLOB NOT NULL,
  CONSTRAINT `pk_img` PRIMARY KEY (`id`)
);

CREATE TABLE `embedding` (
  `id` CHAR(36) NOT NULL,
  `subject_id` CHAR(36),
  `embedding` JSON NOT NULL,
  `calculator` VARCHAR(255) NOT NULL,
  `img_id` CHAR(36),
  CONSTRAINT `pk_embedding` PRIMARY KEY (`id`),
  CONSTRAINT `fk_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_img_id` FOREIGN KEY (`img_id`) REFERENCES `img` (`id`)
);

CREATE TABLE `model_statistic` (
  `id` BIGINT NOT NULL,
  `request_count` INT NOT NULL,
  `model_id` BIGINT NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  CONSTRAINT `pk_model_statistic` PRIMARY KEY (`id`),
  CONSTRAINT `fk_model_id` FOREIGN KEY (`model_id`) REFERENCES `model` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `table_lock` (
  `id` CHAR(36) NOT NULL,
  `lock_name` VARCHAR(50) NOT NULL,
  CONSTRAINT `pk_table_lock` PRIMARY KEY (`id`),
  CONSTRAINT `table_lock_lock_name_uindex` UNIQUE (`lock_name`)
);

CREATE TABLE `reset_password_token` (
  `token` CHAR(36) NOT NULL,
  `user_email` VARCHAR(63) NOT NULL,
  `expires_in` DATETIME(6) NOT NULL,
  CONSTRAINT `pk_reset_password_token` PRIMARY KEY (`token`),
  CONSTRAINT `reset_password_token_user_email_uindex` UNIQUE (`user_email`),
  CONSTRAINT `fk_reset_password_token_user_email` FOREIGN KEY (`user_email`) REFERENCES `user` (`email`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `databasechangelog` (
  `id` VARCHAR(255) NOT NULL,
  `author` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `dateexecuted` DATETIME(6) NOT NULL,
  `orderexecuted` INT NOT NULL,
  `exectype` VARCHAR(10) NOT NULL,
  `md5sum` VARCHAR(35),
  `description` VARCHAR(255),
  `comments` VARCHAR(255),
  `tag` VARCHAR(255),
  `liquibase` VARCHAR(20),
  `contexts` VARCHAR(255),
  `labels` VARCHAR(255),
  `deployment_id` VARCHAR(10)
);

CREATE TABLE `databasechangeloglock` (
  `id` INT NOT NULL,
  `locked` BOOLEAN NOT NULL,
  `lockgranted` DATETIME(6),
  `lockedby` VARCHAR(255),
  CONSTRAINT `databasechangeloglock_pkey` PRIMARY KEY (`id`)
);
