-- web2Project (project management, fork of dotProject): github.com/web2project/web2project install/sql/*.sql,
-- commit 014e9ae0c6ec33691ef87f698f7d034cacf2896a (Clear BSD). The 62 numbered scripts (001_base_install.sql to
-- 062_database_fixes.sql) were run in order in MariaDB 10.11, as the installer/upgrader does, and 43 of the resulting
-- tables written out with mysqldump --no-data (names, types, defaults, comments and keys as created; table
-- AUTO_INCREMENT counters dropped). Upstream declares no foreign keys.

CREATE TABLE `billingcode` (
  `billingcode_id` int(10) NOT NULL AUTO_INCREMENT,
  `billingcode_name` varchar(25) NOT NULL DEFAULT '',
  `billingcode_value` float NOT NULL DEFAULT 0,
  `billingcode_desc` varchar(255) NOT NULL DEFAULT '',
  `billingcode_status` int(1) NOT NULL DEFAULT 0,
  `company_id` bigint(20) NOT NULL DEFAULT 0 COMMENT 'deprecated',
  `billingcode_company` int(10) NOT NULL DEFAULT 0,
  `billingcode_category` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`billingcode_id`),
  KEY `billingcode_name_2` (`billingcode_name`),
  KEY `billingcode_name` (`billingcode_name`),
  KEY `billingcode_status` (`billingcode_status`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `budgets` (
  `budget_id` int(10) NOT NULL AUTO_INCREMENT,
  `budget_company` int(10) NOT NULL DEFAULT 0,
  `budget_dept` int(10) NOT NULL DEFAULT 0,
  `budget_start_date` date DEFAULT NULL,
  `budget_end_date` date DEFAULT NULL,
  `budget_amount` decimal(10,2) NOT NULL DEFAULT 0.00,
  `budget_category` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`budget_id`),
  KEY `budget_start_date` (`budget_start_date`),
  KEY `budget_end_date` (`budget_end_date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `budgets_assigned` (
  `budget_id` int(10) NOT NULL AUTO_INCREMENT,
  `budget_project` int(11) NOT NULL DEFAULT 0,
  `budget_task` int(11) NOT NULL DEFAULT 0,
  `budget_category` varchar(50) NOT NULL DEFAULT '0',
  `budget_amount` decimal(10,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (`budget_id`),
  KEY `budget_project` (`budget_project`),
  KEY `budget_task` (`budget_task`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `companies` (
  `company_id` int(10) NOT NULL AUTO_INCREMENT,
  `company_module` int(10) NOT NULL DEFAULT 0,
  `company_name` varchar(100) DEFAULT '',
  `company_phone1` varchar(30) DEFAULT '',
  `company_phone2` varchar(30) DEFAULT '',
  `company_fax` varchar(30) DEFAULT '',
  `company_address1` varchar(50) DEFAULT '',
  `company_address2` varchar(50) DEFAULT '',
  `company_city` varchar(30) DEFAULT '',
  `company_state` varchar(30) DEFAULT '',
  `company_zip` varchar(11) DEFAULT '',
  `company_country` varchar(100) NOT NULL DEFAULT '',
  `company_primary_url` varchar(255) DEFAULT '',
  `company_owner` int(10) NOT NULL DEFAULT 0,
  `company_description` mediumtext DEFAULT NULL,
  `company_type` int(3) NOT NULL DEFAULT 0,
  `company_email` varchar(255) DEFAULT NULL,
  `company_custom` longtext DEFAULT NULL,
  `company_private` int(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`company_id`),
  KEY `idx_cpy1` (`company_owner`),
  KEY `company_name` (`company_name`),
  KEY `company_type` (`company_type`),
  KEY `company_owner` (`company_owner`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `config` (
  `config_id` int(10) NOT NULL AUTO_INCREMENT,
  `config_name` varchar(255) NOT NULL DEFAULT '',
  `config_value` varchar(255) NOT NULL DEFAULT '',
  `config_group` varchar(255) NOT NULL DEFAULT '',
  `config_type` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`config_id`),
  KEY `config_name` (`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `contacts` (
  `contact_id` int(10) NOT NULL AUTO_INCREMENT,
  `contact_first_name` varchar(30) DEFAULT NULL,
  `contact_last_name` varchar(30) DEFAULT NULL,
  `contact_display_name` varchar(100) NOT NULL,
  `contact_order_by` varchar(30) NOT NULL DEFAULT '' COMMENT 'deprecated',
  `contact_title` varchar(50) DEFAULT NULL,
  `contact_birthday` date DEFAULT NULL,
  `contact_job` varchar(255) DEFAULT NULL,
  `contact_company` int(10) NOT NULL DEFAULT 0,
  `contact_department` int(10) NOT NULL DEFAULT 0,
  `contact_type` varchar(20) DEFAULT NULL,
  `contact_email` varchar(255) NOT NULL DEFAULT '',
  `contact_phone` varchar(30) NOT NULL DEFAULT '',
  `contact_address1` varchar(60) DEFAULT NULL,
  `contact_address2` varchar(60) DEFAULT NULL,
  `contact_city` varchar(30) DEFAULT NULL,
  `contact_state` varchar(30) DEFAULT NULL,
  `contact_zip` varchar(11) DEFAULT NULL,
  `contact_country` varchar(30) DEFAULT NULL,
  `contact_notes` mediumtext DEFAULT NULL,
  `contact_project` int(10) NOT NULL DEFAULT 0,
  `contact_icon` varchar(20) DEFAULT 'obj/contact',
  `contact_owner` int(10) unsigned DEFAULT 0,
  `contact_private` tinyint(3) unsigned DEFAULT 0,
  `contact_updatekey` varchar(32) DEFAULT NULL,
  `contact_lastupdate` datetime DEFAULT NULL,
  `contact_updateasked` datetime DEFAULT NULL,
  PRIMARY KEY (`contact_id`),
  KEY `contact_first_name` (`contact_first_name`),
  KEY `contact_last_name` (`contact_last_name`),
  KEY `contact_company` (`contact_company`),
  KEY `contact_department` (`contact_department`),
  KEY `contact_project` (`contact_project`),
  KEY `contact_owner` (`contact_owner`),
  KEY `contact_updatekey` (`contact_updatekey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `contacts_methods` (
  `method_id` int(10) NOT NULL AUTO_INCREMENT,
  `contact_id` int(10) NOT NULL,
  `method_name` varchar(20) NOT NULL,
  `method_value` varchar(255) NOT NULL,
  PRIMARY KEY (`method_id`),
  KEY `contact_id` (`contact_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `custom_fields_struct` (
  `field_id` int(11) NOT NULL AUTO_INCREMENT,
  `field_module` varchar(30) DEFAULT NULL,
  `field_page` varchar(30) DEFAULT NULL,
  `field_htmltype` varchar(20) DEFAULT NULL,
  `field_datatype` varchar(20) DEFAULT NULL,
  `field_order` int(10) DEFAULT NULL,
  `field_name` varchar(100) DEFAULT NULL,
  `field_extratags` varchar(250) DEFAULT NULL,
  `field_description` varchar(250) DEFAULT NULL,
  `field_tab` int(10) NOT NULL DEFAULT 0,
  `field_published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`field_id`),
  KEY `cfs_field_order` (`field_order`),
  KEY `field_module` (`field_module`),
  KEY `field_page` (`field_page`),
  KEY `field_order` (`field_order`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `custom_fields_values` (
  `value_id` int(11) NOT NULL AUTO_INCREMENT,
  `value_module` varchar(30) DEFAULT NULL,
  `value_object_id` int(10) DEFAULT NULL,
  `value_field_id` int(10) DEFAULT NULL,
  `value_charvalue` text DEFAULT NULL,
  `value_intvalue` int(10) DEFAULT NULL,
  PRIMARY KEY (`value_id`),
  KEY `value_module` (`value_module`),
  KEY `value_object_id` (`value_object_id`),
  KEY `value_field_id` (`value_field_id`),
  KEY `value_charvalue` (`value_charvalue`(333))
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `departments` (
  `dept_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `dept_parent` int(10) unsigned NOT NULL DEFAULT 0,
  `dept_company` int(10) unsigned NOT NULL DEFAULT 0,
  `dept_name` varchar(255) NOT NULL DEFAULT '',
  `dept_phone` varchar(30) DEFAULT NULL,
  `dept_fax` varchar(30) DEFAULT NULL,
  `dept_address1` varchar(30) DEFAULT NULL,
  `dept_address2` varchar(30) DEFAULT NULL,
  `dept_city` varchar(30) DEFAULT NULL,
  `dept_state` varchar(30) DEFAULT NULL,
  `dept_zip` varchar(11) DEFAULT NULL,
  `dept_url` varchar(255) DEFAULT NULL,
  `dept_desc` mediumtext DEFAULT NULL,
  `dept_owner` int(10) unsigned NOT NULL DEFAULT 0,
  `dept_country` varchar(100) NOT NULL DEFAULT '',
  `dept_email` varchar(255) NOT NULL DEFAULT '',
  `dept_type` int(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`dept_id`),
  KEY `dept_parent` (`dept_parent`),
  KEY `dept_company` (`dept_company`),
  KEY `dept_name` (`dept_name`),
  KEY `dept_owner` (`dept_owner`),
  KEY `dept_type` (`dept_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Department heirarchy under a company';

CREATE TABLE `email_templates` (
  `email_template_id` int(10) NOT NULL AUTO_INCREMENT,
  `email_template_identifier` varchar(50) NOT NULL,
  `email_template_name` varchar(255) NOT NULL,
  `email_template_language` varchar(5) NOT NULL,
  `email_template_subject` varchar(255) NOT NULL,
  `email_template_body` text NOT NULL,
  PRIMARY KEY (`email_template_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events` (
  `event_id` int(10) NOT NULL AUTO_INCREMENT,
  `event_name` varchar(255) NOT NULL,
  `event_title` varchar(255) NOT NULL DEFAULT '' COMMENT 'deprecated',
  `event_start_datetime` datetime DEFAULT NULL,
  `event_end_datetime` datetime DEFAULT NULL,
  `event_parent` int(10) unsigned NOT NULL DEFAULT 0,
  `event_description` mediumtext DEFAULT NULL,
  `event_url` varchar(255) DEFAULT NULL,
  `event_times_recuring` int(10) unsigned NOT NULL DEFAULT 0,
  `event_recurs` int(10) unsigned NOT NULL DEFAULT 0,
  `event_remind` int(10) unsigned NOT NULL DEFAULT 0,
  `event_icon` varchar(20) DEFAULT 'obj/event',
  `event_owner` int(10) DEFAULT 0,
  `event_project` int(10) DEFAULT 0,
  `event_task` int(10) DEFAULT NULL,
  `event_private` tinyint(3) DEFAULT 0,
  `event_type` tinyint(3) DEFAULT 0,
  `event_cwd` tinyint(3) DEFAULT 0,
  `event_notify` tinyint(3) NOT NULL DEFAULT 0,
  `event_location` varchar(255) NOT NULL DEFAULT '',
  `event_creator` int(10) NOT NULL DEFAULT 0,
  `event_updator` int(10) NOT NULL DEFAULT 0,
  `event_created` datetime NOT NULL DEFAULT '1999-12-31 00:00:00',
  `event_updated` datetime NOT NULL DEFAULT '1999-12-31 00:00:00',
  `event_sequence` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`event_id`),
  KEY `id_esd` (`event_start_datetime`),
  KEY `id_eed` (`event_end_datetime`),
  KEY `id_evp` (`event_parent`),
  KEY `idx_ev1` (`event_owner`),
  KEY `idx_ev2` (`event_project`),
  KEY `event_recurs` (`event_recurs`),
  KEY `event_start_date` (`event_start_datetime`),
  KEY `event_end_date` (`event_end_datetime`),
  KEY `event_parent` (`event_parent`),
  KEY `event_owner` (`event_owner`),
  KEY `event_project` (`event_project`),
  KEY `event_type` (`event_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `event_contacts` (
  `event_id` int(10) NOT NULL DEFAULT 0,
  `contact_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`event_id`,`contact_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='deprecated';

CREATE TABLE `event_queue` (
  `queue_id` int(10) NOT NULL AUTO_INCREMENT,
  `queue_start` int(10) NOT NULL DEFAULT 0,
  `queue_type` varchar(40) NOT NULL DEFAULT '',
  `queue_repeat_interval` int(10) NOT NULL DEFAULT 0,
  `queue_repeat_count` int(10) NOT NULL DEFAULT 0,
  `queue_data` longblob NOT NULL,
  `queue_callback` varchar(127) NOT NULL DEFAULT '',
  `queue_owner` int(10) NOT NULL DEFAULT 0,
  `queue_origin_id` int(10) NOT NULL DEFAULT 0,
  `queue_module` varchar(40) NOT NULL DEFAULT '',
  `queue_module_type` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`queue_id`),
  KEY `queue_start` (`queue_start`),
  KEY `queue_type` (`queue_type`),
  KEY `queue_origin_id` (`queue_origin_id`),
  KEY `queue_module` (`queue_module`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `files` (
  `file_id` int(10) NOT NULL AUTO_INCREMENT,
  `file_real_filename` varchar(255) NOT NULL DEFAULT '',
  `file_project` int(10) NOT NULL DEFAULT 0,
  `file_task` int(10) NOT NULL DEFAULT 0,
  `file_name` varchar(255) NOT NULL DEFAULT '',
  `file_parent` int(10) DEFAULT 0,
  `file_description` mediumtext DEFAULT NULL,
  `file_type` varchar(100) DEFAULT NULL,
  `file_owner` int(10) DEFAULT 0,
  `file_datetime` datetime DEFAULT current_timestamp(),
  `file_size` int(10) DEFAULT 0,
  `file_version` float NOT NULL DEFAULT 0,
  `file_icon` varchar(20) DEFAULT 'obj/',
  `file_category` int(10) DEFAULT 0,
  `file_checkout` varchar(16) NOT NULL DEFAULT '',
  `file_co_reason` mediumtext DEFAULT NULL,
  `file_version_id` int(10) NOT NULL DEFAULT 0,
  `file_folder` int(10) NOT NULL DEFAULT 0,
  `file_indexed` tinyint(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`file_id`),
  KEY `idx_file_task` (`file_task`),
  KEY `idx_file_project` (`file_project`),
  KEY `idx_file_parent` (`file_parent`),
  KEY `idx_file_vid` (`file_version_id`),
  KEY `file_checkout` (`file_checkout`),
  KEY `file_project` (`file_project`),
  KEY `file_task` (`file_task`),
  KEY `file_name` (`file_name`),
  KEY `file_parent` (`file_parent`),
  KEY `file_type` (`file_type`),
  KEY `file_owner` (`file_owner`),
  KEY `file_category` (`file_category`),
  KEY `file_folder` (`file_folder`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `file_folders` (
  `file_folder_id` int(10) NOT NULL AUTO_INCREMENT,
  `file_folder_parent` int(10) NOT NULL DEFAULT 0,
  `file_folder_name` varchar(255) NOT NULL DEFAULT '',
  `file_folder_description` mediumtext DEFAULT NULL,
  PRIMARY KEY (`file_folder_id`),
  KEY `file_folder_parent` (`file_folder_parent`),
  KEY `file_folder_name` (`file_folder_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `forums` (
  `forum_id` int(10) NOT NULL AUTO_INCREMENT,
  `forum_project` int(10) NOT NULL DEFAULT 0,
  `forum_status` tinyint(4) NOT NULL DEFAULT -1,
  `forum_owner` int(10) NOT NULL DEFAULT 0,
  `forum_name` varchar(50) NOT NULL DEFAULT '',
  `forum_created` datetime DEFAULT current_timestamp(),
  `forum_updated` datetime DEFAULT current_timestamp(),
  `forum_last_id` int(10) unsigned NOT NULL DEFAULT 0,
  `forum_message_count` int(10) NOT NULL DEFAULT 0,
  `forum_description` varchar(255) DEFAULT NULL,
  `forum_moderated` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`forum_id`),
  KEY `idx_fproject` (`forum_project`),
  KEY `idx_fowner` (`forum_owner`),
  KEY `forum_status` (`forum_status`),
  KEY `forum_name` (`forum_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `forum_messages` (
  `message_id` int(10) NOT NULL AUTO_INCREMENT,
  `message_forum` int(10) NOT NULL DEFAULT 0,
  `message_parent` int(10) NOT NULL DEFAULT 0,
  `message_author` int(10) NOT NULL DEFAULT 0,
  `message_editor` int(10) NOT NULL DEFAULT 0,
  `message_title` varchar(255) NOT NULL DEFAULT '',
  `message_datetime` datetime DEFAULT current_timestamp(),
  `message_body` mediumtext DEFAULT NULL,
  `message_published` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`message_id`),
  KEY `message_forum` (`message_forum`),
  KEY `message_parent` (`message_parent`),
  KEY `message_author` (`message_author`),
  KEY `message_date` (`message_datetime`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `forum_visits` (
  `visit_user` int(10) NOT NULL DEFAULT 0,
  `visit_forum` int(10) NOT NULL DEFAULT 0,
  `visit_message` int(10) NOT NULL DEFAULT 0,
  `visit_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`visit_user`,`visit_forum`,`visit_message`),
  KEY `visit_user` (`visit_user`),
  KEY `visit_forum` (`visit_forum`),
  KEY `visit_message` (`visit_message`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `forum_watch` (
  `watch_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `watch_user` int(10) unsigned NOT NULL DEFAULT 0,
  `watch_forum` int(10) unsigned DEFAULT NULL,
  `watch_topic` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`watch_id`),
  KEY `watch_user` (`watch_user`),
  KEY `watch_forum` (`watch_forum`),
  KEY `watch_topic` (`watch_topic`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Links users to the forums/messages they are watching';

CREATE TABLE `gacl_aro` (
  `id` int(10) NOT NULL DEFAULT 0,
  `section_value` varchar(80) NOT NULL DEFAULT '0',
  `value` varchar(80) NOT NULL DEFAULT '',
  `order_value` int(10) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `hidden` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `value` (`value`),
  KEY `hidden` (`hidden`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `gacl_aro_groups` (
  `id` int(10) NOT NULL DEFAULT 0,
  `parent_id` int(10) NOT NULL DEFAULT 0,
  `lft` int(10) NOT NULL DEFAULT 0,
  `rgt` int(10) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `value` varchar(80) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`,`value`),
  KEY `parent_id` (`parent_id`),
  KEY `lft_rgt` (`lft`,`rgt`),
  KEY `value` (`value`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `gacl_groups_aro_map` (
  `group_id` int(10) NOT NULL DEFAULT 0,
  `aro_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`group_id`,`aro_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `history` (
  `history_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `history_datetime` datetime NOT NULL DEFAULT current_timestamp(),
  `history_user` int(10) NOT NULL DEFAULT 0,
  `history_action` varchar(20) NOT NULL DEFAULT 'modify',
  `history_item` int(10) NOT NULL,
  `history_table` varchar(20) NOT NULL DEFAULT '',
  `history_project` int(10) NOT NULL DEFAULT 0,
  `history_name` varchar(255) DEFAULT NULL,
  `history_changes` mediumtext DEFAULT NULL,
  `history_description` mediumtext DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `index_history_module` (`history_table`,`history_item`),
  KEY `index_history_item` (`history_item`),
  KEY `history_date` (`history_datetime`),
  KEY `history_table` (`history_table`),
  KEY `history_user` (`history_user`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `links` (
  `link_id` int(10) NOT NULL AUTO_INCREMENT,
  `link_url` varchar(255) NOT NULL DEFAULT '',
  `link_project` int(10) NOT NULL DEFAULT 0,
  `link_task` int(10) NOT NULL DEFAULT 0,
  `link_name` varchar(255) NOT NULL DEFAULT '',
  `link_parent` int(10) DEFAULT 0,
  `link_description` mediumtext DEFAULT NULL,
  `link_owner` int(10) DEFAULT 0,
  `link_datetime` datetime DEFAULT current_timestamp(),
  `link_icon` varchar(20) DEFAULT 'obj/',
  `link_category` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`link_id`),
  KEY `link_name` (`link_name`),
  KEY `link_project` (`link_project`),
  KEY `link_task` (`link_task`),
  KEY `link_parent` (`link_parent`),
  KEY `link_owner` (`link_owner`),
  KEY `link_category` (`link_category`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `modules` (
  `mod_id` int(10) NOT NULL AUTO_INCREMENT,
  `mod_name` varchar(64) NOT NULL DEFAULT '',
  `mod_directory` varchar(64) NOT NULL DEFAULT '',
  `mod_version` varchar(10) NOT NULL DEFAULT '',
  `mod_setup_class` varchar(64) NOT NULL DEFAULT '',
  `mod_type` varchar(64) NOT NULL DEFAULT '',
  `mod_active` int(1) unsigned NOT NULL DEFAULT 0,
  `mod_ui_name` varchar(20) NOT NULL DEFAULT '',
  `mod_ui_icon` varchar(64) NOT NULL DEFAULT '',
  `mod_ui_order` tinyint(3) NOT NULL DEFAULT 0,
  `mod_ui_active` int(1) unsigned NOT NULL DEFAULT 0,
  `mod_description` varchar(255) NOT NULL DEFAULT '',
  `permissions_item_table` varchar(100) DEFAULT NULL,
  `permissions_item_field` varchar(100) DEFAULT NULL,
  `permissions_item_label` varchar(100) DEFAULT NULL,
  `mod_main_class` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`mod_id`,`mod_directory`),
  KEY `mod_directory` (`mod_directory`),
  KEY `mod_type` (`mod_type`),
  KEY `mod_ui_order` (`mod_ui_order`),
  KEY `mod_active` (`mod_active`),
  KEY `permissions_item_table` (`permissions_item_table`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `projects` (
  `project_id` int(10) NOT NULL AUTO_INCREMENT,
  `project_company` int(10) NOT NULL DEFAULT 0,
  `project_department` int(10) NOT NULL DEFAULT 0,
  `project_name` varchar(255) DEFAULT NULL,
  `project_short_name` varchar(10) DEFAULT NULL,
  `project_owner` int(10) DEFAULT 0,
  `project_url` varchar(255) DEFAULT NULL,
  `project_demo_url` varchar(255) DEFAULT NULL,
  `project_start_date` date DEFAULT NULL,
  `project_end_date` date DEFAULT NULL,
  `project_actual_end_date` datetime DEFAULT NULL,
  `project_status` int(10) DEFAULT 0,
  `project_percent_complete` tinyint(4) DEFAULT 0,
  `project_color_identifier` varchar(6) DEFAULT 'eeeeee',
  `project_description` mediumtext DEFAULT NULL,
  `project_target_budget` decimal(10,2) DEFAULT 0.00,
  `project_actual_budget` decimal(10,2) DEFAULT 0.00,
  `project_scheduled_hours` float NOT NULL DEFAULT 0,
  `project_worked_hours` float NOT NULL DEFAULT 0,
  `project_task_count` int(10) NOT NULL DEFAULT 0,
  `project_creator` int(10) DEFAULT 0,
  `project_private` tinyint(3) unsigned DEFAULT 0,
  `project_departments` varchar(100) DEFAULT NULL COMMENT 'deprecated',
  `project_contacts` varchar(100) DEFAULT NULL COMMENT 'deprecated',
  `project_priority` tinyint(4) DEFAULT 0,
  `project_type` smallint(6) NOT NULL DEFAULT 0,
  `project_keydate` datetime DEFAULT NULL,
  `project_keydate_pos` tinyint(1) DEFAULT 0,
  `project_keytask` int(10) DEFAULT 0,
  `project_active` int(1) NOT NULL DEFAULT 1,
  `project_original_parent` int(10) unsigned NOT NULL DEFAULT 0,
  `project_parent` int(10) unsigned NOT NULL DEFAULT 0,
  `project_empireint_special` int(1) NOT NULL DEFAULT 0,
  `project_updator` int(10) NOT NULL DEFAULT 0,
  `project_created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `project_updated` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `project_status_comment` varchar(255) NOT NULL DEFAULT '',
  `project_subpriority` tinyint(4) DEFAULT 0,
  `project_end_date_adjusted_user` int(10) NOT NULL DEFAULT 0,
  `project_location` varchar(255) NOT NULL DEFAULT '',
  `project_last_task` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`project_id`),
  KEY `idx_project_owner` (`project_owner`),
  KEY `idx_sdate` (`project_start_date`),
  KEY `idx_edate` (`project_end_date`),
  KEY `project_short_name` (`project_short_name`),
  KEY `idx_proj1` (`project_company`),
  KEY `project_name` (`project_name`),
  KEY `project_parent` (`project_parent`),
  KEY `project_status` (`project_status`),
  KEY `project_type` (`project_type`),
  KEY `project_original_parent` (`project_original_parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_contacts` (
  `project_id` int(10) NOT NULL DEFAULT 0,
  `contact_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`project_id`,`contact_id`),
  KEY `project_id` (`project_id`),
  KEY `contact_id` (`contact_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `resources` (
  `resource_id` int(10) NOT NULL AUTO_INCREMENT,
  `resource_name` varchar(255) NOT NULL DEFAULT '',
  `resource_key` varchar(64) NOT NULL DEFAULT '',
  `resource_type` int(10) NOT NULL DEFAULT 0,
  `resource_note` mediumtext NOT NULL,
  `resource_max_allocation` int(10) NOT NULL DEFAULT 100,
  PRIMARY KEY (`resource_id`),
  KEY `resource_name` (`resource_name`),
  KEY `resource_type` (`resource_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `resource_tasks` (
  `resource_id` int(10) NOT NULL DEFAULT 0,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `percent_allocated` int(10) NOT NULL DEFAULT 100,
  PRIMARY KEY (`resource_id`,`task_id`),
  KEY `resource_id` (`resource_id`),
  KEY `task_id` (`task_id`,`resource_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sessions` (
  `session_id` varchar(128) NOT NULL DEFAULT '',
  `session_user` int(10) NOT NULL DEFAULT 0,
  `session_data` longblob DEFAULT NULL,
  `session_updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `session_created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  PRIMARY KEY (`session_id`),
  KEY `session_updated` (`session_updated`),
  KEY `session_created` (`session_created`),
  KEY `session_user` (`session_user`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sysvals` (
  `sysval_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sysval_key_id` int(10) unsigned NOT NULL DEFAULT 0,
  `sysval_title` varchar(48) NOT NULL DEFAULT '',
  `sysval_value` mediumtext NOT NULL,
  `sysval_value_id` varchar(128) DEFAULT '0',
  PRIMARY KEY (`sysval_id`),
  KEY `sysval_key_id` (`sysval_key_id`),
  KEY `sysval_title` (`sysval_title`),
  KEY `sysval_value_id` (`sysval_value_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tasks` (
  `task_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_name` varchar(255) DEFAULT NULL,
  `task_parent` int(10) DEFAULT 0,
  `task_milestone` tinyint(1) DEFAULT 0,
  `task_project` int(10) NOT NULL DEFAULT 0,
  `task_owner` int(10) NOT NULL DEFAULT 0,
  `task_start_date` datetime DEFAULT NULL,
  `task_duration` float DEFAULT 0,
  `task_duration_type` int(10) NOT NULL DEFAULT 1,
  `task_hours_worked` float NOT NULL DEFAULT 0,
  `task_end_date` datetime DEFAULT NULL,
  `task_status` int(10) DEFAULT 0,
  `task_priority` tinyint(4) DEFAULT 0,
  `task_percent_complete` tinyint(4) DEFAULT 0,
  `task_description` mediumtext DEFAULT NULL,
  `task_target_budget` decimal(10,2) DEFAULT 0.00,
  `task_related_url` varchar(255) DEFAULT NULL,
  `task_creator` int(10) NOT NULL DEFAULT 0,
  `task_order` int(10) NOT NULL DEFAULT 0,
  `task_client_publish` tinyint(1) NOT NULL DEFAULT 0,
  `task_dynamic` tinyint(1) NOT NULL DEFAULT 0,
  `task_access` int(10) NOT NULL DEFAULT 0,
  `task_notify` int(10) NOT NULL DEFAULT 0,
  `task_departments` varchar(100) DEFAULT NULL,
  `task_contacts` varchar(100) DEFAULT NULL COMMENT 'deprecated',
  `task_custom` longtext DEFAULT NULL,
  `task_type` smallint(6) NOT NULL DEFAULT 0,
  `task_updator` int(10) NOT NULL DEFAULT 0,
  `task_created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `task_updated` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `task_dep_reset_dates` tinyint(1) DEFAULT 0,
  `task_represents_project` int(10) NOT NULL DEFAULT 0,
  `task_allow_other_user_tasklogs` int(1) NOT NULL DEFAULT 0,
  `task_sequence` int(10) NOT NULL DEFAULT 0,
  `task_path_enumeration` varchar(255) NOT NULL,
  PRIMARY KEY (`task_id`),
  KEY `idx_task1` (`task_start_date`),
  KEY `idx_task2` (`task_end_date`),
  KEY `task_name` (`task_name`),
  KEY `task_parent` (`task_parent`),
  KEY `task_project` (`task_project`),
  KEY `task_owner` (`task_owner`),
  KEY `task_start_date` (`task_start_date`),
  KEY `task_end_date` (`task_end_date`),
  KEY `task_status` (`task_status`),
  KEY `task_priority` (`task_priority`),
  KEY `task_creator` (`task_creator`),
  KEY `task_order` (`task_order`),
  KEY `task_type` (`task_type`),
  KEY `task_updator` (`task_updator`),
  KEY `task_represents_project` (`task_represents_project`),
  KEY `task_path_enumeration` (`task_path_enumeration`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `task_contacts` (
  `task_id` int(10) NOT NULL DEFAULT 0,
  `contact_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`task_id`,`contact_id`),
  KEY `contact_id` (`contact_id`),
  KEY `task_id` (`task_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `task_dependencies` (
  `dependencies_task_id` int(10) NOT NULL DEFAULT 0,
  `dependencies_req_task_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`dependencies_task_id`,`dependencies_req_task_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `task_log` (
  `task_log_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_log_task` int(10) NOT NULL DEFAULT 0,
  `task_log_name` varchar(255) DEFAULT NULL,
  `task_log_description` mediumtext DEFAULT NULL,
  `task_log_creator` int(10) NOT NULL DEFAULT 0,
  `task_log_created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `task_log_updator` int(10) NOT NULL DEFAULT 0,
  `task_log_updated` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `task_log_hours` float NOT NULL DEFAULT 0,
  `task_log_date` date DEFAULT NULL,
  `task_log_percent_complete` tinyint(4) NOT NULL DEFAULT 0,
  `task_log_task_end_date` datetime NOT NULL,
  `task_log_costcode` varchar(8) NOT NULL DEFAULT '',
  `task_log_problem` tinyint(1) DEFAULT 0,
  `task_log_reference` tinyint(4) DEFAULT 0,
  `task_log_related_url` varchar(255) DEFAULT NULL,
  `task_log_project` int(10) unsigned NOT NULL DEFAULT 0,
  `task_log_company` int(10) unsigned NOT NULL DEFAULT 0,
  `task_log_record_creator` int(10) unsigned NOT NULL,
  PRIMARY KEY (`task_log_id`),
  KEY `task_log_task` (`task_log_task`),
  KEY `task_log_creator` (`task_log_creator`),
  KEY `task_log_date` (`task_log_date`),
  KEY `task_log_costcode` (`task_log_costcode`),
  KEY `task_log_problem` (`task_log_problem`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users` (
  `user_id` int(10) NOT NULL AUTO_INCREMENT,
  `user_contact` int(10) NOT NULL DEFAULT 0,
  `user_username` varchar(255) NOT NULL DEFAULT '',
  `user_password` varchar(255) NOT NULL DEFAULT '',
  `user_parent` int(10) NOT NULL DEFAULT 0,
  `user_type` tinyint(3) NOT NULL DEFAULT 0,
  `user_signature` mediumtext DEFAULT NULL,
  `user_empireint_special` int(1) NOT NULL DEFAULT 0,
  `user_department` int(10) unsigned NOT NULL DEFAULT 0,
  `user_company` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  KEY `user_username` (`user_username`),
  KEY `user_password` (`user_password`),
  KEY `user_parent` (`user_parent`),
  KEY `user_type` (`user_type`),
  KEY `user_company` (`user_company`),
  KEY `user_department` (`user_department`),
  KEY `user_contact` (`user_contact`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_access_log` (
  `user_access_log_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `user_ip` varchar(15) NOT NULL DEFAULT '',
  `date_time_in` datetime DEFAULT current_timestamp(),
  `date_time_out` datetime DEFAULT current_timestamp(),
  `date_time_last_action` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`user_access_log_id`),
  KEY `date_time_last_action` (`date_time_last_action`),
  KEY `date_time_in` (`date_time_in`),
  KEY `date_time_out` (`date_time_out`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_events` (
  `user_id` int(10) NOT NULL DEFAULT 0,
  `event_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`,`event_id`),
  KEY `user_id` (`user_id`),
  KEY `event_id` (`event_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_feeds` (
  `feed_id` int(10) NOT NULL AUTO_INCREMENT,
  `feed_user` int(10) NOT NULL,
  `feed_token` varchar(255) NOT NULL,
  PRIMARY KEY (`feed_id`),
  KEY `feed_token` (`feed_token`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_preferences` (
  `pref_user` varchar(12) NOT NULL DEFAULT '',
  `pref_name` varchar(72) NOT NULL DEFAULT '',
  `pref_value` varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`pref_user`,`pref_name`),
  KEY `pref_user_2` (`pref_user`),
  KEY `pref_user` (`pref_user`),
  KEY `pref_name` (`pref_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_tasks` (
  `user_id` int(10) NOT NULL DEFAULT 0,
  `user_type` tinyint(4) NOT NULL DEFAULT 0,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `perc_assignment` int(10) NOT NULL DEFAULT 100,
  `user_task_priority` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`user_id`,`task_id`),
  KEY `index_ut_to_tasks` (`task_id`),
  KEY `user_id` (`user_id`),
  KEY `task_id` (`task_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_task_pin` (
  `user_id` int(10) NOT NULL DEFAULT 0,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `task_pinned` tinyint(2) NOT NULL DEFAULT 1,
  PRIMARY KEY (`user_id`,`task_id`),
  KEY `user_id` (`user_id`),
  KEY `task_id` (`task_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
