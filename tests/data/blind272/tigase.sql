-- Tigase XMPP Server 8.5 (schema "server" 8.5.0) with the components of its full distribution that keep data in SQL:
-- message archiving (3.3.0), multi-user chat (3.5.0), publish-subscribe / PEP (5.3.0), HTTP API with HTTP file upload
-- (2.5.0), SOCKS5 proxy (2.1.0), the statistics logger (counter_data_logger 0.0.1) and the common schema-version table.
-- Upstream (all AGPL-3.0): github.com/tigase/tigase-server 6e5d3b7fc420d39ef587c21e447a56a59729dcc9,
-- tigase/tigase-message-archiving ad8871b26989927eeb14958a3217ca02e196f2b5, tigase/tigase-muc 97de16eecb17e936f7781e6ab6350f4486dc77aa,
-- tigase/tigase-pubsub dea29bfabadbd0f08eed8eea0b7304020ea89e62, tigase/tigase-http-api 80227c41efa4bc72210949f8456691020994a7b6,
-- tigase/tigase-socks5 9bfbceb42103f5387684b284acb8bb10e3c9ac33; files src/main/database/mysql-*.sql.
-- Made by running every mysql-<component>-<version>.sql in version order into MariaDB 10.11 (as Tigase's schema
-- installer does) and reading each table back with SHOW CREATE TABLE; table options reduced to ENGINE=InnoDB and
-- MariaDB's USING HASH index hints dropped. tig_broadcast_recipients is written by hand: its inline column REFERENCES
-- (ignored by MySQL) do not load in MariaDB, so it is kept without foreign keys, as MySQL creates it.

CREATE TABLE `tig_schema_versions` (
  `component` varchar(100) NOT NULL,
  `version` varchar(100) NOT NULL,
  `last_update` timestamp NOT NULL,
  PRIMARY KEY (`component`)
) ENGINE=InnoDB;

CREATE TABLE `tig_users` (
  `uid` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(2049) NOT NULL,
  `sha1_user_id` char(128) NOT NULL,
  `user_pw` varchar(255) DEFAULT NULL,
  `acc_create_time` timestamp NULL DEFAULT current_timestamp(),
  `last_used` timestamp NULL DEFAULT NULL,
  `failed_logins` int(11) DEFAULT 0,
  `account_status` int(11) DEFAULT 1,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `sha1_user_id` (`sha1_user_id`),
  KEY `user_pw` (`user_pw`),
  KEY `part_of_user_id` (`user_id`(255)),
  KEY `account_status` (`account_status`)
) ENGINE=InnoDB;

