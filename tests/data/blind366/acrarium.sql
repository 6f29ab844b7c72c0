-- Acrarium (the self-hosted backend of ACRA, the Application Crash Reports for Android library: it receives,
-- groups and shows the crash reports that Android apps send; Kotlin / Spring Boot / jOOQ on MySQL or MariaDB),
-- commit 23f699feaae32adf3edc8de659760220342f3b1e (Apache-2.0)
-- Source: github.com/F43nd1r/Acrarium acrarium/src/main/resources/db/db.changelog-master.yml, the Liquibase
-- changelog (YAML, written for MySQL: its types are VARCHAR(255), VARCHAR(255) BINARY, INT, BOOLEAN, LONGTEXT,
-- DATETIME, LONGBLOB and JSON), replayed by hand to its final state: every createTable, addColumn,
-- addPrimaryKey, addUniqueConstraint, addForeignKeyConstraint, modifyDataType, dropColumn, dropTable and
-- dropForeignKeyConstraint of the 30 change sets in order (1.0.0 to 2.0.0). Columns are in the order the changelog
-- creates and then appends them; the dropped tables (`stacktrace`, `stacktrace_match`) and columns
-- (`app.min_score`, `bug.solved_version`, `version.id`, `report.stacktrace_id`) are gone. Constraint names,
-- NOT NULL and defaults are upstream's; `version.flavor` becomes NOT NULL as part of the primary key. The
-- procedure `update_bug_report_stats`, the triggers and the indexes are left out.
-- The two tables Liquibase itself keeps in the application's database (DATABASECHANGELOG, DATABASECHANGELOGLOCK)
-- are added last, as Liquibase 4 creates them on MySQL. Every table is kept.

CREATE TABLE `user` (
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `mail` VARCHAR(255) NULL,
  CONSTRAINT `PK_user` PRIMARY KEY (`username`)
);

CREATE TABLE `user_roles` (
  `user_username` VARCHAR(255) NOT NULL,
  `roles` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_username`, `roles`),
  CONSTRAINT `FK_roles_username` FOREIGN KEY (`user_username`) REFERENCES `user` (`username`) ON DELETE CASCADE
);

CREATE TABLE `app` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `reporter_username` VARCHAR(255) NOT NULL,
  CONSTRAINT `PK_app` PRIMARY KEY (`id`),
  CONSTRAINT `UK_app_reporter` UNIQUE (`reporter_username`),
  CONSTRAINT `FK_app_reporter` FOREIGN KEY (`reporter_username`) REFERENCES `user` (`username`) ON DELETE CASCADE
);

CREATE TABLE `user_permissions` (
  `user_username` VARCHAR(255) NOT NULL,
  `app_id` INT NOT NULL,
  `level` VARCHAR(255) NOT NULL,
  CONSTRAINT `PK_user_permissions` PRIMARY KEY (`user_username`, `app_id`),
  CONSTRAINT `FK_permissions_username` FOREIGN KEY (`user_username`) REFERENCES `user` (`username`) ON DELETE CASCADE,
  CONSTRAINT `FK_permissions_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mail_settings` (
  `app_id` INT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `new_bug` BOOLEAN NOT NULL,
  `regression` BOOLEAN NOT NULL,
  `spike` BOOLEAN NOT NULL,
  `summary` BOOLEAN NOT NULL,
  CONSTRAINT `PK_mail` PRIMARY KEY (`app_id`, `username`),
  CONSTRAINT `FK_mail_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_mail_username` FOREIGN KEY (`username`) REFERENCES `user` (`username`) ON DELETE CASCADE
);

CREATE TABLE `version` (
  `code` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `app_id` INT NOT NULL,
  `mappings` LONGTEXT NULL,
  `flavor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`app_id`, `code`, `flavor`),
  CONSTRAINT `FK_version_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE
);

CREATE TABLE `bug` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` LONGTEXT NOT NULL,
  `app_id` INT NOT NULL,
  `report_count` INT NOT NULL DEFAULT 0,
  `latest_report` DATETIME NULL,
  `solved_version_code` INT NULL,
  `solved_version_flavor` VARCHAR(255) NULL,
  `latest_version_code` INT NULL,
  `latest_version_flavor` VARCHAR(255) NULL,
  `affected_installations` INT NOT NULL DEFAULT 0,
  CONSTRAINT `PK_bug` PRIMARY KEY (`id`),
  CONSTRAINT `FK_bug_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_bug_solved_version` FOREIGN KEY (`app_id`, `solved_version_code`, `solved_version_flavor`) REFERENCES `version` (`app_id`, `code`, `flavor`),
  CONSTRAINT `FK_bug_latest_version` FOREIGN KEY (`app_id`, `latest_version_code`, `latest_version_flavor`) REFERENCES `version` (`app_id`, `code`, `flavor`)
);

