-- REMS - Resource Entitlement Management System (CSC - IT Center for Science, Finland): data access applications,
-- approvals and entitlements for sensitive research data sets.
-- Source: github.com/CSCfi/rems resources/migrations/*.up.sql (74 Migratus SQL migrations; the 15 .edn code
-- migrations only transform data), commit 16bcd1162351cb7d258530c567d0411d9f2119aa (MIT).
-- Replayed in order into PostgreSQL 15 and written back as MySQL DDL from the catalogue: all 25 tables, columns in the
-- migrated database's order, NOT NULL, primary, unique and foreign keys. serial -> AUTO_INCREMENT, jsonb -> JSON,
-- bytea -> LONGBLOB, timestamptz -> DATETIME, boolean -> TINYINT(1), PostgreSQL enum types -> ENUM,
-- varchar(16384) -> TEXT. Defaults, check constraints and non-unique indexes left out.

CREATE TABLE `resource` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization` VARCHAR(255) NOT NULL,
  `resid` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `resourcedata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workflow` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(256) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `workflowbody` JSON,
  `enabled` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `catalogue_item_application` (
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `license` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` ENUM('text','attachment','link') NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entitlement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resid` INT,
  `catappid` INT,
  `userid` VARCHAR(255) NOT NULL,
  `start` DATETIME NOT NULL,
  `endt` DATETIME,
  `approvedby` VARCHAR(255),
  `revokedby` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `entitlement_ibfk_1` FOREIGN KEY (`resid`) REFERENCES `resource` (`id`),
  CONSTRAINT `entitlement_ibfk_2` FOREIGN KEY (`catappid`) REFERENCES `catalogue_item_application` (`id`)
);

CREATE TABLE `resource_licenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resid` INT,
  `licid` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `resource_licenses_ibfk_1` FOREIGN KEY (`resid`) REFERENCES `resource` (`id`),
  CONSTRAINT `resource_licenses_ibfk_2` FOREIGN KEY (`licid`) REFERENCES `license` (`id`)
);

CREATE TABLE `users` (
  `userid` VARCHAR(255) NOT NULL,
  `userattrs` JSON,
  PRIMARY KEY (`userid`)
);

CREATE TABLE `roles` (
  `userid` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`userid`, `role`),
  CONSTRAINT `roles_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`)
);

CREATE TABLE `application_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `appid` INT,
  `eventdata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_event_appid_fkey` FOREIGN KEY (`appid`) REFERENCES `catalogue_item_application` (`id`)
);

CREATE TABLE `api_key` (
  `apikey` VARCHAR(255) NOT NULL,
  `comment` VARCHAR(255),
  `users` JSON,
  `paths` JSON,
  PRIMARY KEY (`apikey`)
);

CREATE TABLE `license_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `data` LONGBLOB NOT NULL,
  `start` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `form_template` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fields` JSON,
  `organization` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `formdata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `external_application_id` (
  `prefix` VARCHAR(64) NOT NULL,
  `suffix` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`prefix`, `suffix`)
);

CREATE TABLE `attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `appid` INT NOT NULL,
  `userid` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `data` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachment_appid_fkey` FOREIGN KEY (`appid`) REFERENCES `catalogue_item_application` (`id`)
);

CREATE TABLE `user_settings` (
  `userid` VARCHAR(255) NOT NULL,
  `settings` JSON,
  PRIMARY KEY (`userid`),
  CONSTRAINT `user_settings_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`)
);

CREATE TABLE `blacklist_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `eventdata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `outbox` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `outboxdata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization` (
  `id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_log` (
  `time` DATETIME NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `method` VARCHAR(10) NOT NULL,
  `apikey` VARCHAR(255),
  `userid` VARCHAR(255),
  `status` VARCHAR(10) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invitation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `invitationdata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `categorydata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_mappings` (
  `userid` VARCHAR(255) NOT NULL,
  `extidattribute` VARCHAR(255) NOT NULL,
  `extidvalue` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`userid`, `extidattribute`, `extidvalue`),
  CONSTRAINT `user_mappings_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `users` (`userid`)
);

CREATE TABLE `catalogue_item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resid` INT,
  `wfid` INT,
  `formid` INT,
  `start` DATETIME NOT NULL,
  `endt` DATETIME,
  `enabled` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `catalogueitemdata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `catalogue_item_ibfk_1` FOREIGN KEY (`resid`) REFERENCES `resource` (`id`),
  CONSTRAINT `catalogue_item_ibfk_2` FOREIGN KEY (`wfid`) REFERENCES `workflow` (`id`),
  CONSTRAINT `catalogue_item_ibfk_4` FOREIGN KEY (`formid`) REFERENCES `form_template` (`id`)
);

CREATE TABLE `catalogue_item_localization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `catid` INT,
  `langcode` VARCHAR(64) NOT NULL,
  `title` VARCHAR(256) NOT NULL,
  `infourl` VARCHAR(1024),
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogue_item_localization_unique` (`catid`, `langcode`),
  CONSTRAINT `catalogue_item_localization_ibfk_1` FOREIGN KEY (`catid`) REFERENCES `catalogue_item` (`id`)
);

CREATE TABLE `license_localization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licid` INT,
  `langcode` VARCHAR(64) NOT NULL,
  `title` VARCHAR(256) NOT NULL,
  `textcontent` TEXT,
  `attachmentid` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `license_localization_attachmentid_fkey` FOREIGN KEY (`attachmentid`) REFERENCES `license_attachment` (`id`),
  CONSTRAINT `license_localization_ibfk_1` FOREIGN KEY (`licid`) REFERENCES `license` (`id`)
);
