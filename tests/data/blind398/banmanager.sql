-- BanManager (BanManagement / James Mortemore "confuser"): ban, mute, warning, kick, note and report manager of
-- Minecraft servers (Bukkit / Spigot / Paper, BungeeCord, Velocity, Sponge, Fabric), with its companion web
-- interface BanManager-WebUI (player-facing appeals, report tracking, staff accounts) and the WebEnhancer add-on's
-- tables (website PIN logins, server-log capture attached to reports).
--
-- Plugin tables (bm_*): the MySQL DDL of the plugin's ORMLite tables as shipped in
--   github.com/BanManagement/BanManager-WebUI server/test/migrations/sqls/20180208130239-bm-tables-up.sql
--   (commit 18d21e3c8b9ab87c5d97d672a3d6324fb61bca22, MIT),
-- brought to the current plugin schema by replaying the plugin's own migrations
--   github.com/BanManagement/BanManager common/src/main/resources/db/local/V1__baseline.sql + V2__add_player_locale.sql
--   (commit 470869d1d3d8893a5aa9c27ea1f52d3d964803ef, see that repository's LICENCE), "lenient" as migrations.list
--   says (statements adding columns that already exist are skipped), with the default table names of config.yml;
--   bm_schema_version written from the ORMLite class storage/migration/SchemaVersion.java.
-- Web tables (bm_web_*): server/data/migrations/sqls/20180122081331-acls-up.sql and the db-migrate migrations
--   server/data/migrations/*.js of BanManager-WebUI (same commit) written as the MySQL db-migrate issues.
-- Replayed in MariaDB 10.11 and dumped with SHOW CREATE TABLE (utf8mb3 written back as utf8, JSON as json).
-- The seed rows (report / appeal states, roles, ACL resources) are left out, as are the plugin's optional
-- "global" database tables (bm_global_*).

CREATE TABLE `bm_ip_ban_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_ban_records_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_ip_bans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_bans_created_idx` (`created`),
  KEY `bm_ip_bans_expires_idx` (`expires`),
  KEY `bm_ip_bans_updated_idx` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_ip_mute_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `soft` tinyint(1) DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_mute_records_created_idx` (`created`),
  KEY `bm_ip_mute_records_soft_idx` (`soft`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_ip_mutes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `soft` tinyint(1) DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_mutes_updated_idx` (`updated`),
  KEY `bm_ip_mutes_soft_idx` (`soft`),
  KEY `bm_ip_mutes_created_idx` (`created`),
  KEY `bm_ip_mutes_expires_idx` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_ip_range_ban_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fromIp` varbinary(16) NOT NULL,
  `toIp` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_range_ban_records_created_idx` (`created`),
  KEY `bm_ip_range_ban_records_toIp_idx` (`toIp`),
  KEY `bm_ip_range_ban_records_fromIp_idx` (`fromIp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_ip_range_bans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fromIp` varbinary(16) NOT NULL,
  `toIp` varbinary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_ip_range_bans_expires_idx` (`expires`),
  KEY `bm_ip_range_bans_created_idx` (`created`),
  KEY `bm_ip_range_bans_updated_idx` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_name_ban_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_name_ban_records_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_name_bans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_name_bans_updated_idx` (`updated`),
  KEY `bm_name_bans_created_idx` (`created`),
  KEY `bm_name_bans_expires_idx` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_ban_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_ban_records_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_bans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_player_bans_player_idx` (`player_id`),
  KEY `bm_player_bans_created_idx` (`created`),
  KEY `bm_player_bans_expires_idx` (`expires`),
  KEY `bm_player_bans_updated_idx` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `name` varchar(16) NOT NULL DEFAULT '',
  `ip` varbinary(16) DEFAULT NULL,
  `join` bigint(20) unsigned DEFAULT NULL,
  `leave` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_history_ip_idx` (`ip`),
  KEY `bm_player_history_leave_idx` (`leave`),
  KEY `bm_player_history_join_idx` (`join`),
  KEY `idx_playerhistory_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_kicks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_kicks_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_mute_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `expired` bigint(20) unsigned DEFAULT NULL,
  `actor_id` binary(16) NOT NULL,
  `pastActor_id` binary(16) NOT NULL,
  `pastCreated` bigint(20) unsigned DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `createdReason` varchar(255) NOT NULL,
  `soft` tinyint(1) DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  `onlineOnly` tinyint(1) NOT NULL DEFAULT 0,
  `remainingOnlineTime` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `bm_player_mute_records_soft_idx` (`soft`),
  KEY `bm_player_mute_records_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_mutes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `soft` tinyint(1) DEFAULT NULL,
  `silent` tinyint(1) DEFAULT NULL,
  `onlineOnly` tinyint(1) NOT NULL DEFAULT 0,
  `pausedRemaining` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_player_mutes_player_idx` (`player_id`),
  KEY `bm_player_mutes_expires_idx` (`expires`),
  KEY `bm_player_mutes_soft_idx` (`soft`),
  KEY `bm_player_mutes_updated_idx` (`updated`),
  KEY `bm_player_mutes_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `message` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_notes_created_idx` (`created`),
  KEY `bm_player_notes_actor_idx` (`actor_id`),
  KEY `bm_player_notes_player_idx` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_pins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `pin` varchar(255) NOT NULL,
  `expires` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_pins_player_idx` (`player_id`),
  KEY `bm_player_pins_pin_idx` (`player_id`,`pin`),
  KEY `bm_player_pins_expires_idx` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_report_commands` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_id` int(11) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `command` varchar(255) NOT NULL,
  `args` varchar(255) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_report_commands_actor_idx` (`actor_id`),
  KEY `bm_player_report_commands_updated_idx` (`updated`),
  KEY `bm_player_report_commands_command_idx` (`command`),
  KEY `bm_player_report_commands_report_idx` (`report_id`),
  KEY `bm_player_report_commands_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_report_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_id` int(11) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `comment` varchar(255) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_report_comments_updated_idx` (`updated`),
  KEY `bm_player_report_comments_report_idx` (`report_id`),
  KEY `bm_player_report_comments_actor_idx` (`actor_id`),
  KEY `bm_player_report_comments_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_report_locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_id` int(11) NOT NULL,
  `player_id` binary(16) NOT NULL,
  `world` varchar(255) NOT NULL,
  `x` double NOT NULL,
  `y` double NOT NULL,
  `z` double NOT NULL,
  `pitch` float NOT NULL,
  `yaw` float NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_report_locations_player_idx` (`player_id`),
  KEY `bm_player_report_locations_world_idx` (`world`),
  KEY `bm_player_report_locations_report_idx` (`report_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_report_states` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_reports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `state_id` int(11) NOT NULL,
  `assignee_id` binary(16) DEFAULT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `updated` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_player_reports_player_idx` (`player_id`),
  KEY `bm_player_reports_actor_idx` (`actor_id`),
  KEY `bm_player_reports_state_idx` (`state_id`),
  KEY `bm_player_reports_assignee_idx` (`assignee_id`),
  KEY `bm_player_reports_created_idx` (`created`),
  KEY `bm_player_reports_updated_idx` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_player_warnings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  `read` tinyint(1) DEFAULT NULL,
  `points` decimal(60,2) NOT NULL DEFAULT 1.00,
  PRIMARY KEY (`id`),
  KEY `bm_player_warnings_expires_idx` (`expires`),
  KEY `bm_player_warnings_read_idx` (`read`),
  KEY `bm_player_warnings_points_idx` (`points`),
  KEY `bm_player_warnings_created_idx` (`created`),
  KEY `bm_player_warnings_player_idx` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_players` (
  `id` binary(16) NOT NULL,
  `name` varchar(16) NOT NULL,
  `ip` varbinary(16) NOT NULL,
  `lastSeen` bigint(20) unsigned DEFAULT NULL,
  `locale` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_players_ip_idx` (`ip`),
  KEY `bm_players_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_report_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_id` int(11) NOT NULL,
  `log_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_report_logs_log_idx` (`log_id`),
  KEY `bm_report_logs_report_idx` (`report_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_rollbacks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `type` varchar(255) NOT NULL,
  `created` bigint(20) unsigned DEFAULT NULL,
  `expires` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_rollbacks_created_idx` (`created`),
  KEY `bm_rollbacks_expires_idx` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_server_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` text NOT NULL,
  `created` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_server_logs_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_schema_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` int(11) NOT NULL,
  `description` varchar(255) NOT NULL,
  `appliedAt` bigint(20) NOT NULL,
  `scope` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `bm_web_servers` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) NOT NULL,
  `port` int(10) unsigned NOT NULL DEFAULT 3306,
  `database` varchar(255) NOT NULL,
  `user` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL DEFAULT '',
  `console` varbinary(16) NOT NULL,
  `tables` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_web_servers_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_roles` (
  `role_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `parent_role_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_player_roles` (
  `player_id` binary(16) NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`player_id`,`role_id`),
  KEY `bm_web_player_roles_player_id` (`player_id`),
  KEY `bm_web_player_roles_role_id` (`role_id`),
  CONSTRAINT `bm_web_player_roles_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `bm_web_roles` (`role_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_player_server_roles` (
  `player_id` binary(16) NOT NULL,
  `server_id` varchar(255) NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`player_id`,`server_id`,`role_id`),
  KEY `bm_web_player_server_roles_player_id` (`player_id`),
  KEY `bm_web_player_server_roles_role_id` (`role_id`),
  KEY `bm_web_player_server_roles_server_id` (`server_id`),
  CONSTRAINT `bm_web_player_server_roles_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `bm_web_roles` (`role_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_player_server_roles_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_resources` (
  `resource_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`resource_id`),
  UNIQUE KEY `bm_web_resources_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_resource_permissions` (
  `permission_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `resource_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`permission_id`),
  KEY `bm_web_resource_permissions_resource_id_index` (`resource_id`),
  CONSTRAINT `bm_web_resource_permissions_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `bm_web_resources` (`resource_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_role_resources` (
  `role_id` int(10) unsigned NOT NULL,
  `resource_id` int(10) unsigned NOT NULL,
  `value` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`role_id`,`resource_id`),
  KEY `bm_web_group_resources_value_index` (`value`),
  KEY `bm_web_role_resources_resource_id_fk` (`resource_id`),
  CONSTRAINT `bm_web_role_resources_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `bm_web_resources` (`resource_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_role_resources_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `bm_web_roles` (`role_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_users` (
  `player_id` binary(16) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `updated` int(10) NOT NULL DEFAULT 0,
  `locale` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`player_id`),
  KEY `bm_web_users_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_page_layouts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pathname` varchar(255) DEFAULT NULL,
  `device` varchar(255) DEFAULT NULL,
  `component` varchar(255) DEFAULT NULL,
  `x` int(11) DEFAULT NULL,
  `y` int(11) DEFAULT NULL,
  `w` int(11) DEFAULT NULL,
  `meta` longtext DEFAULT NULL,
  `h` int(11) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `bm_web_page_layouts_pathname_idx` (`pathname`)
) ENGINE=InnoDB;

CREATE TABLE `bm_web_appeal_states` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `bm_web_appeals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` varchar(255) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `assignee_id` binary(16) DEFAULT NULL,
  `punishment_id` int(11) NOT NULL,
  `punishment_type` varchar(255) NOT NULL,
  `punishment_reason` varchar(255) NOT NULL,
  `punishment_created` int(10) NOT NULL,
  `punishment_expires` int(10) NOT NULL,
  `punishment_points` decimal(60,2) DEFAULT NULL,
  `punishment_soft` tinyint(1) DEFAULT NULL,
  `punishment_actor_id` binary(16) NOT NULL,
  `state_id` int(11) NOT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  `reason` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_appeals_state_id_fk` (`state_id`),
  KEY `bm_web_appeals_server_idx` (`server_id`),
  KEY `bm_web_appeals_actor_idx` (`actor_id`),
  KEY `bm_web_appeals_punishment_actor_idx` (`punishment_actor_id`),
  CONSTRAINT `bm_web_appeals_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_appeals_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `bm_web_appeal_states` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_appeal_comments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type` int(11) NOT NULL,
  `appeal_id` int(11) NOT NULL,
  `actor_id` binary(16) NOT NULL,
  `assignee_id` binary(16) DEFAULT NULL,
  `state_id` int(11) DEFAULT NULL,
  `old_reason` varchar(255) DEFAULT NULL,
  `new_reason` varchar(255) DEFAULT NULL,
  `old_expires` int(10) DEFAULT NULL,
  `new_expires` int(10) DEFAULT NULL,
  `old_points` decimal(60,2) DEFAULT NULL,
  `new_points` decimal(60,2) DEFAULT NULL,
  `old_soft` tinyint(1) DEFAULT NULL,
  `new_soft` tinyint(1) DEFAULT NULL,
  `content` varchar(255) DEFAULT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_appeal_comments_appeal_id_fk` (`appeal_id`),
  KEY `bm_web_appeal_comments_state_id_fk` (`state_id`),
  CONSTRAINT `bm_web_appeal_comments_appeal_id_fk` FOREIGN KEY (`appeal_id`) REFERENCES `bm_web_appeals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_appeal_comments_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `bm_web_appeal_states` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_notifications` (
  `id` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `appeal_id` int(11) DEFAULT NULL,
  `report_id` int(11) DEFAULT NULL,
  `state_id` int(11) NOT NULL,
  `comment_id` int(11) DEFAULT NULL,
  `server_id` varchar(255) DEFAULT NULL,
  `player_id` binary(16) NOT NULL,
  `actor_id` binary(16) DEFAULT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_notifications_appeal_appeal_id_fk` (`appeal_id`),
  KEY `bm_web_notifications_server_id_fk` (`server_id`),
  KEY `bm_web_notifications_player_idx` (`player_id`),
  CONSTRAINT `bm_web_notifications_appeal_appeal_id_fk` FOREIGN KEY (`appeal_id`) REFERENCES `bm_web_appeals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_notifications_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_report_watchers` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `report_id` int(11) DEFAULT NULL,
  `server_id` varchar(255) NOT NULL,
  `player_id` binary(16) NOT NULL,
  `is_watching` tinyint(1) NOT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_web_report_watchers_report_server_player_idx` (`report_id`,`server_id`,`player_id`),
  KEY `bm_web_report_watchers_server_id_fk` (`server_id`),
  CONSTRAINT `bm_web_report_watchers_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_appeal_watchers` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `appeal_id` int(11) NOT NULL,
  `player_id` binary(16) NOT NULL,
  `is_watching` tinyint(1) NOT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_web_appeal_watchers_appeal_player_idx` (`appeal_id`,`player_id`),
  CONSTRAINT `bm_web_appeal_watchers_appeal_id_fk` FOREIGN KEY (`appeal_id`) REFERENCES `bm_web_appeals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_notification_rules` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `server_id` varchar(255) DEFAULT NULL,
  `created` int(10) NOT NULL,
  `updated` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_notification_rules_server_id_fk` (`server_id`),
  KEY `bm_web_notification_rules_type_idx` (`type`),
  CONSTRAINT `bm_web_notification_rules_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_notification_rule_roles` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `notification_rule_id` bigint(20) NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bm_web_notification_rule_roles_rule_role_idx` (`notification_rule_id`,`role_id`),
  KEY `bm_web_notification_rule_roles_role_id_fk` (`role_id`),
  CONSTRAINT `bm_web_notification_rule_roles_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `bm_web_roles` (`role_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_notification_rules_notification_rule_id_fk` FOREIGN KEY (`notification_rule_id`) REFERENCES `bm_web_notification_rules` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_rate_limits` (
  `key` varchar(255) NOT NULL,
  `points` int(9) NOT NULL DEFAULT 0,
  `expire` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_notification_subscriptions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `player_id` binary(16) NOT NULL,
  `endpoint` text NOT NULL,
  `expiration` bigint(20) unsigned DEFAULT NULL,
  `auth` varchar(255) NOT NULL,
  `p256dh` varchar(255) NOT NULL,
  `created` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_notification_subscriptions_player_idx` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_webhooks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `template_type` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `content_template` text NOT NULL,
  `server_id` varchar(255) DEFAULT NULL,
  `created` bigint(20) unsigned NOT NULL,
  `updated` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_webhooks_server_id_fk` (`server_id`),
  KEY `bm_web_webhooks_type_idx` (`type`),
  CONSTRAINT `bm_web_webhooks_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_webhook_deliveries` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `webhook_id` bigint(20) NOT NULL,
  `error` json DEFAULT NULL,
  `content` text NOT NULL,
  `response` json NOT NULL,
  `created` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_webhook_events_webhook_id_fk` (`webhook_id`),
  CONSTRAINT `bm_web_webhook_events_webhook_id_fk` FOREIGN KEY (`webhook_id`) REFERENCES `bm_web_webhooks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_document_contents` (
  `content_hash` char(64) NOT NULL,
  `path` varchar(255) NOT NULL,
  `mime_type` varchar(100) NOT NULL,
  `size` int(10) unsigned NOT NULL,
  `width` smallint(5) unsigned DEFAULT NULL,
  `height` smallint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (`content_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_documents` (
  `id` varchar(36) NOT NULL,
  `player_id` binary(16) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_hash` char(64) NOT NULL,
  `created` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bm_web_documents_player_idx` (`player_id`),
  KEY `bm_web_documents_created_idx` (`created`),
  KEY `bm_web_documents_content_hash_idx` (`content_hash`),
  CONSTRAINT `bm_web_documents_content_hash_fk` FOREIGN KEY (`content_hash`) REFERENCES `bm_web_document_contents` (`content_hash`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_appeal_documents` (
  `appeal_id` int(11) NOT NULL,
  `comment_id` bigint(20) NOT NULL DEFAULT 0,
  `document_id` varchar(36) NOT NULL,
  PRIMARY KEY (`appeal_id`,`comment_id`,`document_id`),
  KEY `bm_web_appeal_documents_document_id_fk` (`document_id`),
  CONSTRAINT `bm_web_appeal_documents_appeal_id_fk` FOREIGN KEY (`appeal_id`) REFERENCES `bm_web_appeals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_appeal_documents_document_id_fk` FOREIGN KEY (`document_id`) REFERENCES `bm_web_documents` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bm_web_report_comment_documents` (
  `server_id` varchar(255) NOT NULL,
  `comment_id` bigint(20) NOT NULL,
  `document_id` varchar(36) NOT NULL,
  PRIMARY KEY (`server_id`,`comment_id`,`document_id`),
  KEY `bm_web_report_comment_documents_document_id_fk` (`document_id`),
  CONSTRAINT `bm_web_report_comment_documents_document_id_fk` FOREIGN KEY (`document_id`) REFERENCES `bm_web_documents` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bm_web_report_comment_documents_server_id_fk` FOREIGN KEY (`server_id`) REFERENCES `bm_web_servers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
