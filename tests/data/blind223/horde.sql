-- Horde Groupware (Horde 6 / FRAMEWORK_6_0 branch): the Horde framework's user, preference, alarm, history, session
-- and ActiveSync tables, IMP's sent-mail log, Kronolith (calendar), Nag (tasks), Turba (address book), Mnemo (notes).
-- Upstream Horde_Db migrations in migration/ of the repositories below (licences: GPL-2.0-only for IMP, Kronolith,
-- Nag and ActiveSync; Apache-1.1 (Horde's ASL) for Turba and Mnemo; LGPL-2.1-only for Auth, Prefs, Alarm, History
-- and SessionHandler):
--   github.com/horde/Auth 1_horde_auth_base_tables            commit d9ad7825d8d73bdf038c0d48b1bbf55aee4e9775
--   github.com/horde/Prefs 1..3                                commit db2cc5ee65830a95c07e474b5b3491afe66a0a98
--   github.com/horde/Alarm 1..2                                commit 7929238b2d9defea1a8af69a51c9249dc773f039
--   github.com/horde/History 1..6                              commit 70081e0ffc1ae9199d3355939197c0de0422b8ac
--   github.com/horde/SessionHandler 1..2                       commit fefa7c355c78fa92a53e818d7a32cc64bfe8c7aa
--   github.com/horde/ActiveSync 1..23                          commit e5ee432f06d9d3db4be6f4339026af623488e45d
--   github.com/horde/imp 1..3                                  commit fd9212ca3b72ff834504af4886f7d95138619bd4
--   github.com/horde/kronolith 1..29                           commit 42019f68cf2f6d400480e5154e60d726f0cc9029
--   github.com/horde/nag 1..18                                 commit 0ece888ed144ee2c556c543aa27864befc1a1194
--   github.com/horde/turba 1..13                               commit 42513299b59ce3a47f9882fba3de636c096ad6b3
--   github.com/horde/mnemo 1..8                                commit 7d1b618aa9716d64d9ee3e8e65f15f039da4fc00
-- The migrations were replayed into MariaDB 10.11 with the SQL the Horde_Db MySQL adapter (github.com/horde/Db
-- lib/Horde/Db/Adapter/Mysql/Schema.php, commit 58a35f6c) emits for createTable/addColumn/changeColumn/renameColumn/
-- removeColumn/addIndex, and the result written out with SHOW CREATE TABLE. Horde declares no foreign keys.
-- Left out: the legacy share tables kronolith_shares, nag_shares, turba_shares, mnemo_shares and their _groups and
-- _users tables (superseded by the *_sharesng tables of the default share driver), kronolith_resources (migrated into kronolith_sharesng by migration 24), kronolith_events_mysqlgeo
-- (optional MySQL spatial twin of kronolith_events_geo), and the other Horde framework tables (groups, perms, locks,
-- VFS, cache, tokens, DAV, IMAP client cache, queue).

CREATE TABLE `horde_users` (
  `user_uid` varchar(255) NOT NULL,
  `user_pass` varchar(255) NOT NULL,
  `user_soft_expiration_date` int(11) DEFAULT NULL,
  `user_hard_expiration_date` int(11) DEFAULT NULL,
  PRIMARY KEY (`user_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_prefs` (
  `pref_uid` varchar(255) NOT NULL,
  `pref_scope` varchar(16) NOT NULL DEFAULT '',
  `pref_name` varchar(32) NOT NULL,
  `pref_value` longblob DEFAULT NULL,
  PRIMARY KEY (`pref_uid`,`pref_scope`,`pref_name`),
  KEY `index_horde_prefs_on_pref_uid` (`pref_uid`),
  KEY `index_horde_prefs_on_pref_scope` (`pref_scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_alarms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `alarm_id` varchar(255) NOT NULL,
  `alarm_uid` varchar(255) DEFAULT NULL,
  `alarm_start` datetime NOT NULL,
  `alarm_end` datetime DEFAULT NULL,
  `alarm_methods` varchar(255) DEFAULT NULL,
  `alarm_params` text DEFAULT NULL,
  `alarm_title` varchar(255) NOT NULL,
  `alarm_text` text DEFAULT NULL,
  `alarm_snooze` datetime DEFAULT NULL,
  `alarm_dismissed` int(1) NOT NULL DEFAULT 0,
  `alarm_internal` text DEFAULT NULL,
  `alarm_instanceid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_horde_alarms_on_alarm_id` (`alarm_id`),
  KEY `index_horde_alarms_on_alarm_uid` (`alarm_uid`),
  KEY `index_horde_alarms_on_alarm_start` (`alarm_start`),
  KEY `index_horde_alarms_on_alarm_end` (`alarm_end`),
  KEY `index_horde_alarms_on_alarm_snooze` (`alarm_snooze`),
  KEY `index_horde_alarms_on_alarm_dismissed` (`alarm_dismissed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_histories` (
  `history_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `object_uid` varchar(255) NOT NULL,
  `history_action` varchar(32) NOT NULL,
  `history_ts` bigint(20) NOT NULL,
  `history_desc` text DEFAULT NULL,
  `history_who` varchar(255) DEFAULT NULL,
  `history_extra` text DEFAULT NULL,
  `history_modseq` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`history_id`),
  KEY `index_horde_histories_on_history_action` (`history_action`),
  KEY `index_horde_histories_on_history_ts` (`history_ts`),
  KEY `index_horde_histories_on_history_modseq` (`history_modseq`),
  KEY `index_horde_histories_on_object_uid` (`object_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_histories_modseq` (
  `history_modseq` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `history_modseqempty` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`history_modseq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_sessionhandler` (
  `session_id` varchar(32) NOT NULL,
  `session_lastmodified` int(11) NOT NULL,
  `session_data` longblob DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY `index_horde_sessionhandler_on_session_lastmodified` (`session_lastmodified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_state` (
  `sync_mod` int(11) DEFAULT NULL,
  `sync_key` varchar(255) NOT NULL,
  `sync_data` longblob DEFAULT NULL,
  `sync_devid` varchar(255) DEFAULT NULL,
  `sync_folderid` varchar(255) DEFAULT NULL,
  `sync_user` varchar(255) DEFAULT NULL,
  `sync_pending` mediumtext DEFAULT NULL,
  `sync_timestamp` int(11) DEFAULT NULL,
  PRIMARY KEY (`sync_key`),
  KEY `index_horde_activesync_state_on_sync_folderid` (`sync_folderid`),
  KEY `index_horde_activesync_state_on_sync_devid` (`sync_devid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_map` (
  `message_uid` varchar(255) NOT NULL,
  `sync_modtime` int(11) DEFAULT NULL,
  `sync_key` varchar(255) NOT NULL,
  `sync_devid` varchar(255) NOT NULL,
  `sync_folderid` varchar(255) NOT NULL,
  `sync_user` varchar(255) DEFAULT NULL,
  `sync_clientid` varchar(255) DEFAULT NULL,
  `sync_deleted` tinyint(1) DEFAULT NULL,
  KEY `index_horde_activesync_map_on_sync_devid` (`sync_devid`),
  KEY `index_horde_activesync_map_on_message_uid` (`message_uid`),
  KEY `index_horde_activesync_map_on_sync_user` (`sync_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_device` (
  `device_id` varchar(255) NOT NULL,
  `device_type` varchar(255) NOT NULL,
  `device_agent` varchar(255) NOT NULL,
  `device_supported` text DEFAULT NULL,
  `device_rwstatus` int(11) DEFAULT NULL,
  `device_properties` text DEFAULT NULL,
  PRIMARY KEY (`device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_device_users` (
  `device_id` varchar(255) NOT NULL,
  `device_user` varchar(255) NOT NULL,
  `device_policykey` bigint(20) DEFAULT 0,
  KEY `index_horde_activesync_device_users_on_device_user` (`device_user`),
  KEY `index_horde_activesync_device_users_on_device_id` (`device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_mailmap` (
  `message_uid` int(11) NOT NULL DEFAULT 0,
  `sync_key` varchar(255) NOT NULL,
  `sync_devid` varchar(255) NOT NULL,
  `sync_folderid` varchar(255) NOT NULL,
  `sync_user` varchar(255) DEFAULT NULL,
  `sync_read` tinyint(1) DEFAULT NULL,
  `sync_deleted` tinyint(1) DEFAULT NULL,
  `sync_flagged` tinyint(1) DEFAULT NULL,
  `sync_changed` tinyint(1) DEFAULT NULL,
  `sync_category` varchar(255) DEFAULT NULL,
  `sync_draft` tinyint(1) DEFAULT NULL,
  KEY `index_horde_activesync_mailmap_on_message_uid` (`message_uid`),
  KEY `index_horde_activesync_mailmap_on_sync_devid` (`sync_devid`),
  KEY `index_horde_activesync_mailmap_on_sync_folderid` (`sync_folderid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `horde_activesync_cache` (
  `cache_devid` varchar(255) DEFAULT NULL,
  `cache_user` varchar(255) DEFAULT NULL,
  `cache_data` mediumtext DEFAULT NULL,
  KEY `index_horde_activesync_cache_on_cache_devid` (`cache_devid`),
  KEY `index_horde_activesync_cache_on_cache_user` (`cache_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `imp_sentmail` (
  `sentmail_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sentmail_who` varchar(255) NOT NULL,
  `sentmail_ts` bigint(20) NOT NULL,
  `sentmail_messageid` varchar(255) NOT NULL,
  `sentmail_action` varchar(32) NOT NULL,
  `sentmail_recipient` varchar(255) NOT NULL,
  `sentmail_success` int(11) NOT NULL,
  PRIMARY KEY (`sentmail_id`),
  KEY `index_imp_sentmail_on_sentmail_ts` (`sentmail_ts`),
  KEY `index_imp_sentmail_on_sentmail_who` (`sentmail_who`),
  KEY `index_imp_sentmail_on_sentmail_success` (`sentmail_success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_events` (
  `event_id` varchar(32) NOT NULL,
  `event_uid` varchar(255) NOT NULL,
  `calendar_id` varchar(255) NOT NULL,
  `event_creator_id` varchar(255) NOT NULL,
  `event_description` text DEFAULT NULL,
  `event_location` text DEFAULT NULL,
  `event_status` int(11) DEFAULT 0,
  `event_attendees` text DEFAULT NULL,
  `event_keywords` text DEFAULT NULL,
  `event_exceptions` text DEFAULT NULL,
  `event_title` varchar(255) DEFAULT NULL,
  `event_recurtype` int(11) DEFAULT 0,
  `event_recurinterval` int(11) DEFAULT NULL,
  `event_recurdays` int(11) DEFAULT NULL,
  `event_recurenddate` datetime DEFAULT NULL,
  `event_recurcount` int(11) DEFAULT NULL,
  `event_start` datetime DEFAULT NULL,
  `event_end` datetime DEFAULT NULL,
  `event_alarm` int(11) DEFAULT 0,
  `event_modified` int(11) DEFAULT 0,
  `event_private` int(11) NOT NULL DEFAULT 0,
  `event_allday` int(11) DEFAULT 0,
  `event_alarm_methods` text DEFAULT NULL,
  `event_url` text DEFAULT NULL,
  `event_baseid` varchar(255) DEFAULT '',
  `event_exceptionoriginaldate` datetime DEFAULT NULL,
  `event_resources` text DEFAULT NULL,
  `event_timezone` varchar(50) DEFAULT NULL,
  `event_organizer` varchar(255) DEFAULT NULL,
  `other_attributes` mediumtext DEFAULT '[]',
  PRIMARY KEY (`event_id`),
  KEY `index_kronolith_events_on_calendar_id` (`calendar_id`),
  KEY `index_kronolith_events_on_event_uid` (`event_uid`),
  KEY `index_kronolith_events_on_event_baseid` (`event_baseid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_storage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `vfb_owner` varchar(255) DEFAULT NULL,
  `vfb_email` varchar(255) NOT NULL,
  `vfb_serialized` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_kronolith_storage_on_vfb_owner` (`vfb_owner`),
  KEY `index_kronolith_storage_on_vfb_email` (`vfb_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_events_geo` (
  `event_id` varchar(32) NOT NULL,
  `event_lat` varchar(32) NOT NULL,
  `event_lon` varchar(32) NOT NULL,
  `event_zoom` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_sharesng` (
  `share_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `share_name` varchar(255) NOT NULL,
  `share_owner` varchar(255) DEFAULT NULL,
  `share_flags` int(11) NOT NULL DEFAULT 0,
  `perm_creator_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_1024` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_1024` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_1024` tinyint(1) NOT NULL DEFAULT 0,
  `attribute_name` varchar(255) NOT NULL,
  `attribute_desc` text DEFAULT NULL,
  `attribute_color` varchar(7) DEFAULT NULL,
  `share_parents` varchar(4000) DEFAULT NULL,
  `attribute_email` text DEFAULT NULL,
  `attribute_members` text DEFAULT NULL,
  `attribute_response_type` int(11) DEFAULT NULL,
  `attribute_calendar_type` int(11) DEFAULT NULL,
  `attribute_isgroup` int(11) DEFAULT 0,
  PRIMARY KEY (`share_id`),
  KEY `index_kronolith_sharesng_on_share_name` (`share_name`),
  KEY `index_kronolith_sharesng_on_share_owner` (`share_owner`),
  KEY `index_kronolith_sharesng_on_perm_creator_2` (`perm_creator_2`),
  KEY `index_kronolith_sharesng_on_perm_creator_4` (`perm_creator_4`),
  KEY `index_kronolith_sharesng_on_perm_creator_8` (`perm_creator_8`),
  KEY `index_kronolith_sharesng_on_perm_creator_16` (`perm_creator_16`),
  KEY `index_kronolith_sharesng_on_perm_creator_1024` (`perm_creator_1024`),
  KEY `index_kronolith_sharesng_on_perm_default_2` (`perm_default_2`),
  KEY `index_kronolith_sharesng_on_perm_default_4` (`perm_default_4`),
  KEY `index_kronolith_sharesng_on_perm_default_8` (`perm_default_8`),
  KEY `index_kronolith_sharesng_on_perm_default_16` (`perm_default_16`),
  KEY `index_kronolith_sharesng_on_perm_default_1024` (`perm_default_1024`),
  KEY `index_kronolith_sharesng_on_perm_guest_2` (`perm_guest_2`),
  KEY `index_kronolith_sharesng_on_perm_guest_4` (`perm_guest_4`),
  KEY `index_kronolith_sharesng_on_perm_guest_8` (`perm_guest_8`),
  KEY `index_kronolith_sharesng_on_perm_guest_16` (`perm_guest_16`),
  KEY `index_kronolith_sharesng_on_perm_guest_1024` (`perm_guest_1024`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_sharesng_groups` (
  `share_id` int(11) NOT NULL,
  `group_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_1024` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_kronolith_sharesng_groups_on_share_id` (`share_id`),
  KEY `index_kronolith_sharesng_groups_on_group_uid` (`group_uid`),
  KEY `index_kronolith_sharesng_groups_on_perm_2` (`perm_2`),
  KEY `index_kronolith_sharesng_groups_on_perm_4` (`perm_4`),
  KEY `index_kronolith_sharesng_groups_on_perm_8` (`perm_8`),
  KEY `index_kronolith_sharesng_groups_on_perm_16` (`perm_16`),
  KEY `index_kronolith_sharesng_groups_on_perm_1024` (`perm_1024`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_sharesng_users` (
  `share_id` int(11) NOT NULL,
  `user_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_1024` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_kronolith_sharesng_users_on_share_id` (`share_id`),
  KEY `index_kronolith_sharesng_users_on_user_uid` (`user_uid`),
  KEY `index_kronolith_sharesng_users_on_perm_2` (`perm_2`),
  KEY `index_kronolith_sharesng_users_on_perm_4` (`perm_4`),
  KEY `index_kronolith_sharesng_users_on_perm_8` (`perm_8`),
  KEY `index_kronolith_sharesng_users_on_perm_16` (`perm_16`),
  KEY `index_kronolith_sharesng_users_on_perm_1024` (`perm_1024`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kronolith_icalendar_storage` (
  `ical_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `calendar_id` varchar(255) NOT NULL,
  `event_uid` varchar(255) NOT NULL,
  `event_data` text NOT NULL,
  PRIMARY KEY (`ical_id`),
  UNIQUE KEY `index_kronolith_icalendar_storage_on_calendar_id_and_event_uid` (`calendar_id`,`event_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nag_tasks` (
  `task_id` varchar(32) NOT NULL,
  `task_owner` varchar(255) NOT NULL,
  `task_creator` varchar(255) NOT NULL,
  `task_parent` varchar(255) DEFAULT NULL,
  `task_assignee` varchar(255) DEFAULT NULL,
  `task_name` varchar(255) NOT NULL,
  `task_uid` varchar(255) NOT NULL,
  `task_desc` text DEFAULT NULL,
  `task_start` int(11) DEFAULT NULL,
  `task_due` int(11) DEFAULT NULL,
  `task_priority` int(11) NOT NULL DEFAULT 0,
  `task_estimate` float DEFAULT NULL,
  `task_completed` int(1) NOT NULL DEFAULT 0,
  `task_completed_date` int(11) DEFAULT NULL,
  `task_alarm` int(11) NOT NULL DEFAULT 0,
  `task_alarm_methods` text DEFAULT NULL,
  `task_private` int(1) NOT NULL DEFAULT 0,
  `task_recurtype` int(11) DEFAULT 0,
  `task_recurinterval` int(11) DEFAULT NULL,
  `task_recurdays` int(11) DEFAULT NULL,
  `task_recurenddate` datetime DEFAULT NULL,
  `task_recurcount` int(11) DEFAULT NULL,
  `task_exceptions` text DEFAULT NULL,
  `task_completions` text DEFAULT NULL,
  `task_organizer` varchar(250) DEFAULT NULL,
  `task_status` int(11) DEFAULT 0,
  `task_actual` float DEFAULT NULL,
  `task_other_attributes` text DEFAULT '[]',
  PRIMARY KEY (`task_id`),
  KEY `index_nag_tasks_on_task_owner` (`task_owner`),
  KEY `index_nag_tasks_on_task_uid` (`task_uid`),
  KEY `index_nag_tasks_on_task_start` (`task_start`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nag_sharesng` (
  `share_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `share_name` varchar(255) NOT NULL,
  `share_owner` varchar(255) DEFAULT NULL,
  `share_flags` int(11) NOT NULL DEFAULT 0,
  `perm_creator_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_16` tinyint(1) NOT NULL DEFAULT 0,
  `attribute_name` varchar(255) NOT NULL,
  `attribute_desc` varchar(255) DEFAULT NULL,
  `attribute_color` varchar(7) DEFAULT NULL,
  `share_parents` varchar(4000) DEFAULT NULL,
  `attribute_issmart` int(11) DEFAULT 0,
  `attribute_search` text DEFAULT NULL,
  PRIMARY KEY (`share_id`),
  KEY `index_nag_sharesng_on_share_name` (`share_name`),
  KEY `index_nag_sharesng_on_share_owner` (`share_owner`),
  KEY `index_nag_sharesng_on_perm_creator_2` (`perm_creator_2`),
  KEY `index_nag_sharesng_on_perm_creator_4` (`perm_creator_4`),
  KEY `index_nag_sharesng_on_perm_creator_8` (`perm_creator_8`),
  KEY `index_nag_sharesng_on_perm_creator_16` (`perm_creator_16`),
  KEY `index_nag_sharesng_on_perm_default_2` (`perm_default_2`),
  KEY `index_nag_sharesng_on_perm_default_4` (`perm_default_4`),
  KEY `index_nag_sharesng_on_perm_default_8` (`perm_default_8`),
  KEY `index_nag_sharesng_on_perm_default_16` (`perm_default_16`),
  KEY `index_nag_sharesng_on_perm_guest_2` (`perm_guest_2`),
  KEY `index_nag_sharesng_on_perm_guest_4` (`perm_guest_4`),
  KEY `index_nag_sharesng_on_perm_guest_8` (`perm_guest_8`),
  KEY `index_nag_sharesng_on_perm_guest_16` (`perm_guest_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nag_sharesng_groups` (
  `share_id` int(11) NOT NULL,
  `group_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_nag_sharesng_groups_on_share_id` (`share_id`),
  KEY `index_nag_sharesng_groups_on_group_uid` (`group_uid`),
  KEY `index_nag_sharesng_groups_on_perm_2` (`perm_2`),
  KEY `index_nag_sharesng_groups_on_perm_4` (`perm_4`),
  KEY `index_nag_sharesng_groups_on_perm_8` (`perm_8`),
  KEY `index_nag_sharesng_groups_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nag_sharesng_users` (
  `share_id` int(11) NOT NULL,
  `user_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_nag_sharesng_users_on_share_id` (`share_id`),
  KEY `index_nag_sharesng_users_on_user_uid` (`user_uid`),
  KEY `index_nag_sharesng_users_on_perm_2` (`perm_2`),
  KEY `index_nag_sharesng_users_on_perm_4` (`perm_4`),
  KEY `index_nag_sharesng_users_on_perm_8` (`perm_8`),
  KEY `index_nag_sharesng_users_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `turba_objects` (
  `object_id` varchar(32) NOT NULL,
  `owner_id` varchar(255) NOT NULL,
  `object_type` varchar(255) NOT NULL DEFAULT 'Object',
  `object_uid` varchar(255) DEFAULT NULL,
  `object_members` text DEFAULT NULL,
  `object_firstname` varchar(255) DEFAULT NULL,
  `object_lastname` varchar(255) DEFAULT NULL,
  `object_middlenames` varchar(255) DEFAULT NULL,
  `object_nameprefix` varchar(32) DEFAULT NULL,
  `object_namesuffix` varchar(32) DEFAULT NULL,
  `object_alias` varchar(32) DEFAULT NULL,
  `object_photo` longblob DEFAULT NULL,
  `object_phototype` varchar(127) DEFAULT NULL,
  `object_bday` varchar(10) DEFAULT NULL,
  `object_homestreet` varchar(255) DEFAULT NULL,
  `object_homepob` varchar(10) DEFAULT NULL,
  `object_homecity` varchar(255) DEFAULT NULL,
  `object_homeprovince` varchar(255) DEFAULT NULL,
  `object_homepostalcode` varchar(10) DEFAULT NULL,
  `object_homecountry` varchar(255) DEFAULT NULL,
  `object_workstreet` varchar(255) DEFAULT NULL,
  `object_workpob` varchar(10) DEFAULT NULL,
  `object_workcity` varchar(255) DEFAULT NULL,
  `object_workprovince` varchar(255) DEFAULT NULL,
  `object_workpostalcode` varchar(10) DEFAULT NULL,
  `object_workcountry` varchar(255) DEFAULT NULL,
  `object_tz` varchar(32) DEFAULT NULL,
  `object_geo` varchar(255) DEFAULT NULL,
  `object_email` varchar(255) DEFAULT NULL,
  `object_homephone` varchar(25) DEFAULT NULL,
  `object_workphone` varchar(25) DEFAULT NULL,
  `object_cellphone` varchar(25) DEFAULT NULL,
  `object_fax` varchar(25) DEFAULT NULL,
  `object_pager` varchar(25) DEFAULT NULL,
  `object_title` varchar(255) DEFAULT NULL,
  `object_role` varchar(255) DEFAULT NULL,
  `object_logo` longblob DEFAULT NULL,
  `object_logotype` varchar(127) DEFAULT NULL,
  `object_company` varchar(255) DEFAULT NULL,
  `object_notes` text DEFAULT NULL,
  `object_url` varchar(255) DEFAULT NULL,
  `object_freebusyurl` varchar(255) DEFAULT NULL,
  `object_pgppublickey` text DEFAULT NULL,
  `object_smimepublickey` text DEFAULT NULL,
  `object_anniversary` varchar(10) DEFAULT NULL,
  `object_department` varchar(255) DEFAULT NULL,
  `object_spouse` varchar(255) DEFAULT NULL,
  `object_homefax` varchar(25) DEFAULT NULL,
  `object_nickname` varchar(255) DEFAULT NULL,
  `object_assistantphone` varchar(25) DEFAULT NULL,
  `object_imaddress` varchar(255) DEFAULT NULL,
  `object_imaddress2` varchar(255) DEFAULT NULL,
  `object_imaddress3` varchar(255) DEFAULT NULL,
  `object_homephone2` varchar(25) DEFAULT NULL,
  `object_carphone` varchar(25) DEFAULT NULL,
  `object_workphone2` varchar(25) DEFAULT NULL,
  `object_radiophone` varchar(25) DEFAULT NULL,
  `object_companyphone` varchar(25) DEFAULT NULL,
  `object_otherstreet` varchar(255) DEFAULT NULL,
  `object_otherpob` varchar(10) DEFAULT NULL,
  `object_othercity` varchar(255) DEFAULT NULL,
  `object_otherprovince` varchar(255) DEFAULT NULL,
  `object_otherpostalcode` varchar(10) DEFAULT NULL,
  `object_othercountry` varchar(255) DEFAULT NULL,
  `object_yomifirstname` varchar(255) DEFAULT NULL,
  `object_yomilastname` varchar(255) DEFAULT NULL,
  `object_manager` varchar(255) DEFAULT NULL,
  `object_assistant` varchar(255) DEFAULT NULL,
  `object_workemail` varchar(255) DEFAULT NULL,
  `object_homeemail` varchar(255) DEFAULT NULL,
  `object_photoorig` longblob DEFAULT NULL,
  PRIMARY KEY (`object_id`),
  KEY `index_turba_objects_on_owner_id` (`owner_id`),
  KEY `index_turba_objects_on_object_email` (`object_email`),
  KEY `index_turba_objects_on_object_firstname` (`object_firstname`),
  KEY `index_turba_objects_on_object_lastname` (`object_lastname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `turba_sharesng` (
  `share_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `share_name` varchar(255) NOT NULL,
  `share_owner` varchar(255) DEFAULT NULL,
  `share_flags` int(11) NOT NULL DEFAULT 0,
  `perm_creator_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_16` tinyint(1) NOT NULL DEFAULT 0,
  `attribute_name` varchar(255) NOT NULL,
  `attribute_desc` varchar(255) DEFAULT NULL,
  `attribute_params` text DEFAULT NULL,
  `share_parents` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`share_id`),
  KEY `index_turba_sharesng_on_share_name` (`share_name`),
  KEY `index_turba_sharesng_on_share_owner` (`share_owner`),
  KEY `index_turba_sharesng_on_perm_creator_2` (`perm_creator_2`),
  KEY `index_turba_sharesng_on_perm_creator_4` (`perm_creator_4`),
  KEY `index_turba_sharesng_on_perm_creator_8` (`perm_creator_8`),
  KEY `index_turba_sharesng_on_perm_creator_16` (`perm_creator_16`),
  KEY `index_turba_sharesng_on_perm_default_2` (`perm_default_2`),
  KEY `index_turba_sharesng_on_perm_default_4` (`perm_default_4`),
  KEY `index_turba_sharesng_on_perm_default_8` (`perm_default_8`),
  KEY `index_turba_sharesng_on_perm_default_16` (`perm_default_16`),
  KEY `index_turba_sharesng_on_perm_guest_2` (`perm_guest_2`),
  KEY `index_turba_sharesng_on_perm_guest_4` (`perm_guest_4`),
  KEY `index_turba_sharesng_on_perm_guest_8` (`perm_guest_8`),
  KEY `index_turba_sharesng_on_perm_guest_16` (`perm_guest_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `turba_sharesng_groups` (
  `share_id` int(11) NOT NULL,
  `group_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_turba_sharesng_groups_on_share_id` (`share_id`),
  KEY `index_turba_sharesng_groups_on_group_uid` (`group_uid`),
  KEY `index_turba_sharesng_groups_on_perm_2` (`perm_2`),
  KEY `index_turba_sharesng_groups_on_perm_4` (`perm_4`),
  KEY `index_turba_sharesng_groups_on_perm_8` (`perm_8`),
  KEY `index_turba_sharesng_groups_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `turba_sharesng_users` (
  `share_id` int(11) NOT NULL,
  `user_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_turba_sharesng_users_on_share_id` (`share_id`),
  KEY `index_turba_sharesng_users_on_user_uid` (`user_uid`),
  KEY `index_turba_sharesng_users_on_perm_2` (`perm_2`),
  KEY `index_turba_sharesng_users_on_perm_4` (`perm_4`),
  KEY `index_turba_sharesng_users_on_perm_8` (`perm_8`),
  KEY `index_turba_sharesng_users_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mnemo_memos` (
  `memo_owner` varchar(255) NOT NULL,
  `memo_id` varchar(32) NOT NULL,
  `memo_uid` varchar(255) NOT NULL,
  `memo_desc` varchar(255) NOT NULL,
  `memo_body` text DEFAULT NULL,
  `memo_private` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`memo_owner`,`memo_id`),
  KEY `index_mnemo_memos_on_memo_owner` (`memo_owner`),
  KEY `index_mnemo_memos_on_memo_uid` (`memo_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mnemo_sharesng` (
  `share_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `share_name` varchar(255) NOT NULL,
  `share_owner` varchar(255) DEFAULT NULL,
  `share_flags` int(11) NOT NULL DEFAULT 0,
  `perm_creator_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_creator_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_default_16` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_guest_16` tinyint(1) NOT NULL DEFAULT 0,
  `attribute_name` varchar(255) NOT NULL,
  `attribute_desc` varchar(255) DEFAULT NULL,
  `share_parents` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`share_id`),
  KEY `index_mnemo_sharesng_on_share_name` (`share_name`),
  KEY `index_mnemo_sharesng_on_share_owner` (`share_owner`),
  KEY `index_mnemo_sharesng_on_perm_creator_2` (`perm_creator_2`),
  KEY `index_mnemo_sharesng_on_perm_creator_4` (`perm_creator_4`),
  KEY `index_mnemo_sharesng_on_perm_creator_8` (`perm_creator_8`),
  KEY `index_mnemo_sharesng_on_perm_creator_16` (`perm_creator_16`),
  KEY `index_mnemo_sharesng_on_perm_default_2` (`perm_default_2`),
  KEY `index_mnemo_sharesng_on_perm_default_4` (`perm_default_4`),
  KEY `index_mnemo_sharesng_on_perm_default_8` (`perm_default_8`),
  KEY `index_mnemo_sharesng_on_perm_default_16` (`perm_default_16`),
  KEY `index_mnemo_sharesng_on_perm_guest_2` (`perm_guest_2`),
  KEY `index_mnemo_sharesng_on_perm_guest_4` (`perm_guest_4`),
  KEY `index_mnemo_sharesng_on_perm_guest_8` (`perm_guest_8`),
  KEY `index_mnemo_sharesng_on_perm_guest_16` (`perm_guest_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mnemo_sharesng_groups` (
  `share_id` int(11) NOT NULL,
  `group_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_mnemo_sharesng_groups_on_share_id` (`share_id`),
  KEY `index_mnemo_sharesng_groups_on_group_uid` (`group_uid`),
  KEY `index_mnemo_sharesng_groups_on_perm_2` (`perm_2`),
  KEY `index_mnemo_sharesng_groups_on_perm_4` (`perm_4`),
  KEY `index_mnemo_sharesng_groups_on_perm_8` (`perm_8`),
  KEY `index_mnemo_sharesng_groups_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mnemo_sharesng_users` (
  `share_id` int(11) NOT NULL,
  `user_uid` varchar(255) NOT NULL,
  `perm_2` tinyint(1) NOT NULL DEFAULT 0,
  `perm_4` tinyint(1) NOT NULL DEFAULT 0,
  `perm_8` tinyint(1) NOT NULL DEFAULT 0,
  `perm_16` tinyint(1) NOT NULL DEFAULT 0,
  KEY `index_mnemo_sharesng_users_on_share_id` (`share_id`),
  KEY `index_mnemo_sharesng_users_on_user_uid` (`user_uid`),
  KEY `index_mnemo_sharesng_users_on_perm_2` (`perm_2`),
  KEY `index_mnemo_sharesng_users_on_perm_4` (`perm_4`),
  KEY `index_mnemo_sharesng_users_on_perm_8` (`perm_8`),
  KEY `index_mnemo_sharesng_users_on_perm_16` (`perm_16`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
