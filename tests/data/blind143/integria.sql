-- Integria IMS (Artica ST), integria_db.sql of github.com/josephpaulk/integriaims at commit
-- 0d0e37ce1c68139d9546dfcfa0b335c3e2a9f334 (a GitHub copy of github.com/articaST/integriaims, merged from it on
-- 2017-02-06; GPL-2.0). Subset of 40 of the 107 tables; upstream's CREATE TABLE statements as they stand (column
-- names, order, types, defaults, keys and inline foreign keys; UNSIGNED dropped from the two FLOAT columns
-- tsla.max_inactivity and tworkunit.duration); sample data (integria_dbdata.sql) not included.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `tusuario` (
  `id_usuario` varchar(60) NOT NULL default '',
  `nombre_real` varchar(125) NOT NULL default '',
  `password` varchar(45) default NULL,
  `comentarios` varchar(200) default NULL,
  `fecha_registro` datetime NOT NULL default '0000-00-00 00:00:00',
  `direccion` varchar(100) default '',
  `telefono` varchar(100) default '',
  `nivel` tinyint(1) NOT NULL default '0',
  `avatar` varchar(100) default 'moustache4',
  `lang` varchar(10) default '',
  `pwdhash` varchar(100) default '',
  `disabled` int default 0,
  `id_company` int(10) unsigned NULL default 0,
  `force_change_pass` tinyint(1) unsigned NOT NULL default 0,
  `last_pass_change` DATETIME  NOT NULL DEFAULT 0,
  `last_failed_login` DATETIME  NOT NULL DEFAULT 0,
  `failed_attempt` int(4) NOT NULL DEFAULT 0,
  `login_blocked` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `num_employee` varchar(125) NOT NULL default '',
  `enable_login` tinyint(1) NOT NULL default '1',
  `location` tinytext NOT NULL DEFAULT '',
  `disabled_login_by_license` tinyint(1) NOT NULL default '1',
   PRIMARY KEY  (`id_usuario`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tgrupo` (
  `id_grupo` mediumint(8) unsigned NOT NULL auto_increment,
  `nombre` varchar(100) NOT NULL default '',
  `icon` varchar(50) default NULL,
  `banner` varchar(150) default NULL,
  `url` varchar(150) default NULL,
  `lang` varchar(10) default NULL,
  `parent` mediumint(8) unsigned NOT NULL default 0,
  `id_user_default` varchar(60) NOT NULL default '',
  `id_sla` mediumint(8) unsigned default NULL,
  `soft_limit` int(5) unsigned NOT NULL default 0,
  `hard_limit` int(5) unsigned NOT NULL default 0,
  `forced_email` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `email` varchar(128) default '',
  `enforce_soft_limit` int(2) unsigned NOT NULL default 0,
  `id_inventory_default` bigint(20) unsigned NOT NULL,
  `autocreate_user` int(5) unsigned NOT NULL default 0,
  `grant_access` int(5) unsigned NOT NULL default 0,
  `send_welcome` int(5) unsigned NOT NULL default 0,
  `default_company` mediumint(8) unsigned NOT NULL default 0,
  `email_queue` text,
  `email_group` text,
  `welcome_email` text,
  `default_profile` int(10) unsigned NOT NULL default 0,
  `nivel` tinyint(1) NOT NULL default '0',
  `id_incident_type` mediumint(8) unsigned NULL,
  `email_from` varchar(150) default '',
  PRIMARY KEY  (`id_grupo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tattachment` (
  `id_attachment` bigint(20) unsigned NOT NULL auto_increment,
  `id_incidencia` bigint(20) NOT NULL default '0',
  `id_task` int(10) NULL default 0,
  `id_kb` bigint(20) NOT NULL default '0',
  `id_lead` bigint(20) NOT NULL default '0',
  `id_company` bigint(20) NOT NULL default '0',
  `id_todo` bigint(20) NOT NULL default '0',
  `id_usuario` varchar(60) NOT NULL default '',
  `id_contact` mediumint(8) NOT NULL default '0',
  `filename` varchar(255) NOT NULL default '',
  `description` text default '',
  `size` bigint(20) NOT NULL default '0',
  `timestamp` datetime NOT NULL default '0000-00-00 00:00:00',
  `id_invoice` bigint(20) NOT NULL default '0',
  `id_contract` mediumint(8) unsigned NOT NULL,
  `public_key` varchar(100) NULL,
  `file_sharing` tinyint(1) unsigned NULL DEFAULT 0,
  UNIQUE (`public_key`),
  PRIMARY KEY  (`id_attachment`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tconfig` (
  `id_config` int(10) unsigned NOT NULL auto_increment,
  `token` varchar(100) NOT NULL default '',
  `value` text NOT NULL,
  PRIMARY KEY  (`id_config`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_type` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  `description` text NULL default NULL,
  `id_wizard` mediumint(8) unsigned NULL,
  `id_group` text NOT NULL default '',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tsla` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  `description` text NULL default NULL,
  `min_response` float(11,2) NOT NULL DEFAULT 0.0,
  `max_response` float(11,2) NOT NULL DEFAULT 0.0,
  `max_incidents` int(11) NULL default NULL,
  `max_inactivity` float(11,2) NULL default 96.0,
  `enforced` tinyint NULL default 0,
  `five_daysonly` tinyint NULL default 0,
  `time_from` tinyint NULL default 0,
  `time_to` tinyint NULL default 0,
  `id_sla_base` mediumint(8) unsigned NULL default 0,
  `no_holidays` tinyint NULL default 0,
  `id_sla_type` mediumint(8) unsigned NULL default 0,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincidencia` (
  `id_incidencia` bigint(20) unsigned NOT NULL auto_increment,
  `inicio` datetime NOT NULL default '0000-00-00 00:00:00',
  `cierre` datetime NOT NULL default '0000-00-00 00:00:00',
  `titulo` mediumtext DEFAULT NULL,
  `descripcion` mediumtext DEFAULT NULL,
  `id_usuario` varchar(60) NOT NULL default '',
  `estado` tinyint unsigned NOT NULL DEFAULT 0,
  `prioridad` tinyint unsigned NOT NULL DEFAULT 0,
  `id_grupo` mediumint(9) NOT NULL default 0,
  `actualizacion` datetime NOT NULL default '0000-00-00 00:00:00',
  `id_creator` varchar(60) default NULL,
  `id_task` int(10) NOT NULL default '0',
  `resolution` tinyint unsigned NOT NULL DEFAULT 0,
  `epilog` mediumtext NOT NULL,
  `id_parent` bigint(20) unsigned NULL default NULL,
  `sla_disabled` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `affected_sla_id` tinyint unsigned NOT NULL DEFAULT 0,
  `id_incident_type` mediumint(8) unsigned NULL,
  `score` mediumint(8) default 0,
  `email_copy` mediumtext not NULL,
  `editor` varchar(60) NOT NULL default '',
  `id_group_creator` mediumint(9) NOT NULL default 0,
  `last_stat_check` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `closed_by` varchar(60) NOT NULL default '',
  `extra_data` varchar(100) NOT NULL default '',
  `extra_data2` varchar(100) NOT NULL default '',
  `blocked` tinyint unsigned NOT NULL DEFAULT 0,
  `old_status` tinyint unsigned NOT NULL DEFAULT 0,
  `old_resolution` tinyint unsigned NOT NULL DEFAULT 0,
  `old_status2` tinyint unsigned NOT NULL DEFAULT 0,
  `old_resolution2` tinyint unsigned NOT NULL DEFAULT 0,
  `extra_data3` varchar(100) NOT NULL default '',
  `extra_data4` varchar(100) NOT NULL default '',
  `black_medals` int(10) NOT NULL default 0,
  `gold_medals` int(10) NOT NULL default 0,

  PRIMARY KEY  (`id_incidencia`),
  KEY `incident_idx_1` (`id_usuario`),
  KEY `incident_idx_2` (`estado`),
  KEY `incident_idx_3` (`id_grupo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tsesion` (
  `ID_sesion` bigint(4) unsigned NOT NULL auto_increment,
  `ID_usuario` varchar(60) NOT NULL default '0',
  `IP_origen` varchar(100) NOT NULL default '',
  `accion` varchar(100) NOT NULL default '',
  `descripcion` varchar(200) NOT NULL default '',
  `extra_info` TEXT default NULL,
  `fecha` datetime NOT NULL default '0000-00-00 00:00:00',
  `utimestamp` bigint(20) unsigned NOT NULL default '0',
  PRIMARY KEY  (`ID_sesion`),
  KEY `tsession_idx_1` (`ID_usuario`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_track` (
  `id_it` int(10) unsigned NOT NULL auto_increment,
  `id_incident` bigint(20) unsigned NOT NULL default '0',
  `state` int(10) unsigned NOT NULL default '0',
  `timestamp` datetime NOT NULL default '0000-00-00 00:00:00',
  `id_user` varchar(60) NOT NULL default '',
  `id_aditional` varchar(60) NOT NULL DEFAULT '0',
  `description` text NOT NULL,
  `extra_info` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`id_it`),
  KEY `tit_idx_1` (`id_incident`),
  FOREIGN KEY (`id_incident`) REFERENCES tincidencia(`id_incidencia`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tworkunit` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `timestamp` datetime NOT NULL default '0000-00-00 00:00:00',
  `duration` float (10,2) NOT NULL default '0',
  `id_user` varchar(125) DEFAULT NULL,
  `description` mediumtext NOT NULL,
  `have_cost` tinyint unsigned NOT NULL DEFAULT 0,
  `id_profile` int(10) unsigned NOT NULL default '0',
  `locked` varchar(125) DEFAULT '',
  `public` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `work_home` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (`id`),
  KEY `tw_idx_1` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tworkunit_incident` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `id_incident` int(10) unsigned NOT NULL default '0',
  `id_workunit` int(10) unsigned NOT NULL default '0',
  PRIMARY KEY  (`id`),
  KEY `twi_idx_1` (`id_incident`),
  KEY `twi_idx_2` (`id_workunit`),
  FOREIGN KEY (`id_workunit`) REFERENCES tworkunit(`id`)
       ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tagenda` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `timestamp` datetime NOT NULL default '2000-01-01 00:00:00',
  `id_user` varchar(60) NOT NULL default '',
  `public` tinyint unsigned NOT NULL DEFAULT 0,
  `alarm` int(10) unsigned NOT NULL DEFAULT 0,
  `duration` int(10) unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT 'N/A',
  `description` mediumtext NOT NULL DEFAULT '',
  PRIMARY KEY  (`id`),
  KEY `ta_idx_1` (`id_user`),
  FOREIGN KEY (`id_user`) REFERENCES tusuario(`id_usuario`)
       ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_resolution` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_status` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcompany_role` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  `description` text NULL default NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcompany` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(300) NOT NULL default '',
  `address` varchar(300) NOT NULL default '', 
  `fiscal_id` varchar(250) NULL default NULL,
  `country` tinytext NULL default NULL,
  `website` tinytext NULL default NULL,
  `comments` text NULL default NULL,
  `id_company_role` mediumint(8) unsigned NOT NULL,
  `id_parent` mediumint(8) unsigned default NULL,
  `manager` varchar(150) NOT NULL default '',
  `last_update` datetime NOT NULL default '0000-00-00 00:00:00',
  `payment_conditions` mediumint(8) NOT NULL default 0,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcompany_contact` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `id_company` mediumint(8) unsigned NOT NULL,
  `fullname` varchar(150) NOT NULL default '',
  `email` varchar(100) NULL default NULL,
  `phone` varchar(55) NULL default NULL,
  `mobile` varchar(55) NULL default NULL,
  `position` varchar(150) NULL default NULL,
  `description` text NULL DEFAULT NULL,
  `disabled` tinyint(1) NULL default 0,
  PRIMARY KEY  (`id`),
  FOREIGN KEY (`id_company`) REFERENCES tcompany(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_contact_reporters` (
  `id_incident` bigint(20) unsigned NOT NULL,
  `id_contact` mediumint(8) unsigned NOT NULL,
  UNIQUE (`id_incident`, `id_contact`),
  FOREIGN KEY (`id_incident`) REFERENCES tincidencia(`id_incidencia`)
      ON DELETE CASCADE,
  FOREIGN KEY (`id_contact`) REFERENCES tcompany_contact(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcontract` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  `contract_number` varchar(100) NOT NULL default '',
  `description` text NULL default NULL,
  `date_begin` date NOT NULL default '0000-00-00',
  `date_end` date NOT NULL default '0000-00-00',
  `id_company` mediumint(8) unsigned NULL default NULL,
  `id_sla` mediumint(8) unsigned NULL default NULL,
  `id_group` mediumint(8) unsigned NULL default NULL,
  `private` tinyint(2) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(3) NOT NULL DEFAULT 1,
  PRIMARY KEY  (`id`),
  FOREIGN KEY (`id_company`) REFERENCES tcompany(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tmanufacturer` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(100) NOT NULL default '',
  `address` varchar(250) NULL default NULL,
  `comments` varchar(250) NULL default NULL,
  `id_company_role` mediumint(8) unsigned NOT NULL,
  `id_sla` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tinventory` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `id_object_type` mediumint(8) unsigned default NULL,
  `owner` varchar(60),
  `name` TEXT default '',
  `public` TINYINT(1) unsigned DEFAULT 1,
  `description` TEXT default NULL,
  `id_contract` mediumint(8) unsigned default NULL,
  `id_manufacturer` mediumint(8) unsigned default NULL,
  `id_parent` mediumint(8) unsigned default NULL,
  `show_list` TINYINT(1) unsigned DEFAULT 1,
  `last_update` date NOT NULL default '0000-00-00',
  `status` enum ('new', 'inuse', 'unused', 'issued') default 'new',
  `receipt_date` date NOT NULL default '0000-00-00',
  `issue_date` date NOT NULL default '0000-00-00',
  PRIMARY KEY  (`id`),
  KEY `tinv_idx_1` (`id_contract`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_inventory` (
  `id_incident` bigint(20) unsigned NOT NULL,
  `id_inventory` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY  (`id_incident`, `id_inventory`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcustom_search` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(60) NOT NULL,
  `section` varchar(20) NOT NULL,
  `id_user` varchar(60) NOT NULL,
  `form_values` text NOT NULL,
  PRIMARY KEY  (`id`),
  UNIQUE (`id_user`, `name`, `section`),
  FOREIGN KEY (`id_user`) REFERENCES tusuario(`id_usuario`)
       ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE  `tprofile` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `name` varchar(150) NOT NULL default '',
  `ir` tinyint(1) NOT NULL default '0',
  `iw` tinyint(1) NOT NULL default '0',
  `im` tinyint(1) NOT NULL default '0',
  `um` tinyint(1) NOT NULL default '0',
  `dm` tinyint(1) NOT NULL default '0',
  `fm` tinyint(1) NOT NULL default '0',
  `ar` tinyint(1) NOT NULL default '0',
  `aw` tinyint(1) NOT NULL default '0',
  `am` tinyint(1) NOT NULL default '0',
  `pr` tinyint(1) NOT NULL default '0',
  `pw` tinyint(1) NOT NULL default '0',
  `pm` tinyint(1) NOT NULL default '0',
  `tw` tinyint(1) NOT NULL default '0',
  `tm` tinyint(1) NOT NULL default '0',
  `kr` tinyint(1) NOT NULL default '0',
  `kw` tinyint(1) NOT NULL default '0',
  `km` tinyint(1) NOT NULL default '0',
  `vr` tinyint(1) NOT NULL default '0',
  `vw` tinyint(1) NOT NULL default '0',
  `vm` tinyint(1) NOT NULL default '0',
  `wr` tinyint(1) NOT NULL default '0',
  `ww` tinyint(1) NOT NULL default '0',
  `wm` tinyint(1) NOT NULL default '0',
  `cr` tinyint(1) NOT NULL default '0',
  `cw` tinyint(1) NOT NULL default '0',
  `cm` tinyint(1) NOT NULL default '0',
  `cn` tinyint(1) NOT NULL default '0',
  `frr` tinyint(1) NOT NULL default '0',
  `frw` tinyint(1) NOT NULL default '0',
  `frm` tinyint(1) NOT NULL default '0',
  `si` tinyint(1) NOT NULL default '0',
  `qa` tinyint(1) NOT NULL default '0',
  `rr` tinyint(1) NOT NULL default '0',
  `rw` tinyint(1) NOT NULL default '0',
  `rm` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tusuario_perfil` (
  `id_up` bigint(20) unsigned NOT NULL auto_increment,
  `id_usuario` varchar(60) NOT NULL default '',
  `id_perfil` int(10) unsigned NOT NULL default '0',
  `id_grupo` mediumint(8) unsigned NOT NULL default '0',
  `assigned_by` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`id_up`),
  FOREIGN KEY (`id_usuario`) REFERENCES tusuario(`id_usuario`)
      ON DELETE CASCADE,
  FOREIGN KEY (`id_grupo`) REFERENCES tgrupo(`id_grupo`)
      ON DELETE CASCADE,
  FOREIGN KEY (`id_perfil`) REFERENCES tprofile(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tpending_mail` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `date` datetime NOT NULL default '0000-00-00 00:00:00',
  `attempts` int(10) unsigned NOT NULL default 0,
  `status` int(2) unsigned NOT NULL default 0,
  `recipient` text DEFAULT NULL,
  `subject` text DEFAULT NULL,
  `body` text DEFAULT NULL,
  `attachment_list` text DEFAULT NULL,
  `from` text DEFAULT NULL,
  `cc` text DEFAULT NULL,
  `extra_headers` text DEFAULT NULL,
  `image_list` text DEFAULT NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcompany_activity` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `id_company` mediumint(8) unsigned NOT NULL,
  `written_by` varchar(60) NOT NULL default '',
  `date` datetime NOT NULL default '0000-00-00 00:00:00',
  `description` text NULL DEFAULT NULL,
  PRIMARY KEY  (`id`),
  FOREIGN KEY (`id_company`) REFERENCES tcompany(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `tincident_stats` (
	`id` bigint(20) unsigned NOT NULL auto_increment,
	`id_incident` bigint(20) unsigned NOT NULL default 0,
	`seconds` bigint(10) unsigned NOT NULL default 0,
	`metric` enum ('user_time', 'status_time', 'group_time', 'total_time', 'total_w_third') NOT NULL,
	`id_user` varchar(60) NOT NULL default '',
	`status` tinyint NOT NULL default 0,
	`id_group` mediumint(8) NOT NULL default 0,
	PRIMARY KEY (`id`),
	KEY `isx1` (`id_incident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_type_field` ( 
  `id` mediumint(8) unsigned NOT NULL auto_increment, 
  `id_incident_type` mediumint(8) unsigned NOT NULL, 
  `label` varchar(100) NOT NULL default '', 
  `type` enum('text', 'textarea', 'combo', 'linked', 'numeric', 'date') DEFAULT 'text',
  `combo_value` LONGTEXT default NULL,
  `show_in_list` tinyint(1) unsigned NOT NULL default 0,
  `global_id` mediumint(8) unsigned,
  `parent` mediumint(8) unsigned default 0,
  `linked_value` LONGTEXT default NULL,
  `order` mediumint(8) unsigned default 0,
  PRIMARY KEY  (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tincident_field_data` ( 
  `id` bigint(20) unsigned NOT NULL auto_increment, 
  `id_incident` bigint(20) unsigned NOT NULL,
  `id_incident_field` mediumint(0) unsigned NOT NULL,
  `data` text default NULL,
  PRIMARY KEY  (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tobject_type` ( 
  `id` mediumint(8) unsigned NOT NULL auto_increment, 
  `name` varchar(100) NOT NULL default '', 
  `description` text NULL default NULL,
  `icon` text null default null,
  `min_stock` int(5) NOT NULL default 0,
  `show_in_list` tinyint(1) unsigned NOT NULL default 0,
  PRIMARY KEY  (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tobject_type_field` ( 
  `id` mediumint(8) unsigned NOT NULL auto_increment, 
  `id_object_type` mediumint(8) unsigned, 
  `label` varchar(100) NOT NULL default '', 
  `type` enum ('numeric', 'text', 'combo', 'external', 'date') default 'text',
  `combo_value` text default NULL,
  `external_table_name` text default null,
  `external_reference_field` text default null,
  `parent_table_name` text default null,
  `parent_reference_field` text default null,
  `unique` int(1) default 0,
  `inherit` int(1) default 0,
  `show_list` TINYINT(1) unsigned DEFAULT 1,
  `not_allow_updates` TINYINT(1) unsigned DEFAULT 0,
  `external_label` text default null,
  PRIMARY KEY  (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tobject_field_data` ( 
  `id` bigint(20) unsigned NOT NULL auto_increment, 
  `id_inventory` bigint(20) unsigned NOT NULL,
  `id_object_type_field` mediumint(8) unsigned NOT NULL,
  `data` text default NULL,
  PRIMARY KEY  (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tinventory_track` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `id_inventory` bigint(20) unsigned NOT NULL default '0',
  `id_aditional` varchar(60) NOT NULL DEFAULT '0',
  `state` int(10) unsigned NOT NULL default '0',
  `timestamp` datetime NOT NULL default '0000-00-00 00:00:00',
  `id_user` varchar(60) NOT NULL default '',
  `description` text NOT NULL,
  PRIMARY KEY  (`id`),
  KEY `tinventorytask_idx_1` (`id_inventory`),
  FOREIGN KEY (`id_inventory`) REFERENCES tinventory(`id`)
      ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE tsessions_php (
	`id_session` CHAR(52) NOT NULL,
	`last_active` INTEGER NOT NULL,
	`data` TEXT,
	PRIMARY KEY (`id_session`)
)ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tcontact_activity` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT, 
  `id_contact` mediumint(8) unsigned NOT NULL, 
  `written_by` mediumtext, 
  `description` mediumtext, 
  `creation` datetime NOT NULL DEFAULT '0000-00-00 00:00:00', 
  PRIMARY KEY (`id`), 
  KEY `id_contact_idx` (`id_contact`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tuser_field` ( 
	`id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT, 
	`label` varchar(100) NOT NULL DEFAULT '', 
	`type` enum('textarea','text','combo') DEFAULT 'text', 
	`combo_value` text, 
	PRIMARY KEY (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tuser_field_data` ( 
	`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT, 
	`id_user` varchar(60) NOT NULL DEFAULT '',
	`id_user_field` mediumint(8) unsigned NOT NULL, 
	`data` text, PRIMARY KEY (`id`) 
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tattachment_track` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `id_attachment` bigint(20) unsigned NOT NULL,
  `timestamp` datetime NOT NULL,
  `id_user` varchar(60) NOT NULL default '',
  `action` enum('download', 'creation', 'modification', 'deletion') NOT NULL,
  `data` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `temail_template` (
  `id` mediumint(8) unsigned NOT NULL auto_increment,
  `name` varchar(200) NOT NULL default '',
  `id_group` int(10) unsigned NOT NULL default '0',
  `template_action` varchar(200) NOT NULL default '',
  `predefined_templates` INT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
