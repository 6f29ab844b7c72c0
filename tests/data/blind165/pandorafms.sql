-- Pandora FMS (community edition, network and systems monitoring), github.com/pandorafms/pandorafms
-- pandora_console/pandoradb.sql, commit 42cdcc1b31e5c3b000e8eea8273d21086d6c87e4 (GPL-2.0).
-- 39 of its tables, as upstream writes them (CREATE TABLE IF NOT EXISTS written as CREATE TABLE); tables ordered so
-- that every foreign key points at an earlier table; foreign keys to tables left out dropped; the MySQL shorthand
-- `FOREIGN KEY name (...)` written as `CONSTRAINT name FOREIGN KEY (...)`.

CREATE TABLE `tgrupo`
(
	`id_grupo` MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`nombre` VARCHAR(100) NOT NULL DEFAULT '',
	`icon` VARCHAR(50) DEFAULT 'world',
	`parent` MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
	`propagate` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`disabled` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`custom_id` VARCHAR(255) DEFAULT '',
	`id_skin` INT UNSIGNED NOT NULL DEFAULT 0,
	`description` TEXT,
	`contact` TEXT,
	`other` TEXT,
	`password` VARCHAR(45) DEFAULT '',
	`max_agents` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_grupo`),
	KEY `parent_index` (`parent`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tusuario`
(
	`id_user` VARCHAR(255) NOT NULL DEFAULT '0',
	`fullname` VARCHAR(255) NOT NULL,
	`firstname` VARCHAR(255) NOT NULL,
	`lastname` VARCHAR(255) NOT NULL,
	`middlename` VARCHAR(255) NOT NULL,
	`password` VARCHAR(60) DEFAULT NULL,
	`comments` VARCHAR(200) DEFAULT NULL,
	`last_connect` BIGINT NOT NULL DEFAULT 0,
	`registered` BIGINT NOT NULL DEFAULT 0,
	`email` VARCHAR(100) DEFAULT NULL,
	`phone` VARCHAR(100) DEFAULT NULL,
	`is_admin` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`language` VARCHAR(10) DEFAULT NULL,
	`timezone` VARCHAR(50) DEFAULT '',
	`block_size` INT NOT NULL DEFAULT 20,
	`id_skin` INT UNSIGNED NOT NULL DEFAULT 0,
	`disabled` INT NOT NULL DEFAULT 0,
	`shortcut` TINYINT DEFAULT 0,
	`shortcut_data` TEXT,
	`section` TEXT,
	`data_section` TEXT,
	`metaconsole_section` VARCHAR(255) NOT NULL DEFAULT 'Default',
	`metaconsole_data_section` TEXT,
	`force_change_pass` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`last_pass_change` DATETIME,
	`last_failed_login` DATETIME,
	`failed_attempt` INT NOT NULL DEFAULT 0,
	`login_blocked` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`metaconsole_access` ENUM('basic','advanced') DEFAULT 'basic',
	`not_login` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`local_user` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`metaconsole_agents_manager` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`metaconsole_access_node` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`strict_acl` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`id_filter`  INT UNSIGNED NULL DEFAULT NULL,
	`session_time` INT signed NOT NULL DEFAULT 0,
	`default_event_filter` INT UNSIGNED NOT NULL DEFAULT 0,
	`metaconsole_default_event_filter` INT UNSIGNED NOT NULL DEFAULT 0,
	`show_tips_startup` TINYINT UNSIGNED NOT NULL DEFAULT 1,
	`autorefresh_white_list` TEXT,
	`time_autorefresh` INT UNSIGNED NOT NULL DEFAULT 30,
	`default_custom_view` INT UNSIGNED NULL DEFAULT 0,
	`ehorus_user_level_user` VARCHAR(60),
	`ehorus_user_level_pass` VARCHAR(45),
	`ehorus_user_level_enabled` TINYINT,
	`integria_user_level_user` VARCHAR(60),
	`integria_user_level_pass` TEXT,
	`api_token` VARCHAR(255) NOT NULL DEFAULT '',
	`allowed_ip_active` TINYINT UNSIGNED DEFAULT 0,
	`allowed_ip_list` TEXT,
	`auth_token_secret` VARCHAR(45) DEFAULT NULL,
	`session_max_time_expire` INT NOT NULL DEFAULT 0,
	`stop_lts_modal` TINYINT NOT NULL DEFAULT 0,
	UNIQUE KEY `id_user` (`id_user`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tperfil`
(
	`id_perfil` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`name` TEXT,
	`agent_view` TINYINT NOT NULL DEFAULT 0,
	`agent_edit` TINYINT NOT NULL DEFAULT 0,
	`alert_edit` TINYINT NOT NULL DEFAULT 0,
	`user_management` TINYINT NOT NULL DEFAULT 0,
	`db_management` TINYINT NOT NULL DEFAULT 0,
	`alert_management` TINYINT NOT NULL DEFAULT 0,
	`pandora_management` TINYINT NOT NULL DEFAULT 0,
	`report_view` TINYINT NOT NULL DEFAULT 0,
	`report_edit` TINYINT NOT NULL DEFAULT 0,
	`report_management` TINYINT NOT NULL DEFAULT 0,
	`event_view` TINYINT NOT NULL DEFAULT 0,
	`event_edit` TINYINT NOT NULL DEFAULT 0,
	`event_management` TINYINT NOT NULL DEFAULT 0,
	`agent_disable` TINYINT NOT NULL DEFAULT 0,
	`map_view` TINYINT NOT NULL DEFAULT 0,
	`map_edit` TINYINT NOT NULL DEFAULT 0,
	`map_management` TINYINT NOT NULL DEFAULT 0,
	`vconsole_view` TINYINT NOT NULL DEFAULT 0,
	`vconsole_edit` TINYINT NOT NULL DEFAULT 0,
	`vconsole_management` TINYINT NOT NULL DEFAULT 0,
	`network_config_view`TINYINT NOT NULL DEFAULT 0,
	`network_config_edit`TINYINT NOT NULL DEFAULT 0,
	`network_config_management`TINYINT NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_perfil`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tusuario_perfil`
(
	`id_up` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_usuario` VARCHAR(255) NOT NULL DEFAULT '',
	`id_perfil` INT UNSIGNED NOT NULL DEFAULT 0,
	`id_grupo` INT NOT NULL DEFAULT 0,
	`no_hierarchy` TINYINT NOT NULL DEFAULT 0,
	`assigned_by` VARCHAR(100) NOT NULL DEFAULT '',
	`id_policy` INT UNSIGNED NOT NULL DEFAULT 0,
	`tags` TEXT,
	PRIMARY KEY  (`id_up`),
	INDEX `tusuario_perfil_user` (`id_usuario`),
	INDEX `tusuario_perfil_group` (`id_grupo`),
	INDEX `tusuario_perfil_profile` (`id_perfil`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tsesion`
(
	`id_sesion` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_usuario` VARCHAR(255) NOT NULL DEFAULT '0',
	`ip_origen` VARCHAR(100) NOT NULL DEFAULT '',
	`accion` VARCHAR(100) NOT NULL DEFAULT '',
	`descripcion` TEXT,
	`fecha` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`utimestamp` BIGINT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_sesion`),
	KEY `idx_user` (`id_usuario`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tsesion_extended`
(
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_sesion` INT UNSIGNED NOT NULL,
	`extended_info` TEXT,
	`hash` VARCHAR(255) DEFAULT '',
	PRIMARY KEY (`id`),
	KEY idx_session (id_sesion)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tpassword_history`
(
	`id_pass`  INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_user` VARCHAR(255) NOT NULL,
	`password` VARCHAR(45) DEFAULT NULL,
	`date_begin` DATETIME,
	`date_end` DATETIME,
	PRIMARY KEY  (`id_pass`)
)ENGINE=InnoDB  DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `treset_pass`
(
	`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_user` VARCHAR(255) NOT NULL DEFAULT '',
	`cod_hash` VARCHAR(100) NOT NULL DEFAULT '',
	`reset_time` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `treset_pass_history`
(
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_user` VARCHAR(255) NOT NULL,
	`reset_moment` DATETIME NOT NULL,
	`success` TINYINT NOT NULL,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tuser_double_auth`
(
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_user` VARCHAR(255) NOT NULL,
	`secret` VARCHAR(20) NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE (`id_user`),
	FOREIGN KEY (`id_user`) REFERENCES tusuario(`id_user`) ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tsessions_php`
(
	`id_session` CHAR(52) NOT NULL,
	`last_active` INT NOT NULL,
	`data` TEXT,
	PRIMARY KEY (`id_session`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tnotification_source`
(
	`id` SERIAL,
	`description` VARCHAR(255) DEFAULT NULL,
	`icon` TEXT,
	`max_postpone_time` INT DEFAULT NULL,
	`enabled` INT DEFAULT NULL,
	`user_editable` INT DEFAULT NULL,
	`also_mail` INT DEFAULT NULL,
	`subtype_blacklist` TEXT,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tmensajes`
(
	`id_mensaje` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_usuario_origen` VARCHAR(255) NOT NULL DEFAULT '',
	`mensaje` TEXT,
	`timestamp` BIGINT UNSIGNED NOT NULL DEFAULT 0,
	`subject` VARCHAR(255) NOT NULL DEFAULT '',
	`estado` INT UNSIGNED NOT NULL DEFAULT 0,
	`url` TEXT,
	`icon_notification` VARCHAR(250) DEFAULT NULL,
	`response_mode` VARCHAR(200) DEFAULT NULL,
	`citicity` INT UNSIGNED DEFAULT 0,
	`id_source` BIGINT UNSIGNED NOT NULL,
	`subtype` VARCHAR(255) DEFAULT '',
	`hidden_sent` TINYINT UNSIGNED DEFAULT 0,
	PRIMARY KEY (`id_mensaje`),
	UNIQUE KEY `id_mensaje` (`id_mensaje`),
	KEY `tsource_fk` (`id_source`),
	CONSTRAINT `tsource_fk` FOREIGN KEY (`id_source`) REFERENCES `tnotification_source` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
)ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tnotification_user`
(
	`id_mensaje` INT UNSIGNED NOT NULL,
	`id_user` VARCHAR(255) NOT NULL,
	`utimestamp_read` BIGINT,
	`utimestamp_erased` BIGINT,
	`postpone` INT,
	PRIMARY KEY (`id_mensaje`,`id_user`),
	FOREIGN KEY (`id_mensaje`) REFERENCES `tmensajes`(`id_mensaje`)
	    ON UPDATE CASCADE ON DELETE CASCADE,
	FOREIGN KEY (`id_user`) REFERENCES `tusuario`(`id_user`)
	    ON UPDATE CASCADE ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tagente`
(
	`id_agente` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`nombre` VARCHAR(600) NOT NULL DEFAULT '',
	`direccion` VARCHAR(100) DEFAULT NULL,
	`comentarios` VARCHAR(255) DEFAULT '',
	`id_grupo` INT UNSIGNED NOT NULL DEFAULT 0,
	`ultimo_contacto` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`modo` TINYINT NOT NULL DEFAULT 0,
	`intervalo` INT UNSIGNED NOT NULL DEFAULT 300,
	`id_os` INT UNSIGNED DEFAULT 0,
	`os_version` VARCHAR(100) DEFAULT '',
	`agent_version` VARCHAR(100) DEFAULT '',
	`ultimo_contacto_remoto` DATETIME DEFAULT '1970-01-01 00:00:00',
	`disabled` TINYINT NOT NULL DEFAULT 0,
	`remote` TINYINT NOT NULL DEFAULT 0,
	`id_parent` INT UNSIGNED DEFAULT 0,
	`custom_id` VARCHAR(255) DEFAULT '',
	`server_name` VARCHAR(100) DEFAULT '',
	`cascade_protection` TINYINT NOT NULL DEFAULT 0,
	`cascade_protection_module` INT UNSIGNED NOT NULL DEFAULT 0,
	`timezone_offset` TINYINT NULL DEFAULT 0 COMMENT 'nuber of hours of diference with the server timezone',
	`icon_path` VARCHAR(127) NULL DEFAULT NULL COMMENT 'path in the server to the image of the icon representing the agent',
	`update_gis_data` TINYINT NOT NULL DEFAULT 1 COMMENT 'set it to one to update the position data (altitude, longitude, latitude) when getting information from the agent or to 0 to keep the last value and do not update it',
	`url_address` MEDIUMTEXT NULL,
	`quiet` TINYINT NOT NULL DEFAULT 0,
	`normal_count` BIGINT NOT NULL DEFAULT 0,
	`warning_count` BIGINT NOT NULL DEFAULT 0,
	`critical_count` BIGINT NOT NULL DEFAULT 0,
	`unknown_count` BIGINT NOT NULL DEFAULT 0,
	`notinit_count` BIGINT NOT NULL DEFAULT 0,
	`total_count` BIGINT NOT NULL DEFAULT 0,
	`fired_count` BIGINT NOT NULL DEFAULT 0,
	`update_module_count` TINYINT NOT NULL DEFAULT 0,
	`update_alert_count` TINYINT NOT NULL DEFAULT 0,
	`update_secondary_groups` TINYINT NOT NULL DEFAULT 0,
	`alias` VARCHAR(600) NOT NULL DEFAULT '',
	`alias_as_name` TINYINT NOT NULL DEFAULT 0,
	`safe_mode_module` INT UNSIGNED NOT NULL DEFAULT 0,
	`cps` INT NOT NULL DEFAULT 0,
	`satellite_server` INT NOT NULL DEFAULT 0,
	`fixed_ip` TINYINT NOT NULL DEFAULT 0,
	`disabled_by_downtime` TINYINT NOT NULL DEFAULT 0,
	`vul_scan_enabled` TINYINT NOT NULL DEFAULT 2,
	`ignore_unknown` TINYINT NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_agente`),
	KEY `nombre` (`nombre`(255)),
	KEY `direccion` (`direccion`),
	KEY `disabled` (`disabled`),
	KEY `id_grupo` (`id_grupo`)
)ENGINE=InnoDB  DEFAULT CHARSET=UTF8MB4 ;

CREATE TABLE `taddress`
(
	`id_a` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`ip` VARCHAR(60) NOT NULL DEFAULT '',
	`ip_pack` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_a`),
	KEY `ip` (`ip`)
)ENGINE=InnoDB  DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `taddress_agent`
(
	`id_ag` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_a` BIGINT UNSIGNED NOT NULL DEFAULT 0,
	`id_agent` MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_ag`),
	INDEX `taddress_agent_agent` (`id_agent`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tagent_custom_fields`
(
	`id_field` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(45) NOT NULL DEFAULT '',
	`display_on_front` TINYINT NOT NULL DEFAULT 0,
	`is_password_type` TINYINT NOT NULL DEFAULT 0,
	`combo_values` TEXT,
	`is_link_enabled` TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_field`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tagent_custom_data`
(
	`id_field` INT UNSIGNED NOT NULL,
	`id_agent` INT UNSIGNED NOT NULL,
	`description` TEXT,
	FOREIGN KEY (`id_field`) REFERENCES tagent_custom_fields(`id_field`)
	    ON UPDATE CASCADE ON DELETE CASCADE,
	FOREIGN KEY (`id_agent`) REFERENCES tagente(`id_agente`)
	    ON UPDATE CASCADE ON DELETE CASCADE,
	PRIMARY KEY  (`id_field`, `id_agent`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tevento`
(
	`id_evento` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_agente` INT NOT NULL DEFAULT 0,
	`id_usuario` VARCHAR(255) NOT NULL DEFAULT '0',
	`id_grupo` MEDIUMINT NOT NULL DEFAULT 0,
	`estado` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`evento` TEXT,
	`utimestamp` BIGINT NOT NULL DEFAULT 0,
	`event_type` ENUM('going_unknown','unknown','alert_fired','alert_recovered','alert_ceased','alert_manual_validation','recon_host_detected','system','error','new_agent','going_up_warning','going_up_critical','going_down_warning','going_down_normal','going_down_critical','going_up_normal', 'configuration_change', 'ncm') DEFAULT 'unknown',
	`id_agentmodule` INT NOT NULL DEFAULT 0,
	`id_alert_am` INT NOT NULL DEFAULT 0,
	`criticity` INT UNSIGNED NOT NULL DEFAULT 0,
	`tags` TEXT,
	`source` TINYTEXT,
	`id_extra` TINYTEXT,
	`critical_instructions` TEXT,
	`warning_instructions` TEXT,
	`unknown_instructions` TEXT,
	`owner_user` VARCHAR(100) NOT NULL DEFAULT '',
	`ack_utimestamp` BIGINT NOT NULL DEFAULT 0,
	`custom_data` TEXT,
	`data` TINYTEXT,
	`module_status` INT NOT NULL DEFAULT 0,
	`event_custom_id` TEXT,
	PRIMARY KEY  (`id_evento`),
	KEY `idx_agente` (`id_agente`),
	KEY `idx_agentmodule` (`id_agentmodule`),
	KEY `idx_utimestamp` USING BTREE (`utimestamp`),
	INDEX `agente_modulo_estado`(`estado`, `id_agentmodule`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tevent_comment`
(
	`id` serial PRIMARY KEY,
	`id_event` BIGINT UNSIGNED NOT NULL,
	`utimestamp` BIGINT NOT NULL DEFAULT 0,
	`comment` TEXT,
	`id_user` VARCHAR(255) DEFAULT NULL,
	`action` TEXT,
	FOREIGN KEY (`id_event`) REFERENCES `tevento`(`id_evento`)
	    ON UPDATE CASCADE ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tevent_extended`
(
	`id` serial PRIMARY KEY,
	`id_evento` BIGINT UNSIGNED NOT NULL,
	`external_id` BIGINT UNSIGNED,
	`utimestamp` BIGINT NOT NULL DEFAULT 0,
	`description` TEXT,
	CONSTRAINT `tevent_ext_fk` FOREIGN KEY (`id_evento`) REFERENCES `tevento`(`id_evento`)
	  ON UPDATE CASCADE ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tipam_network`
(
	`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`network` VARCHAR(100) NOT NULL DEFAULT '',
	`name_network` VARCHAR(255) DEFAULT '',
	`description` TEXT,
	`location` INT UNSIGNED NULL,
	`id_recon_task` INT UNSIGNED DEFAULT 0,
	`scan_interval` TINYINT DEFAULT 1,
	`monitoring` TINYINT DEFAULT 0,
	`id_group` MEDIUMINT UNSIGNED NULL DEFAULT 0,
	`lightweight_mode` TINYINT DEFAULT 0,
	`users_operator` TEXT,
	`id_site` BIGINT UNSIGNED,
	`vrf` INT UNSIGNED,
	PRIMARY KEY (`id`),
	FOREIGN KEY (`vrf`) REFERENCES `tagente`(`id_agente`) ON DELETE SET NULL ON UPDATE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tipam_ip`
(
	`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`id_network` BIGINT UNSIGNED NOT NULL DEFAULT 0,
	`id_agent` INT UNSIGNED NOT NULL,
	`forced_agent` TINYINT NOT NULL DEFAULT 0,
	`ip` VARCHAR(100) NOT NULL DEFAULT '',
	`ip_dec` INT UNSIGNED NOT NULL,
	`id_os` INT UNSIGNED NOT NULL,
	`forced_os` TINYINT NOT NULL DEFAULT 0,
	`hostname` TINYTEXT,
	`forced_hostname` TINYINT NOT NULL DEFAULT 0,
	`comments` TEXT,
	`alive` TINYINT NOT NULL DEFAULT 0,
	`managed` TINYINT NOT NULL DEFAULT 0,
	`reserved` TINYINT NOT NULL DEFAULT 0,
	`time_last_check` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`time_create` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`users_operator` TEXT,
	`time_last_edit` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`enabled` TINYINT NOT NULL DEFAULT 1,
	`generate_events` TINYINT NOT NULL DEFAULT 0,
	`leased` TINYINT DEFAULT 0,
	`leased_expiration` BIGINT DEFAULT 0,
	`mac_address` VARCHAR(20) DEFAULT NULL,
	`leased_mode` TINYINT DEFAULT 0,
	PRIMARY KEY (`id`),
	FOREIGN KEY (`id_network`) REFERENCES tipam_network(`id`) ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tipam_vlan`
(
	`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(250) NOT NULL,
	`description` TEXT,
	`custom_id` bigint(20) UNSIGNED DEFAULT NULL,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tnode_relations`
(
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`gateway` VARCHAR(100) NOT NULL,
	`imei` VARCHAR(100) NOT NULL,
	`node_address` VARCHAR(60) NOT NULL,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tconfig`
(
	`id_config` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`token` VARCHAR(100) NOT NULL DEFAULT '',
	`value` TEXT,
	PRIMARY KEY  (`id_config`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `ttrap`
(
	`id_trap` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	`source` VARCHAR(50) NOT NULL DEFAULT '',
	`oid` TEXT,
	`oid_custom` TEXT,
	`type` INT NOT NULL DEFAULT 0,
	`type_custom` VARCHAR(100) DEFAULT '',
	`value` TEXT,
	`value_custom` TEXT,
	`alerted` SMALLINT NOT NULL DEFAULT 0,
	`status` SMALLINT NOT NULL DEFAULT 0,
	`id_usuario` VARCHAR(255) DEFAULT '',
	`timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
	`priority` TINYINT UNSIGNED NOT NULL DEFAULT 2,
	`text` VARCHAR(255) DEFAULT '',
	`description` VARCHAR(255) DEFAULT '',
	`severity` TINYINT UNSIGNED NOT NULL DEFAULT 2,
	`utimestamp` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY  (`id_trap`),
	INDEX timestamp (`timestamp`),
	INDEX status (`status`),
	INDEX source (`source`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tplanned_downtime`
(
	`id` MEDIUMINT NOT NULL AUTO_INCREMENT,
	`name` VARCHAR( 100 ) NOT NULL,
	`description` TEXT,
	`date_from` BIGINT NOT NULL DEFAULT 0,
	`date_to` BIGINT NOT NULL DEFAULT 0,
	`executed` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`id_group` MEDIUMINT UNSIGNED NULL DEFAULT 0,
	`only_alerts` TINYINT UNSIGNED NOT NULL DEFAULT 0,
	`monday` TINYINT DEFAULT 0,
	`tuesday` TINYINT DEFAULT 0,
	`wednesday` TINYINT DEFAULT 0,
	`thursday` TINYINT DEFAULT 0,
	`friday` TINYINT DEFAULT 0,
	`saturday` TINYINT DEFAULT 0,
	`sunday` TINYINT DEFAULT 0,
	`periodically_time_from` time NULL DEFAULT NULL,
	`periodically_time_to` time NULL DEFAULT NULL,
	`periodically_day_from` INT UNSIGNED DEFAULT NULL,
	`periodically_day_to` INT UNSIGNED DEFAULT NULL,
	`type_downtime` VARCHAR(100) NOT NULL DEFAULT 'disabled_agents_alerts',
	`type_execution` VARCHAR(100) NOT NULL DEFAULT 'once',
	`type_periodicity` VARCHAR(100) NOT NULL DEFAULT 'weekly',
	`id_user` VARCHAR(255) NOT NULL DEFAULT '0',
	`cron_interval_from` VARCHAR(100) DEFAULT '',
	`cron_interval_to` VARCHAR(100) DEFAULT '',
	PRIMARY KEY (  `id` )
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tnews`
(
	`id_news` INT UNSIGNED NOT NULL  AUTO_INCREMENT,
	`author` VARCHAR(255)  NOT NULL DEFAULT '',
	`subject` VARCHAR(255)  NOT NULL DEFAULT '',
	`text` TEXT,
	`timestamp` DATETIME,
	`id_group` INT NOT NULL DEFAULT 0,
	`modal` TINYINT DEFAULT 0,
	`expire` TINYINT DEFAULT 0,
	`expire_timestamp` DATETIME,
	PRIMARY KEY(`id_news`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tlanguage`
(
	`id_language` VARCHAR(6) NOT NULL DEFAULT '',
	`name` VARCHAR(100) NOT NULL DEFAULT '',
	PRIMARY KEY  (`id_language`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `ttag`
(
	`id_tag` INT unsigned NOT NULL AUTO_INCREMENT,
	`name` TEXT,
	`description` TEXT,
	`url` MEDIUMTEXT,
	`email` TEXT NULL,
	`phone` TEXT NULL,
	`previous_name` TEXT NULL,
	PRIMARY KEY  (`id_tag`),
	INDEX `ttag_name` (name(15))
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tcredential_store`
(
	`identifier` VARCHAR(100) NOT NULL,
	`id_group` MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
	`product` ENUM('CUSTOM', 'AWS', 'AZURE', 'GOOGLE', 'SAP', 'WMI', 'SNMP') DEFAULT 'CUSTOM',
	`username` TEXT,
	`password` TEXT,
	`extra_1` TEXT,
	`extra_2` TEXT,
	PRIMARY KEY (`identifier`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tncm_vendor`
(
	`id` SERIAL,
	`name` VARCHAR(255) UNIQUE,
	`icon` VARCHAR(255) DEFAULT '',
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tncm_model`
(
	`id` SERIAL,
	`id_vendor` BIGINT UNSIGNED NOT NULL,
	`name` VARCHAR(255) UNIQUE,
	PRIMARY KEY (`id`),
	FOREIGN KEY (`id_vendor`) REFERENCES `tncm_vendor`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tncm_agent`
(
	`id_agent` INT UNSIGNED NOT NULL,
	`id_vendor` BIGINT UNSIGNED,
	`id_model` BIGINT UNSIGNED,
	`protocol` INT UNSIGNED NOT NULL DEFAULT 0,
	`cred_key` VARCHAR(100),
	`adv_key` VARCHAR(100),
	`port` INT UNSIGNED DEFAULT 22,
	`status` INT NOT NULL DEFAULT 5,
	`updated_at` BIGINT NOT NULL DEFAULT 0,
	`config_backup_id` BIGINT UNSIGNED DEFAULT NULL,
	`id_template` BIGINT UNSIGNED,
	`id_agent_data_template` BIGINT UNSIGNED,
	`execute_type` INT UNSIGNED NOT NULL DEFAULT 0,
	`execute` INT UNSIGNED NOT NULL DEFAULT 0,
	`cron_interval` VARCHAR(100) DEFAULT '',
	`agent_data_cron_interval` VARCHAR(100) DEFAULT '',
	`event_on_change` INT UNSIGNED DEFAULT null,
	`agent_data_event_on_change` INT UNSIGNED DEFAULT null,
	`last_error` TEXT,
	PRIMARY KEY (`id_agent`),
	FOREIGN KEY (`id_agent`) REFERENCES `tagente`(`id_agente`) ON UPDATE CASCADE ON DELETE CASCADE,
	FOREIGN KEY (`cred_key`) REFERENCES `tcredential_store`(`identifier`) ON UPDATE CASCADE ON DELETE SET NULL,
	FOREIGN KEY (`id_vendor`) REFERENCES `tncm_vendor`(`id`) ON UPDATE CASCADE ON DELETE SET NULL,
	FOREIGN KEY (`id_model`) REFERENCES `tncm_model`(`id`) ON UPDATE CASCADE ON DELETE SET NULL
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `ttoken`
(
	`id` INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
	`label` TEXT NOT NULL,
	`uuid` TEXT NOT NULL,
	`challenge` TEXT NOT NULL,
	`id_user` varchar(60) NOT NULL default '',
	`validity` datetime,
	`last_usage` datetime,
	PRIMARY KEY(`id`),
	FOREIGN KEY (`id_user`) REFERENCES `tusuario` (`id_user`) ON DELETE CASCADE
)ENGINE = InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tbackup`
(
	`id` SERIAL,
	`utimestamp` BIGINT DEFAULT 0,
	`filename` VARCHAR(512) DEFAULT '',
	`id_user` VARCHAR(255) DEFAULT '',
	`description` MEDIUMTEXT,
	`pid` INT UNSIGNED DEFAULT 0,
	`filepath` VARCHAR(512) DEFAULT '',
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;

CREATE TABLE `tupdate_journal`
(
	`id` SERIAL,
	`utimestamp` BIGINT DEFAULT 0,
	`version` VARCHAR(25) DEFAULT '',
	`type` VARCHAR(25) DEFAULT '',
	`origin` VARCHAR(25) DEFAULT '',
	`id_user` VARCHAR(255) NOT NULL DEFAULT ''
)ENGINE=InnoDB DEFAULT CHARSET=UTF8MB4;
