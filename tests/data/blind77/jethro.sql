-- Jethro Pastoral Ministry Manager (tbar0970/jethro-pmm), GPL-3.0
-- Source: github.com/tbar0970/jethro-pmm, commit 492987994f1d74a41a0b55d854eb827168804187 (2026-08-21)
-- Upstream has no schema file: its installer (include/installer.class.php, Installer::initDB) builds the DDL from
-- each db_objects/*.class.php (getInitSQL or the generic DB_Object::_getInitSQL over _getFields) plus its own
-- tables and foreign keys. The installer was run against a scratch MariaDB database and the result dumped with
-- mysqldump --no-data: names, types, defaults, keys and foreign keys are upstream's. 44 of its 49 tables (views
-- person, person_group, abstract_note and member left out; also service_bible_reading, service_component_tag,
-- service_component_tagging, roster_view_service_field, congregation_service_component). The installer's
-- date-of-install default on _abstract_note.action_date is left out; AUTO_INCREMENT counters removed.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `2fa_trust` (
  `userid` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expiry` datetime NOT NULL,
  KEY `2fatrust_person` (`userid`),
  CONSTRAINT `2fatrust_person` FOREIGN KEY (`userid`) REFERENCES `staff_member` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `_abstract_note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `details` text NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'no_action',
  `status_last_changed` datetime DEFAULT NULL,
  `assignee` int(11) DEFAULT NULL,
  `assignee_last_changed` datetime DEFAULT NULL,
  `action_date` date NOT NULL,
  `creator` int(11) NOT NULL DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `editor` int(11) DEFAULT NULL,
  `edited` datetime DEFAULT NULL,
  `history` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `_abstract_noteassignee` (`assignee`),
  KEY `_abstract_notecreator` (`creator`),
  KEY `_abstract_noteeditor` (`editor`),
  CONSTRAINT `_abstract_noteassignee` FOREIGN KEY (`assignee`) REFERENCES `staff_member` (`id`),
  CONSTRAINT `_abstract_notecreator` FOREIGN KEY (`creator`) REFERENCES `staff_member` (`id`),
  CONSTRAINT `_abstract_noteeditor` FOREIGN KEY (`editor`) REFERENCES `staff_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `_person` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `gender` varchar(64) NOT NULL DEFAULT '',
  `age_bracketid` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `mobile_tel` varchar(12) NOT NULL DEFAULT '',
  `work_tel` varchar(12) NOT NULL DEFAULT '',
  `remarks` text NOT NULL,
  `status` int(11) NOT NULL,
  `status_last_changed` datetime DEFAULT NULL,
  `history` text NOT NULL,
  `creator` int(11) NOT NULL DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `congregationid` int(11) DEFAULT NULL,
  `familyid` int(11) NOT NULL DEFAULT 0,
  `member_password` varchar(255) DEFAULT NULL,
  `resethash` varchar(255) DEFAULT NULL,
  `resetexpires` datetime DEFAULT NULL,
  `feed_uuid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `person_fn` (`first_name`),
  KEY `person_ln` (`last_name`),
  KEY `_personage_bracketid` (`age_bracketid`),
  KEY `_personstatus` (`status`),
  KEY `_personfamilyid` (`familyid`),
  KEY `_personcongregationid` (`congregationid`),
  CONSTRAINT `_personage_bracketid` FOREIGN KEY (`age_bracketid`) REFERENCES `age_bracket` (`id`),
  CONSTRAINT `_personcongregationid` FOREIGN KEY (`congregationid`) REFERENCES `congregation` (`id`),
  CONSTRAINT `_personfamilyid` FOREIGN KEY (`familyid`) REFERENCES `family` (`id`),
  CONSTRAINT `_personstatus` FOREIGN KEY (`status`) REFERENCES `person_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `_person_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `categoryid` int(11) DEFAULT 0,
  `is_archived` varchar(255) NOT NULL DEFAULT '0',
  `owner` int(11) DEFAULT NULL,
  `show_add_family` varchar(255) NOT NULL DEFAULT 'no',
  `share_member_details` varchar(255) NOT NULL DEFAULT '0',
  `attendance_recording_days` varchar(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `_person_groupcategoryid` (`categoryid`),
  CONSTRAINT `_person_groupcategoryid` FOREIGN KEY (`categoryid`) REFERENCES `person_group_category` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `account_congregation_restriction` (
  `personid` int(11) NOT NULL,
  `congregationid` int(11) NOT NULL,
  PRIMARY KEY (`personid`,`congregationid`),
  KEY `account_group_restriction_congregationid` (`congregationid`),
  CONSTRAINT `account_congregation_restriction_personid` FOREIGN KEY (`personid`) REFERENCES `staff_member` (`id`),
  CONSTRAINT `account_group_restriction_congregationid` FOREIGN KEY (`congregationid`) REFERENCES `congregation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `account_group_restriction` (
  `personid` int(11) NOT NULL,
  `groupid` int(11) NOT NULL,
  PRIMARY KEY (`personid`,`groupid`),
  KEY `account_group_restriction_groupid` (`groupid`),
  CONSTRAINT `account_group_restriction_groupid` FOREIGN KEY (`groupid`) REFERENCES `_person_group` (`id`),
  CONSTRAINT `account_group_restriction_personid` FOREIGN KEY (`personid`) REFERENCES `staff_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `action_plan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `actions` text NOT NULL,
  `default_on_create_family` tinyint(1) unsigned DEFAULT NULL,
  `default_on_add_person` tinyint(1) unsigned DEFAULT NULL,
  `modified` datetime NOT NULL,
  `modifier` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `action_plan_age_bracket` (
  `action_planid` int(11) NOT NULL,
  `age_bracketid` int(11) NOT NULL,
  PRIMARY KEY (`action_planid`,`age_bracketid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `age_bracket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `is_adult` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_default` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `attendance_record` (
  `date` date NOT NULL,
  `personid` int(11) NOT NULL,
  `groupid` int(11) NOT NULL,
  `present` tinyint(1) unsigned NOT NULL,
  `checkinid` int(11) DEFAULT NULL,
  PRIMARY KEY (`date`,`personid`,`groupid`),
  KEY `attendance_recordpersonid` (`personid`),
  KEY `attendance_recordcheckinid` (`checkinid`),
  CONSTRAINT `attendance_recordcheckinid` FOREIGN KEY (`checkinid`) REFERENCES `checkin` (`id`) ON DELETE SET NULL,
  CONSTRAINT `attendance_recordpersonid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checkin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `venueid` int(11) NOT NULL DEFAULT 0,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  `name` varchar(255) NOT NULL,
  `tel` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `pax` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `congregation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `long_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `holds_persons` varchar(255) NOT NULL DEFAULT '1',
  `attendance_recording_days` varchar(255) NOT NULL DEFAULT '127',
  `meeting_time` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `congregation_headcount` (
  `date` date NOT NULL,
  `congregationid` int(11) NOT NULL,
  `number` int(11) NOT NULL,
  PRIMARY KEY (`date`,`congregationid`),
  KEY `congregation_headcountcongregationid` (`congregationid`),
  CONSTRAINT `congregation_headcountcongregationid` FOREIGN KEY (`congregationid`) REFERENCES `congregation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `type` varchar(255) NOT NULL DEFAULT 'text',
  `allow_multiple` varchar(255) NOT NULL DEFAULT '0',
  `show_add_family` varchar(255) NOT NULL DEFAULT '0',
  `searchable` varchar(255) NOT NULL DEFAULT '0',
  `heading_before` varchar(255) NOT NULL DEFAULT '',
  `divider_before` varchar(255) NOT NULL DEFAULT '0',
  `params` text NOT NULL,
  `tooltip` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_field_option` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `fieldid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `custom_field_optionfieldid` (`fieldid`),
  CONSTRAINT `custom_field_optionfieldid` FOREIGN KEY (`fieldid`) REFERENCES `custom_field` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_field_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `personid` int(11) NOT NULL,
  `fieldid` int(11) NOT NULL,
  `value_text` varchar(255) DEFAULT NULL,
  `value_date` char(10) DEFAULT NULL,
  `value_optionid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `custom_field_valuepersonid` (`personid`),
  KEY `custom_field_valuefieldid` (`fieldid`),
  KEY `custom_field_valuevalue_optionid` (`value_optionid`),
  CONSTRAINT `custom_field_valuefieldid` FOREIGN KEY (`fieldid`) REFERENCES `custom_field` (`id`) ON DELETE CASCADE,
  CONSTRAINT `custom_field_valuepersonid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE,
  CONSTRAINT `custom_field_valuevalue_optionid` FOREIGN KEY (`value_optionid`) REFERENCES `custom_field_option` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `db_object_lock` (
  `objectid` int(11) NOT NULL DEFAULT 0,
  `userid` int(11) NOT NULL DEFAULT 0,
  `lock_type` varchar(16) NOT NULL,
  `object_type` varchar(255) NOT NULL DEFAULT '',
  `expires` datetime NOT NULL,
  KEY `objectid` (`objectid`),
  KEY `userid` (`userid`),
  KEY `object_type` (`object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `family` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `family_name` varchar(128) NOT NULL DEFAULT '',
  `address_street` varchar(255) NOT NULL DEFAULT '',
  `address_suburb` varchar(128) NOT NULL DEFAULT '',
  `address_state` varchar(64) NOT NULL DEFAULT '',
  `address_postcode` varchar(10) NOT NULL DEFAULT '',
  `home_tel` varchar(12) NOT NULL DEFAULT '',
  `status` varchar(64) NOT NULL DEFAULT '',
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `creator` int(11) NOT NULL DEFAULT 0,
  `history` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `family_name` (`family_name`,`address_suburb`,`address_postcode`,`home_tel`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `family_note` (
  `familyid` int(11) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`familyid`,`id`),
  KEY `family_noteid` (`id`),
  CONSTRAINT `family_notefamilyid` FOREIGN KEY (`familyid`) REFERENCES `family` (`id`) ON DELETE CASCADE,
  CONSTRAINT `family_noteid` FOREIGN KEY (`id`) REFERENCES `_abstract_note` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `family_photo` (
  `familyid` int(11) NOT NULL,
  `photodata` mediumblob NOT NULL,
  PRIMARY KEY (`familyid`),
  CONSTRAINT `famliyphotofamilyid` FOREIGN KEY (`familyid`) REFERENCES `family` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `noteid` int(11) NOT NULL DEFAULT 0,
  `creator` int(11) NOT NULL DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `contents` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note_template_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `templateid` int(11) NOT NULL DEFAULT 0,
  `rank` int(11) NOT NULL DEFAULT 0,
  `customfieldid` int(11) DEFAULT 0,
  `label` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `note_template_fieldtemplateid` (`templateid`),
  KEY `note_template_fieldcustomfieldid` (`customfieldid`),
  CONSTRAINT `note_template_fieldcustomfieldid` FOREIGN KEY (`customfieldid`) REFERENCES `custom_field` (`id`) ON DELETE CASCADE,
  CONSTRAINT `note_template_fieldtemplateid` FOREIGN KEY (`templateid`) REFERENCES `note_template` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_group_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `parent_category` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_group_headcount` (
  `date` date NOT NULL,
  `person_groupid` int(11) NOT NULL,
  `number` int(11) NOT NULL,
  PRIMARY KEY (`date`,`person_groupid`),
  KEY `person_group_headcountperson_groupid` (`person_groupid`),
  CONSTRAINT `person_group_headcountperson_groupid` FOREIGN KEY (`person_groupid`) REFERENCES `_person_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_group_membership` (
  `personid` int(11) NOT NULL DEFAULT 0,
  `groupid` int(11) NOT NULL DEFAULT 0,
  `membership_status` int(11) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`personid`,`groupid`),
  KEY `personid` (`personid`),
  KEY `groupid` (`groupid`),
  KEY `membership_status_fk` (`membership_status`),
  CONSTRAINT `membership_status_fk` FOREIGN KEY (`membership_status`) REFERENCES `person_group_membership_status` (`id`),
  CONSTRAINT `pgm_personid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_group_membership_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) unsigned DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_note` (
  `personid` int(11) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`personid`,`id`),
  KEY `person_noteid` (`id`),
  CONSTRAINT `person_noteid` FOREIGN KEY (`id`) REFERENCES `_abstract_note` (`id`) ON DELETE CASCADE,
  CONSTRAINT `person_notepersonid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_photo` (
  `personid` int(11) NOT NULL,
  `photodata` mediumblob NOT NULL,
  PRIMARY KEY (`personid`),
  CONSTRAINT `photo_personid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_query` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `creator` int(11) NOT NULL DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `owner` int(11) DEFAULT NULL,
  `params` text NOT NULL,
  `mailchimp_list_id` varchar(255) NOT NULL DEFAULT '',
  `show_on_homepage` varchar(12) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `active` tinyint(1) unsigned DEFAULT 1,
  `is_default` tinyint(1) unsigned DEFAULT 0,
  `is_archived` tinyint(1) unsigned DEFAULT 0,
  `require_congregation` tinyint(1) unsigned DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `planned_absence` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `personid` int(11) NOT NULL DEFAULT 0,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `comment` text NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `creator` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `planned_absencepersonid` (`personid`),
  KEY `planned_absencecreator` (`creator`),
  CONSTRAINT `planned_absencecreator` FOREIGN KEY (`creator`) REFERENCES `_person` (`id`),
  CONSTRAINT `planned_absencepersonid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roster_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `congregationid` int(11) DEFAULT 0,
  `active` varchar(255) NOT NULL DEFAULT '1',
  `assign_multiple` varchar(255) NOT NULL DEFAULT '0',
  `volunteer_group` int(11) DEFAULT 0,
  `details` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `roster_rolevolunteer_group` (`volunteer_group`),
  CONSTRAINT `roster_rolevolunteer_group` FOREIGN KEY (`volunteer_group`) REFERENCES `_person_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roster_role_assignment` (
  `assignment_date` date NOT NULL,
  `roster_role_id` int(11) NOT NULL,
  `personid` int(11) NOT NULL,
  `rank` int(10) unsigned NOT NULL DEFAULT 0,
  `assigner` int(11) NOT NULL,
  `assignedon` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`roster_role_id`,`assignment_date`,`personid`),
  KEY `rra_assiger` (`assigner`),
  KEY `rra_personid` (`personid`),
  CONSTRAINT `rra_assiger` FOREIGN KEY (`assigner`) REFERENCES `_person` (`id`),
  CONSTRAINT `rra_personid` FOREIGN KEY (`personid`) REFERENCES `_person` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rra_roster_role_id` FOREIGN KEY (`roster_role_id`) REFERENCES `roster_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roster_role_team` (
  `roster_role_id` int(11) NOT NULL,
  `person_group_id` int(11) NOT NULL,
  PRIMARY KEY (`roster_role_id`,`person_group_id`),
  KEY `roster_role_team_person_group` (`person_group_id`),
  CONSTRAINT `roster_role_team_person_group` FOREIGN KEY (`person_group_id`) REFERENCES `_person_group` (`id`),
  CONSTRAINT `roster_role_team_roster_role` FOREIGN KEY (`roster_role_id`) REFERENCES `roster_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roster_view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `visibility` varchar(255) NOT NULL DEFAULT '0',
  `show_on_run_sheet` varchar(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roster_view_role_membership` (
  `roster_role_id` int(5) NOT NULL,
  `roster_view_id` int(5) NOT NULL,
  `order_num` int(5) NOT NULL,
  PRIMARY KEY (`roster_role_id`,`roster_view_id`),
  KEY `roster_view_role_membershiproster_view_id` (`roster_view_id`),
  CONSTRAINT `roster_view_role_membershiproster_role_id` FOREIGN KEY (`roster_role_id`) REFERENCES `roster_role` (`id`),
  CONSTRAINT `roster_view_role_membershiproster_view_id` FOREIGN KEY (`roster_view_id`) REFERENCES `roster_view` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `service` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `congregationid` int(11) NOT NULL DEFAULT 0,
  `format_title` varchar(255) NOT NULL,
  `topic_title` varchar(255) NOT NULL,
  `notes` text NOT NULL,
  `comments` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `datecong` (`date`,`congregationid`),
  KEY `servicecongregationid` (`congregationid`),
  CONSTRAINT `servicecongregationid` FOREIGN KEY (`congregationid`) REFERENCES `congregation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `service_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `alt_title` varchar(255) NOT NULL,
  `categoryid` int(11) NOT NULL DEFAULT 0,
  `comments` text NOT NULL,
  `ccli_number` int(11) DEFAULT 0,
  `runsheet_title_format` varchar(255) NOT NULL,
  `personnel` varchar(255) NOT NULL,
  `length_mins` int(11) NOT NULL DEFAULT 0,
  `show_in_handout` varchar(255) NOT NULL,
  `handout_title_format` varchar(255) NOT NULL,
  `show_on_slide` varchar(255) NOT NULL,
  `content_html` text NOT NULL,
  `credits` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `service_componentcategoryid` (`categoryid`),
  CONSTRAINT `service_componentcategoryid` FOREIGN KEY (`categoryid`) REFERENCES `service_component_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `service_component_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_name` varchar(255) NOT NULL,
  `runsheet_title_format` varchar(255) NOT NULL DEFAULT '%title%',
  `handout_title_format` varchar(255) NOT NULL DEFAULT '%title%',
  `show_in_handout_default` varchar(255) NOT NULL DEFAULT 'full',
  `show_on_slide_default` varchar(255) NOT NULL DEFAULT '1',
  `personnel_default` varchar(255) NOT NULL,
  `length_mins_default` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `service_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `serviceid` int(11) NOT NULL DEFAULT 0,
  `rank` int(11) NOT NULL DEFAULT 0,
  `componentid` int(11) DEFAULT 0,
  `length_mins` int(11) NOT NULL DEFAULT 0,
  `title` varchar(255) DEFAULT NULL,
  `show_in_handout` varchar(255) NOT NULL,
  `heading_text` varchar(255) NOT NULL,
  `note` text NOT NULL,
  `personnel` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `servicerank` (`serviceid`,`rank`),
  KEY `service_itemcomponentid` (`componentid`),
  CONSTRAINT `service_itemcomponentid` FOREIGN KEY (`componentid`) REFERENCES `service_component` (`id`),
  CONSTRAINT `service_itemserviceid` FOREIGN KEY (`serviceid`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `setting` (
  `rank` int(11) unsigned DEFAULT NULL,
  `heading` varchar(255) DEFAULT NULL,
  `symbol` varchar(255) NOT NULL,
  `note` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  UNIQUE KEY `setting_symbol` (`symbol`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `staff_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `active` varchar(255) NOT NULL DEFAULT '1',
  `permissions` varchar(255) NOT NULL DEFAULT '2147483647',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `venue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `set_attendance` varchar(255) NOT NULL,
  `thanks_message` text NOT NULL,
  `is_archived` varchar(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS=1;
