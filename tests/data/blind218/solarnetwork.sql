-- SolarNetwork (SolarNet central platform: SolarUser, SolarNet, SolarEV OCPP, SolarBill, SolarDIN, SolarOSCP, datum streams)
-- Upstream: github.com/SolarNetwork/solarnetwork-central, commit cc99479c2461acb74cd1b6fe12b1350470732b18 (GPL-2.0)
-- Source: solarnet-db-setup/postgres/postgres-init.sql and the postgres-init-*.sql files it includes (PostgreSQL),
-- replayed into a scratch PostgreSQL 15 (citext, pgcrypto, uuid-ossp; without timescaledb / aggs_for_vecs, whose
-- functions are not needed for the tables) and written out from the catalog as MySQL DDL: the schema prefix
-- (solaruser., solarnet., solarev., solarbill., ...) is dropped, table names are unique without it. 64 of 125 tables.
-- solarnet.sn_loc
CREATE TABLE `sn_loc` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `country` varchar(2) NOT NULL,
  `time_zone` varchar(64) NOT NULL,
  `region` varchar(128),
  `state_prov` varchar(128),
  `locality` varchar(128),
  `postal_code` varchar(32),
  `address` varchar(256),
  `latitude` decimal(9,6),
  `longitude` decimal(9,6),
  `elevation` decimal(8,3),
  `fts_default` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_user
CREATE TABLE `user_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disp_name` varchar(128) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(128) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `loc_id` bigint,
  `jdata` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_user_email_unq` (`email`),
  CONSTRAINT `user_user_loc_fk` FOREIGN KEY (`loc_id`) REFERENCES `sn_loc` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_role
CREATE TABLE `user_role` (
  `user_id` bigint NOT NULL,
  `role_name` varchar(128) NOT NULL,
  PRIMARY KEY (`user_id`,`role_name`),
  CONSTRAINT `fk_user_role_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_meta
