-- KHEOPS (OsiriX Foundation / University Hospitals of Geneva) — open-source DICOMweb image-sharing platform for
-- medical imaging (albums shared between users and via capability tokens, comments, report providers, webhooks),
-- database of its Authorization server.
-- Upstream: github.com/OsiriX-Foundation/kheops commit 0f4fc7f83d2d4f1ec530c1c6c8d82f296b028b5e (2025-01-02),
-- `Authorization/src/main/resources/kheopsChangeLog-master.xml` and the 13 changelogs v1.0 … v3.7 it includes
-- (Liquibase, PostgreSQL) (MIT, `Authorization/LICENSE`).
-- Replayed in order by a small script (createTable, addColumn, dropColumn, renameColumn, dropTable, add/drop unique
-- constraint, addForeignKeyConstraint; sequences, indexes, the fuzzystrmatch extension and the data-only <sql>
-- changesets have no effect on the table structure) and written as MySQL: BIGINT autoIncrement -> BIGINT AUTO_INCREMENT,
-- TIMESTAMP WITHOUT TIME ZONE -> DATETIME, BOOLEAN and VARCHAR kept. Constraint names as upstream; the unique
-- constraint that `addColumn ... unique="true"` creates on users.email is named as PostgreSQL names it (users_email_key).
-- Indexes left out; tables ordered so every FK points at an earlier table. Liquibase's own databasechangelog tables are
-- not part of upstream's changelogs and are not included. Every table of the schema is kept.

