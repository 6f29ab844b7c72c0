-- Gromox, the groupware server of grommunio (Exchange-compatible mail, calendars, contacts and tasks over
-- MAPI/HTTP, EWS, ActiveSync, IMAP/POP3 and, through grommunio-dav, CalDAV / CardDAV), github.com/grommunio/gromox,
-- commit 1892eb3dc71aa45c0c8321a6627e503bb4ca9555 (lib/dbop_*.cpp last changed in cdadc117356b79346d868364d367b4c6ffd0b248),
-- AGPL-3.0-or-later.
-- Part 1, the user directory (MySQL): lib/dbop_mysql.cpp, the 25 CREATE TABLE statements of tbl_init_top (the
-- schema gromox-dbop -C creates, GX-133), verbatim in upstream's order; only the C string literals joined and one
-- column written per line.
-- Part 2, a mailbox's private store (one SQLite file per user, exchange.sqlite3): lib/dbop_sqlite.cpp, the 21 tables
-- of tbl_pvt_init_top, written as MySQL with upstream's column order: INTEGER -> BIGINT, INTEGER PRIMARY KEY
-- [AUTOINCREMENT] -> BIGINT NOT NULL [AUTO_INCREMENT] PRIMARY KEY, BLOB / NONE -> LONGBLOB, TEXT COLLATE NOCASE ->
-- VARCHAR where the column is in a unique index (usernames VARCHAR(320) as in the directory, name_string and class
-- VARCHAR(255)), else TEXT; CREATE UNIQUE INDEX written as UNIQUE KEY, column UNIQUE as UNIQUE KEY; plain indexes
-- left out except allocated_eids' time_index; messages.parent_attid's key added by ALTER TABLE after `attachments`
-- (the two tables refer to each other). The seed statements of replguidmap left out.
-- Left out: the public-store and midb (IMAP index) SQLite schemas, whose tables have the same names (folders,
-- messages, configurations) as the private store's.

