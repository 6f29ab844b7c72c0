-- LuckPerms (lucko): permissions, groups / ranks and promotion-track plugin of Minecraft servers and proxies
-- (Bukkit / Paper, BungeeCord, Velocity, Sponge, Fabric, NeoForge, Nukkit).
-- Source: github.com/LuckPerms/LuckPerms commit 9b4fe67791e899778162f18df7c8a4df0fa58c77 (MIT):
--   common/src/main/resources/me/lucko/luckperms/schema/mariadb.sql, with `{prefix}` replaced by the default
--   `luckperms_` (config `table-prefix`), unchanged otherwise;
--   plus the table of the SQL messenger (cross-server update messages),
--   common/src/main/java/me/lucko/luckperms/common/messaging/sql/AbstractSqlMessenger.java, named
--   `luckperms_messenger` as SqlMessenger.getTableName() builds it from the prefix.
-- These are all the tables the application has (fewer than 20 tables / 150 columns).


CREATE TABLE `luckperms_user_permissions` (
  `id`         INT AUTO_INCREMENT NOT NULL,
  `uuid`       VARCHAR(36)        NOT NULL,
  `permission` VARCHAR(200)       NOT NULL,
  `value`      BOOL               NOT NULL,
  `server`     VARCHAR(36)        NOT NULL,
  `world`      VARCHAR(64)        NOT NULL,
  `expiry`     BIGINT             NOT NULL,
  `contexts`   VARCHAR(200)       NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX `luckperms_user_permissions_uuid` ON `luckperms_user_permissions` (`uuid`);

CREATE TABLE `luckperms_group_permissions` (
  `id`         INT AUTO_INCREMENT NOT NULL,
  `name`       VARCHAR(36)        NOT NULL,
  `permission` VARCHAR(200)       NOT NULL,
  `value`      BOOL               NOT NULL,
  `server`     VARCHAR(36)        NOT NULL,
  `world`      VARCHAR(64)        NOT NULL,
  `expiry`     BIGINT             NOT NULL,
  `contexts`   VARCHAR(200)       NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX `luckperms_group_permissions_name` ON `luckperms_group_permissions` (`name`);

CREATE TABLE `luckperms_players` (
  `uuid`          VARCHAR(36) NOT NULL,
  `username`      VARCHAR(16) NOT NULL,
  `primary_group` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX `luckperms_players_username` ON `luckperms_players` (`username`);

CREATE TABLE `luckperms_groups` (
  `name` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`name`)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE `luckperms_actions` (
  `id`         INT AUTO_INCREMENT NOT NULL,
  `time`       BIGINT             NOT NULL,
  `actor_uuid` VARCHAR(36)        NOT NULL,
  `actor_name` VARCHAR(100)       NOT NULL,
  `type`       CHAR(1)            NOT NULL,
  `acted_uuid` VARCHAR(36)        NOT NULL,
  `acted_name` VARCHAR(36)        NOT NULL,
  `action`     VARCHAR(300)       NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE `luckperms_tracks` (
  `name`   VARCHAR(36) NOT NULL,
  `groups` TEXT        NOT NULL,
  PRIMARY KEY (`name`)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE IF NOT EXISTS `luckperms_messenger` (`id` INT AUTO_INCREMENT NOT NULL, `time` TIMESTAMP NOT NULL, `msg` TEXT NOT NULL, PRIMARY KEY (`id`), KEY (`time`)) DEFAULT CHARSET = utf8mb4;