CREATE TABLE `albums` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(2048) NULL,
  `created_time` DATETIME NOT NULL,
  `last_event_time` DATETIME NOT NULL,
  `add_user_permission` BOOLEAN NOT NULL,
  `download_series_permission` BOOLEAN NOT NULL,
  `send_series_permission` BOOLEAN NOT NULL,
  `delete_series_permission` BOOLEAN NOT NULL,
  `add_series_permission` BOOLEAN NOT NULL,
  `write_comments_permission` BOOLEAN NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `albums_id_unique` UNIQUE (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_providers` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `album_fk` BIGINT NOT NULL,
  `creation_time` DATETIME NOT NULL,
  `name` VARCHAR(1024) NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `client_id` VARCHAR(64) NOT NULL,
  `removed` BOOLEAN NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `report_providers_client_id_unique` UNIQUE (`client_id`),
  CONSTRAINT `report_providers_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `studies` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME NOT NULL,
  `updated_time` DATETIME NOT NULL,
  `study_uid` VARCHAR(255) NOT NULL,
  `study_date` VARCHAR(255) NULL,
  `study_time` VARCHAR(255) NULL,
  `study_description` VARCHAR(155) NULL,
  `timezone_offset_from_utc` VARCHAR(255) NULL,
  `accession_number` VARCHAR(255) NULL,
  `referring_physician_name` VARCHAR(4095) NULL,
  `patient_name` VARCHAR(4095) NULL,
  `patient_id` VARCHAR(255) NULL,
  `patient_birth_date` VARCHAR(255) NULL,
  `patient_sex` VARCHAR(255) NULL,
  `study_id` VARCHAR(255) NULL,
  `populated` BOOLEAN NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `study_uid_unique` UNIQUE (`study_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME NOT NULL,
  `updated_time` DATETIME NOT NULL,
  `modality` VARCHAR(255) NULL,
  `timezone_offset_from_utc` VARCHAR(255) NULL,
  `series_description` VARCHAR(255) NULL,
  `series_uid` VARCHAR(255) NOT NULL,
  `series_number` INT NULL,
  `body_part_examined` VARCHAR(32) NULL,
  `number_of_series_related_instances` INT NULL,
  `study_fk` BIGINT NOT NULL,
  `populated` BOOLEAN NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `series_uid_unique` UNIQUE (`series_uid`),
  CONSTRAINT `series_study_fk_fkey` FOREIGN KEY (`study_fk`) REFERENCES `studies` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `album_series` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `album_fk` BIGINT NOT NULL,
  `series_fk` BIGINT NOT NULL,
  `favorite` BOOLEAN NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `album_series_unique` UNIQUE (`album_fk`, `series_fk`),
  CONSTRAINT `album_series_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `album_series_series_fk_fkey` FOREIGN KEY (`series_fk`) REFERENCES `series` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `sub` VARCHAR(255) NOT NULL,
  `inbox_fk` BIGINT NOT NULL,
  `email` VARCHAR(1024) NULL,
  `name` VARCHAR(1024) NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `inbox_fk_unique` UNIQUE (`inbox_fk`),
  CONSTRAINT `users_email_key` UNIQUE (`email`),
  CONSTRAINT `sub_unique` UNIQUE (`sub`),
  CONSTRAINT `users_inbox_fk_fkey` FOREIGN KEY (`inbox_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `album_user` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `album_fk` BIGINT NOT NULL,
  `user_fk` BIGINT NOT NULL,
  `admin` BOOLEAN NOT NULL,
  `new_series_notifications` BOOLEAN NOT NULL,
  `new_comment_notifications` BOOLEAN NOT NULL,
  `favorite` BOOLEAN NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `album_user_unique` UNIQUE (`album_fk`, `user_fk`),
  CONSTRAINT `album_user_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `album_user_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `capabilities` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `id` VARCHAR(255) NOT NULL,
  `issued_at_time` DATETIME NOT NULL,
  `updated_time` DATETIME NOT NULL,
  `expiration_time` DATETIME NULL,
  `not_before_time` DATETIME NULL,
  `last_used` DATETIME NULL,
  `revoked_time` DATETIME NULL,
  `title` VARCHAR(255) NULL,
  `secret` VARCHAR(255) NULL,
  `read_permission` BOOLEAN NOT NULL,
  `appropriate_permission` BOOLEAN NULL,
  `download_permission` BOOLEAN NULL,
  `write_permission` BOOLEAN NOT NULL,
  `user_fk` BIGINT NOT NULL,
  `scope_type` VARCHAR(255) NULL,
  `album_fk` BIGINT NULL,
  `revoked_by_user_fk` BIGINT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `capabilities_id_unique` UNIQUE (`id`),
  CONSTRAINT `capabilities_secret_unique` UNIQUE (`secret`),
  CONSTRAINT `capabilities_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `capabilities_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `capabilities_revoked_by_user_fk_fkey` FOREIGN KEY (`revoked_by_user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(255) NULL,
  `album_fk` BIGINT NULL,
  `study_fk` BIGINT NULL,
  `event_time` DATETIME NOT NULL,
  `user_fk` BIGINT NOT NULL,
  `capability_fk` BIGINT NULL,
  `private_target_user_fk` BIGINT NULL,
  `comment` VARCHAR(1024) NULL,
  `mutation_type` VARCHAR(255) NULL,
  `to_user_fk` BIGINT NULL,
  `report_provider_fk` BIGINT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `event_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_capability_fk_fkey` FOREIGN KEY (`capability_fk`) REFERENCES `capabilities` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_private_target_user_fk_fkey` FOREIGN KEY (`private_target_user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_report_provider_fk_fkey` FOREIGN KEY (`report_provider_fk`) REFERENCES `report_providers` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_study_fk_fkey` FOREIGN KEY (`study_fk`) REFERENCES `studies` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_to_user_fk_fkey` FOREIGN KEY (`to_user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `id` VARCHAR(30) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  `creation_time` DATETIME NOT NULL,
  `user_fk` BIGINT NOT NULL,
  `secret` VARCHAR(1024) NULL,
  `new_series` BOOLEAN NOT NULL,
  `new_user` BOOLEAN NOT NULL,
  `album_fk` BIGINT NOT NULL,
  `remove_series` BOOLEAN NOT NULL DEFAULT 0,
  `delete_album` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk`),
  CONSTRAINT `webhooks_id_unique` UNIQUE (`id`),
  CONSTRAINT `webhook_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `webhook_album_fk_fkey` FOREIGN KEY (`album_fk`) REFERENCES `albums` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_triggers` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `id` VARCHAR(30) NOT NULL,
  `webhook_fk` BIGINT NOT NULL,
  `is_manual_trigger` BOOLEAN NULL,
  `new_series` BOOLEAN NOT NULL,
  `new_user` BOOLEAN NOT NULL,
  `user_fk` BIGINT NULL,
  `remove_series` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk`),
  CONSTRAINT `webhook_triggers_id_unique` UNIQUE (`id`),
  CONSTRAINT `webhook_triggers_webhook_fk_fkey` FOREIGN KEY (`webhook_fk`) REFERENCES `webhooks` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `webhook_triggers_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_attempts` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `status` BIGINT NULL,
  `time` DATETIME NOT NULL,
  `webhook_trigger_fk` BIGINT NOT NULL,
  `attempt` BIGINT NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `webhook_attempts_webhook_triggers_fk_fkey` FOREIGN KEY (`webhook_trigger_fk`) REFERENCES `webhook_triggers` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_trigger_series` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `webhook_trigger_fk` BIGINT NOT NULL,
  `series_fk` BIGINT NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `webhook_trigger_series_unique` UNIQUE (`webhook_trigger_fk`, `series_fk`),
  CONSTRAINT `webhook_trigger_series_webhook_trigger_fk_fkey` FOREIGN KEY (`webhook_trigger_fk`) REFERENCES `webhook_triggers` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `webhook_trigger_series_series_fk_fkey` FOREIGN KEY (`series_fk`) REFERENCES `series` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_series` (
  `pk` BIGINT NOT NULL AUTO_INCREMENT,
  `event_fk` BIGINT NOT NULL,
  `series_fk` BIGINT NOT NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `event_series_unique` UNIQUE (`event_fk`, `series_fk`),
  CONSTRAINT `event_series_event_fk_fkey` FOREIGN KEY (`event_fk`) REFERENCES `events` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT `event_series_series_fk_fkey` FOREIGN KEY (`series_fk`) REFERENCES `series` (`pk`) ON DELETE RESTRICT ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