CREATE TABLE `tig_nodes` (
  `nid` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent_nid` bigint(20) unsigned DEFAULT NULL,
  `uid` bigint(20) unsigned NOT NULL,
  `node` varchar(255) NOT NULL,
  PRIMARY KEY (`nid`),
  UNIQUE KEY `tnode` (`parent_nid`,`uid`,`node`),
  KEY `node` (`node`),
  KEY `uid` (`uid`),
  KEY `parent_nid` (`parent_nid`),
  CONSTRAINT `tig_nodes_constr` FOREIGN KEY (`uid`) REFERENCES `tig_users` (`uid`)
) ENGINE=InnoDB;

CREATE TABLE `tig_pairs` (
  `pid` int(11) NOT NULL AUTO_INCREMENT,
  `nid` bigint(20) unsigned DEFAULT NULL,
  `uid` bigint(20) unsigned NOT NULL,
  `pkey` varchar(255) NOT NULL,
  `pval` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`pid`),
  KEY `pkey` (`pkey`),
  KEY `uid` (`uid`),
  KEY `nid` (`nid`),
  CONSTRAINT `tig_pairs_constr_1` FOREIGN KEY (`uid`) REFERENCES `tig_users` (`uid`),
  CONSTRAINT `tig_pairs_constr_2` FOREIGN KEY (`nid`) REFERENCES `tig_nodes` (`nid`)
) ENGINE=InnoDB;

CREATE TABLE `tig_offline_messages` (
  `msg_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ts` timestamp(6) NULL DEFAULT current_timestamp(6),
  `expired` timestamp NULL DEFAULT NULL,
  `sender` varchar(2049) DEFAULT NULL,
  `sender_sha1` char(40) DEFAULT NULL,
  `receiver` varchar(2049) NOT NULL,
  `receiver_sha1` char(40) NOT NULL,
  `msg_type` int(11) NOT NULL DEFAULT 0,
  `message` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`msg_id`),
  KEY `tig_offline_messages_expired_index` (`expired`),
  KEY `tig_offline_messages_receiver_sha1_sender_sha1_index` (`receiver_sha1`,`sender_sha1`),
  KEY `tig_offline_messages_receiver_sha1_msg_type_index` (`receiver_sha1`,`msg_type`)
) ENGINE=InnoDB;

CREATE TABLE `tig_broadcast_messages` (
  `id` varchar(128) NOT NULL,
  `expired` timestamp(6) NOT NULL,
  `msg` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_broadcast_jids` (
  `jid_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `jid` varchar(2049) NOT NULL,
  `jid_sha1` char(128) NOT NULL,
  PRIMARY KEY (`jid_id`),
  KEY `tig_broadcast_jids_jid_sha1` (`jid_sha1`)
) ENGINE=InnoDB;

CREATE TABLE `tig_broadcast_recipients` (
  `msg_id` varchar(128) NOT NULL,
  `jid_id` bigint(20) NOT NULL,
  PRIMARY KEY (`msg_id`,`jid_id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_cluster_nodes` (
  `hostname` varchar(255) NOT NULL,
  `secondary` varchar(512) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `last_update` timestamp(6) NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `port` int(11) DEFAULT NULL,
  `cpu_usage` double unsigned NOT NULL,
  `mem_usage` double unsigned NOT NULL,
  PRIMARY KEY (`hostname`)
) ENGINE=InnoDB;

CREATE TABLE `tig_user_credentials` (
  `uid` bigint(20) unsigned NOT NULL,
  `username` varchar(2049) NOT NULL,
  `username_sha1` char(128) NOT NULL,
  `mechanism` varchar(128) NOT NULL,
  `value` mediumtext NOT NULL,
  PRIMARY KEY (`uid`,`username_sha1`,`mechanism`),
  CONSTRAINT `tig_credentials_uid` FOREIGN KEY (`uid`) REFERENCES `tig_users` (`uid`)
) ENGINE=InnoDB;

CREATE TABLE `tig_stats_log` (
  `lid` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `hostname` varchar(2049) NOT NULL,
  `cpu_usage` double NOT NULL DEFAULT 0,
  `mem_usage` double NOT NULL DEFAULT 0,
  `uptime` bigint(20) NOT NULL DEFAULT 0,
  `vhosts` int(11) NOT NULL DEFAULT 0,
  `sm_packets` bigint(20) NOT NULL DEFAULT 0,
  `muc_packets` bigint(20) NOT NULL DEFAULT 0,
  `pubsub_packets` bigint(20) NOT NULL DEFAULT 0,
  `c2s_packets` bigint(20) NOT NULL DEFAULT 0,
  `s2s_packets` bigint(20) NOT NULL DEFAULT 0,
  `ext_packets` bigint(20) NOT NULL DEFAULT 0,
  `presences` bigint(20) NOT NULL DEFAULT 0,
  `messages` bigint(20) NOT NULL DEFAULT 0,
  `iqs` bigint(20) NOT NULL DEFAULT 0,
  `registered` bigint(20) NOT NULL DEFAULT 0,
  `c2s_conns` int(11) NOT NULL DEFAULT 0,
  `s2s_conns` int(11) NOT NULL DEFAULT 0,
  `bosh_conns` int(11) NOT NULL DEFAULT 0,
  `ws2s_conns` int(11) NOT NULL DEFAULT 0,
  `ws2s_packets` bigint(20) NOT NULL DEFAULT 0,
  `sm_sessions` bigint(20) NOT NULL DEFAULT 0,
  `sm_connections` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ts`,`hostname`(255)),
  UNIQUE KEY `lid` (`lid`)
) ENGINE=InnoDB;

