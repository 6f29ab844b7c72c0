-- FreeSWITCH (SignalWire) — the SQL tables the switch core and its bundled modules create: live channels, calls
-- and registrations of the core database; SIP registrations, presence, dialogs, subscriptions and nonces of
-- mod_sofia; call-centre queue members, agents and tiers (mod_callcenter); voicemail messages and preferences;
-- FIFO queue consumers, callers and bridges; limit/db/group key-values (mod_db); the dial-by-name directory cache;
-- Cisco SCCP (skinny) devices, lines, buttons and active lines; the Verto JSON store; the SQLite CDR table of
-- mod_cdr_sqlite; the least-cost-routing tables of mod_lcr
-- Upstream: github.com/signalwire/freeswitch, commit cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c (MPL-1.1)
-- How made: the CREATE TABLE statements are C string literals in the files named below; the literals were
-- concatenated as the compiler does (C comments between them dropped) and written as MySQL: identifiers
-- back-quoted, ENGINE=InnoDB, column names, order, types, NOT NULL and DEFAULT clauses as upstream. `channels` is
-- the "row size limited" variant that switch_core_sqldb_start() falls back to when the first CREATE fails (as on
-- MySQL/MariaDB: application_data and presence_data TEXT). mod_cdr_sqlite's length-less VARCHAR columns are written
-- text (SQLite's meaning). Upstream declares no primary or unique keys on these tables; its indexes are separate
-- non-unique CREATE INDEX statements and are left out. mod_lcr's tables are upstream's MySQL dump
-- (src/mod/applications/mod_lcr/sql/mysql-5.0.sql) with its primary and foreign keys; its non-unique keys are left
-- out and `unsigned` is dropped from three float columns (the SQLite check's parser rejects FLOAT ... UNSIGNED).
-- Left out: mod_cdr_pg_csv's sample `cdr` table and scripts/sql/cdr.sql (same name as mod_cdr_sqlite's `cdr`),
-- scripts/sql/easyroute_mysql.sql (a contributed script), mod_callcenter's agents_tmp/members_tmp (temporary copies
-- made while upgrading), the core views detailed_calls and basic_calls.

