-- ONLYOFFICE Community Server: CRM module with the portal's users and event logs (trimmed).
-- Upstream: github.com/ONLYOFFICE/CommunityServer build/sql/onlyoffice.sql + build/sql/onlyoffice.upgrade*.sql
-- replayed in MariaDB, commit 7c503dfb5e9fe1a0b520d7d2a47ef857b37771b5 (Apache-2.0); mysqldump --no-data of 35 tables.

CREATE TABLE `crm_case` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `is_closed` tinyint(1) NOT NULL DEFAULT 0,
  `create_by` char(38) NOT NULL,
  `create_on` datetime NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`),
  KEY `create_on` (`create_on`),
  KEY `last_modifed_on` (`last_modifed_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tenant_id` int(11) NOT NULL,
  `is_company` tinyint(1) NOT NULL,
  `notes` text DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `industry` varchar(255) DEFAULT NULL,
  `status_id` int(11) NOT NULL DEFAULT 0,
  `company_id` int(11) NOT NULL,
  `contact_type_id` int(11) NOT NULL DEFAULT 0,
  `create_by` char(38) NOT NULL,
  `create_on` datetime NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `is_shared` tinyint(4) DEFAULT NULL,
  `currency` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `company_id` (`tenant_id`,`company_id`),
  KEY `display_name` (`tenant_id`,`display_name`),
  KEY `create_on` (`create_on`),
  KEY `last_modifed_on` (`last_modifed_on`,`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_contact_info` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `data` text NOT NULL,
  `category` int(255) NOT NULL,
  `tenant_id` int(255) NOT NULL,
  `is_primary` tinyint(4) NOT NULL,
  `contact_id` int(11) NOT NULL,
  `type` int(255) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IX_Contact` (`tenant_id`,`contact_id`),
  KEY `last_modifed_on` (`last_modifed_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_currency_info` (
  `resource_key` varchar(255) NOT NULL,
  `abbreviation` varchar(255) NOT NULL,
  `symbol` varchar(255) NOT NULL,
  `culture_name` varchar(255) NOT NULL,
  `is_convertable` tinyint(4) NOT NULL,
  `is_basic` tinyint(4) NOT NULL,
  PRIMARY KEY (`abbreviation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_currency_rate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_currency` varchar(255) NOT NULL,
  `to_currency` varchar(255) NOT NULL,
  `rate` decimal(10,2) NOT NULL DEFAULT 0.00,
  `create_by` char(38) NOT NULL,
  `create_on` datetime NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`),
  KEY `from_currency` (`from_currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_deal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `responsible_id` char(38) NOT NULL,
  `contact_id` int(11) NOT NULL,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `bid_currency` varchar(255) DEFAULT NULL,
  `bid_value` decimal(50,9) NOT NULL DEFAULT 0.000000000,
  `bid_type` int(11) NOT NULL DEFAULT 0,
  `deal_milestone_id` int(11) NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `expected_close_date` datetime NOT NULL,
  `per_period_value` int(11) NOT NULL DEFAULT 0,
  `deal_milestone_probability` int(11) DEFAULT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `actual_close_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `contact_id` (`tenant_id`,`contact_id`),
  KEY `create_on` (`create_on`),
  KEY `deal_milestone_id` (`deal_milestone_id`),
  KEY `last_modifed_on` (`last_modifed_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_deal_milestone` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `color` varchar(50) NOT NULL DEFAULT '0',
  `sort_order` int(10) NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL,
  `description` text DEFAULT NULL,
  `probability` int(10) NOT NULL DEFAULT 0,
  `status` int(10) NOT NULL DEFAULT 0,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_entity_contact` (
  `entity_id` int(11) NOT NULL,
  `entity_type` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`entity_id`,`entity_type`,`contact_id`),
  KEY `IX_Contact` (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_entity_tag` (
  `tag_id` int(11) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `entity_type` int(10) NOT NULL,
  PRIMARY KEY (`entity_id`,`entity_type`,`tag_id`),
  KEY `tag_id` (`tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_field_description` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tenant_id` int(11) NOT NULL,
  `label` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `mask` text DEFAULT NULL,
  `entity_type` int(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `entity_type` (`tenant_id`,`entity_type`,`sort_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_field_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` text DEFAULT NULL,
  `entity_id` int(11) NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  `entity_type` int(10) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `field_id` (`field_id`),
  KEY `last_modifed_on` (`last_modifed_on`),
  KEY `tenant_id` (`tenant_id`,`entity_id`,`entity_type`,`field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_invoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL DEFAULT 1,
  `number` varchar(255) NOT NULL,
  `issue_date` datetime NOT NULL,
  `template_type` int(11) NOT NULL DEFAULT 0,
  `contact_id` int(11) NOT NULL DEFAULT -1,
  `consignee_id` int(11) NOT NULL DEFAULT -1,
  `entity_type` int(11) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `due_date` datetime NOT NULL,
  `language` varchar(255) NOT NULL,
  `currency` varchar(255) NOT NULL,
  `exchange_rate` decimal(10,2) NOT NULL DEFAULT 1.00,
  `purchase_order_number` varchar(255) NOT NULL,
  `terms` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `json_data` text DEFAULT NULL,
  `file_id` int(11) NOT NULL DEFAULT -1,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_invoice_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `stock_keeping_unit` varchar(255) NOT NULL,
  `price` decimal(10,2) NOT NULL DEFAULT 0.00,
  `stock_quantity` decimal(10,2) NOT NULL DEFAULT 0.00,
  `track_inventory` tinyint(4) NOT NULL DEFAULT 0,
  `invoice_tax1_id` int(11) NOT NULL DEFAULT 0,
  `invoice_tax2_id` int(11) NOT NULL DEFAULT 0,
  `currency` varchar(255) NOT NULL,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_invoice_line` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoice_id` int(11) NOT NULL,
  `invoice_item_id` int(11) NOT NULL,
  `invoice_tax1_id` int(11) NOT NULL,
  `invoice_tax2_id` int(11) NOT NULL,
  `description` text NOT NULL,
  `quantity` decimal(10,2) NOT NULL DEFAULT 0.00,
  `price` decimal(10,2) NOT NULL DEFAULT 0.00,
  `discount` decimal(10,2) NOT NULL DEFAULT 0.00,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `tenant_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_invoice_tax` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `rate` decimal(10,2) NOT NULL DEFAULT 0.00,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_list_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `color` varchar(255) DEFAULT NULL,
  `additional_params` varchar(255) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL,
  `list_type` int(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `list_type` (`tenant_id`,`list_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_organisation_logo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` mediumtext DEFAULT NULL,
  `create_by` char(38) NOT NULL,
  `create_on` datetime NOT NULL,
  `tenant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_projects` (
  `project_id` int(10) NOT NULL,
  `contact_id` int(10) NOT NULL,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`tenant_id`,`contact_id`,`project_id`),
  KEY `project_id` (`tenant_id`,`project_id`),
  KEY `contact_id` (`tenant_id`,`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_relationship_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `content` text DEFAULT NULL,
  `create_by` char(38) NOT NULL,
  `create_on` datetime NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `entity_type` int(11) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `have_files` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`),
  KEY `IX_Contact` (`contact_id`),
  KEY `IX_Entity` (`entity_id`,`entity_type`),
  KEY `last_modifed_on` (`last_modifed_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_report_file` (
  `file_id` int(11) NOT NULL,
  `report_type` int(11) NOT NULL,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `tenant_id` int(11) NOT NULL,
  PRIMARY KEY (`file_id`),
  KEY `tenant_id` (`tenant_id`),
  KEY `create_by` (`create_by`),
  KEY `create_on` (`create_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `entity_type` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `deadline` datetime NOT NULL,
  `responsible_id` char(38) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `contact_id` int(11) NOT NULL DEFAULT -1,
  `is_closed` int(1) NOT NULL DEFAULT 0,
  `tenant_id` int(11) NOT NULL,
  `entity_type` int(11) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL DEFAULT 0,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL,
  `last_modifed_on` datetime DEFAULT NULL,
  `last_modifed_by` char(38) DEFAULT NULL,
  `alert_value` int(10) NOT NULL DEFAULT 0,
  `exec_alert` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `responsible_id` (`tenant_id`,`responsible_id`),
  KEY `IX_Contact` (`tenant_id`,`contact_id`),
  KEY `IX_Entity` (`tenant_id`,`entity_id`,`entity_type`),
  KEY `create_on` (`create_on`),
  KEY `deadline` (`deadline`),
  KEY `last_modifed_on` (`last_modifed_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_task_template` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `last_modifed_on` datetime NOT NULL,
  `last_modifed_by` char(38) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `title` varchar(255) NOT NULL,
  `category_id` int(10) NOT NULL,
  `description` tinytext DEFAULT NULL,
  `responsible_id` char(38) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `is_notify` tinyint(4) NOT NULL,
  `offset` bigint(20) NOT NULL DEFAULT 0,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `deadLine_is_fixed` tinyint(4) NOT NULL,
  `tenant_id` int(10) NOT NULL,
  `container_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `template_id` (`tenant_id`,`container_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_task_template_container` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `entity_type` int(10) NOT NULL,
  `tenant_id` int(10) NOT NULL,
  `create_on` datetime NOT NULL,
  `create_by` char(38) NOT NULL DEFAULT '0',
  `last_modifed_on` datetime NOT NULL,
  `last_modifed_by` char(38) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `entity_type` (`tenant_id`,`entity_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_task_template_task` (
  `task_id` int(10) NOT NULL,
  `task_template_id` int(10) NOT NULL,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`tenant_id`,`task_id`,`task_template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_voip_calls` (
  `id` varchar(50) NOT NULL,
  `parent_call_id` varchar(50) NOT NULL,
  `number_from` varchar(50) NOT NULL,
  `number_to` varchar(50) NOT NULL,
  `status` int(10) DEFAULT NULL,
  `answered_by` varchar(50) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `dial_date` datetime DEFAULT NULL,
  `dial_duration` int(11) DEFAULT NULL,
  `record_sid` varchar(50) DEFAULT NULL,
  `record_url` text DEFAULT NULL,
  `record_duration` int(11) DEFAULT NULL,
  `record_price` decimal(10,4) NOT NULL,
  `contact_id` int(10) DEFAULT NULL,
  `price` decimal(10,4) DEFAULT NULL,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`),
  KEY `parent_call_id` (`parent_call_id`,`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `crm_voip_calls_history` (
  `id` varchar(50) NOT NULL,
  `parent_call_id` varchar(50) NOT NULL,
  `answered_by` varchar(50) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `queue_date` datetime DEFAULT NULL,
  `answer_date` datetime DEFAULT NULL,
  `end_dial_date` datetime DEFAULT NULL,
  `record_url` text DEFAULT NULL,
  `record_duration` int(11) DEFAULT NULL,
  `price` decimal(10,4) DEFAULT NULL,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`,`parent_call_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=COMPACT;
CREATE TABLE `crm_voip_number` (
  `id` varchar(50) NOT NULL,
  `number` varchar(50) NOT NULL,
  `alias` varchar(255) DEFAULT NULL,
  `settings` text DEFAULT NULL,
  `tenant_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `core_user` (
  `tenant` int(11) NOT NULL,
  `id` varchar(38) NOT NULL,
  `username` varchar(255) NOT NULL,
  `firstname` varchar(64) NOT NULL,
  `lastname` varchar(64) NOT NULL,
  `sex` int(11) DEFAULT NULL,
  `bithdate` datetime DEFAULT NULL,
  `status` int(11) NOT NULL DEFAULT 1,
  `activation_status` int(11) NOT NULL DEFAULT 0,
  `email` varchar(255) DEFAULT NULL,
  `workfromdate` datetime DEFAULT NULL,
  `terminateddate` datetime DEFAULT NULL,
  `title` varchar(64) DEFAULT NULL,
  `culture` varchar(20) DEFAULT NULL,
  `contacts` varchar(1024) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `phone_activation` int(11) NOT NULL DEFAULT 0,
  `location` varchar(255) DEFAULT NULL,
  `notes` varchar(512) DEFAULT NULL,
  `sid` varchar(512) DEFAULT NULL,
  `sso_name_id` varchar(512) DEFAULT NULL,
  `sso_session_id` varchar(512) DEFAULT NULL,
  `removed` int(11) NOT NULL DEFAULT 0,
  `create_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `last_modified` datetime NOT NULL,
  `user_lead` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `last_modified` (`last_modified`),
  KEY `username` (`tenant`,`username`),
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `core_usersecurity` (
  `tenant` int(11) NOT NULL,
  `userid` varchar(38) NOT NULL,
  `pwdhash` varchar(512) DEFAULT NULL,
  `LastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userid`),
  KEY `pwdhash` (`pwdhash`(255)),
  KEY `tenant` (`tenant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `core_userphoto` (
  `tenant` int(11) NOT NULL,
  `userid` varchar(38) NOT NULL,
  `photo` mediumblob NOT NULL,
  PRIMARY KEY (`userid`),
  KEY `tenant` (`tenant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `core_usergroup` (
  `tenant` int(11) NOT NULL,
  `userid` varchar(38) NOT NULL,
  `groupid` varchar(38) NOT NULL,
  `ref_type` int(11) NOT NULL,
  `removed` int(11) NOT NULL DEFAULT 0,
  `last_modified` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`tenant`,`userid`,`groupid`,`ref_type`),
  KEY `last_modified` (`last_modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `core_group` (
  `tenant` int(11) NOT NULL,
  `id` varchar(38) NOT NULL,
  `name` varchar(128) NOT NULL,
  `categoryid` varchar(38) DEFAULT NULL,
  `parentid` varchar(38) DEFAULT NULL,
  `sid` varchar(512) DEFAULT NULL,
  `removed` int(11) NOT NULL DEFAULT 0,
  `last_modified` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `parentid` (`tenant`,`parentid`),
  KEY `last_modified` (`last_modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `login_events` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `ip` varchar(50) DEFAULT NULL,
  `login` varchar(200) DEFAULT NULL,
  `browser` varchar(200) DEFAULT NULL,
  `platform` varchar(200) DEFAULT NULL,
  `date` datetime NOT NULL,
  `tenant_id` int(10) NOT NULL,
  `user_id` char(38) NOT NULL,
  `page` varchar(300) DEFAULT NULL,
  `action` int(11) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `active` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  KEY `tenant_id` (`tenant_id`,`user_id`),
  KEY `active` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `audit_events` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `ip` varchar(50) DEFAULT NULL,
  `initiator` varchar(200) DEFAULT NULL,
  `browser` varchar(200) DEFAULT NULL,
  `platform` varchar(200) DEFAULT NULL,
  `date` datetime NOT NULL,
  `tenant_id` int(10) NOT NULL,
  `user_id` char(38) DEFAULT NULL,
  `page` varchar(300) DEFAULT NULL,
  `action` int(11) DEFAULT NULL,
  `description` varchar(20000) DEFAULT NULL,
  `target` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`tenant_id`,`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