CREATE TABLE `tig_ma_jids` (
  `jid_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `jid` varchar(2049) DEFAULT NULL,
  `domain` varchar(1024) DEFAULT NULL,
  `jid_sha1` char(40) DEFAULT NULL,
  PRIMARY KEY (`jid_id`),
  UNIQUE KEY `tig_ma_jids_jid_sha1` (`jid_sha1`),
  KEY `tig_ma_jids_domain_index` (`domain`(255))
) ENGINE=InnoDB;

CREATE TABLE `tig_ma_msgs` (
  `owner_id` bigint(20) unsigned NOT NULL,
  `buddy_id` bigint(20) unsigned NOT NULL,
  `ts` timestamp(6) NULL DEFAULT NULL,
  `body` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `msg` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `stable_id` binary(16) NOT NULL,
  `stanza_id` varchar(64) DEFAULT NULL,
  `ref_stable_id` binary(16) DEFAULT NULL,
  `is_ref` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`owner_id`,`stable_id`),
  KEY `buddy_id` (`buddy_id`),
  KEY `tig_ma_msgs_owner_id_buddy_id_stanza_id_ts_index` (`owner_id`,`buddy_id`,`stanza_id`,`ts`),
  KEY `tig_ma_msgs_ref_stable_id_owner_id_index` (`ref_stable_id`,`owner_id`),
  KEY `tig_ma_msgs_owner_id_buddy_id_is_ref_ts_index` (`owner_id`,`buddy_id`,`is_ref`,`ts`),
  KEY `tig_ma_msgs_owner_id_is_ref_ts_index` (`owner_id`,`is_ref`,`ts`),
  KEY `tig_ma_msgs_owner_id_ts_index` (`owner_id`,`ts`),
  KEY `tig_ma_msgs_owner_id_buddy_id_ts_index` (`owner_id`,`buddy_id`,`ts`),
  CONSTRAINT `tig_ma_msgs_ibfk_1` FOREIGN KEY (`buddy_id`) REFERENCES `tig_ma_jids` (`jid_id`),
  CONSTRAINT `tig_ma_msgs_ibfk_2` FOREIGN KEY (`owner_id`) REFERENCES `tig_ma_jids` (`jid_id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_ma_tags` (
  `tag_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `owner_id` bigint(20) unsigned NOT NULL,
  `tag` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (`tag_id`),
  UNIQUE KEY `tig_ma_tags_tag_owner_id` (`owner_id`,`tag`(191)),
  KEY `tig_ma_tags_owner_id` (`owner_id`),
  CONSTRAINT `tig_ma_tags_ibfk_1` FOREIGN KEY (`owner_id`) REFERENCES `tig_ma_jids` (`jid_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_ma_msgs_tags` (
  `tag_id` bigint(20) unsigned NOT NULL,
  `msg_owner_id` bigint(20) unsigned NOT NULL,
  `msg_stable_id` binary(16) NOT NULL,
  PRIMARY KEY (`msg_owner_id`,`msg_stable_id`,`tag_id`),
  KEY `tig_ma_tags_tag_id` (`tag_id`),
  CONSTRAINT `tig_ma_msgs_tags_ibfk_2` FOREIGN KEY (`tag_id`) REFERENCES `tig_ma_tags` (`tag_id`) ON DELETE CASCADE,
  CONSTRAINT `tig_ma_msgs_tags_ibfk_3` FOREIGN KEY (`msg_owner_id`, `msg_stable_id`) REFERENCES `tig_ma_msgs` (`owner_id`, `stable_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_muc_rooms` (
  `room_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `jid` varchar(2049) NOT NULL,
  `jid_sha1` char(40) NOT NULL,
  `name` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `config` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `creator` varchar(2049) NOT NULL,
  `creation_date` timestamp(6) NOT NULL,
  `subject` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `subject_creator_nick` varchar(1024) DEFAULT NULL,
  `subject_date` timestamp(6) NULL DEFAULT NULL,
  `avatar` mediumtext DEFAULT NULL,
  `avatar_hash` varchar(42) DEFAULT NULL,
  PRIMARY KEY (`room_id`),
  UNIQUE KEY `jid_sha1` (`jid_sha1`),
  KEY `jid` (`jid`(255))
) ENGINE=InnoDB;

CREATE TABLE `tig_muc_room_affiliations` (
  `room_id` bigint(20) NOT NULL,
  `jid` varchar(2049) NOT NULL,
  `jid_sha1` char(40) NOT NULL,
  `affiliation` varchar(20) NOT NULL,
  `persistent` int(11) NOT NULL DEFAULT 0,
  `nickname` varchar(1024) DEFAULT NULL,
  UNIQUE KEY `room_id_2` (`room_id`,`jid_sha1`),
  KEY `room_id` (`room_id`),
  CONSTRAINT `tig_muc_room_affiliations_ibfk_1` FOREIGN KEY (`room_id`) REFERENCES `tig_muc_rooms` (`room_id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_muc_room_history` (
  `room_jid` varchar(2049) NOT NULL,
  `room_jid_sha1` char(40) NOT NULL,
  `event_type` int(11) DEFAULT NULL,
  `ts` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `sender_jid` varchar(3074) DEFAULT NULL,
  `sender_nickname` varchar(1024) DEFAULT NULL,
  `body` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `public_event` tinyint(1) DEFAULT NULL,
  `msg` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `stable_id` binary(16) NOT NULL,
  UNIQUE KEY `tig_muc_room_history_room_stable_id_index` (`room_jid_sha1`,`stable_id`),
  KEY `room_jid_sha1` (`room_jid_sha1`),
  KEY `room_jid_sha1_2` (`room_jid_sha1`,`ts`),
  KEY `room_jid` (`room_jid`(255))
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_service_jids` (
  `service_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service_jid` varchar(2049) NOT NULL,
  `service_jid_sha1` char(40) NOT NULL,
  `domain` varchar(1024) NOT NULL,
  `domain_sha1` char(40) NOT NULL,
  `is_public` int(11) DEFAULT 0,
  PRIMARY KEY (`service_id`),
  UNIQUE KEY `service_jid_sha1` (`service_jid_sha1`),
  KEY `service_jid` (`service_jid`(255)),
  KEY `domain_sha1_is_public_idx` (`domain_sha1`,`is_public`)
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_jids` (
  `jid_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `jid` varchar(2049) NOT NULL,
  `jid_sha1` char(40) NOT NULL,
  PRIMARY KEY (`jid_id`),
  UNIQUE KEY `jid_sha1` (`jid_sha1`),
  KEY `jid` (`jid`(255))
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_nodes` (
  `node_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service_id` bigint(20) NOT NULL,
  `name` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `name_sha1` char(40) NOT NULL,
  `type` int(11) NOT NULL,
  `title` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `description` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `creation_date` datetime DEFAULT NULL,
  `configuration` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `collection_id` bigint(20) DEFAULT NULL,
  `creator` varchar(2049) DEFAULT NULL,
  PRIMARY KEY (`node_id`),
  UNIQUE KEY `service_id_2` (`service_id`,`name_sha1`),
  KEY `collection_id_service_id` (`collection_id`,`service_id`),
  CONSTRAINT `tig_pubsub_nodes_ibfk_1` FOREIGN KEY (`service_id`) REFERENCES `tig_pubsub_service_jids` (`service_id`) ON DELETE CASCADE,
  CONSTRAINT `tig_pubsub_nodes_ibfk_3` FOREIGN KEY (`collection_id`) REFERENCES `tig_pubsub_nodes` (`node_id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_affiliations` (
  `node_id` bigint(20) NOT NULL,
  `jid_id` bigint(20) NOT NULL,
  `affiliation` varchar(20) NOT NULL,
  PRIMARY KEY (`node_id`,`jid_id`),
  UNIQUE KEY `node_id_2` (`node_id`,`jid_id`),
  KEY `node_id` (`node_id`),
  KEY `jid_id` (`jid_id`),
  KEY `jid_id_2` (`jid_id`),
  CONSTRAINT `tig_pubsub_affiliations_ibfk_1` FOREIGN KEY (`node_id`) REFERENCES `tig_pubsub_nodes` (`node_id`) ON DELETE CASCADE,
  CONSTRAINT `tig_pubsub_affiliations_ibfk_2` FOREIGN KEY (`jid_id`) REFERENCES `tig_pubsub_jids` (`jid_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_subscriptions` (
  `node_id` bigint(20) NOT NULL,
  `jid_id` bigint(20) NOT NULL,
  `subscription` varchar(20) NOT NULL,
  `subscription_id` varchar(40) NOT NULL,
  PRIMARY KEY (`node_id`,`jid_id`),
  UNIQUE KEY `node_id_2` (`node_id`,`jid_id`),
  KEY `node_id` (`node_id`),
  KEY `jid_id` (`jid_id`),
  KEY `jid_id_2` (`jid_id`),
  CONSTRAINT `tig_pubsub_subscriptions_ibfk_1` FOREIGN KEY (`node_id`) REFERENCES `tig_pubsub_nodes` (`node_id`),
  CONSTRAINT `tig_pubsub_subscriptions_ibfk_2` FOREIGN KEY (`jid_id`) REFERENCES `tig_pubsub_jids` (`jid_id`),
  CONSTRAINT `tig_pubsub_subscriptions_ibfk_3` FOREIGN KEY (`node_id`) REFERENCES `tig_pubsub_nodes` (`node_id`) ON DELETE CASCADE,
  CONSTRAINT `tig_pubsub_subscriptions_ibfk_4` FOREIGN KEY (`jid_id`) REFERENCES `tig_pubsub_jids` (`jid_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_items` (
  `node_id` bigint(20) NOT NULL,
  `id` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `id_sha1` char(40) NOT NULL,
  `creation_date` timestamp(6) NULL DEFAULT NULL,
  `update_date` timestamp(6) NULL DEFAULT NULL,
  `data` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `publisher` varchar(2049) DEFAULT NULL,
  PRIMARY KEY (`node_id`,`id_sha1`),
  KEY `node_id` (`node_id`,`id`(255)),
  KEY `node_id_2` (`node_id`),
  CONSTRAINT `tig_pubsub_items_ibfk_1` FOREIGN KEY (`node_id`) REFERENCES `tig_pubsub_nodes` (`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_pubsub_mam` (
  `node_id` bigint(20) NOT NULL,
  `uuid` binary(16) NOT NULL,
  `item_id_sha1` char(40) DEFAULT NULL,
  `item_id` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `ts` datetime(6) NOT NULL,
  `data` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (`node_id`,`uuid`),
  KEY `node_id` (`node_id`,`item_id_sha1`,`item_id`(140)),
  CONSTRAINT `tig_pubsub_mam_ibfk_1` FOREIGN KEY (`node_id`) REFERENCES `tig_pubsub_nodes` (`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `tig_hfu_slots` (
  `slot_id` varchar(60) NOT NULL,
  `uploader` varchar(2049) NOT NULL,
  `domain` varchar(1024) NOT NULL,
  `res` varchar(1024) NOT NULL,
  `filename` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `filesize` bigint(20) NOT NULL,
  `content_type` varchar(128) DEFAULT NULL,
  `ts` timestamp(6) NULL DEFAULT NULL,
  `status` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`slot_id`),
  KEY `tig_hfu_slots_slot_id_index` (`slot_id`),
  KEY `tig_hfu_slots_domain_ts_index` (`domain`(255),`ts`)
) ENGINE=InnoDB;

CREATE TABLE `tig_socks5_users` (
  `uid` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(2049) NOT NULL,
  `sha1_user_id` char(128) NOT NULL,
  `domain` varchar(2049) NOT NULL,
  `sha1_domain` char(128) NOT NULL,
  `filesize_limit` bigint(20) DEFAULT 0,
  `transfer_limit_per_user` bigint(20) DEFAULT 0,
  `transfer_limit_per_domain` bigint(20) DEFAULT 0,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `sha1_user_id` (`sha1_user_id`)
) ENGINE=InnoDB;

CREATE TABLE `tig_socks5_connections` (
  `conn_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uid` bigint(20) unsigned NOT NULL,
  `instance` varchar(128) NOT NULL,
  `direction` int(11) NOT NULL,
  `transferred_bytes` bigint(20) DEFAULT 0,
  `transfer_timestamp` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`conn_id`),
  KEY `uid__transfer_timestamp` (`uid`,`transfer_timestamp`),
  KEY `instance__transfer_timestamp` (`instance`,`transfer_timestamp`),
  CONSTRAINT `tig_socks5_connections_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `tig_socks5_users` (`uid`)
) ENGINE=InnoDB;