-- src/switch_core_sqldb.c (core database)
CREATE TABLE `complete` (
  `sticky` INTEGER,
  `a1` VARCHAR(128),
  `a2` VARCHAR(128),
  `a3` VARCHAR(128),
  `a4` VARCHAR(128),
  `a5` VARCHAR(128),
  `a6` VARCHAR(128),
  `a7` VARCHAR(128),
  `a8` VARCHAR(128),
  `a9` VARCHAR(128),
  `a10` VARCHAR(128),
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `aliases` (
  `sticky` INTEGER,
  `alias` VARCHAR(128),
  `command` VARCHAR(4096),
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `channels` (
  `uuid` VARCHAR(256),
  `direction` VARCHAR(32),
  `created` VARCHAR(128),
  `created_epoch` INTEGER,
  `name` VARCHAR(1024),
  `state` VARCHAR(64),
  `cid_name` VARCHAR(1024),
  `cid_num` VARCHAR(256),
  `ip_addr` VARCHAR(256),
  `dest` VARCHAR(1024),
  `application` VARCHAR(128),
  `application_data` TEXT,
  `dialplan` VARCHAR(128),
  `context` VARCHAR(128),
  `read_codec` VARCHAR(128),
  `read_rate` VARCHAR(32),
  `read_bit_rate` VARCHAR(32),
  `write_codec` VARCHAR(128),
  `write_rate` VARCHAR(32),
  `write_bit_rate` VARCHAR(32),
  `secure` VARCHAR(64),
  `hostname` VARCHAR(256),
  `presence_id` VARCHAR(4096),
  `presence_data` TEXT,
  `accountcode` VARCHAR(256),
  `callstate` VARCHAR(64),
  `callee_name` VARCHAR(1024),
  `callee_num` VARCHAR(256),
  `callee_direction` VARCHAR(5),
  `call_uuid` VARCHAR(256),
  `sent_callee_name` VARCHAR(1024),
  `sent_callee_num` VARCHAR(256),
  `initial_cid_name` VARCHAR(1024),
  `initial_cid_num` VARCHAR(256),
  `initial_ip_addr` VARCHAR(256),
  `initial_dest` VARCHAR(1024),
  `initial_dialplan` VARCHAR(128),
  `initial_context` VARCHAR(128)
) ENGINE=InnoDB;
CREATE TABLE `calls` (
  `call_uuid` VARCHAR(255),
  `call_created` VARCHAR(128),
  `call_created_epoch` INTEGER,
  `caller_uuid` VARCHAR(256),
  `callee_uuid` VARCHAR(256),
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `interfaces` (
  `type` VARCHAR(128),
  `name` VARCHAR(1024),
  `description` VARCHAR(4096),
  `ikey` VARCHAR(1024),
  `filename` VARCHAR(4096),
  `syntax` VARCHAR(4096),
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `tasks` (
  `task_id` INTEGER,
  `task_desc` VARCHAR(4096),
  `task_group` VARCHAR(1024),
  `task_runtime` BIGINT,
  `task_sql_manager` INTEGER,
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `nat` (
  `sticky` INTEGER,
  `port` INTEGER,
  `proto` INTEGER,
  `hostname` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `registrations` (
  `reg_user` VARCHAR(256),
  `realm` VARCHAR(256),
  `token` VARCHAR(256),
  `url` TEXT,
  `expires` INTEGER,
  `network_ip` VARCHAR(256),
  `network_port` VARCHAR(256),
  `network_proto` VARCHAR(256),
  `hostname` VARCHAR(256),
  `metadata` VARCHAR(256)
) ENGINE=InnoDB;
CREATE TABLE `recovery` (
  `runtime_uuid` VARCHAR(255),
  `technology` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `uuid` VARCHAR(255),
  `metadata` text
) ENGINE=InnoDB;

-- src/mod/endpoints/mod_sofia/sofia_glue.c sofia_glue_init_sql() (SIP profile database)
CREATE TABLE `sip_registrations` (
  `call_id` VARCHAR(255),
  `sip_user` VARCHAR(255),
  `sip_host` VARCHAR(255),
  `presence_hosts` VARCHAR(255),
  `contact` VARCHAR(1024),
  `status` VARCHAR(255),
  `ping_status` VARCHAR(255),
  `ping_count` INTEGER,
  `ping_time` BIGINT,
  `force_ping` INTEGER,
  `rpid` VARCHAR(255),
  `expires` BIGINT,
  `ping_expires` INTEGER not null default 0,
  `user_agent` VARCHAR(255),
  `server_user` VARCHAR(255),
  `server_host` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `network_ip` VARCHAR(255),
  `network_port` VARCHAR(6),
  `sip_username` VARCHAR(255),
  `sip_realm` VARCHAR(255),
  `mwi_user` VARCHAR(255),
  `mwi_host` VARCHAR(255),
  `orig_server_host` VARCHAR(255),
  `orig_hostname` VARCHAR(255),
  `sub_host` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `sip_presence` (
  `sip_user` VARCHAR(255),
  `sip_host` VARCHAR(255),
  `status` VARCHAR(255),
  `rpid` VARCHAR(255),
  `expires` BIGINT,
  `user_agent` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `network_ip` VARCHAR(255),
  `network_port` VARCHAR(6),
  `open_closed` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `sip_dialogs` (
  `call_id` VARCHAR(255),
  `uuid` VARCHAR(255),
  `sip_to_user` VARCHAR(255),
  `sip_to_host` VARCHAR(255),
  `sip_from_user` VARCHAR(255),
  `sip_from_host` VARCHAR(255),
  `contact_user` VARCHAR(255),
  `contact_host` VARCHAR(255),
  `state` VARCHAR(255),
  `direction` VARCHAR(255),
  `user_agent` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `contact` VARCHAR(255),
  `presence_id` VARCHAR(255),
  `presence_data` VARCHAR(255),
  `call_info` VARCHAR(255),
  `call_info_state` VARCHAR(255) default '',
  `expires` BIGINT default 0,
  `status` VARCHAR(255),
  `rpid` VARCHAR(255),
  `sip_to_tag` VARCHAR(255),
  `sip_from_tag` VARCHAR(255),
  `rcd` INTEGER not null default 0
) ENGINE=InnoDB;
CREATE TABLE `sip_subscriptions` (
  `proto` VARCHAR(255),
  `sip_user` VARCHAR(255),
  `sip_host` VARCHAR(255),
  `sub_to_user` VARCHAR(255),
  `sub_to_host` VARCHAR(255),
  `presence_hosts` VARCHAR(255),
  `event` VARCHAR(255),
  `contact` VARCHAR(1024),
  `call_id` VARCHAR(255),
  `full_from` VARCHAR(255),
  `full_via` VARCHAR(255),
  `expires` BIGINT,
  `user_agent` VARCHAR(255),
  `accept` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `network_port` VARCHAR(6),
  `network_ip` VARCHAR(255),
  `version` INTEGER DEFAULT 0 NOT NULL,
  `orig_proto` VARCHAR(255),
  `full_to` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `sip_authentication` (
  `nonce` VARCHAR(255),
  `expires` BIGINT,
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `last_nc` INTEGER,
  `algorithm` INTEGER DEFAULT 1 NOT NULL
) ENGINE=InnoDB;
CREATE TABLE `sip_shared_appearance_subscriptions` (
  `subscriber` VARCHAR(255),
  `call_id` VARCHAR(255),
  `aor` VARCHAR(255),
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `contact_str` VARCHAR(255),
  `network_ip` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `sip_shared_appearance_dialogs` (
  `profile_name` VARCHAR(255),
  `hostname` VARCHAR(255),
  `contact_str` VARCHAR(255),
  `call_id` VARCHAR(255),
  `network_ip` VARCHAR(255),
  `expires` BIGINT
) ENGINE=InnoDB;

-- src/mod/applications/mod_callcenter/mod_callcenter.c
CREATE TABLE `members` (
  `queue` VARCHAR(255),
  `instance_id` VARCHAR(255),
  `uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `session_uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `cid_number` VARCHAR(255),
  `cid_name` VARCHAR(255),
  `system_epoch` INTEGER NOT NULL DEFAULT 0,
  `joined_epoch` INTEGER NOT NULL DEFAULT 0,
  `rejoined_epoch` INTEGER NOT NULL DEFAULT 0,
  `bridge_epoch` INTEGER NOT NULL DEFAULT 0,
  `abandoned_epoch` INTEGER NOT NULL DEFAULT 0,
  `base_score` INTEGER NOT NULL DEFAULT 0,
  `skill_score` INTEGER NOT NULL DEFAULT 0,
  `serving_agent` VARCHAR(255),
  `serving_system` VARCHAR(255),
  `state` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `agents` (
  `name` VARCHAR(255),
  `instance_id` VARCHAR(255),
  `uuid` VARCHAR(255),
  `type` VARCHAR(255),
  `contact` VARCHAR(1024),
  `status` VARCHAR(255),
  `state` VARCHAR(255),
  `max_no_answer` INTEGER NOT NULL DEFAULT 0,
  `wrap_up_time` INTEGER NOT NULL DEFAULT 0,
  `reject_delay_time` INTEGER NOT NULL DEFAULT 0,
  `busy_delay_time` INTEGER NOT NULL DEFAULT 0,
  `no_answer_delay_time` INTEGER NOT NULL DEFAULT 0,
  `last_bridge_start` INTEGER NOT NULL DEFAULT 0,
  `last_bridge_end` INTEGER NOT NULL DEFAULT 0,
  `last_offered_call` INTEGER NOT NULL DEFAULT 0,
  `last_status_change` INTEGER NOT NULL DEFAULT 0,
  `no_answer_count` INTEGER NOT NULL DEFAULT 0,
  `calls_answered` INTEGER NOT NULL DEFAULT 0,
  `talk_time` INTEGER NOT NULL DEFAULT 0,
  `ready_time` INTEGER NOT NULL DEFAULT 0,
  `external_calls_count` INTEGER NOT NULL DEFAULT 0
) ENGINE=InnoDB;
CREATE TABLE `tiers` (
  `queue` VARCHAR(255),
  `agent` VARCHAR(255),
  `state` VARCHAR(255),
  `level` INTEGER NOT NULL DEFAULT 1,
  `position` INTEGER NOT NULL DEFAULT 1
) ENGINE=InnoDB;

-- src/mod/applications/mod_voicemail/mod_voicemail.c
CREATE TABLE `voicemail_msgs` (
  `created_epoch` INTEGER,
  `read_epoch` INTEGER,
  `username` VARCHAR(255),
  `domain` VARCHAR(255),
  `uuid` VARCHAR(255),
  `cid_name` VARCHAR(255),
  `cid_number` VARCHAR(255),
  `in_folder` VARCHAR(255),
  `file_path` VARCHAR(255),
  `message_len` INTEGER,
  `flags` VARCHAR(255),
  `read_flags` VARCHAR(255),
  `forwarded_by` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `voicemail_prefs` (
  `username` VARCHAR(255),
  `domain` VARCHAR(255),
  `name_path` VARCHAR(255),
  `greeting_path` VARCHAR(255),
  `password` VARCHAR(255)
) ENGINE=InnoDB;

-- src/mod/applications/mod_fifo/mod_fifo.c
CREATE TABLE `fifo_outbound` (
  `uuid` varchar(255),
  `fifo_name` varchar(255),
  `originate_string` varchar(255),
  `simo_count` integer,
  `use_count` integer,
  `timeout` integer,
  `lag` integer,
  `next_avail` integer not null default 0,
  `expires` integer not null default 0,
  `static` integer not null default 0,
  `outbound_call_count` integer not null default 0,
  `outbound_fail_count` integer not null default 0,
  `hostname` varchar(255),
  `taking_calls` integer not null default 1,
  `status` varchar(255),
  `outbound_call_total_count` integer not null default 0,
  `outbound_fail_total_count` integer not null default 0,
  `active_time` integer not null default 0,
  `inactive_time` integer not null default 0,
  `manual_calls_out_count` integer not null default 0,
  `manual_calls_in_count` integer not null default 0,
  `manual_calls_out_total_count` integer not null default 0,
  `manual_calls_in_total_count` integer not null default 0,
  `ring_count` integer not null default 0,
  `start_time` integer not null default 0,
  `stop_time` integer not null default 0
) ENGINE=InnoDB;
CREATE TABLE `fifo_bridge` (
  `fifo_name` varchar(1024) not null,
  `caller_uuid` varchar(255) not null,
  `caller_caller_id_name` varchar(255),
  `caller_caller_id_number` varchar(255),
  `consumer_uuid` varchar(255) not null,
  `consumer_outgoing_uuid` varchar(255),
  `bridge_start` integer
) ENGINE=InnoDB;
CREATE TABLE `fifo_callers` (
  `fifo_name` varchar(255) not null,
  `uuid` varchar(255) not null,
  `caller_caller_id_name` varchar(255),
  `caller_caller_id_number` varchar(255),
  `timestamp` integer
) ENGINE=InnoDB;

-- src/mod/applications/mod_db/mod_db.c
CREATE TABLE `limit_data` (
  `hostname` VARCHAR(255),
  `realm` VARCHAR(255),
  `id` VARCHAR(255),
  `uuid` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `db_data` (
  `hostname` VARCHAR(255),
  `realm` VARCHAR(255),
  `data_key` VARCHAR(255),
  `data` VARCHAR(255)
) ENGINE=InnoDB;
CREATE TABLE `group_data` (
  `hostname` VARCHAR(255),
  `groupname` VARCHAR(255),
  `url` VARCHAR(255)
) ENGINE=InnoDB;

-- src/mod/applications/mod_directory/mod_directory.c
CREATE TABLE `directory_search` (
  `hostname` VARCHAR(255),
  `uuid` VARCHAR(255),
  `extension` VARCHAR(255),
  `full_name` VARCHAR(255),
  `full_name_digit` VARCHAR(255),
  `first_name` VARCHAR(255),
  `first_name_digit` VARCHAR(255),
  `last_name` VARCHAR(255),
  `last_name_digit` VARCHAR(255),
  `name_visible` INTEGER,
  `exten_visible` INTEGER
) ENGINE=InnoDB;

-- src/mod/endpoints/mod_skinny/mod_skinny.c
CREATE TABLE `skinny_devices` (
  `name` VARCHAR(16),
  `user_id` INTEGER,
  `instance` INTEGER,
  `ip` VARCHAR(15),
  `type` INTEGER,
  `max_streams` INTEGER,
  `port` INTEGER,
  `codec_string` VARCHAR(255),
  `headset` INTEGER,
  `handset` INTEGER,
  `speaker` INTEGER
) ENGINE=InnoDB;
CREATE TABLE `skinny_lines` (
  `device_name` VARCHAR(16),
  `device_instance` INTEGER,
  `position` INTEGER,
  `line_instance` INTEGER,
  `label` VARCHAR(40),
  `value` VARCHAR(24),
  `caller_name` VARCHAR(44),
  `ring_on_idle` INTEGER,
  `ring_on_active` INTEGER,
  `busy_trigger` INTEGER,
  `forward_all` VARCHAR(255),
  `forward_busy` VARCHAR(255),
  `forward_noanswer` VARCHAR(255),
  `noanswer_duration` INTEGER
) ENGINE=InnoDB;
CREATE TABLE `skinny_buttons` (
  `device_name` VARCHAR(16),
  `device_instance` INTEGER,
  `position` INTEGER,
  `type` INTEGER,
  `label` VARCHAR(40),
  `value` VARCHAR(255),
  `settings` VARCHAR(44)
) ENGINE=InnoDB;
CREATE TABLE `skinny_active_lines` (
  `device_name` VARCHAR(16),
  `device_instance` INTEGER,
  `line_instance` INTEGER,
  `channel_uuid` VARCHAR(256),
  `call_id` INTEGER,
  `call_state` INTEGER
) ENGINE=InnoDB;

-- src/mod/endpoints/mod_verto/mod_verto.c
CREATE TABLE `json_store` (
  `name` varchar(255) not null,
  `data` text
) ENGINE=InnoDB;

-- src/mod/event_handlers/mod_cdr_sqlite/mod_cdr_sqlite.c (default db-table "cdr")
CREATE TABLE `cdr` (
  `caller_id_name` text,
  `caller_id_number` text,
  `destination_number` text,
  `context` text,
  `start_stamp` DATETIME,
  `answer_stamp` DATETIME,
  `end_stamp` DATETIME,
  `duration` INTEGER,
  `billsec` INTEGER,
  `hangup_cause` text,
  `uuid` text,
  `bleg_uuid` text,
  `account_code` text
) ENGINE=InnoDB;

-- src/mod/applications/mod_lcr/sql/mysql-5.0.sql (least-cost routing tables; upstream's own MySQL dump)
CREATE TABLE `carriers` (
  `id` int(11) NOT NULL auto_increment,
  `carrier_name` varchar(255) default NULL,
  `enabled` boolean NOT NULL DEFAULT '1',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lcr` (
  `id` int(11) NOT NULL auto_increment,
  `digits` varchar(15) default NULL,
  `rate` float(11,5),
  `intrastate_rate` float(11, 5),
  `intralata_rate` float(11, 5),
  `carrier_id` int(11) NOT NULL,
  `lead_strip` int(11) NOT NULL,
  `trail_strip` int(11) NOT NULL,
  `prefix` varchar(16) NOT NULL,
  `suffix` varchar(16) NOT NULL,
  `lcr_profile` int(11) NOT NULL default 0,
  `date_start` datetime NOT NULL DEFAULT '1970-01-01',
  `date_end` datetime NOT NULL DEFAULT '2030-12-31',
  `quality` float(10,6) NOT NULL,
  `reliability` float(10,6) NOT NULL,
  `cid` varchar(32) NOT NULL DEFAULT '',
  `enabled` boolean NOT NULL DEFAULT '1',
  `lrn` boolean NOT NULL DEFAULT false,
  PRIMARY KEY  (`id`),
  CONSTRAINT `carrier_id` FOREIGN KEY (`carrier_id`) REFERENCES `carriers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `carrier_gateway` (
  `id` int(11) NOT NULL auto_increment,
  `carrier_id` int(11) default NULL,
  `prefix` varchar(255) NOT NULL,
  `suffix` varchar(255) NOT NULL,
  `codec` varchar(255) NOT NULL,
  `enabled` boolean NOT NULL DEFAULT '1',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