CREATE TABLE `user_meta` (
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `jdata` json NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_meta_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_auth_token
CREATE TABLE `user_auth_token` (
  `auth_token` char(20) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `disp_name` varchar(128),
  `description` varchar(512),
  `auth_secret` varchar(32) NOT NULL,
  `status` enum('Active','Disabled') NOT NULL,
  `token_type` enum('User','ReadNodeData') NOT NULL,
  `jpolicy` json,
  PRIMARY KEY (`auth_token`),
  CONSTRAINT `user_auth_token_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_keypair
CREATE TABLE `user_keypair` (
  `user_id` bigint NOT NULL,
  `skey` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `keystore` longblob NOT NULL,
  PRIMARY KEY (`user_id`,`skey`),
  CONSTRAINT `user_keypair_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_secret
CREATE TABLE `user_secret` (
  `user_id` bigint NOT NULL,
  `topic` varchar(64) NOT NULL,
  `skey` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sdata` longblob NOT NULL,
  PRIMARY KEY (`user_id`,`topic`,`skey`),
  CONSTRAINT `user_secret_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_node
CREATE TABLE `sn_node` (
  `node_id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `loc_id` bigint NOT NULL,
  `wloc_id` bigint,
  `node_name` varchar(128),
  PRIMARY KEY (`node_id`),
  CONSTRAINT `sn_node_loc_fk` FOREIGN KEY (`loc_id`) REFERENCES `sn_loc` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node
CREATE TABLE `user_node` (
  `node_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disp_name` varchar(128),
  `description` varchar(512),
  `private` tinyint(1) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`node_id`),
  UNIQUE KEY `user_node_unq` (`user_id`,`node_id`),
  CONSTRAINT `user_node_node_fk` FOREIGN KEY (`node_id`) REFERENCES `sn_node` (`node_id`),
  CONSTRAINT `user_node_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node_conf
CREATE TABLE `user_node_conf` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `node_id` bigint,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `conf_key` varchar(1024) NOT NULL,
  `conf_date` datetime(6),
  `sec_phrase` varchar(128) NOT NULL,
  `country` char(2) NOT NULL,
  `time_zone` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_node_conf_unq` (`user_id`,`conf_key`),
  CONSTRAINT `user_node_conf_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node_cert
CREATE TABLE `user_node_cert` (
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  `status` char(1) NOT NULL,
  `request_id` varchar(128) NOT NULL,
  `keystore` longblob,
  PRIMARY KEY (`user_id`,`node_id`),
  CONSTRAINT `user_node_cert_user_node_fk` FOREIGN KEY (`user_id`,`node_id`) REFERENCES `user_node` (`user_id`,`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node_xfer
CREATE TABLE `user_node_xfer` (
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  `recipient` text NOT NULL,
  PRIMARY KEY (`user_id`,`node_id`),
  CONSTRAINT `user_node_xfer_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_alert
CREATE TABLE `user_alert` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `node_id` bigint,
  `valid_to` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `alert_type` enum('NodeStaleData') NOT NULL,
  `status` enum('Active','Disabled','Suppressed') NOT NULL,
  `alert_opt` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_alert_node_fk` FOREIGN KEY (`node_id`) REFERENCES `sn_node` (`node_id`),
  CONSTRAINT `user_alert_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_alert_sit
CREATE TABLE `user_alert_sit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `alert_id` bigint NOT NULL,
  `status` enum('Active','Resolved') NOT NULL,
  `notified` datetime(6),
  `info` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_alert_sit_alert_fk` FOREIGN KEY (`alert_id`) REFERENCES `user_alert` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_event_log
CREATE TABLE `user_event_log` (
  `user_id` bigint NOT NULL,
  `event_id` char(36) NOT NULL,
  `tags` json NOT NULL,
  `message` text,
  `jdata` json,
  UNIQUE KEY `user_event_log_pk` (`user_id`,`event_id`),
  CONSTRAINT `user_event_log_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_datum_delete_job
CREATE TABLE `user_datum_delete_job` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `progress` double NOT NULL DEFAULT 0,
  `started` datetime(6),
  `completed` datetime(6),
  `result_count` bigint,
  `state` char(1) NOT NULL,
  `success` tinyint(1),
  `message` text,
  `config` json NOT NULL,
  PRIMARY KEY (`user_id`,`id`),
  CONSTRAINT `user_datum_delete_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_export_dest_conf
CREATE TABLE `user_export_dest_conf` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `cname` varchar(64) NOT NULL,
  `sident` varchar(128) NOT NULL,
  `sprops` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_export_dest_conf_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_export_datum_conf
CREATE TABLE `user_export_datum_conf` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `cname` varchar(64) NOT NULL,
  `delay_mins` int NOT NULL,
  `schedule` char(1) NOT NULL,
  `min_export_date` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `auth_token` text,
  `data_conf_id` bigint,
  `dest_conf_id` bigint,
  `outp_conf_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_export_datum_conf_dest_fk` FOREIGN KEY (`dest_conf_id`) REFERENCES `user_export_dest_conf` (`id`),
  CONSTRAINT `user_export_datum_conf_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_expire_data_conf
CREATE TABLE `user_expire_data_conf` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `cname` varchar(64) NOT NULL,
  `sident` varchar(128) NOT NULL,
  `expire_days` int NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `sprops` json,
  `filter` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_expire_data_conf_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node_event_hook
CREATE TABLE `user_node_event_hook` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `node_ids` json,
  `source_ids` json,
  `topic` text NOT NULL,
  `cname` varchar(64) NOT NULL,
  `sident` varchar(128) NOT NULL,
  `sprops` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_node_event_hook_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.user_node_instr_task
CREATE TABLE `user_node_instr_task` (
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `cname` varchar(64) NOT NULL,
  `node_id` bigint NOT NULL,
  `topic` varchar(64) NOT NULL,
  `schedule` varchar(64) NOT NULL,
  `status` char(1) NOT NULL,
  `exec_at` datetime(6) NOT NULL,
  `sprops` json,
  `last_exec_at` datetime(6),
  `message` text,
  `rprops` json,
  PRIMARY KEY (`user_id`,`id`),
  CONSTRAINT `user_node_instr_task_user_node_fk` FOREIGN KEY (`user_id`,`node_id`) REFERENCES `user_node` (`user_id`,`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.http_session
CREATE TABLE `http_session` (
  `primary_id` char(36) NOT NULL,
  `session_id` char(36) NOT NULL,
  `creation_time` bigint NOT NULL,
  `last_access_time` bigint NOT NULL,
  `max_inactive_interval` int NOT NULL,
  `expiry_time` bigint NOT NULL,
  `principal_name` varchar(100),
  PRIMARY KEY (`primary_id`),
  UNIQUE KEY `http_session_session_unq` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaruser.http_session_attributes
CREATE TABLE `http_session_attributes` (
  `session_primary_id` char(36) NOT NULL,
  `attribute_name` varchar(200) NOT NULL,
  `attribute_bytes` longblob NOT NULL,
  PRIMARY KEY (`session_primary_id`,`attribute_name`),
  CONSTRAINT `http_session_attributes_http_session_fk` FOREIGN KEY (`session_primary_id`) REFERENCES `http_session` (`primary_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_loc_req
CREATE TABLE `sn_loc_req` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `status` char(1) NOT NULL,
  `jdata` json NOT NULL,
  `loc_id` bigint,
  `message` text,
  `fts_default` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_node_meta
CREATE TABLE `sn_node_meta` (
  `node_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `jdata` json NOT NULL,
  PRIMARY KEY (`node_id`),
  CONSTRAINT `sn_node_meta_node_fk` FOREIGN KEY (`node_id`) REFERENCES `sn_node` (`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_node_instruction
CREATE TABLE `sn_node_instruction` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `node_id` bigint NOT NULL,
  `topic` varchar(128) NOT NULL,
  `instr_date` datetime(6) NOT NULL,
  `deliver_state` enum('Unknown','Queued','Queuing','Received','Executing','Declined','Completed') NOT NULL,
  `expire_date` datetime(6),
  `jresult_params` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `sn_node_instruction_node_fk` FOREIGN KEY (`node_id`) REFERENCES `sn_node` (`node_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_node_instruction_param
CREATE TABLE `sn_node_instruction_param` (
  `instr_id` bigint NOT NULL,
  `idx` int NOT NULL,
  `pname` varchar(256) NOT NULL,
  `pvalue` varchar(256) NOT NULL,
  PRIMARY KEY (`instr_id`,`idx`),
  CONSTRAINT `sn_node_instruction_param_sn_node_instruction_fk` FOREIGN KEY (`instr_id`) REFERENCES `sn_node_instruction` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.sn_datum_import_job
CREATE TABLE `sn_datum_import_job` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `import_date` datetime(6) NOT NULL,
  `state` char(1) NOT NULL,
  `group_key` text NOT NULL,
  `auth_token` text,
  `progress` double NOT NULL DEFAULT 0,
  `success` tinyint(1),
  `load_count` bigint NOT NULL DEFAULT 0,
  `started` datetime(6),
  `completed` datetime(6),
  `message` text,
  `config` json NOT NULL,
  `jmeta` json,
  PRIMARY KEY (`user_id`,`id`),
  CONSTRAINT `datum_import_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarnet.oauth2_authorized_client
CREATE TABLE `oauth2_authorized_client` (
  `user_id` bigint NOT NULL,
  `client_registration_id` varchar(128) NOT NULL,
  `principal_name` varchar(256) NOT NULL,
  `access_token_type` varchar(16) NOT NULL,
  `access_token_value` longblob NOT NULL,
  `access_token_issued_at` datetime(6) NOT NULL,
  `access_token_expires_at` datetime(6) NOT NULL,
  `access_token_scopes` varchar(1024),
  `refresh_token_value` longblob,
  `refresh_token_issued_at` datetime(6),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`,`client_registration_id`,`principal_name`),
  CONSTRAINT `oauth2_authorized_client_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.da_datm_meta
CREATE TABLE `da_datm_meta` (
  `stream_id` char(36) NOT NULL,
  `node_id` bigint NOT NULL,
  `source_id` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `names_i` json,
  `names_a` json,
  `names_s` json,
  `jdata` json,
  PRIMARY KEY (`stream_id`),
  UNIQUE KEY `da_datm_meta_unq` (`node_id`,`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.da_loc_datm_meta
CREATE TABLE `da_loc_datm_meta` (
  `stream_id` char(36) NOT NULL,
  `loc_id` bigint NOT NULL,
  `source_id` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `names_i` json,
  `names_a` json,
  `names_s` json,
  `jdata` json,
  `fts_default` text,
  PRIMARY KEY (`stream_id`),
  UNIQUE KEY `da_loc_datm_meta_unq` (`loc_id`,`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.da_datm
CREATE TABLE `da_datm` (
  `stream_id` char(36) NOT NULL,
  `ts` datetime(6) NOT NULL,
  `received` datetime(6) NOT NULL,
  `data_i` json,
  `data_a` json,
  `data_s` json,
  `data_t` json,
  UNIQUE KEY `da_datm_pkey` (`stream_id`,`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.da_datm_aux
CREATE TABLE `da_datm_aux` (
  `stream_id` char(36) NOT NULL,
  `ts` datetime(6) NOT NULL,
  `atype` enum('Reset','Mark','Annotation','Flag','Note') NOT NULL DEFAULT 'Reset',
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `notes` text,
  `jdata_af` json,
  `jdata_as` json,
  `jmeta` json,
  PRIMARY KEY (`stream_id`,`ts`,`atype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.agg_datm_daily
CREATE TABLE `agg_datm_daily` (
  `stream_id` char(36) NOT NULL,
  `ts_start` datetime(6) NOT NULL,
  `data_i` json,
  `data_a` json,
  `data_s` json,
  `data_t` json,
  `stat_i` json,
  `read_a` json,
  UNIQUE KEY `agg_datm_daily_pkey` (`stream_id`,`ts_start`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.aud_node_daily
CREATE TABLE `aud_node_daily` (
  `node_id` bigint NOT NULL,
  `service` char(4) NOT NULL,
  `ts_start` datetime(6) NOT NULL,
  `cnt` bigint NOT NULL DEFAULT 0,
  `processed` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `aud_node_daily_pkey` (`node_id`,`service`,`ts_start`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardatm.aud_user_daily
CREATE TABLE `aud_user_daily` (
  `user_id` bigint NOT NULL,
  `service` char(4) NOT NULL,
  `ts_start` datetime(6) NOT NULL,
  `cnt` bigint NOT NULL DEFAULT 0,
  `processed` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `aud_user_daily_pkey` (`user_id`,`service`,`ts_start`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_authorization
CREATE TABLE `ocpp_authorization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `token` varchar(20) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `expires` datetime(6),
  `parent_id` varchar(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ocpp_authorization_unq` (`user_id`,`token`),
  CONSTRAINT `ocpp_authorization_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_point
CREATE TABLE `ocpp_charge_point` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `reg_status` smallint NOT NULL DEFAULT 0,
  `ident` varchar(48) NOT NULL,
  `vendor` varchar(20) NOT NULL,
  `model` varchar(20) NOT NULL,
  `serial_num` varchar(25),
  `box_serial_num` varchar(25),
  `fw_vers` varchar(50),
  `iccid` varchar(20),
  `imsi` varchar(20),
  `meter_type` varchar(25),
  `meter_serial_num` varchar(25),
  `conn_count` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ocpp_charge_point_unq` (`user_id`,`ident`),
  CONSTRAINT `ocpp_charge_point_user_node_fk` FOREIGN KEY (`user_id`,`node_id`) REFERENCES `user_node` (`user_id`,`node_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_point_conn
CREATE TABLE `ocpp_charge_point_conn` (
  `cp_id` bigint NOT NULL,
  `evse_id` int NOT NULL DEFAULT 0,
  `conn_id` int NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` smallint NOT NULL DEFAULT 0,
  `error_code` smallint,
  `ts` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `info` varchar(50),
  `vendor_id` varchar(255),
  `vendor_error` varchar(50),
  PRIMARY KEY (`cp_id`,`evse_id`,`conn_id`),
  CONSTRAINT `ocpp_charge_point_conn_charge_point_fk` FOREIGN KEY (`cp_id`) REFERENCES `ocpp_charge_point` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_point_settings
CREATE TABLE `ocpp_charge_point_settings` (
  `cp_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pub_in` tinyint(1) NOT NULL DEFAULT 1,
  `pub_flux` tinyint(1) NOT NULL DEFAULT 1,
  `source_id_tmpl` varchar(255),
  PRIMARY KEY (`cp_id`),
  CONSTRAINT `ocpp_charge_point_settings_charge_point_fk` FOREIGN KEY (`cp_id`) REFERENCES `ocpp_charge_point` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_point_status
CREATE TABLE `ocpp_charge_point_status` (
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `cp_id` bigint NOT NULL,
  `connected_to` text,
  `session_id` text,
  `connected_date` datetime(6),
  PRIMARY KEY (`user_id`,`cp_id`),
  CONSTRAINT `ocpp_charge_point_status_charge_point_fk` FOREIGN KEY (`cp_id`) REFERENCES `ocpp_charge_point` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_point_action_status
CREATE TABLE `ocpp_charge_point_action_status` (
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `cp_id` bigint NOT NULL,
  `evse_id` int NOT NULL,
  `conn_id` int NOT NULL,
  `action` varchar(255) NOT NULL,
  `msg_id` text NOT NULL,
  `ts` datetime(6) NOT NULL,
  PRIMARY KEY (`user_id`,`cp_id`,`evse_id`,`conn_id`,`action`),
  CONSTRAINT `ocpp_charge_point_action_status_charge_point_fk` FOREIGN KEY (`cp_id`) REFERENCES `ocpp_charge_point` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_sess
CREATE TABLE `ocpp_charge_sess` (
  `id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `auth_id` varchar(20) NOT NULL,
  `cp_id` bigint NOT NULL,
  `evse_id` int NOT NULL DEFAULT 0,
  `conn_id` int NOT NULL,
  `tx_id` varchar(36) NOT NULL,
  `ended` datetime(6),
  `end_reason` smallint NOT NULL DEFAULT 0,
  `end_auth_id` varchar(20),
  `posted` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `ocpp_charge_sess_charge_point_fk` FOREIGN KEY (`cp_id`) REFERENCES `ocpp_charge_point` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_charge_sess_reading
CREATE TABLE `ocpp_charge_sess_reading` (
  `sess_id` char(36) NOT NULL,
  `ts` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `location` smallint NOT NULL DEFAULT 0,
  `unit` smallint NOT NULL DEFAULT 0,
  `context` smallint NOT NULL DEFAULT 0,
  `measurand` smallint NOT NULL DEFAULT 0,
  `phase` smallint,
  `reading` varchar(64) NOT NULL,
  CONSTRAINT `ocpp_charge_sess_reading_charge_sess_fk` FOREIGN KEY (`sess_id`) REFERENCES `ocpp_charge_sess` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_system_user
CREATE TABLE `ocpp_system_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `username` varchar(64),
  `password` varchar(128),
  `allowed_cp` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ocpp_system_user_unq` (`username`),
  CONSTRAINT `ocpp_system_user_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarev.ocpp_user_settings
CREATE TABLE `ocpp_user_settings` (
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `hid` varchar(255) NOT NULL,
  `pub_in` tinyint(1) NOT NULL DEFAULT 1,
  `pub_flux` tinyint(1) NOT NULL DEFAULT 1,
  `source_id_tmpl` varchar(255),
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `ocpp_user_settings_hid_unq` (`hid`),
  CONSTRAINT `ocpp_user_settings_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_address
CREATE TABLE `bill_address` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `disp_name` varchar(128) NOT NULL,
  `email` text NOT NULL,
  `country` varchar(2) NOT NULL,
  `time_zone` varchar(64) NOT NULL,
  `region` varchar(128),
  `state_prov` varchar(128),
  `locality` varchar(128),
  `postal_code` varchar(32),
  `address` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_account
CREATE TABLE `bill_account` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `addr_id` bigint NOT NULL,
  `currency` varchar(3) NOT NULL,
  `locale` varchar(5) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bill_account_user_idx` (`user_id`),
  CONSTRAINT `bill_account_address_fk` FOREIGN KEY (`addr_id`) REFERENCES `bill_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_account_balance
CREATE TABLE `bill_account_balance` (
  `acct_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `charge_total` decimal(19,2) NOT NULL,
  `payment_total` decimal(19,2) NOT NULL,
  `avail_credit` decimal(11,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`acct_id`),
  CONSTRAINT `bill_account_balance_acct_fk` FOREIGN KEY (`acct_id`) REFERENCES `bill_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_account_task
CREATE TABLE `bill_account_task` (
  `id` char(36) NOT NULL,
  `acct_id` bigint NOT NULL,
  `task_type` smallint NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `jdata` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `bill_account_task_acct_fk` FOREIGN KEY (`acct_id`) REFERENCES `bill_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_invoice
CREATE TABLE `bill_invoice` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `acct_id` bigint NOT NULL,
  `addr_id` bigint NOT NULL,
  `date_start` date NOT NULL,
  `date_end` date NOT NULL,
  `currency` varchar(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bill_invoice_acct_fk` FOREIGN KEY (`acct_id`) REFERENCES `bill_account` (`id`),
  CONSTRAINT `bill_invoice_address_fk` FOREIGN KEY (`addr_id`) REFERENCES `bill_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_invoice_item
CREATE TABLE `bill_invoice_item` (
  `id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `inv_id` bigint NOT NULL,
  `item_type` smallint NOT NULL DEFAULT 0,
  `amount` decimal(11,2) NOT NULL,
  `quantity` decimal(40,12) NOT NULL,
  `item_key` varchar(64) NOT NULL,
  `jmeta` json,
  PRIMARY KEY (`inv_id`,`id`),
  CONSTRAINT `bill_invoice_item_inv_fk` FOREIGN KEY (`inv_id`) REFERENCES `bill_invoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_invoice_node_usage
CREATE TABLE `bill_invoice_node_usage` (
  `inv_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `prop_count` bigint NOT NULL DEFAULT 0,
  `datum_q_count` bigint NOT NULL DEFAULT 0,
  `datum_s_count` bigint NOT NULL DEFAULT 0,
  `instr_issued_count` bigint NOT NULL DEFAULT 0,
  `flux_data_in_count` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`inv_id`,`node_id`),
  CONSTRAINT `bill_invoice_usage_inv_fk` FOREIGN KEY (`inv_id`) REFERENCES `bill_invoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_payment
CREATE TABLE `bill_payment` (
  `id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `acct_id` bigint NOT NULL,
  `pay_type` smallint NOT NULL DEFAULT 0,
  `amount` decimal(11,2) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `ext_key` varchar(64),
  `ref` text,
  PRIMARY KEY (`acct_id`,`id`),
  CONSTRAINT `bill_payment_account_fk` FOREIGN KEY (`acct_id`) REFERENCES `bill_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_invoice_payment
CREATE TABLE `bill_invoice_payment` (
  `id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `acct_id` bigint NOT NULL,
  `pay_id` char(36) NOT NULL,
  `inv_id` bigint NOT NULL,
  `amount` decimal(11,2) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bill_invoice_payment_invoice_fk` FOREIGN KEY (`inv_id`) REFERENCES `bill_invoice` (`id`),
  CONSTRAINT `bill_invoice_payment_payment_fk` FOREIGN KEY (`acct_id`,`pay_id`) REFERENCES `bill_payment` (`acct_id`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarbill.bill_tax_code
CREATE TABLE `bill_tax_code` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `tax_zone` varchar(36) NOT NULL,
  `item_key` varchar(64) NOT NULL,
  `tax_code` varchar(255) NOT NULL,
  `tax_rate` decimal(15,9) NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `valid_to` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarcommon.app_setting
CREATE TABLE `app_setting` (
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `skey` varchar(255) NOT NULL,
  `stype` varchar(255) NOT NULL,
  `svalue` varchar(4096) NOT NULL,
  PRIMARY KEY (`skey`,`stype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solarcommon.messages
CREATE TABLE `messages` (
  `vers` datetime(6) NOT NULL,
  `bundle` varchar(128) NOT NULL,
  `locale` varchar(8) NOT NULL,
  `msg_key` varchar(128) NOT NULL,
  `msg_val` text,
  PRIMARY KEY (`bundle`,`locale`,`vers`,`msg_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardin.din_credential
CREATE TABLE `din_credential` (
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `username` varchar(64) NOT NULL,
  `password` varchar(64) NOT NULL,
  `expires` datetime(6),
  PRIMARY KEY (`user_id`,`id`),
  UNIQUE KEY `din_credential_username_unq` (`user_id`,`username`),
  CONSTRAINT `din_credential_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardin.din_endpoint
CREATE TABLE `din_endpoint` (
  `user_id` bigint NOT NULL,
  `id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `cname` varchar(64) NOT NULL,
  `node_id` bigint,
  `source_id` varchar(64),
  `xform_id` bigint,
  `pub_flux` tinyint(1) NOT NULL DEFAULT 1,
  `track_prev` tinyint(1) NOT NULL DEFAULT 0,
  `incl_res_body` tinyint(1) NOT NULL DEFAULT 0,
  `req_type` varchar(96),
  PRIMARY KEY (`user_id`,`id`),
  CONSTRAINT `din_endpoint_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardin.din_input_data
CREATE TABLE `din_input_data` (
  `user_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  `source_id` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `input_data` longblob,
  PRIMARY KEY (`user_id`,`node_id`,`source_id`),
  CONSTRAINT `din_input_data_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solardin.cin_integration
CREATE TABLE `cin_integration` (
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `cname` text NOT NULL,
  `sident` varchar(128) NOT NULL,
  `sprops` json,
  PRIMARY KEY (`user_id`,`id`),
  CONSTRAINT `cin_integration_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaroscp.oscp_cp_conf
CREATE TABLE `oscp_cp_conf` (
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `fp_id` bigint NOT NULL,
  `reg_status` smallint NOT NULL,
  `cname` varchar(64) NOT NULL,
  `url` varchar(256),
  `oscp_ver` varchar(8),
  `heartbeat_secs` smallint,
  `meas_styles` json,
  `offline_at` datetime(6),
  `sprops` json,
  PRIMARY KEY (`user_id`,`id`),
  UNIQUE KEY `oscp_cp_conf_url_unq` (`user_id`,`url`),
  CONSTRAINT `oscp_cp_conf_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- solaroscp.oscp_cg_conf
CREATE TABLE `oscp_cg_conf` (
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `cname` varchar(64) NOT NULL,
  `ident` varchar(128) NOT NULL,
  `cp_id` bigint NOT NULL,
  `co_id` bigint NOT NULL,
  `cp_meas_secs` int NOT NULL,
  `co_meas_secs` int NOT NULL,
  `sprops` json,
  PRIMARY KEY (`user_id`,`id`),
  UNIQUE KEY `oscp_cg_conf_unq` (`user_id`,`ident`),
  CONSTRAINT `oscp_cg_conf_cp_fk` FOREIGN KEY (`user_id`,`cp_id`) REFERENCES `oscp_cp_conf` (`user_id`,`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