CREATE TABLE `report` (
  `id` VARCHAR(255) NOT NULL,
  `android_version` VARCHAR(255) NULL,
  `content` JSON NOT NULL,
  `date` DATETIME NOT NULL,
  `phone_model` VARCHAR(255) NULL,
  `user_comment` LONGTEXT NULL,
  `user_email` VARCHAR(255) NULL,
  `brand` VARCHAR(255) NULL,
  `installation_id` VARCHAR(255) NOT NULL,
  `is_silent` BOOLEAN NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `marketing_device` VARCHAR(255) NOT NULL,
  `bug_id` INT NOT NULL,
  `app_id` INT NOT NULL,
  `version_code` INT NOT NULL,
  `version_flavor` VARCHAR(255) NOT NULL,
  `stacktrace` LONGTEXT NOT NULL,
  `exception_class` VARCHAR(255) NOT NULL,
  `message` LONGTEXT NULL,
  `crash_line` LONGTEXT NULL,
  `cause` LONGTEXT NULL,
  CONSTRAINT `PK_report` PRIMARY KEY (`id`),
  CONSTRAINT `FK_report_bug` FOREIGN KEY (`bug_id`) REFERENCES `bug` (`id`),
  CONSTRAINT `FK_report_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`),
  CONSTRAINT `FK_report_version` FOREIGN KEY (`app_id`, `version_code`, `version_flavor`) REFERENCES `version` (`app_id`, `code`, `flavor`) ON DELETE CASCADE
);

CREATE TABLE `attachment` (
  `filename` VARCHAR(255) NOT NULL,
  `report_id` VARCHAR(255) NOT NULL,
  `content` LONGBLOB NOT NULL,
  CONSTRAINT `PK_attachment` PRIMARY KEY (`filename`, `report_id`),
  CONSTRAINT `FK_attachment_report` FOREIGN KEY (`report_id`) REFERENCES `report` (`id`) ON DELETE CASCADE
);

CREATE TABLE `device` (
  `device` VARCHAR(255) BINARY NOT NULL,
  `model` VARCHAR(255) BINARY NOT NULL,
  `marketing_name` VARCHAR(255) NOT NULL,
  CONSTRAINT `PK_device` PRIMARY KEY (`device`, `model`)
);

CREATE TABLE `app_report_columns` (
  `app_id` INT NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  CONSTRAINT `PK_app_report_columns` PRIMARY KEY (`app_id`, `path`),
  CONSTRAINT `FK_report_columns_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE
);

CREATE TABLE `bug_identifier` (
  `bug_id` INT NOT NULL,
  `app_id` INT NOT NULL,
  `exception_class` VARCHAR(255) NOT NULL,
  `message` VARCHAR(255) NULL,
  `crash_line` VARCHAR(255) NULL,
  `cause` VARCHAR(255) NULL,
  CONSTRAINT `FK_bug_identifier_bug` FOREIGN KEY (`bug_id`) REFERENCES `bug` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_bug_identifier_app` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`) ON DELETE CASCADE
);

CREATE TABLE `DATABASECHANGELOG` (
  `ID` VARCHAR(255) NOT NULL,
  `AUTHOR` VARCHAR(255) NOT NULL,
  `FILENAME` VARCHAR(255) NOT NULL,
  `DATEEXECUTED` DATETIME NOT NULL,
  `ORDEREXECUTED` INT NOT NULL,
  `EXECTYPE` VARCHAR(10) NOT NULL,
  `MD5SUM` VARCHAR(35) NULL,
  `DESCRIPTION` VARCHAR(255) NULL,
  `COMMENTS` VARCHAR(255) NULL,
  `TAG` VARCHAR(255) NULL,
  `LIQUIBASE` VARCHAR(20) NULL,
  `CONTEXTS` VARCHAR(255) NULL,
  `LABELS` VARCHAR(255) NULL,
  `DEPLOYMENT_ID` VARCHAR(10) NULL
);

CREATE TABLE `DATABASECHANGELOGLOCK` (
  `ID` INT NOT NULL,
  `LOCKED` BIT(1) NOT NULL,
  `LOCKGRANTED` DATETIME NULL,
  `LOCKEDBY` VARCHAR(255) NULL,
  CONSTRAINT `PK_DATABASECHANGELOGLOCK` PRIMARY KEY (`ID`)
);
