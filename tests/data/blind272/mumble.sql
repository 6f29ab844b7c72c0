-- Mumble server (Murmur) 1.5.857, database structure version 10
-- Upstream: github.com/mumble-voip/mumble, tag v1.5.857 (commit fc454676e79841f1c7d22207d979754502c6297b),
-- src/murmur/ServerDB.cpp, the MySQL (QMYSQL) branch of ServerDB::ServerDB(), empty table prefix (BSD-3-Clause).
-- Each CREATE TABLE is upstream's; its separate CREATE [UNIQUE] INDEX and ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY
-- statements are written inside the CREATE TABLE, in upstream's order.

CREATE TABLE `meta` (
  `keystring` varchar(255) PRIMARY KEY,
  `value` varchar(255)
) ENGINE=InnoDB;

CREATE TABLE `servers` (
  `server_id` INTEGER PRIMARY KEY AUTO_INCREMENT
) ENGINE=InnoDB;

CREATE TABLE `slog` (
  `server_id` INTEGER NOT NULL,
  `msg` TEXT,
  `msgtime` TIMESTAMP,
  KEY `slog_time` (`msgtime`),
  CONSTRAINT `slog_server_del` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `config` (
  `server_id` INTEGER NOT NULL,
  `key` varchar(255),
  `value` TEXT,
  UNIQUE KEY `config_key` (`server_id`, `key`),
  CONSTRAINT `config_server_del` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `channels` (
  `server_id` INTEGER NOT NULL,
  `channel_id` INTEGER NOT NULL,
  `parent_id` INTEGER,
  `name` varchar(255),
  `inheritacl` INTEGER,
  UNIQUE KEY `channel_id` (`server_id`, `channel_id`),
  CONSTRAINT `channels_parent_del` FOREIGN KEY (`server_id`, `parent_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE,
  CONSTRAINT `channels_server_del` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `channel_info` (
  `server_id` INTEGER NOT NULL,
  `channel_id` INTEGER NOT NULL,
  `key` INTEGER,
  `value` LONGTEXT,
  UNIQUE KEY `channel_info_id` (`server_id`, `channel_id`, `key`),
  CONSTRAINT `channel_info_del_channel` FOREIGN KEY (`server_id`, `channel_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `server_id` INTEGER NOT NULL,
  `user_id` INTEGER NOT NULL,
  `name` varchar(255),
  `pw` varchar(128),
  `salt` varchar(128),
  `kdfiterations` INTEGER,
  `lastchannel` INTEGER,
  `texture` LONGBLOB,
  `last_active` TIMESTAMP,
  `last_disconnect` TIMESTAMP,
  KEY `users_channel` (`server_id`, `lastchannel`),
  UNIQUE KEY `users_name` (`server_id`, `name`),
  UNIQUE KEY `users_id` (`server_id`, `user_id`),
  CONSTRAINT `users_server_del` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user_info` (
  `server_id` INTEGER NOT NULL,
  `user_id` INTEGER NOT NULL,
  `key` INTEGER,
  `value` LONGTEXT,
  UNIQUE KEY `user_info_id` (`server_id`, `user_id`, `key`),
  CONSTRAINT `user_info_del_user` FOREIGN KEY (`server_id`, `user_id`) REFERENCES `users` (`server_id`, `user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `groups` (
  `group_id` INTEGER PRIMARY KEY AUTO_INCREMENT,
  `server_id` INTEGER NOT NULL,
  `name` varchar(255),
  `channel_id` INTEGER NOT NULL,
  `inherit` INTEGER,
  `inheritable` INTEGER,
  UNIQUE KEY `groups_name_channels` (`server_id`, `channel_id`, `name`),
  CONSTRAINT `groups_del_channel` FOREIGN KEY (`server_id`, `channel_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `group_members` (
  `group_id` INTEGER NOT NULL,
  `server_id` INTEGER NOT NULL,
  `user_id` INTEGER NOT NULL,
  `addit` INTEGER,
  KEY `group_members_users` (`server_id`, `user_id`),
  CONSTRAINT `group_members_del_group` FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`) ON DELETE CASCADE,
  CONSTRAINT `group_members_del_user` FOREIGN KEY (`server_id`, `user_id`) REFERENCES `users` (`server_id`, `user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `acl` (
  `server_id` INTEGER NOT NULL,
  `channel_id` INTEGER NOT NULL,
  `priority` INTEGER,
  `user_id` INTEGER,
  `group_name` varchar(255),
  `apply_here` INTEGER,
  `apply_sub` INTEGER,
  `grantpriv` INTEGER,
  `revokepriv` INTEGER,
  UNIQUE KEY `acl_channel_pri` (`server_id`, `channel_id`, `priority`),
  KEY `acl_user` (`server_id`, `user_id`),
  CONSTRAINT `acl_del_channel` FOREIGN KEY (`server_id`, `channel_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE,
  CONSTRAINT `acl_del_user` FOREIGN KEY (`server_id`, `user_id`) REFERENCES `users` (`server_id`, `user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `channel_links` (
  `server_id` INTEGER NOT NULL,
  `channel_id` INTEGER NOT NULL,
  `link_id` INTEGER NOT NULL,
  CONSTRAINT `channel_links_del_channel` FOREIGN KEY (`server_id`, `channel_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `bans` (
  `server_id` INTEGER NOT NULL,
  `base` BINARY(16),
  `mask` INTEGER,
  `name` varchar(255),
  `hash` CHAR(40),
  `reason` TEXT,
  `start` DATETIME,
  `duration` INTEGER,
  CONSTRAINT `bans_del_server` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `channel_listeners` (
  `server_id` INTEGER NOT NULL,
  `user_id` INTEGER NOT NULL,
  `channel_id` INTEGER NOT NULL,
  `volume_adjustment` FLOAT DEFAULT 1,
  `enabled` SMALLINT DEFAULT 1,
  CONSTRAINT `channel_listeners_del_server` FOREIGN KEY (`server_id`) REFERENCES `servers` (`server_id`) ON DELETE CASCADE,
  CONSTRAINT `channel_listeners_del_channel` FOREIGN KEY (`server_id`, `channel_id`) REFERENCES `channels` (`server_id`, `channel_id`) ON DELETE CASCADE,
  CONSTRAINT `channel_listeners_del_user` FOREIGN KEY (`server_id`, `user_id`) REFERENCES `users` (`server_id`, `user_id`) ON DELETE CASCADE
);
