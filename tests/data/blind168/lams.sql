-- LAMS — Learning Activity Management System (LAMS Foundation), 4.x schema with the question bank
-- github.com/lamsfoundation/lams lams_common/db/sql/create_lams_11_tables.sql, commit cf258bae4dd72eab7a6f5bc895b96966caafaf06
-- (GPL-2.0). Upstream's mysqldump-style MySQL DDL; 66 of its tables, written in dependency order instead of the dump's
-- alphabetical order (upstream loads it with FOREIGN_KEY_CHECKS=0), column-level COLLATE clauses, DROP TABLE lines and
-- AUTO_INCREMENT counters left out; foreign keys to tables left out are dropped.

CREATE TABLE `lams_auth_method_type` (
  `authentication_method_type_id` int(3) NOT NULL,
  `description` varchar(64) NOT NULL,
  PRIMARY KEY (`authentication_method_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_authentication_method` (
  `authentication_method_id` bigint(20) NOT NULL,
  `authentication_method_type_id` int(3) NOT NULL DEFAULT '0',
  `authentication_method_name` varchar(191) NOT NULL,
  PRIMARY KEY (`authentication_method_id`),
  UNIQUE KEY `UQ_lams_authentication_method_1` (`authentication_method_name`),
  KEY `authentication_method_type_id` (`authentication_method_type_id`),
  CONSTRAINT `FK_lams_authorization_method_1` FOREIGN KEY (`authentication_method_type_id`) REFERENCES `lams_auth_method_type` (`authentication_method_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_supported_locale` (
  `locale_id` int(11) NOT NULL AUTO_INCREMENT,
  `language_iso_code` varchar(2) NOT NULL,
  `country_iso_code` varchar(2) DEFAULT NULL,
  `description` varchar(255) NOT NULL,
  `direction` varchar(3) NOT NULL,
  `fckeditor_code` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_theme` (
  `theme_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` varchar(100) DEFAULT NULL,
  `image_directory` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`theme_id`),
  UNIQUE KEY `UQ_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_role` (
  `role_id` int(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` text,
  `create_date` datetime NOT NULL,
  PRIMARY KEY (`role_id`),
  KEY `gname` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_organisation_type` (
  `organisation_type_id` int(3) NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`organisation_type_id`),
  UNIQUE KEY `UQ_lams_organisation_type_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_organisation_state` (
  `organisation_state_id` int(3) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`organisation_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_organisation` (
  `organisation_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `code` varchar(20) DEFAULT NULL,
  `description` mediumtext,
  `parent_organisation_id` bigint(20) DEFAULT NULL,
  `organisation_type_id` int(3) NOT NULL DEFAULT '0',
  `create_date` datetime NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `organisation_state_id` int(3) NOT NULL,
  `admin_add_new_users` tinyint(1) NOT NULL DEFAULT '0',
  `admin_browse_all_users` tinyint(1) NOT NULL DEFAULT '0',
  `admin_change_status` tinyint(1) NOT NULL DEFAULT '0',
  `admin_create_guest` tinyint(1) NOT NULL DEFAULT '0',
  `enable_course_notifications` tinyint(1) NOT NULL DEFAULT '0',
  `enable_learner_gradebook` tinyint(1) NOT NULL DEFAULT '0',
  `enable_single_activity_lessons` tinyint(1) NOT NULL DEFAULT '1',
  `enable_live_edit` tinyint(1) NOT NULL DEFAULT '1',
  `enable_kumalive` tinyint(1) NOT NULL DEFAULT '0',
  `archived_date` datetime DEFAULT NULL,
  `ordered_lesson_ids` text,
  PRIMARY KEY (`organisation_id`),
  KEY `organisation_type_id` (`organisation_type_id`),
  KEY `parent_organisation_id` (`parent_organisation_id`),
  KEY `organisation_state_id` (`organisation_state_id`),
  CONSTRAINT `FK_lams_organisation_1` FOREIGN KEY (`organisation_type_id`) REFERENCES `lams_organisation_type` (`organisation_type_id`),
  CONSTRAINT `FK_lams_organisation_3` FOREIGN KEY (`parent_organisation_id`) REFERENCES `lams_organisation` (`organisation_id`),
  CONSTRAINT `FK_lams_organisation_4` FOREIGN KEY (`organisation_state_id`) REFERENCES `lams_organisation_state` (`organisation_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_workspace_folder_type` (
  `lams_workspace_folder_type_id` int(3) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`lams_workspace_folder_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_workspace_folder` (
  `workspace_folder_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `parent_folder_id` bigint(20) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `create_date_time` datetime NOT NULL,
  `last_modified_date_time` datetime DEFAULT NULL,
  `lams_workspace_folder_type_id` int(3) NOT NULL,
  PRIMARY KEY (`workspace_folder_id`),
  KEY `parent_folder_id` (`parent_folder_id`),
  KEY `lams_workspace_folder_type_id` (`lams_workspace_folder_type_id`),
  CONSTRAINT `FK_lams_workspace_folder_2` FOREIGN KEY (`parent_folder_id`) REFERENCES `lams_workspace_folder` (`workspace_folder_id`),
  CONSTRAINT `FK_lams_workspace_folder_4` FOREIGN KEY (`lams_workspace_folder_type_id`) REFERENCES `lams_workspace_folder_type` (`lams_workspace_folder_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_user` (
  `user_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `login` varchar(191) NOT NULL,
  `password` char(64) NOT NULL,
  `salt` char(64) DEFAULT NULL,
  `two_factor_auth_enabled` tinyint(1) DEFAULT '0',
  `two_factor_auth_secret` char(64) DEFAULT NULL,
  `title` varchar(32) DEFAULT NULL,
  `first_name` varchar(128) DEFAULT NULL,
  `last_name` varchar(128) DEFAULT NULL,
  `address_line_1` varchar(64) DEFAULT NULL,
  `address_line_2` varchar(64) DEFAULT NULL,
  `address_line_3` varchar(64) DEFAULT NULL,
  `city` varchar(64) DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `postcode` varchar(10) DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `day_phone` varchar(64) DEFAULT NULL,
  `evening_phone` varchar(64) DEFAULT NULL,
  `mobile_phone` varchar(64) DEFAULT NULL,
  `fax` varchar(64) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `email_verified` tinyint(1) DEFAULT '1',
  `disabled_flag` tinyint(1) NOT NULL DEFAULT '0',
  `create_date` datetime NOT NULL,
  `authentication_method_id` bigint(20) NOT NULL DEFAULT '0',
  `workspace_folder_id` bigint(20) DEFAULT NULL,
  `theme_id` bigint(20) DEFAULT NULL,
  `locale_id` int(11) DEFAULT NULL,
  `portrait_uuid` BINARY(16),
  `change_password` tinyint(1) DEFAULT '0',
  `timezone` varchar(255) DEFAULT NULL,
  `first_login` tinyint(1) DEFAULT '1',
  `modified_date` datetime DEFAULT NULL,
  `last_visited_organisation_id` bigint(20) DEFAULT NULL,
  `failed_attempts` tinyint(4) DEFAULT NULL,
  `lock_out_time` datetime DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `UQ_lams_user_login` (`login`),
  KEY `authentication_method_id` (`authentication_method_id`),
  KEY `workspace_folder_id` (`workspace_folder_id`),
  KEY `theme_id` (`theme_id`),
  KEY `locale_id` (`locale_id`),
  KEY `FK_lams_user_7` (`last_visited_organisation_id`),
  KEY `email` (`email`),
  CONSTRAINT `FK_lams_user_1` FOREIGN KEY (`authentication_method_id`) REFERENCES `lams_authentication_method` (`authentication_method_id`),
  CONSTRAINT `FK_lams_user_2` FOREIGN KEY (`workspace_folder_id`) REFERENCES `lams_workspace_folder` (`workspace_folder_id`),
  CONSTRAINT `FK_lams_user_5` FOREIGN KEY (`theme_id`) REFERENCES `lams_theme` (`theme_id`),
  CONSTRAINT `FK_lams_user_6` FOREIGN KEY (`locale_id`) REFERENCES `lams_supported_locale` (`locale_id`),
  CONSTRAINT `FK_lams_user_7` FOREIGN KEY (`last_visited_organisation_id`) REFERENCES `lams_organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_user_organisation` (
  `user_organisation_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`user_organisation_id`),
  KEY `organisation_id` (`organisation_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `FK_lams_user_organisation_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`),
  CONSTRAINT `FK_lams_user_organisation_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_user_organisation_role` (
  `user_organisation_role_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_organisation_id` bigint(20) NOT NULL,
  `role_id` int(6) NOT NULL,
  PRIMARY KEY (`user_organisation_role_id`),
  KEY `role_id` (`role_id`),
  KEY `user_organisation_id` (`user_organisation_id`),
  CONSTRAINT `FK_lams_user_organisation_role_2` FOREIGN KEY (`role_id`) REFERENCES `lams_role` (`role_id`),
  CONSTRAINT `FK_lams_user_organisation_role_3` FOREIGN KEY (`user_organisation_id`) REFERENCES `lams_user_organisation` (`user_organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_favorite_organisation` (
  `favorite_organisation_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`favorite_organisation_id`),
  KEY `organisation_id` (`organisation_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `FK_lams_favorite_organisation_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`),
  CONSTRAINT `FK_lams_favorite_organisation_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_organisation_grouping` (
  `grouping_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`grouping_id`),
  KEY `FK_lams_organisation_grouping_1` (`organisation_id`),
  CONSTRAINT `FK_lams_organisation_grouping_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_organisation_group` (
  `group_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `grouping_id` bigint(20) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`group_id`),
  KEY `FK_lams_organisation_group_1` (`grouping_id`),
  CONSTRAINT `FK_lams_organisation_group_1` FOREIGN KEY (`grouping_id`) REFERENCES `lams_organisation_grouping` (`grouping_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_user_organisation_group` (
  `group_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`group_id`,`user_id`),
  KEY `FK_lams_user_organisation_group_2` (`user_id`),
  CONSTRAINT `FK_lams_user_organisation_group_1` FOREIGN KEY (`group_id`) REFERENCES `lams_organisation_group` (`group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_user_organisation_group_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_grouping` (
  `grouping_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `grouping_ui_id` int(11) DEFAULT NULL,
  `grouping_type_id` int(11) NOT NULL,
  `number_of_groups` int(11) DEFAULT NULL,
  `learners_per_group` int(11) DEFAULT NULL,
  `staff_group_id` bigint(20) DEFAULT '0',
  `max_number_of_groups` int(3) DEFAULT NULL,
  `equal_number_of_learners_per_group` tinyint(1) DEFAULT '0',
  `view_students_before_selection` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`grouping_id`),
  KEY `grouping_type_id` (`grouping_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_group` (
  `group_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(255) NOT NULL,
  `grouping_id` bigint(20) NOT NULL,
  `order_id` int(6) NOT NULL DEFAULT '1',
  `group_ui_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `UQ_lams_group_1` (`grouping_id`,`order_id`),
  KEY `grouping_id` (`grouping_id`),
  CONSTRAINT `FK_lams_learning_group_1` FOREIGN KEY (`grouping_id`) REFERENCES `lams_grouping` (`grouping_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_user_group` (
  `user_id` bigint(20) NOT NULL,
  `group_id` bigint(20) NOT NULL,
  `scheduled_lesson_end_date` datetime DEFAULT NULL,
  PRIMARY KEY (`user_id`,`group_id`),
  KEY `user_id` (`user_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `FK_lams_user_group_1` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_user_group_2` FOREIGN KEY (`group_id`) REFERENCES `lams_group` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_learning_design` (
  `learning_design_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `learning_design_ui_id` int(11) DEFAULT NULL,
  `description` mediumtext,
  `title` varchar(255) DEFAULT NULL,
  `first_activity_id` bigint(20) DEFAULT NULL,
  `floating_activity_id` bigint(20) DEFAULT NULL,
  `max_id` int(11) DEFAULT NULL,
  `valid_design_flag` tinyint(1) NOT NULL,
  `read_only_flag` tinyint(1) NOT NULL,
  `date_read_only` datetime DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  `original_user_id` bigint(20) NOT NULL,
  `help_text` mediumtext,
  `copy_type_id` tinyint(4) NOT NULL,
  `create_date_time` datetime NOT NULL,
  `version` varchar(56) DEFAULT NULL,
  `original_learning_design_id` bigint(20) DEFAULT NULL,
  `workspace_folder_id` bigint(20) DEFAULT NULL,
  `duration` bigint(38) DEFAULT NULL,
  `license_id` bigint(20) DEFAULT NULL,
  `license_TEXT` mediumtext,
  `last_modified_date_time` datetime DEFAULT NULL,
  `content_folder_id` char(36) DEFAULT NULL,
  `edit_override_lock` tinyint(1) DEFAULT '0',
  `edit_override_user_id` bigint(20) DEFAULT NULL,
  `design_version` int(11) DEFAULT '1',
  `removed` tinyint(1) NOT NULL DEFAULT '0',
  `design_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`learning_design_id`),
  KEY `user_id` (`user_id`),
  KEY `workspace_folder_id` (`workspace_folder_id`),
  KEY `license_id` (`license_id`),
  KEY `copy_type_id` (`copy_type_id`),
  KEY `edit_override_user_id` (`edit_override_user_id`),
  KEY `idx_design_parent_id` (`original_learning_design_id`),
  KEY `idx_design_first_act` (`first_activity_id`),
  KEY `idx_design_floating_act` (`floating_activity_id`),
  CONSTRAINT `FK_lams_learning_design_3` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_learning_design_4` FOREIGN KEY (`workspace_folder_id`) REFERENCES `lams_workspace_folder` (`workspace_folder_id`),
  CONSTRAINT `FK_lams_learning_design_7` FOREIGN KEY (`edit_override_user_id`) REFERENCES `lams_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_lesson_state` (
  `lesson_state_id` int(3) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`lesson_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_lesson` (
  `lesson_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `learning_design_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext,
  `create_date_time` datetime NOT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `class_grouping_id` bigint(20) DEFAULT NULL,
  `lesson_state_id` int(3) NOT NULL,
  `start_date_time` datetime DEFAULT NULL,
  `scheduled_number_days_to_lesson_finish` int(3) DEFAULT NULL,
  `schedule_start_date_time` datetime DEFAULT NULL,
  `end_date_time` datetime DEFAULT NULL,
  `schedule_end_date_time` datetime DEFAULT NULL,
  `previous_state_id` int(3) DEFAULT NULL,
  `learner_presence_avail` TINYINT(1) NOT NULL DEFAULT 0,
  `learner_im_avail` TINYINT(1) NOT NULL DEFAULT 0,
  `live_edit_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_lesson_notifications` TINYINT(1) NOT NULL DEFAULT 0,
  `locked_for_edit` TINYINT(1) NOT NULL DEFAULT 0,
  `marks_released` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_lesson_INTro` TINYINT(1) NOT NULL DEFAULT 0,
  `display_design_image` TINYINT(1) NOT NULL DEFAULT 0,
  `force_restart` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_restart` TINYINT(1) NOT NULL DEFAULT 0,
  `gradebook_on_complete` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`lesson_id`),
  KEY `learning_design_id` (`learning_design_id`),
  KEY `user_id` (`user_id`),
  KEY `organisation_id` (`organisation_id`),
  KEY `lesson_state_id` (`lesson_state_id`),
  KEY `class_grouping_id` (`class_grouping_id`),
  CONSTRAINT `FK_lams_lesson_1_1` FOREIGN KEY (`learning_design_id`) REFERENCES `lams_learning_design` (`learning_design_id`),
  CONSTRAINT `FK_lams_lesson_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_lesson_3` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`),
  CONSTRAINT `FK_lams_lesson_4` FOREIGN KEY (`lesson_state_id`) REFERENCES `lams_lesson_state` (`lesson_state_id`),
  CONSTRAINT `FK_lams_lesson_5` FOREIGN KEY (`class_grouping_id`) REFERENCES `lams_grouping` (`grouping_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_tool` (
  `tool_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tool_signature` varchar(64) NOT NULL,
  `service_name` varchar(191) NOT NULL,
  `tool_display_name` varchar(255) NOT NULL,
  `description` text,
  `tool_identifier` varchar(64) NOT NULL,
  `tool_version` varchar(10) NOT NULL,
  `learning_library_id` bigint(20) DEFAULT NULL,
  `default_tool_content_id` bigint(20) DEFAULT NULL,
  `valid_flag` tinyint(1) NOT NULL DEFAULT '1',
  `grouping_support_type_id` int(3) NOT NULL,
  `learner_url` text NOT NULL,
  `learner_preview_url` text,
  `learner_progress_url` text,
  `author_url` text NOT NULL,
  `monitor_url` text,
  `pedagogical_planner_url` text,
  `help_url` text,
  `create_date_time` datetime NOT NULL,
  `language_file` varchar(255) DEFAULT NULL,
  `modified_date_time` datetime DEFAULT NULL,
  `admin_url` text,
  `supports_outputs` tinyint(1) DEFAULT '0',
  `ext_lms_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`tool_id`),
  UNIQUE KEY `UQ_lams_tool_sig` (`tool_signature`),
  UNIQUE KEY `UQ_lams_tool_class_name` (`service_name`),
  KEY `learning_library_id` (`learning_library_id`),
  KEY `grouping_support_type_id` (`grouping_support_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_learning_activity` (
  `activity_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `activity_ui_id` int(11) DEFAULT NULL,
  `description` mediumtext,
  `title` varchar(255) DEFAULT NULL,
  `xcoord` int(11) DEFAULT NULL,
  `ycoord` int(11) DEFAULT NULL,
  `parent_activity_id` bigint(20) DEFAULT NULL,
  `parent_ui_id` int(11) DEFAULT NULL,
  `learning_activity_type_id` int(11) NOT NULL DEFAULT '0',
  `grouping_support_type_id` int(3) NOT NULL,
  `apply_grouping_flag` tinyint(1) NOT NULL,
  `grouping_id` bigint(20) DEFAULT NULL,
  `grouping_ui_id` int(11) DEFAULT NULL,
  `order_id` int(11) DEFAULT NULL,
  `learning_design_id` bigint(20) DEFAULT NULL,
  `learning_library_id` bigint(20) DEFAULT NULL,
  `create_date_time` datetime NOT NULL,
  `max_number_of_options` int(5) DEFAULT NULL,
  `min_number_of_options` int(5) DEFAULT NULL,
  `options_instructions` mediumtext,
  `tool_id` bigint(20) DEFAULT NULL,
  `tool_content_id` bigint(20) DEFAULT NULL,
  `activity_category_id` int(3),
  `gate_activity_level_id` int(11) DEFAULT NULL,
  `gate_open_flag` tinyint(1) DEFAULT NULL,
  `gate_open_user` bigint(20) DEFAULT NULL,
  `gate_open_time` datetime DEFAULT NULL,
  `gate_start_time_offset` bigint(38) DEFAULT NULL,
  `gate_end_time_offset` bigint(38) DEFAULT NULL,
  `gate_activity_completion_based` tinyint(1) DEFAULT NULL,
  `library_activity_ui_image` varchar(255) DEFAULT NULL,
  `create_grouping_id` bigint(20) DEFAULT NULL,
  `create_grouping_ui_id` int(11) DEFAULT NULL,
  `library_activity_id` bigint(20) DEFAULT NULL,
  `language_file` varchar(255) DEFAULT NULL,
  `system_tool_id` bigint(20) DEFAULT NULL,
  `read_only` tinyint(1) DEFAULT '0',
  `initialised` tinyint(1) DEFAULT '0',
  `default_activity_id` bigint(20) DEFAULT NULL,
  `start_xcoord` int(11) DEFAULT NULL,
  `start_ycoord` int(11) DEFAULT NULL,
  `end_xcoord` int(11) DEFAULT NULL,
  `end_ycoord` int(11) DEFAULT NULL,
  `stop_after_activity` tinyint(1) NOT NULL DEFAULT '0',
  `transition_to_id` bigint(20) DEFAULT NULL,
  `transition_from_id` bigint(20) DEFAULT NULL,
  `branching_ordered_asc` TINYINT(1),
  PRIMARY KEY (`activity_id`),
  KEY `lams_learning_activity_tool_content_id` (`tool_content_id`),
  KEY `learning_library_id` (`learning_library_id`),
  KEY `learning_design_id` (`learning_design_id`),
  KEY `parent_activity_id` (`parent_activity_id`),
  KEY `learning_activity_type_id` (`learning_activity_type_id`),
  KEY `grouping_id` (`grouping_id`),
  KEY `tool_id` (`tool_id`),
  KEY `gate_activity_level_id` (`gate_activity_level_id`),
  KEY `create_grouping_id` (`create_grouping_id`),
  KEY `library_activity_id` (`library_activity_id`),
  KEY `activity_category_id` (`activity_category_id`),
  KEY `grouping_support_type_id` (`grouping_support_type_id`),
  KEY `system_tool_id` (`system_tool_id`),
  KEY `FK_lams_learning_activity_15` (`transition_to_id`),
  KEY `FK_lams_learning_activity_16` (`transition_from_id`),
  KEY `FK_lams_learning_activity_17` (`gate_open_user`),
  CONSTRAINT `FK_lams_learning_activity_11` FOREIGN KEY (`library_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`),
  CONSTRAINT `FK_lams_learning_activity_17` FOREIGN KEY (`gate_open_user`) REFERENCES `lams_user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_learning_activity_6` FOREIGN KEY (`learning_design_id`) REFERENCES `lams_learning_design` (`learning_design_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_learning_activity_8` FOREIGN KEY (`tool_id`) REFERENCES `lams_tool` (`tool_id`),
  CONSTRAINT `FK_lams_learning_activity_9` FOREIGN KEY (`create_grouping_id`) REFERENCES `lams_grouping` (`grouping_id`),
  CONSTRAINT `FK_learning_activity_2` FOREIGN KEY (`parent_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`),
  CONSTRAINT `FK_learning_activity_6` FOREIGN KEY (`grouping_id`) REFERENCES `lams_grouping` (`grouping_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_learner_progress` (
  `learner_progress_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `lesson_id` bigint(20) NOT NULL,
  `lesson_completed_flag` tinyint(1) NOT NULL DEFAULT '0',
  `waiting_flag` tinyint(4) NOT NULL,
  `start_date_time` datetime NOT NULL,
  `finish_date_time` datetime DEFAULT NULL,
  `current_activity_id` bigint(20) DEFAULT NULL,
  `next_activity_id` bigint(20) DEFAULT NULL,
  `previous_activity_id` bigint(20) DEFAULT NULL,
  `requires_restart_flag` tinyint(1) NOT NULL,
  PRIMARY KEY (`learner_progress_id`),
  UNIQUE KEY `IX_lams_learner_progress_1` (`user_id`,`lesson_id`),
  KEY `user_id` (`user_id`),
  KEY `lesson_id` (`lesson_id`),
  KEY `current_activity_id` (`current_activity_id`),
  KEY `next_activity_id` (`next_activity_id`),
  KEY `previous_activity_id` (`previous_activity_id`),
  CONSTRAINT `FK_lams_learner_progress_1` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_learner_progress_2` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`),
  CONSTRAINT `FK_lams_learner_progress_3` FOREIGN KEY (`current_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`),
  CONSTRAINT `FK_lams_learner_progress_4` FOREIGN KEY (`next_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`),
  CONSTRAINT `FK_lams_learner_progress_5` FOREIGN KEY (`previous_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_learner_progress_archive` (
  `learner_progress_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `lesson_id` bigint(20) NOT NULL,
  `attempt_id` tinyint(4) NOT NULL DEFAULT '1',
  `lesson_completed_flag` tinyint(1) NOT NULL DEFAULT '0',
  `start_date_time` datetime NOT NULL,
  `finish_date_time` datetime DEFAULT NULL,
  `current_activity_id` bigint(20) DEFAULT NULL,
  `archive_date` datetime DEFAULT NULL,
  PRIMARY KEY (`learner_progress_id`),
  UNIQUE KEY `IX_lams_learner_progress_archive_1` (`user_id`,`lesson_id`,`attempt_id`),
  KEY `FK_lams_learner_progress_archive_2` (`lesson_id`),
  KEY `FK_lams_learner_progress_archive_3` (`current_activity_id`),
  CONSTRAINT `FK_lams_learner_progress_archive_1` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_learner_progress_archive_2` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_learner_progress_archive_3` FOREIGN KEY (`current_activity_id`) REFERENCES `lams_learning_activity` (`activity_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_progress_attempted` (
  `learner_progress_id` bigint(20) NOT NULL,
  `activity_id` bigint(20) NOT NULL,
  `start_date_time` datetime DEFAULT NULL,
  PRIMARY KEY (`learner_progress_id`,`activity_id`),
  KEY `learner_progress_id` (`learner_progress_id`),
  KEY `activity_id` (`activity_id`),
  CONSTRAINT `FK_lams_progress_current_1` FOREIGN KEY (`learner_progress_id`) REFERENCES `lams_learner_progress` (`learner_progress_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_progress_current_2` FOREIGN KEY (`activity_id`) REFERENCES `lams_learning_activity` (`activity_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_progress_completed` (
  `learner_progress_id` bigint(20) NOT NULL,
  `activity_id` bigint(20) NOT NULL,
  `completed_date_time` datetime DEFAULT NULL,
  `start_date_time` datetime DEFAULT NULL,
  PRIMARY KEY (`learner_progress_id`,`activity_id`),
  KEY `learner_progress_id` (`learner_progress_id`),
  KEY `activity_id` (`activity_id`),
  CONSTRAINT `FK_lams_progress_completed_1` FOREIGN KEY (`learner_progress_id`) REFERENCES `lams_learner_progress` (`learner_progress_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_progress_completed_2` FOREIGN KEY (`activity_id`) REFERENCES `lams_learning_activity` (`activity_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_gradebook_user_activity` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `activity_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `mark` double DEFAULT NULL,
  `feedback` mediumtext,
  `marked_in_gradebook` tinyint(1) NOT NULL DEFAULT '0',
  `update_date` datetime DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `activity_id` (`activity_id`,`user_id`),
  KEY `FK_lams_gradebook_user_activity_2` (`user_id`),
  CONSTRAINT `FK_lams_gradebook_user_activity_1` FOREIGN KEY (`activity_id`) REFERENCES `lams_learning_activity` (`activity_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_gradebook_user_activity_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_gradebook_user_lesson` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `lesson_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `mark` double DEFAULT NULL,
  `feedback` text,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `lesson_id` (`lesson_id`,`user_id`),
  KEY `FK_lams_gradebook_user_lesson_2` (`user_id`),
  CONSTRAINT `FK_lams_gradebook_user_lesson_1` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`),
  CONSTRAINT `FK_lams_gradebook_user_lesson_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_gradebook_user_lesson_archive` (
  `uid` bigint(20) NOT NULL,
  `lesson_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `mark` double DEFAULT NULL,
  `feedback` mediumtext,
  `archive_date` datetime DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `lesson_id` (`lesson_id`,`user_id`),
  KEY `FK_lams_gradebook_user_lesson_archive_2` (`user_id`),
  CONSTRAINT `FK_lams_gradebook_user_lesson_archive_1` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_gradebook_user_lesson_archive_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_tool_session` (
  `tool_session_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tool_session_name` varchar(255) NOT NULL,
  `tool_session_type_id` int(3) NOT NULL,
  `lesson_id` bigint(20) NOT NULL,
  `activity_id` bigint(20) NOT NULL,
  `tool_session_state_id` int(3) NOT NULL,
  `create_date_time` datetime NOT NULL,
  `group_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `unique_key` varchar(128) NOT NULL,
  PRIMARY KEY (`tool_session_id`),
  UNIQUE KEY `UQ_lams_tool_session_1` (`unique_key`),
  KEY `tool_session_state_id` (`tool_session_state_id`),
  KEY `user_id` (`user_id`),
  KEY `tool_session_type_id` (`tool_session_type_id`),
  KEY `activity_id` (`activity_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `FK_lams_tool_session_1` FOREIGN KEY (`group_id`) REFERENCES `lams_group` (`group_id`),
  CONSTRAINT `FK_lams_tool_session_5` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_tool_session_8` FOREIGN KEY (`activity_id`) REFERENCES `lams_learning_activity` (`activity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_log_event_type` (
  `log_event_type_id` int(5) NOT NULL,
  `description` varchar(255) NOT NULL,
  `area` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`log_event_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_log_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `log_event_type_id` int(5) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `occurred_date_time` datetime NOT NULL,
  `lesson_id` bigint(20) DEFAULT NULL,
  `activity_id` bigint(20) DEFAULT NULL,
  `target_user_id` bigint(20) DEFAULT NULL,
  `description` text,
  PRIMARY KEY (`id`),
  KEY `event_log_occurred_date_time` (`occurred_date_time`),
  KEY `FK_event_log_event_type_idx` (`log_event_type_id`),
  KEY `event_log_date_and_type` (`occurred_date_time`, `log_event_type_id`),
  CONSTRAINT `FK_event_log_event_type` FOREIGN KEY (`log_event_type_id`) REFERENCES `lams_log_event_type` (`log_event_type_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_notebook_entry` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `external_id` bigint(20) DEFAULT NULL,
  `external_id_type` int(11) DEFAULT NULL,
  `external_signature` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `entry` mediumtext,
  `create_date` datetime DEFAULT NULL,
  `last_modified` datetime DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `ext_sig_user` (`external_id`,`external_id_type`,`external_signature`,`user_id`),
  KEY `idx_create_date` (`create_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_comment_session` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `external_id` bigint(20) DEFAULT NULL,
  `external_id_type` int(1) DEFAULT NULL,
  `external_signature` varchar(40) DEFAULT NULL,
  `external_secondary_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `comment_ext_sig` (`external_id`,`external_signature`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_comment` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` bigint(20) NOT NULL,
  `body` mediumtext,
  `create_by` bigint(20) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `update_by` bigint(20) DEFAULT NULL,
  `last_modified` datetime DEFAULT NULL,
  `last_reply_date` datetime DEFAULT NULL,
  `reply_number` int(11) DEFAULT NULL,
  `hide_flag` smallint(6) DEFAULT NULL,
  `parent_uid` bigint(20) DEFAULT NULL,
  `root_comment_uid` bigint(20) DEFAULT NULL,
  `comment_level` smallint(6) DEFAULT NULL,
  `thread_comment_uid` bigint(20) DEFAULT NULL,
  `sticky` smallint(6) DEFAULT '0',
  `monitor` smallint(6) DEFAULT '0',
  `anonymous` smallint(6) DEFAULT '0',
  PRIMARY KEY (`uid`),
  KEY `FK_comment_session` (`session_id`),
  KEY `FK_comment_create` (`create_by`),
  KEY `FK_comment_modify` (`update_by`),
  KEY `FK_comment_parent` (`parent_uid`),
  KEY `FK_comment_root` (`root_comment_uid`),
  KEY `FK_comment_thread` (`thread_comment_uid`),
  KEY `IX_comment_level_sticky` (`comment_level`,`sticky`),
  CONSTRAINT `FK_comment_create` FOREIGN KEY (`create_by`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_comment_modify` FOREIGN KEY (`update_by`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_comment_parent` FOREIGN KEY (`parent_uid`) REFERENCES `lams_comment` (`uid`),
  CONSTRAINT `FK_comment_root` FOREIGN KEY (`root_comment_uid`) REFERENCES `lams_comment` (`uid`),
  CONSTRAINT `FK_comment_session` FOREIGN KEY (`session_id`) REFERENCES `lams_comment_session` (`uid`),
  CONSTRAINT `FK_comment_thread` FOREIGN KEY (`thread_comment_uid`) REFERENCES `lams_comment` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_comment_likes` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment_uid` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `vote` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `comment_like_unique` (`comment_uid`,`user_id`),
  KEY `FK_commentlike_comment` (`comment_uid`),
  KEY `FK_commentlike_user` (`user_id`),
  CONSTRAINT `FK_commentlike_comment` FOREIGN KEY (`comment_uid`) REFERENCES `lams_comment` (`uid`),
  CONSTRAINT `FK_commentlike_user` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_presence_chat_msgs` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `lesson_id` bigint(20) DEFAULT NULL,
  `from_user` varchar(191) DEFAULT NULL,
  `to_user` varchar(191) DEFAULT NULL,
  `date_sent` datetime DEFAULT NULL,
  `message` varchar(1023) DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `FK_lams_presence_chat_msgs_lesson` (`lesson_id`),
  KEY `idx_lams_presence_chat_msgs_from` (`from_user`),
  KEY `idx_lams_presence_chat_msgs_to` (`to_user`),
  CONSTRAINT `FK_lams_presence_chat_msgs_lesson` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_presence_user` (
  `nickname` varchar(191) NOT NULL,
  `lesson_id` bigint(20) NOT NULL,
  `last_presence` datetime DEFAULT NULL,
  PRIMARY KEY (`nickname`,`lesson_id`),
  KEY `FK_lams_presence_user_lesson` (`lesson_id`),
  CONSTRAINT `FK_lams_presence_user_lesson` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_learning_command` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `lesson_id` bigint(20) DEFAULT NULL,
  `user_name` varchar(191) DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `command_TEXT` text,
  PRIMARY KEY (`uid`),
  KEY `idx_lesson_id` (`lesson_id`),
  KEY `idx_user_name` (`user_name`),
  KEY `idx_create_date` (`create_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_password_request` (
  `request_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `request_key` char(36) DEFAULT NULL,
  `request_date` datetime NOT NULL,
  PRIMARY KEY (`request_id`),
  UNIQUE KEY `IX_lams_psswd_rqst_key` (`request_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_policy_state` (
  `policy_state_id` int(3) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`policy_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_policy_type` (
  `policy_type_id` int(3) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`policy_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_policy` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `policy_id` bigint(20) DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `policy_name` varchar(255) NOT NULL,
  `version` mediumtext,
  `summary` text,
  `full_policy` text,
  `last_modified` datetime NOT NULL,
  `policy_state_id` int(3) NOT NULL,
  `policy_type_id` int(3) NOT NULL,
  PRIMARY KEY (`uid`),
  KEY `created_by` (`created_by`),
  KEY `policy_state_id` (`policy_state_id`),
  KEY `policy_type_id` (`policy_type_id`),
  CONSTRAINT `FK_lams_lesson_1` FOREIGN KEY (`created_by`) REFERENCES `lams_user` (`user_id`),
  CONSTRAINT `FK_lams_policy_2` FOREIGN KEY (`policy_state_id`) REFERENCES `lams_policy_state` (`policy_state_id`),
  CONSTRAINT `FK_lams_policy_3` FOREIGN KEY (`policy_type_id`) REFERENCES `lams_policy_type` (`policy_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_policy_consent` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `date_agreed_on` datetime NOT NULL,
  `policy_uid` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`uid`),
  KEY `policy_uid` (`policy_uid`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `FK_lams_consent_1_1` FOREIGN KEY (`policy_uid`) REFERENCES `lams_policy` (`uid`),
  CONSTRAINT `FK_lams_consent_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_ext_server_org_map` (
  `sid` int(11) NOT NULL AUTO_INCREMENT,
  `serverid` varchar(191) NOT NULL,
  `serverkey` text NOT NULL,
  `servername` varchar(255) NOT NULL,
  `serverdesc` mediumtext,
  `prefix` varchar(11) NOT NULL,
  `userinfo_url` text NOT NULL,
  `lesson_finish_url` text,
  `logout_url` TEXT,
  `disabled` bit(1) NOT NULL,
  `time_to_live_login_request` int(11) DEFAULT '80',
  `time_to_live_login_request_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `ext_groups_url` text,
  `server_type_id` int(11) NOT NULL DEFAULT '1',
  `lti_consumer_monitor_roles` text,
  `learner_presence_avail` tinyint(1) DEFAULT '0',
  `learner_im_avail` tinyint(1) DEFAULT '0',
  `live_edit_enabled` tinyint(1) DEFAULT '1',
  `enable_lesson_notifications` tinyint(1) DEFAULT '1',
  `force_restart` tinyint(1) DEFAULT '0',
  `allow_restart` tinyint(1) DEFAULT '0',
  `gradebook_on_complete` tinyint(1) DEFAULT '1',
  `use_alternative_user_id_parameter_name` tinyint(1) DEFAULT '0',
  `membership_url` text,
  PRIMARY KEY (`sid`),
  UNIQUE KEY `serverid` (`serverid`),
  UNIQUE KEY `prefix` (`prefix`),
  KEY `FK_lams_ext_server_type` (`server_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_ext_user_userid_map` (
  `sid` int(11) NOT NULL AUTO_INCREMENT,
  `external_username` varchar(250) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `ext_server_org_map_id` int(11) NOT NULL,
  `tc_gradebook_id` text,
  PRIMARY KEY (`sid`),
  KEY `user_id` (`user_id`),
  KEY `ext_server_org_map_id` (`ext_server_org_map_id`),
  CONSTRAINT `lams_ext_user_userid_map_fk` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `lams_ext_user_userid_map_fk1` FOREIGN KEY (`ext_server_org_map_id`) REFERENCES `lams_ext_server_org_map` (`sid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_ext_course_class_map` (
  `sid` int(11) NOT NULL AUTO_INCREMENT,
  `courseid` varchar(255) NOT NULL,
  `classid` bigint(20) NOT NULL,
  `ext_server_org_map_id` int(11) NOT NULL,
  PRIMARY KEY (`sid`),
  KEY `classid` (`classid`),
  KEY `ext_server_org_map_id` (`ext_server_org_map_id`),
  CONSTRAINT `lams_ext_course_class_map_fk` FOREIGN KEY (`classid`) REFERENCES `lams_organisation` (`organisation_id`),
  CONSTRAINT `lams_ext_course_class_map_fk1` FOREIGN KEY (`ext_server_org_map_id`) REFERENCES `lams_ext_server_org_map` (`sid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_kumalive` (
  `kumalive_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `created_by` bigint(20) DEFAULT NULL,
  `finished` tinyint(1) NOT NULL DEFAULT '0',
  `name` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`kumalive_id`),
  KEY `FK_lams_kumalive_1` (`organisation_id`),
  KEY `FK_lams_kumalive_2` (`created_by`),
  CONSTRAINT `FK_lams_kumalive_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_kumalive_2` FOREIGN KEY (`created_by`) REFERENCES `lams_user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_kumalive_log` (
  `log_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `kumalive_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `log_date` datetime NOT NULL,
  `log_type` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `FK_lams_kumalive_log_1` (`kumalive_id`),
  KEY `FK_lams_kumalive_log_2` (`user_id`),
  CONSTRAINT `FK_lams_kumalive_log_1` FOREIGN KEY (`kumalive_id`) REFERENCES `lams_kumalive` (`kumalive_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_kumalive_log_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_kumalive_rubric` (
  `rubric_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `kumalive_id` bigint(20) DEFAULT NULL,
  `order_id` tinyint(4) NOT NULL,
  `name` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`rubric_id`),
  KEY `FK_lams_kumalive_rubric_1` (`organisation_id`),
  KEY `FK_lams_kumalive_rubric_2` (`kumalive_id`),
  CONSTRAINT `FK_lams_kumalive_rubric_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_kumalive_rubric_2` FOREIGN KEY (`kumalive_id`) REFERENCES `lams_kumalive` (`kumalive_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_kumalive_score` (
  `score_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `rubric_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `batch` bigint(10) DEFAULT NULL,
  `score` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`score_id`),
  KEY `FK_lams_kumalive_score_1` (`rubric_id`),
  KEY `FK_lams_kumalive_score_2` (`user_id`),
  CONSTRAINT `FK_lams_kumalive_score_1` FOREIGN KEY (`rubric_id`) REFERENCES `lams_kumalive_rubric` (`rubric_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_kumalive_score_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_outcome_scale` (
  `scale_id` mediumint(9) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `code` varchar(50) DEFAULT NULL,
  `description` text,
  `create_by` bigint(20) DEFAULT NULL,
  `create_date_time` datetime NOT NULL,
  PRIMARY KEY (`scale_id`),
  KEY `name` (`name`),
  KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_outcome` (
  `outcome_id` mediumint(9) NOT NULL AUTO_INCREMENT,
  `scale_id` mediumint(9) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `code` varchar(50) DEFAULT NULL,
  `description` text,
  `create_by` bigint(20) DEFAULT NULL,
  `create_date_time` datetime NOT NULL,
  PRIMARY KEY (`outcome_id`),
  KEY `name` (`name`),
  KEY `code` (`code`),
  KEY `FK_lams_outcome_2` (`scale_id`),
  CONSTRAINT `FK_lams_outcome_2` FOREIGN KEY (`scale_id`) REFERENCES `lams_outcome_scale` (`scale_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_outcome_mapping` (
  `mapping_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `outcome_id` mediumint(9) NOT NULL,
  `lesson_id` bigint(20) DEFAULT NULL,
  `tool_content_id` bigint(20) DEFAULT NULL,
  `item_id` bigint(20) DEFAULT NULL,
  qb_question_id INT,
  PRIMARY KEY (`mapping_id`),
  KEY `FK_lams_outcome_mapping_1` (`outcome_id`),
  KEY `FK_lams_outcome_mapping_2` (`lesson_id`),
  KEY `FK_lams_outcome_mapping_3` (`tool_content_id`),
  CONSTRAINT `FK_lams_outcome_mapping_1` FOREIGN KEY (`outcome_id`) REFERENCES `lams_outcome` (`outcome_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_outcome_mapping_2` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_outcome_result` (
  `result_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mapping_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `value` tinyint(4) DEFAULT NULL,
  `create_by` bigint(20) DEFAULT NULL,
  `create_date_time` datetime NOT NULL,
  PRIMARY KEY (`result_id`),
  KEY `FK_lams_outcome_result_1` (`mapping_id`),
  KEY `FK_lams_outcome_result_2` (`user_id`),
  KEY `FK_lams_outcome_result_3` (`create_by`),
  CONSTRAINT `FK_lams_outcome_result_1` FOREIGN KEY (`mapping_id`) REFERENCES `lams_outcome_mapping` (`mapping_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_outcome_result_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_outcome_result_3` FOREIGN KEY (`create_by`) REFERENCES `lams_user` (`user_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_notification_event` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `scope` varchar(128) NOT NULL,
  `name` varchar(128) NOT NULL,
  `event_session_id` bigint(20) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `message` mediumtext,
  `fail_time` datetime DEFAULT NULL,
  `html_format` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`uid`),
  KEY `scope` (`scope`,`name`,`event_session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_notification_subscription` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) DEFAULT NULL,
  `event_uid` bigint(20) DEFAULT NULL,
  `delivery_method_id` tinyint(3) unsigned DEFAULT NULL,
  `last_operation_message` mediumtext,
  PRIMARY KEY (`uid`),
  KEY `EventSubscriptionsToUsers` (`user_id`),
  KEY `event_uid` (`event_uid`),
  CONSTRAINT `EventSubscriptionsToEvent` FOREIGN KEY (`event_uid`) REFERENCES `lams_notification_event` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `EventSubscriptionsToUsers` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_email_notification_archive` (
  `uid` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) DEFAULT NULL,
  `lesson_id` bigint(20) DEFAULT NULL,
  `search_type` tinyint(4) NOT NULL,
  `sent_on` datetime NOT NULL,
  `body` mediumtext,
  PRIMARY KEY (`uid`),
  KEY `FK_lams_email_notification_archive_1` (`organisation_id`),
  KEY `FK_lams_email_notification_archive_2` (`lesson_id`),
  CONSTRAINT `FK_lams_email_notification_archive_1` FOREIGN KEY (`organisation_id`) REFERENCES `lams_organisation` (`organisation_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_email_notification_archive_2` FOREIGN KEY (`lesson_id`) REFERENCES `lams_lesson` (`lesson_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_email_notification_recipient_archive` (
  `email_notification_uid` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  KEY `FK_lams_email_notification_recipient_archive_1` (`email_notification_uid`),
  KEY `FK_lams_email_notification_recipient_archive_2` (`user_id`),
  CONSTRAINT `FK_lams_email_notification_recipient_archive_1` FOREIGN KEY (`email_notification_uid`) REFERENCES `lams_email_notification_archive` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_lams_email_notification_recipient_archive_2` FOREIGN KEY (`user_id`) REFERENCES `lams_user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_configuration` (
  `config_key` varchar(30) NOT NULL,
  `config_value` varchar(255) DEFAULT NULL,
  `description_key` varchar(255) DEFAULT NULL,
  `header_name` varchar(50) DEFAULT NULL,
  `format` varchar(30) DEFAULT NULL,
  `required` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_signup_organisation` (
  `signup_organisation_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `add_to_lessons` tinyint(1) DEFAULT '1',
  `add_as_staff` tinyint(1) DEFAULT '0',
  `add_with_author` tinyint(1) DEFAULT '0',
  `add_with_monitor` tinyint(1) DEFAULT '0',
  `email_verify` tinyint(1) DEFAULT '0',
  `course_key` varchar(255) DEFAULT NULL,
  `blurb` text,
  `create_date` datetime DEFAULT NULL,
  `disabled` tinyint(1) DEFAULT '0',
  `conTEXT` varchar(191) NOT NULL,
  `login_tab_active` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`signup_organisation_id`),
  UNIQUE KEY `conTEXT` (`conTEXT`),
  KEY `organisation_id` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lams_qb_collection` (
  `uid` BIGINT AUTO_INCREMENT,
  `name` VARCHAR(255),
  `user_id` BIGINT,
  `personal` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (uid),
  INDEX (personal),
  CONSTRAINT FK_lams_qb_collection_1 FOREIGN KEY (user_id) REFERENCES lams_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `patches` (
  `system_name` varchar(30) NOT NULL,
  `patch_level` int(11) NOT NULL,
  `patch_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `patch_in_progress` char(1) NOT NULL DEFAULT 'F',
  PRIMARY KEY (`system_name`,`patch_level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