CREATE TABLE `admin_roles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `associations` (
  `list_id` int(10) NOT NULL,
  `username` varchar(320) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (`list_id`,`username`),
  KEY `username` (`username`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `service` varchar(200) NOT NULL,
  `file` varchar(200) NOT NULL,
  `key` varchar(200) NOT NULL,
  `value` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `path` (`service`,`file`,`key`),
  KEY `service` (`service`),
  KEY `file` (`file`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `org_id` int(10) unsigned NOT NULL DEFAULT 0,
  `domainname` varchar(255) CHARACTER SET ascii NOT NULL,
  `homeserver` tinyint(5) NOT NULL DEFAULT 0,
  `homedir` varchar(128) NOT NULL DEFAULT '',
  `max_user` int(10) unsigned NOT NULL,
  `title` varchar(128) NOT NULL DEFAULT '',
  `address` varchar(128) NOT NULL DEFAULT '',
  `admin_name` varchar(32) NOT NULL DEFAULT '',
  `tel` varchar(64) NOT NULL DEFAULT '',
  `end_day` date NOT NULL,
  `domain_status` tinyint(4) NOT NULL DEFAULT 0,
  `sync_policy` text CHARACTER SET ascii DEFAULT NULL,
  `chat_id` varchar(26) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domainname` (`domainname`),
  KEY `homedir` (`homedir`),
  KEY `org_id` (`org_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forwards` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(320) CHARACTER SET ascii NOT NULL,
  `forward_type` tinyint(4) NOT NULL DEFAULT 0,
  `destination` varchar(320) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `groupname` varchar(320) CHARACTER SET ascii NOT NULL,
  `password` varchar(136) CHARACTER SET ascii NOT NULL DEFAULT '',
  `domain_id` int(10) unsigned NOT NULL,
  `title` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groupname` (`groupname`),
  KEY `domain_id` (`domain_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `options` (
  `key` varchar(32) CHARACTER SET ascii NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`key`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orgs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` varchar(128),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `specifieds` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(320) CHARACTER SET ascii NOT NULL,
  `list_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `list_id` (`list_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(320) CHARACTER SET ascii NOT NULL,
  `primary_email` varchar(320) CHARACTER SET ascii,
  `altname` varchar(64),
  `password` varchar(136) CHARACTER SET ascii NOT NULL DEFAULT '',
  `domain_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `homeserver` tinyint(5) unsigned NOT NULL DEFAULT 0,
  `maildir` varchar(128) NOT NULL DEFAULT '',
  `lang` varchar(32) NOT NULL DEFAULT '',
  `timezone` varchar(64) NOT NULL DEFAULT '',
  `privilege_bits` int(10) unsigned NOT NULL,
  `address_status` tinyint(4) NOT NULL DEFAULT 0,
  `externid` varbinary(64) DEFAULT NULL,
  `sync_policy` text CHARACTER SET ascii DEFAULT NULL,
  `chat_id` varchar(26) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `domain_id_2` (`domain_id`,`username`),
  UNIQUE KEY `group_id_2` (`group_id`,`username`),
  UNIQUE KEY `altname` (`altname`),
  KEY `group_id` (`group_id`),
  KEY `domain_id` (`domain_id`),
  KEY `maildir` (`maildir`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aliases` (
  `aliasname` varchar(320) CHARACTER SET ascii NOT NULL,
  `mainname` varchar(320) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (`aliasname`),
  KEY `mainname` (`mainname`),
  CONSTRAINT `aliases_ibfk_1` FOREIGN KEY (`mainname`) REFERENCES `users` (`username`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mlists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `listname` varchar(320) CHARACTER SET ascii NOT NULL,
  `domain_id` int(10) unsigned NOT NULL,
  `list_type` tinyint(4) NOT NULL,
  `list_privilege` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `listname` (`listname`),
  KEY `domain_id` (`domain_id`),
  CONSTRAINT `mlists_ibfk_1` FOREIGN KEY (`listname`) REFERENCES `users` (`username`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_properties` (
  `user_id` int(10) unsigned NOT NULL,
  `proptag` int(10) unsigned NOT NULL,
  `order_id` int(10) unsigned DEFAULT 1,
  `propval_bin` varbinary(4096) DEFAULT NULL,
  `propval_str` varchar(4096) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`proptag`,`order_id`),
  CONSTRAINT `user_properties_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_role_permission_relation` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `role_id` int(10) unsigned NOT NULL,
  `permission` varchar(64) NOT NULL,
  `parameters` text,
  PRIMARY KEY (`id`),
  KEY `role_id` (`role_id`),
  CONSTRAINT `admin_role_permission_relation_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `admin_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_user_role_relation` (
  `user_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  CONSTRAINT `admin_user_role_relation_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admin_user_role_relation_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `admin_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `classes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `classname` varchar(128) NOT NULL,
  `listname` varchar(320) CHARACTER SET ascii NOT NULL,
  `filters` TEXT,
  `domain_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `listname` (`listname`),
  CONSTRAINT `classes_ibfk_2` FOREIGN KEY (`listname`) REFERENCES `users` (`username`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`domain_id`) REFERENCES domains (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fetchmail` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `mailbox` varchar(320) NOT NULL,
  `active` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `src_server` varchar(255) NOT NULL,
  `src_auth` enum('password','kerberos_v5','kerberos','kerberos_v4','gssapi','cram-md5','otp','ntlm','msn','ssh','any') NOT NULL DEFAULT 'password',
  `src_user` varchar(255) NOT NULL,
  `src_password` varchar(255) NOT NULL,
  `src_folder` varchar(255) NOT NULL,
  `fetchall` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `keep` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `protocol` enum('POP3','IMAP','POP2','ETRN','AUTO') NOT NULL DEFAULT 'IMAP',
  `usessl` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `sslcertck` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `sslcertpath` varchar(255) CHARACTER SET utf8 DEFAULT NULL,
  `sslfingerprint` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `extra_options` text,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `fetchmail_ibfk_1` (`user_id`),
  CONSTRAINT `fetchmail_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `secondary_store_hints` (
  `primary` int(10) unsigned NOT NULL,
  `secondary` int(10) unsigned NOT NULL,
  PRIMARY KEY (`primary`,`secondary`),
  CONSTRAINT `users_ibfk_1` FOREIGN KEY (`primary`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_ibfk_2` FOREIGN KEY (`secondary`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_devices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `device_id` varchar(64) NOT NULL,
  `status` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_device` (`user_id`,`device_id`),
  CONSTRAINT `user_devices_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_device_history` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_device_id` int(10) unsigned NOT NULL,
  `time` timestamp NOT NULL DEFAULT current_timestamp(),
  `remote_ip` varchar(64) NOT NULL,
  `status` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_device_history_ibfk_1` (`user_device_id`),
  CONSTRAINT `user_device_history_ibfk_1` FOREIGN KEY (`user_device_id`) REFERENCES `user_devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasq` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `command` varchar(16) NOT NULL,
  `state` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `message` varchar(160) NOT NULL DEFAULT '',
  `access` text,
  `params` text,
  PRIMARY KEY (`id`),
  KEY `state` (`state`),
  KEY `updated` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `servers` (
  `id` tinyint(5) unsigned NOT NULL AUTO_INCREMENT,
  `hostname` varchar(255) CHARACTER SET ascii NOT NULL,
  `extname` varchar(255) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hostname` (`hostname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orgparam` (
  `org_id` int(10) unsigned NOT NULL,
  `key` varchar(32) CHARACTER SET ascii NOT NULL,
  `value` varchar(255),
  PRIMARY KEY (`org_id`, `key`),
  CONSTRAINT `orgparam_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `altnames` (
  `user_id` int(10) unsigned NOT NULL,
  `altname` varchar(320) NOT NULL,
  `magic` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `altname`),
  UNIQUE KEY `altname` (`altname`),
  CONSTRAINT `altnames_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disabled_plugins` (
  domain_id int(10) unsigned NOT NULL,
  plugin varchar(128) NOT NULL,
  PRIMARY KEY (`domain_id`, `plugin`),
  CONSTRAINT `domain_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;

-- Private store (one SQLite file per mailbox, exchange.sqlite3): lib/dbop_sqlite.cpp tbl_pvt_init_top.

CREATE TABLE `configurations` (
  `config_id` BIGINT NOT NULL,
  `config_value` LONGBLOB NOT NULL,
  PRIMARY KEY (`config_id`)
);

CREATE TABLE `allocated_eids` (
  `range_begin` BIGINT NOT NULL,
  `range_end` BIGINT NOT NULL,
  `allocate_time` BIGINT NOT NULL,
  `is_system` BIGINT DEFAULT NULL,
  KEY `time_index` (`allocate_time`)
);

CREATE TABLE `named_properties` (
  `propid` BIGINT NOT NULL AUTO_INCREMENT,
  `name_string` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`propid`),
  UNIQUE KEY `namedprop_unique` (`name_string`)
);

CREATE TABLE `store_properties` (
  `proptag` BIGINT NOT NULL,
  `propval` LONGBLOB NOT NULL,
  UNIQUE KEY (`proptag`)
);

CREATE TABLE `folders` (
  `folder_id` BIGINT NOT NULL,
  `parent_id` BIGINT,
  `change_number` BIGINT NOT NULL,
  `is_search` BIGINT DEFAULT 0,
  `search_flags` BIGINT DEFAULT NULL,
  `search_criteria` LONGBLOB DEFAULT NULL,
  `cur_eid` BIGINT NOT NULL,
  `max_eid` BIGINT NOT NULL,
  `is_deleted` BIGINT DEFAULT 0,
  PRIMARY KEY (`folder_id`),
  UNIQUE KEY (`change_number`),
  FOREIGN KEY (`parent_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `folder_properties` (
  `folder_id` BIGINT NOT NULL,
  `proptag` BIGINT NOT NULL,
  `propval` LONGBLOB NOT NULL,
  UNIQUE KEY `folder_property_index3` (`folder_id`, `proptag`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `permissions` (
  `member_id` BIGINT NOT NULL AUTO_INCREMENT,
  `folder_id` BIGINT NOT NULL,
  `username` VARCHAR(320) NOT NULL,
  `permission` BIGINT NOT NULL,
  PRIMARY KEY (`member_id`),
  UNIQUE KEY `folder_username_index` (`folder_id`, `username`),
  UNIQUE KEY `folder_username_index2` (`username`, `folder_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `rules` (
  `rule_id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `provider` TEXT NOT NULL,
  `sequence` BIGINT NOT NULL,
  `state` BIGINT NOT NULL,
  `level` BIGINT,
  `user_flags` BIGINT,
  `provider_data` LONGBLOB,
  `condition` LONGBLOB NOT NULL,
  `actions` LONGBLOB NOT NULL,
  `folder_id` BIGINT NOT NULL,
  PRIMARY KEY (`rule_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `messages` (
  `message_id` BIGINT NOT NULL,
  `parent_fid` BIGINT,
  `parent_attid` BIGINT,
  `is_deleted` BIGINT DEFAULT 0,
  `is_associated` BIGINT,
  `change_number` BIGINT NOT NULL,
  `read_cn` BIGINT DEFAULT NULL,
  `read_state` BIGINT DEFAULT 0,
  `message_size` BIGINT NOT NULL,
  `group_id` BIGINT DEFAULT NULL,
  `timer_id` BIGINT DEFAULT NULL,
  `mid_string` TEXT DEFAULT NULL,
  PRIMARY KEY (`message_id`),
  UNIQUE KEY (`change_number`),
  UNIQUE KEY (`read_cn`),
  FOREIGN KEY (`parent_fid`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `message_properties` (
  `message_id` BIGINT NOT NULL,
  `proptag` BIGINT NOT NULL,
  `propval` LONGBLOB NOT NULL,
  UNIQUE KEY `message_property_index4` (`message_id`, `proptag`),
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `message_changes` (
  `message_id` BIGINT NOT NULL,
  `change_number` BIGINT NOT NULL,
  `indices` LONGBLOB NOT NULL,
  `proptags` LONGBLOB NOT NULL,
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `recipients` (
  `recipient_id` BIGINT NOT NULL AUTO_INCREMENT,
  `message_id` BIGINT NOT NULL,
  PRIMARY KEY (`recipient_id`),
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `recipients_properties` (
  `recipient_id` BIGINT NOT NULL,
  `proptag` BIGINT NOT NULL,
  `propval` LONGBLOB NOT NULL,
  UNIQUE KEY `recipient_property_index5` (`recipient_id`, `proptag`),
  FOREIGN KEY (`recipient_id`) REFERENCES `recipients` (`recipient_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `replguidmap` (
  `replid` BIGINT NOT NULL AUTO_INCREMENT,
  `replguid` VARCHAR(40),
  PRIMARY KEY (`replid`),
  UNIQUE KEY `replguidmap_guid` (`replguid`)
);

CREATE TABLE `attachments` (
  `attachment_id` BIGINT NOT NULL AUTO_INCREMENT,
  `message_id` BIGINT NOT NULL,
  PRIMARY KEY (`attachment_id`),
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- messages.parent_attid -> attachments: the two tables refer to each other, so this key is added afterwards.
ALTER TABLE `messages` ADD FOREIGN KEY (`parent_attid`) REFERENCES `attachments` (`attachment_id`) ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE `attachment_properties` (
  `attachment_id` BIGINT NOT NULL,
  `proptag` BIGINT NOT NULL,
  `propval` LONGBLOB NOT NULL,
  UNIQUE KEY `attachment_property_index6` (`attachment_id`, `proptag`),
  FOREIGN KEY (`attachment_id`) REFERENCES `attachments` (`attachment_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `receive_table` (
  `class` VARCHAR(255) NOT NULL,
  `folder_id` BIGINT NOT NULL,
  `modified_time` BIGINT NOT NULL,
  UNIQUE KEY (`class`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `search_scopes` (
  `folder_id` BIGINT NOT NULL,
  `included_fid` BIGINT NOT NULL,
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`included_fid`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `search_result` (
  `folder_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  UNIQUE KEY `search_message_index` (`folder_id`, `message_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `autoreply_ts` (
  `peer` VARCHAR(320) NOT NULL,
  `ts` BIGINT,
  PRIMARY KEY (`peer`)
);

CREATE TABLE `msgtime_index` (
  `folder_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `mtime` BIGINT,
  `rcvtime` BIGINT,
  `sndtime` BIGINT,
  PRIMARY KEY (`folder_id`, `message_id`),
  UNIQUE KEY `msgtime_mt_idx` (`folder_id`, `mtime`, `message_id`),
  UNIQUE KEY `msgtime_rt_idx` (`folder_id`, `rcvtime`, `message_id`),
  UNIQUE KEY `msgtime_st_idx` (`folder_id`, `sndtime`, `message_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`folder_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`message_id`) ON DELETE CASCADE ON UPDATE CASCADE
);
