-- lldap — light LDAP implementation for authentication: a small user directory (users, groups and memberships,
-- custom user / group attribute schemas and values, extra LDAP object classes) served over LDAP with a web UI,
-- plus its JWT refresh-token, JWT blacklist and password-reset-token stores and its own metadata.
-- Upstream: github.com/lldap/lldap, commit 9cc54ab03c5a044bfe574e30a6b6245d45c8e7b9, licence GPL-3.0.
-- Upstream keeps no SQL files: the schema is built by Rust code with sea-query — upgrade_to_v1 and migrate_to_v2
-- … migrate_to_v11 of crates/sql-backend-handler/src/sql_migrations.rs (schema version 11) and init_table of
-- server/src/jwt_sql_tables.rs. Made by writing each of those table, column and index statements as sea-query's
-- MySQL backend renders them (string_len(n) -> varchar(n), date_time -> datetime, blob -> blob, boolean -> bool,
-- small/big_integer -> smallint/bigint; replace_column renames the old column, adds the new one at the end and
-- drops the old one), replaying them in order into a scratch MariaDB database and dumping the schema (mysqldump
-- --no-data); tables ordered so that every foreign key points to a table created before it. The DEFAULT of
-- users.modified_date, users.password_modified_date and groups.modified_date, the migration's own time
-- (chrono::Utc::now()), differs per installation and is left out. All 13 tables are kept (the application has no
-- more). Upstream has no column comments.

CREATE TABLE `group_attribute_schema` (
  `group_attribute_schema_name` varchar(64) NOT NULL,
  `group_attribute_schema_type` varchar(64) NOT NULL,
  `group_attribute_schema_is_list` tinyint(1) NOT NULL,
  `group_attribute_schema_is_group_visible` tinyint(1) NOT NULL,
  `group_attribute_schema_is_group_editable` tinyint(1) NOT NULL,
  `group_attribute_schema_is_hardcoded` tinyint(1) NOT NULL,
  PRIMARY KEY (`group_attribute_schema_name`)
) ENGINE=InnoDB;
CREATE TABLE `groups` (
  `group_id` int(11) NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255) NOT NULL,
  `creation_date` datetime NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `lowercase_display_name` varchar(255) NOT NULL DEFAULT 'UNSET',
  `modified_date` datetime NOT NULL,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `display_name` (`display_name`),
  UNIQUE KEY `unique-group-uuid` (`uuid`),
  UNIQUE KEY `unique-group-id` (`lowercase_display_name`)
) ENGINE=InnoDB;
CREATE TABLE `group_attributes` (
  `group_attribute_group_id` int(11) NOT NULL,
  `group_attribute_name` varchar(64) NOT NULL,
  `group_attribute_value` blob NOT NULL,
  PRIMARY KEY (`group_attribute_group_id`,`group_attribute_name`),
  KEY `GroupAttributeNameForeignKey` (`group_attribute_name`),
  CONSTRAINT `GroupAttributeGroupIdForeignKey` FOREIGN KEY (`group_attribute_group_id`) REFERENCES `groups` (`group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `GroupAttributeNameForeignKey` FOREIGN KEY (`group_attribute_name`) REFERENCES `group_attribute_schema` (`group_attribute_schema_name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `group_object_classes` (
  `lower_object_class` varchar(255) NOT NULL,
  `object_class` varchar(255) NOT NULL,
  PRIMARY KEY (`lower_object_class`)
) ENGINE=InnoDB;
CREATE TABLE `users` (
  `user_id` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `creation_date` datetime NOT NULL,
  `password_hash` blob DEFAULT NULL,
  `totp_secret` varchar(64) DEFAULT NULL,
  `mfa_type` varchar(64) DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `lowercase_email` varchar(255) NOT NULL DEFAULT 'UNSET',
  `modified_date` datetime NOT NULL,
  `password_modified_date` datetime NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `unique-user-email` (`email`),
  UNIQUE KEY `unique-user-uuid` (`uuid`),
  UNIQUE KEY `unique-user-lower-email` (`lowercase_email`)
) ENGINE=InnoDB;
CREATE TABLE `jwt_refresh_storage` (
  `refresh_token_hash` bigint(20) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `expiry_date` datetime NOT NULL,
  PRIMARY KEY (`refresh_token_hash`),
  KEY `JwtRefreshStorageUserForeignKey` (`user_id`),
  CONSTRAINT `JwtRefreshStorageUserForeignKey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `jwt_storage` (
  `jwt_hash` bigint(20) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `expiry_date` datetime NOT NULL,
  `blacklisted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`jwt_hash`),
  KEY `JwtStorageUserForeignKey` (`user_id`),
  CONSTRAINT `JwtStorageUserForeignKey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `memberships` (
  `user_id` varchar(255) NOT NULL,
  `group_id` int(11) NOT NULL,
  UNIQUE KEY `unique-memberships` (`user_id`,`group_id`),
  KEY `MembershipGroupForeignKey` (`group_id`),
  CONSTRAINT `MembershipGroupForeignKey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `MembershipUserForeignKey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `metadata` (
  `version` smallint(6) DEFAULT NULL,
  `private_key_hash` blob DEFAULT NULL,
  `private_key_location` varchar(255) DEFAULT NULL
) ENGINE=InnoDB;
CREATE TABLE `password_reset_tokens` (
  `token` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `expiry_date` datetime NOT NULL,
  PRIMARY KEY (`token`),
  KEY `PasswordResetTokensUserForeignKey` (`user_id`),
  CONSTRAINT `PasswordResetTokensUserForeignKey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `user_attribute_schema` (
  `user_attribute_schema_name` varchar(64) NOT NULL,
  `user_attribute_schema_type` varchar(64) NOT NULL,
  `user_attribute_schema_is_list` tinyint(1) NOT NULL,
  `user_attribute_schema_is_user_visible` tinyint(1) NOT NULL,
  `user_attribute_schema_is_user_editable` tinyint(1) NOT NULL,
  `user_attribute_schema_is_hardcoded` tinyint(1) NOT NULL,
  PRIMARY KEY (`user_attribute_schema_name`)
) ENGINE=InnoDB;
CREATE TABLE `user_attributes` (
  `user_attribute_user_id` varchar(255) NOT NULL,
  `user_attribute_name` varchar(64) NOT NULL,
  `user_attribute_value` blob NOT NULL,
  PRIMARY KEY (`user_attribute_user_id`,`user_attribute_name`),
  KEY `UserAttributeNameForeignKey` (`user_attribute_name`),
  CONSTRAINT `UserAttributeNameForeignKey` FOREIGN KEY (`user_attribute_name`) REFERENCES `user_attribute_schema` (`user_attribute_schema_name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserAttributeUserIdForeignKey` FOREIGN KEY (`user_attribute_user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `user_object_classes` (
  `lower_object_class` varchar(255) NOT NULL,
  `object_class` varchar(255) NOT NULL,
  PRIMARY KEY (`lower_object_class`)
) ENGINE=InnoDB;
