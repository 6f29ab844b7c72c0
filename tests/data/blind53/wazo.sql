-- Wazo Platform (telephony / unified communications), trimmed schema: 45 tables.
-- Upstream: github.com/wazo-platform/xivo-dao, SQLAlchemy models xivo_dao/alchemy/*.py, commit da48888320cf236273f409810e66a4374ce28dd1
--   (the `asterisk` database that github.com/wazo-platform/xivo-manage-db creates from these models and migrates with alembic,
--   xivo-manage-db commit 2eead4e36b48624ef2ddc1c8ecb512d6df8ba900), and
--   github.com/wazo-platform/wazo-call-logd, SQLAlchemy models wazo_call_logd/database/models.py, commit ac29995614cd508c6fbf171a32ead3147b168fa9
--   (call_logd_* tables: the call logs / CDRs, in wazo-call-logd's own database).
-- Licence: GPL-3.0-or-later (both repositories).
-- Rendered from the models' Table metadata to MySQL: PostgreSQL named enum types -> ENUM(...), UUID -> CHAR(36),
-- ARRAY -> TEXT, TIMESTAMP [WITH TIME ZONE] -> DATETIME; server-side default expressions (uuid_generate_v4(), now()) dropped.
-- Table and column names, order, nullability and lengths are upstream's. Foreign keys kept only between kept tables.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `tenant` (
  `uuid` VARCHAR(36) NOT NULL,
  `slug` VARCHAR(10),
  `sip_templates_generated` BOOLEAN NOT NULL DEFAULT 0,
  `global_sip_template_uuid` CHAR(36),
  `webrtc_sip_template_uuid` CHAR(36),
  `registration_trunk_sip_template_uuid` CHAR(36),
  `meeting_guest_sip_template_uuid` CHAR(36),
  `twilio_trunk_sip_template_uuid` CHAR(36),
  `country` VARCHAR(2),
  `record_start_announcement` TEXT,
  `record_stop_announcement` TEXT,
  `voicemail_transcription_enabled` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`registration_trunk_sip_template_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`meeting_guest_sip_template_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`twilio_trunk_sip_template_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`global_sip_template_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`webrtc_sip_template_uuid`) REFERENCES `endpoint_sip` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `context` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36),
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(79) NOT NULL,
  `displayname` VARCHAR(128),
  `contexttype` VARCHAR(40) NOT NULL DEFAULT 'internal',
  `commented` INT NOT NULL DEFAULT 0,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY (`name`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userfeatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(38) NOT NULL,
  `firstname` VARCHAR(128) NOT NULL DEFAULT '',
  `email` VARCHAR(254),
  `voicemailid` INT,
  `agentid` INT,
  `pictureid` INT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `callerid` VARCHAR(160),
  `ringseconds` INT NOT NULL DEFAULT 30,
  `simultcalls` INT NOT NULL DEFAULT 5,
  `enableclient` INT NOT NULL DEFAULT 0,
  `loginclient` VARCHAR(254) NOT NULL DEFAULT '',
  `passwdclient` VARCHAR(64) NOT NULL DEFAULT '',
  `enablehint` INT NOT NULL DEFAULT 1,
  `enablevoicemail` INT NOT NULL DEFAULT 0,
  `enablexfer` INT NOT NULL DEFAULT 0,
  `dtmf_hangup` INT NOT NULL DEFAULT 0,
  `enableonlinerec` INT NOT NULL DEFAULT 0,
  `call_record_outgoing_external_enabled` BOOLEAN NOT NULL DEFAULT 0,
  `call_record_outgoing_internal_enabled` BOOLEAN NOT NULL DEFAULT 0,
  `call_record_incoming_external_enabled` BOOLEAN NOT NULL DEFAULT 0,
  `call_record_incoming_internal_enabled` BOOLEAN NOT NULL DEFAULT 0,
  `incallfilter` INT NOT NULL DEFAULT 0,
  `enablednd` INT NOT NULL DEFAULT 0,
  `enableunc` INT NOT NULL DEFAULT 0,
  `destunc` VARCHAR(128) NOT NULL DEFAULT '',
  `enablerna` INT NOT NULL DEFAULT 0,
  `destrna` VARCHAR(128) NOT NULL DEFAULT '',
  `enablebusy` INT NOT NULL DEFAULT 0,
  `destbusy` VARCHAR(128) NOT NULL DEFAULT '',
  `musiconhold` VARCHAR(128) NOT NULL DEFAULT '',
  `outcallerid` VARCHAR(80) NOT NULL DEFAULT '',
  `mobilephonenumber` VARCHAR(128) NOT NULL DEFAULT '',
  `mobile_fallback_enabled` BOOLEAN NOT NULL DEFAULT 0,
  `bsfilter` ENUM('no','boss','secretary') NOT NULL DEFAULT 'no',
  `preprocess_subroutine` VARCHAR(79),
  `timezone` VARCHAR(128),
  `language` VARCHAR(20),
  `ringintern` VARCHAR(64),
  `ringextern` VARCHAR(64),
  `ringgroup` VARCHAR(64),
  `ringforward` VARCHAR(64),
  `rightcallcode` VARCHAR(16),
  `commented` INT NOT NULL DEFAULT 0,
  `func_key_template_id` INT,
  `func_key_private_template_id` INT NOT NULL,
  `subscription_type` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `lastname` VARCHAR(128) NOT NULL DEFAULT '',
  `userfield` VARCHAR(128) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY (`func_key_private_template_id`),
  FOREIGN KEY (`voicemailid`) REFERENCES `voicemail` (`uniqueid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `voicemail` (
  `uniqueid` INT NOT NULL AUTO_INCREMENT,
  `context` VARCHAR(79) NOT NULL,
  `mailbox` VARCHAR(40) NOT NULL,
  `password` VARCHAR(80),
  `fullname` VARCHAR(80) NOT NULL DEFAULT '',
  `email` VARCHAR(80),
  `pager` VARCHAR(80),
  `language` VARCHAR(20),
  `tz` VARCHAR(80),
  `attach` INT,
  `deletevoicemail` INT NOT NULL DEFAULT 0,
  `maxmsg` INT,
  `skipcheckpass` INT NOT NULL DEFAULT 0,
  `options` TEXT NOT NULL,
  `commented` INT NOT NULL DEFAULT 0,
  `accesstype` ENUM('personal','global') NOT NULL DEFAULT 'personal',
  PRIMARY KEY (`uniqueid`),
  UNIQUE KEY (`mailbox`, `context`),
  UNIQUE KEY (`accesstype`, `context`),
  FOREIGN KEY (`context`) REFERENCES `context` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `linefeatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `device` VARCHAR(32),
  `configregistrar` VARCHAR(128),
  `name` VARCHAR(128),
  `number` VARCHAR(40),
  `context` VARCHAR(79) NOT NULL,
  `provisioningid` INT NOT NULL,
  `num` INT DEFAULT 1,
  `ipfrom` VARCHAR(15),
  `application_uuid` VARCHAR(36),
  `commented` INT NOT NULL DEFAULT 0,
  `description` TEXT,
  `endpoint_sip_uuid` CHAR(36),
  `endpoint_sccp_id` INT,
  `endpoint_custom_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  FOREIGN KEY (`endpoint_sip_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`endpoint_custom_id`) REFERENCES `usercustom` (`id`),
  FOREIGN KEY (`context`) REFERENCES `context` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_line` (
  `user_id` INT NOT NULL,
  `line_id` INT NOT NULL,
  `main_user` BOOLEAN NOT NULL,
  `main_line` BOOLEAN NOT NULL,
  PRIMARY KEY (`user_id`, `line_id`),
  FOREIGN KEY (`user_id`) REFERENCES `userfeatures` (`id`),
  FOREIGN KEY (`line_id`) REFERENCES `linefeatures` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extensions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `commented` INT NOT NULL DEFAULT 0,
  `context` VARCHAR(79) NOT NULL DEFAULT '',
  `exten` VARCHAR(40) NOT NULL DEFAULT '',
  `type` ENUM('extenfeatures','featuremap','generalfeatures','group','incall','outcall','queue','user','voicemenu','conference','parking') NOT NULL,
  `typeval` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`exten`, `context`),
  FOREIGN KEY (`context`) REFERENCES `context` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `line_extension` (
  `line_id` INT NOT NULL,
  `extension_id` INT NOT NULL,
  `main_extension` BOOLEAN NOT NULL,
  PRIMARY KEY (`line_id`, `extension_id`),
  FOREIGN KEY (`extension_id`) REFERENCES `extensions` (`id`),
  FOREIGN KEY (`line_id`) REFERENCES `linefeatures` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `endpoint_sip` (
  `uuid` CHAR(36) NOT NULL,
  `label` TEXT,
  `name` TEXT NOT NULL,
  `asterisk_id` TEXT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `transport_uuid` CHAR(36),
  `template` BOOLEAN DEFAULT 0,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`name`(191)),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sccpdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(80) NOT NULL,
  `device` VARCHAR(80) NOT NULL,
  `line` VARCHAR(80) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usercustom` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(40),
  `context` VARCHAR(79),
  `interface` VARCHAR(128) NOT NULL,
  `intfsuffix` VARCHAR(32) NOT NULL DEFAULT '',
  `commented` INT NOT NULL DEFAULT 0,
  `protocol` ENUM('sip','iax','sccp','custom') NOT NULL DEFAULT 'custom',
  `category` ENUM('user','trunk') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`interface`, `intfsuffix`, `category`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_number` (
  `uuid` CHAR(36) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `number` TEXT NOT NULL,
  `caller_id_name` TEXT,
  `shared` BOOLEAN NOT NULL DEFAULT 0,
  `main` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`number`(191), `tenant_uuid`),
  UNIQUE KEY (`main`, `tenant_uuid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incall` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `preprocess_subroutine` VARCHAR(79),
  `greeting_sound` TEXT,
  `commented` INT NOT NULL DEFAULT 0,
  `description` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agentfeatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `firstname` VARCHAR(128),
  `lastname` VARCHAR(128),
  `number` VARCHAR(40) NOT NULL,
  `passwd` VARCHAR(128),
  `context` VARCHAR(79),
  `language` VARCHAR(20),
  `autologoff` INT,
  `group` VARCHAR(255),
  `description` TEXT,
  `preprocess_subroutine` VARCHAR(79),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`number`, `tenant_uuid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_login_status` (
  `agent_id` INT NOT NULL,
  `agent_number` VARCHAR(40) NOT NULL,
  `extension` VARCHAR(80) NOT NULL,
  `context` VARCHAR(79) NOT NULL,
  `interface` VARCHAR(128) NOT NULL,
  `state_interface` VARCHAR(128) NOT NULL,
  `paused` BOOLEAN NOT NULL DEFAULT 0,
  `paused_reason` VARCHAR(80),
  `login_at` DATETIME NOT NULL,
  PRIMARY KEY (`agent_id`),
  UNIQUE KEY (`interface`),
  UNIQUE KEY (`extension`, `context`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_membership_status` (
  `agent_id` INT NOT NULL,
  `queue_id` INT NOT NULL,
  `queue_name` VARCHAR(128) NOT NULL,
  `penalty` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`agent_id`, `queue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queuefeatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `displayname` VARCHAR(128) NOT NULL,
  `number` VARCHAR(40),
  `context` VARCHAR(79),
  `data_quality` INT NOT NULL DEFAULT 0,
  `dtmf_record_toggle` BOOLEAN NOT NULL DEFAULT 0,
  `hitting_callee` INT NOT NULL DEFAULT 0,
  `hitting_caller` INT NOT NULL DEFAULT 0,
  `retries` INT NOT NULL DEFAULT 0,
  `ring` INT NOT NULL DEFAULT 0,
  `transfer_user` INT NOT NULL DEFAULT 0,
  `transfer_call` INT NOT NULL DEFAULT 0,
  `write_caller` INT NOT NULL DEFAULT 0,
  `write_calling` INT NOT NULL DEFAULT 0,
  `ignore_forward` INT NOT NULL DEFAULT 1,
  `url` VARCHAR(255) NOT NULL DEFAULT '',
  `announceoverride` VARCHAR(128) NOT NULL DEFAULT '',
  `timeout` INT,
  `preprocess_subroutine` VARCHAR(79),
  `announce_holdtime` INT NOT NULL DEFAULT 0,
  `waittime` INT,
  `waitratio` DOUBLE,
  `mark_answered_elsewhere` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queuemember` (
  `queue_name` VARCHAR(128) NOT NULL,
  `interface` VARCHAR(128) NOT NULL,
  `penalty` INT NOT NULL DEFAULT 0,
  `commented` INT NOT NULL DEFAULT 0,
  `usertype` ENUM('agent','user') NOT NULL,
  `userid` INT NOT NULL,
  `channel` VARCHAR(25) NOT NULL,
  `category` ENUM('group','queue') NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`queue_name`, `interface`),
  UNIQUE KEY (`queue_name`, `channel`, `interface`, `usertype`, `userid`, `category`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groupfeatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `dtmf_record_toggle` BOOLEAN NOT NULL DEFAULT 0,
  `label` TEXT NOT NULL,
  `transfer_user` INT NOT NULL DEFAULT 0,
  `transfer_call` INT NOT NULL DEFAULT 0,
  `write_caller` INT NOT NULL DEFAULT 0,
  `write_calling` INT NOT NULL DEFAULT 0,
  `ignore_forward` INT NOT NULL DEFAULT 0,
  `timeout` INT,
  `preprocess_subroutine` VARCHAR(79),
  `mark_answered_elsewhere` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `timezone` VARCHAR(128),
  `fallback_action` ENUM('none','endcall:busy','endcall:congestion','endcall:hangup','user','group','queue','voicemail','extension','outcall','application:callbackdisa','application:disa','application:directory','application:faxtomail','application:voicemailmain','application:password','sound','custom','ivr','conference','switchboard','application:custom') NOT NULL DEFAULT 'none',
  `fallback_actionid` VARCHAR(255),
  `fallback_actionargs` VARCHAR(255),
  `description` TEXT,
  `commented` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_time` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `schedule_id` INT,
  `mode` ENUM('opened','closed') NOT NULL DEFAULT 'opened',
  `hours` VARCHAR(512),
  `weekdays` VARCHAR(512),
  `monthdays` VARCHAR(512),
  `months` VARCHAR(512),
  `action` ENUM('none','endcall:busy','endcall:congestion','endcall:hangup','user','group','queue','voicemail','extension','outcall','application:callbackdisa','application:disa','application:directory','application:faxtomail','application:voicemailmain','application:password','sound','custom','ivr','conference','switchboard','application:custom'),
  `actionid` VARCHAR(255),
  `actionargs` VARCHAR(255),
  `commented` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_path` (
  `schedule_id` INT NOT NULL,
  `path` ENUM('user','group','queue','incall','outcall','voicemenu') NOT NULL,
  `pathid` INT NOT NULL,
  PRIMARY KEY (`schedule_id`, `path`, `pathid`),
  FOREIGN KEY (`schedule_id`) REFERENCES `schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `callfilter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL DEFAULT '',
  `type` ENUM('bosssecretary') NOT NULL,
  `bosssecretary` ENUM('bossfirst-serial','bossfirst-simult','secretary-serial','secretary-simult','all'),
  `callfrom` ENUM('internal','external','all'),
  `ringseconds` INT NOT NULL DEFAULT 0,
  `commented` INT NOT NULL DEFAULT 0,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `callfiltermember` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `callfilterid` INT NOT NULL DEFAULT 0,
  `type` ENUM('user') NOT NULL,
  `typeval` VARCHAR(128) NOT NULL DEFAULT '0',
  `ringseconds` INT NOT NULL DEFAULT 0,
  `priority` INT NOT NULL DEFAULT 0,
  `bstype` ENUM('no','boss','secretary') NOT NULL,
  `active` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`callfilterid`, `type`, `typeval`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocklist` (
  `uuid` CHAR(36) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocklist_number` (
  `uuid` CHAR(36) NOT NULL,
  `number` TEXT NOT NULL,
  `label` TEXT,
  `blocklist_uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`number`(191), `blocklist_uuid`),
  FOREIGN KEY (`blocklist_uuid`) REFERENCES `blocklist` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocklist_user` (
  `user_uuid` VARCHAR(36) NOT NULL,
  `blocklist_uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`user_uuid`, `blocklist_uuid`),
  FOREIGN KEY (`blocklist_uuid`) REFERENCES `blocklist` (`uuid`),
  FOREIGN KEY (`user_uuid`) REFERENCES `userfeatures` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meeting` (
  `uuid` CHAR(36) NOT NULL,
  `name` TEXT,
  `guest_endpoint_sip_uuid` CHAR(36),
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `created_at` DATETIME,
  `persistent` BOOLEAN NOT NULL DEFAULT 0,
  `number` TEXT NOT NULL,
  `require_authorization` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`number`(191), `tenant_uuid`),
  FOREIGN KEY (`guest_endpoint_sip_uuid`) REFERENCES `endpoint_sip` (`uuid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meeting_owner` (
  `meeting_uuid` CHAR(36) NOT NULL,
  `user_uuid` VARCHAR(38) NOT NULL,
  PRIMARY KEY (`meeting_uuid`, `user_uuid`),
  FOREIGN KEY (`meeting_uuid`) REFERENCES `meeting` (`uuid`),
  FOREIGN KEY (`user_uuid`) REFERENCES `userfeatures` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meeting_authorization` (
  `uuid` CHAR(36) NOT NULL,
  `guest_uuid` CHAR(36) NOT NULL,
  `meeting_uuid` CHAR(36) NOT NULL,
  `guest_name` TEXT,
  `status` TEXT,
  `created_at` DATETIME,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`meeting_uuid`) REFERENCES `meeting` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `switchboard` (
  `uuid` VARCHAR(38) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `hold_moh_uuid` VARCHAR(38),
  `queue_moh_uuid` VARCHAR(38),
  `timeout` INT,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`tenant_uuid`) REFERENCES `tenant` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `switchboard_member_user` (
  `switchboard_uuid` VARCHAR(38) NOT NULL,
  `user_uuid` VARCHAR(38) NOT NULL,
  PRIMARY KEY (`switchboard_uuid`, `user_uuid`),
  FOREIGN KEY (`switchboard_uuid`) REFERENCES `switchboard` (`uuid`),
  FOREIGN KEY (`user_uuid`) REFERENCES `userfeatures` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `sessid` VARCHAR(32) NOT NULL,
  `start` INT NOT NULL,
  `expire` INT NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  PRIMARY KEY (`sessid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `infos` (
  `uuid` VARCHAR(38) NOT NULL,
  `wazo_version` VARCHAR(64) NOT NULL,
  `live_reload_enabled` BOOLEAN NOT NULL DEFAULT 1,
  `timezone` VARCHAR(128),
  `configured` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `eventtype` TEXT NOT NULL,
  `eventtime` DATETIME NOT NULL,
  `userdeftype` TEXT NOT NULL,
  `cid_name` TEXT NOT NULL,
  `cid_num` TEXT NOT NULL,
  `cid_ani` TEXT NOT NULL,
  `cid_rdnis` TEXT NOT NULL,
  `cid_dnid` TEXT NOT NULL,
  `exten` TEXT NOT NULL,
  `context` TEXT NOT NULL,
  `channame` TEXT NOT NULL,
  `appname` TEXT NOT NULL,
  `appdata` TEXT NOT NULL,
  `amaflags` INT NOT NULL,
  `accountcode` TEXT NOT NULL,
  `peeraccount` TEXT NOT NULL,
  `uniqueid` TEXT NOT NULL,
  `linkedid` TEXT NOT NULL,
  `userfield` TEXT NOT NULL,
  `peer` TEXT NOT NULL,
  `extra` TEXT,
  `call_log_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue_log` (
  `time` DATETIME,
  `callid` VARCHAR(80),
  `queuename` VARCHAR(256),
  `agent` TEXT,
  `event` VARCHAR(20),
  `data1` TEXT,
  `data2` TEXT,
  `data3` TEXT,
  `data4` TEXT,
  `data5` TEXT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stat_agent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `agent_id` INT,
  `deleted` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stat_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `tenant_uuid` VARCHAR(36) NOT NULL,
  `queue_id` INT,
  `deleted` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stat_call_on_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `callid` VARCHAR(32) NOT NULL,
  `time` DATETIME NOT NULL,
  `ringtime` INT NOT NULL DEFAULT 0,
  `talktime` INT NOT NULL DEFAULT 0,
  `waittime` INT NOT NULL DEFAULT 0,
  `status` ENUM('full','closed','joinempty','leaveempty','divert_ca_ratio','divert_waittime','answered','abandoned','timeout') NOT NULL,
  `stat_queue_id` INT,
  `stat_agent_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`stat_agent_id`) REFERENCES `stat_agent` (`id`),
  FOREIGN KEY (`stat_queue_id`) REFERENCES `stat_queue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_call_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `date_answer` DATETIME,
  `date_end` DATETIME,
  `tenant_uuid` CHAR(36) NOT NULL,
  `source_name` VARCHAR(255),
  `source_exten` VARCHAR(255),
  `source_internal_name` TEXT,
  `source_internal_exten` TEXT,
  `source_internal_context` TEXT,
  `source_line_identity` VARCHAR(255),
  `requested_name` TEXT,
  `requested_exten` VARCHAR(255),
  `requested_context` VARCHAR(255),
  `requested_internal_exten` TEXT,
  `requested_internal_context` TEXT,
  `destination_name` VARCHAR(255),
  `destination_exten` VARCHAR(255),
  `destination_internal_exten` TEXT,
  `destination_internal_context` TEXT,
  `destination_line_identity` VARCHAR(255),
  `blocked` BOOLEAN,
  `reached_voicemail` BOOLEAN,
  `direction` VARCHAR(255),
  `user_field` VARCHAR(255),
  `conversation_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_call_log_participant` (
  `uuid` CHAR(36) NOT NULL,
  `call_log_id` INT,
  `user_uuid` CHAR(36) NOT NULL,
  `line_id` INT,
  `role` ENUM('source','destination') NOT NULL,
  `tags` TEXT NOT NULL,
  `answered` BOOLEAN NOT NULL DEFAULT 0,
  `requested` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`call_log_id`) REFERENCES `call_logd_call_log` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_call_log_destination` (
  `uuid` CHAR(36) NOT NULL,
  `call_log_id` INT,
  `destination_details_key` VARCHAR(32) NOT NULL,
  `destination_details_value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`call_log_id`) REFERENCES `call_logd_call_log` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_recording` (
  `uuid` CHAR(36) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  `path` TEXT,
  `call_log_id` INT NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`call_log_id`) REFERENCES `call_logd_call_log` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_voicemail_transcription` (
  `uuid` CHAR(36) NOT NULL,
  `message_id` VARCHAR(255) NOT NULL,
  `tenant_uuid` CHAR(36) NOT NULL,
  `voicemail_id` INT,
  `transcription_text` TEXT NOT NULL,
  `provider_id` TEXT,
  `language` VARCHAR(8),
  `duration` DOUBLE,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logd_export` (
  `uuid` CHAR(36) NOT NULL,
  `tenant_uuid` CHAR(36) NOT NULL,
  `user_uuid` CHAR(36) NOT NULL,
  `requested_at` DATETIME NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `path` TEXT,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
