-- Tine Groupware (tine 2.0) — trimmed MySQL DDL of the Tinebase, Addressbook, Crm, Calendar and Timetracker schema
-- Upstream: github.com/tine-groupware/tine, commit 4a6a329bcaa974e425ce0fc85390bc43960261ba (AGPL-3.0)
-- Tables defined in tine20/<App>/Setup/setup.xml were converted field by field with the type mapping of
-- tine20/Setup/Backend/Mysql.php; tables defined by Doctrine model configurations (tine20/<App>/Model/*.php,
-- static $_modelConfiguration) were rendered with the type mapping of tine20/Tinebase/Record/DoctrineMappingDriver.php,
-- including the columns Tinebase_ModelConfiguration adds (container_id, xprops, modlog columns, association join columns).
-- Table prefix tine20_ (SQL_TABLE_PREFIX default). Indexes and foreign keys left out; primary keys kept.

-- Tinebase.xml setup.xml table accounts (version 20)
CREATE TABLE `tine20_accounts` (
  `id` varchar(40) NOT NULL,
  `login_name` varchar(255) NOT NULL,
  `password` varchar(100) DEFAULT NULL,
  `ntlmv2hash` varchar(255) DEFAULT NULL,
  `pin` varchar(100) DEFAULT NULL,
  `login_shell` varchar(100) DEFAULT NULL,
  `home_dir` varchar(255) DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `last_login_from` varchar(39) DEFAULT NULL,
  `last_password_change` datetime DEFAULT NULL,
  `password_must_change` tinyint(1) DEFAULT 0,
  `status` varchar(20) DEFAULT 'enabled' NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `blocked_until` datetime DEFAULT NULL,
  `login_failures` text,
  `last_login_failure_at` datetime DEFAULT NULL,
  `primary_group_id` varchar(40) NOT NULL,
  `openid` varchar(254) DEFAULT NULL,
  `visibility` varchar(32) DEFAULT 'displayed' NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `contact_id` varchar(40) DEFAULT NULL,
  `type` varchar(64) DEFAULT NULL,
  `xprops` text,
  `mfa_configs` text,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT '1970-01-01 00:00:00' NOT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login_name` (`login_name`,`deleted_time`),
  UNIQUE KEY `openid` (`openid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table groups (version 10)
CREATE TABLE `tine20_groups` (
  `id` varchar(40) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` text,
  `visibility` varchar(32) DEFAULT 'displayed' NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `account_only` tinyint(1) DEFAULT 1,
  `list_id` varchar(40) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0 NOT NULL,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT '1970-01-01 00:00:00' NOT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`,`deleted_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table group_members (version 1)
CREATE TABLE `tine20_group_members` (
  `group_id` varchar(40) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  PRIMARY KEY (`group_id`,`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table access_log (version 5)
CREATE TABLE `tine20_access_log` (
  `id` varchar(40) NOT NULL,
  `sessionid` varchar(128) NOT NULL,
  `login_name` varchar(64) NOT NULL,
  `ip` varchar(40) DEFAULT NULL,
  `li` datetime NOT NULL,
  `lo` datetime DEFAULT NULL,
  `account_id` varchar(40) DEFAULT NULL,
  `result` int(11) NOT NULL,
  `clienttype` varchar(128) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table notes (version 6)
CREATE TABLE `tine20_notes` (
  `id` varchar(40) NOT NULL,
  `note_type_id` varchar(40) NOT NULL,
  `restricted_to` varchar(64) DEFAULT NULL,
  `note` text DEFAULT NULL,
  `record_model` varchar(64) NOT NULL,
  `record_backend` varchar(40) NOT NULL,
  `record_id` varchar(40) NOT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0 NOT NULL,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table relations (version 9)
CREATE TABLE `tine20_relations` (
  `id` varchar(40) NOT NULL,
  `rel_id` varchar(40) NOT NULL,
  `own_model` varchar(40) NOT NULL,
  `own_backend` varchar(40) NOT NULL,
  `own_id` varchar(40) NOT NULL,
  `related_degree` varchar(32) NOT NULL,
  `related_model` varchar(40) NOT NULL,
  `related_backend` varchar(40) NOT NULL,
  `related_id` varchar(40) NOT NULL,
  `type` varchar(40) NOT NULL,
  `remark` text,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0 NOT NULL,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rel_id-own_model-own_backend-own_id` (`rel_id`,`own_model`,`own_backend`,`own_id`),
  UNIQUE KEY `unique-fields` (`own_model`,`own_backend`,`own_id`,`related_model`,`related_backend`,`related_id`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table timemachine_modlog (version 6)
CREATE TABLE `tine20_timemachine_modlog` (
  `id` varchar(40) NOT NULL,
  `instance_id` varchar(40) DEFAULT NULL,
  `instance_seq` int(11) NOT NULL AUTO_INCREMENT,
  `change_type` varchar(40) DEFAULT NULL,
  `application_id` varchar(40) NOT NULL,
  `record_id` varchar(40) DEFAULT NULL,
  `record_type` varchar(64) DEFAULT NULL,
  `record_backend` varchar(64) DEFAULT NULL,
  `modification_time` datetime NOT NULL,
  `modification_account` varchar(40) NOT NULL,
  `modified_attribute` varchar(64) DEFAULT NULL,
  `old_value` longtext DEFAULT NULL,
  `new_value` longtext DEFAULT NULL,
  `seq` bigint(64) DEFAULT NULL,
  `client` varchar(255) NOT NULL,
  `request_id` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `instance_seq` (`instance_seq`),
  UNIQUE KEY `unique-fields` (`application_id`,`record_id`,`record_type`,`modification_time`,`modification_account`,`modified_attribute`,`seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table tags (version 10)
CREATE TABLE `tine20_tags` (
  `id` varchar(40) NOT NULL,
  `type` varchar(32) NOT NULL,
  `owner` varchar(40) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `color` varchar(7) DEFAULT NULL,
  `system_tag` tinyint(1) DEFAULT 0 NOT NULL,
  `occurrence` int(11) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0 NOT NULL,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table tagging (version 2)
CREATE TABLE `tine20_tagging` (
  `tag_id` varchar(40) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `record_id` varchar(40) NOT NULL,
  `record_backend_id` varchar(40) NOT NULL,
  PRIMARY KEY (`tag_id`,`application_id`,`record_id`,`record_backend_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table roles (version 5)
CREATE TABLE `tine20_roles` (
  `id` varchar(40) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT '1970-01-01 00:00:00' NOT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`,`deleted_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table role_accounts (version 5)
CREATE TABLE `tine20_role_accounts` (
  `id` varchar(40) DEFAULT NULL,
  `role_id` varchar(40) NOT NULL,
  `account_type` varchar(32) DEFAULT 'user' NOT NULL,
  `account_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_id-account_type-role_id` (`role_id`,`account_id`,`account_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table role_rights (version 3)
CREATE TABLE `tine20_role_rights` (
  `id` varchar(40) NOT NULL,
  `role_id` varchar(40) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `right` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table config (version 2)
CREATE TABLE `tine20_config` (
  `id` varchar(40) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id-name` (`application_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table preferences (version 8)
CREATE TABLE `tine20_preferences` (
  `id` varchar(40) NOT NULL,
  `account_type` varchar(32) DEFAULT 'user' NOT NULL,
  `account_id` varchar(40) DEFAULT NULL,
  `application_id` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `value` text NOT NULL,
  `type` varchar(40) DEFAULT NULL,
  `options` text,
  `personal_only` tinyint(1) DEFAULT NULL,
  `locked` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_id-name-account_id-account_type` (`application_id`,`name`,`account_id`,`account_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table customfield (version 5)
CREATE TABLE `tine20_customfield` (
  `id` varchar(40) NOT NULL,
  `record_id` varchar(40) NOT NULL,
  `customfield_id` varchar(40) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `record_id_customfield_id` (`record_id`,`customfield_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table customfield_config (version 10)
CREATE TABLE `tine20_customfield_config` (
  `id` varchar(40) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `model` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_system` tinyint(1) DEFAULT 0 NOT NULL,
  `definition` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id-name` (`application_id`,`model`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table container_acl (version 5)
CREATE TABLE `tine20_container_acl` (
  `id` varchar(40) NOT NULL,
  `container_id` varchar(40) NOT NULL,
  `account_type` varchar(32) DEFAULT 'user' NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `account_grant` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `container_id-account_type-account_id-acount_grant` (`container_id`,`account_type`,`account_id`,`account_grant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table credential_cache (version 1)
CREATE TABLE `tine20_credential_cache` (
  `id` varchar(40) NOT NULL,
  `cache` longtext NOT NULL,
  `creation_time` datetime DEFAULT NULL,
  `valid_until` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tinebase.xml setup.xml table departments (version 2)
CREATE TABLE `tine20_departments` (
  `id` varchar(40) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(254) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Addressbook.xml setup.xml table addressbook_image (version 2)
CREATE TABLE `tine20_addressbook_image` (
  `contact_id` varchar(40) NOT NULL,
  `image` longblob DEFAULT NULL,
  PRIMARY KEY (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Addressbook.xml setup.xml table addressbook_list_members (version 2)
CREATE TABLE `tine20_addressbook_list_members` (
  `list_id` varchar(40) NOT NULL,
  `contact_id` varchar(40) NOT NULL,
  PRIMARY KEY (`list_id`,`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Addressbook.xml setup.xml table addressbook_industry (version 1)
CREATE TABLE `tine20_addressbook_industry` (
  `id` varchar(40) NOT NULL,
  `name` text,
  `description` text,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Crm.xml setup.xml table metacrm_lead (version 13)
CREATE TABLE `tine20_metacrm_lead` (
  `id` varchar(40) NOT NULL,
  `lead_name` varchar(255) NOT NULL,
  `leadstate_id` int(11) DEFAULT NULL,
  `leadtype_id` int(11) DEFAULT NULL,
  `leadsource_id` int(11) DEFAULT NULL,
  `container_id` varchar(40) DEFAULT NULL,
  `description` text,
  `turnover` double DEFAULT NULL,
  `probability` tinyint(4) DEFAULT NULL,
  `lastreader` int(11) DEFAULT NULL,
  `start` datetime NOT NULL,
  `end` datetime DEFAULT NULL,
  `end_scheduled` datetime DEFAULT NULL,
  `resubmission_date` datetime DEFAULT NULL,
  `lastread` datetime DEFAULT NULL,
  `mute` tinyint(1) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `seq` int(11) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Calendar.xml setup.xml table cal_exdate (version 1)
CREATE TABLE `tine20_cal_exdate` (
  `id` varchar(40) NOT NULL,
  `cal_event_id` varchar(40) NOT NULL,
  `exdate` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Timetracker.xml setup.xml table timetracker_timeaccount_fav (version 1)
CREATE TABLE `tine20_timetracker_timeaccount_fav` (
  `id` varchar(40) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `timeaccount_id` varchar(40) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Addressbook_Model_Contact
CREATE TABLE `tine20_addressbook` (
  `id` varchar(40) NOT NULL,
  `adr_one_countryname` varchar(86) DEFAULT NULL,
  `adr_one_locality` varchar(86) DEFAULT NULL,
  `adr_one_postalcode` varchar(86) DEFAULT NULL,
  `adr_one_region` varchar(86) DEFAULT NULL,
  `adr_one_street` varchar(255) DEFAULT NULL,
  `adr_one_street2` varchar(255) DEFAULT NULL,
  `adr_one_lon` double DEFAULT NULL,
  `adr_one_lat` double DEFAULT NULL,
  `adr_two_countryname` varchar(86) DEFAULT NULL,
  `adr_two_locality` varchar(86) DEFAULT NULL,
  `adr_two_postalcode` varchar(86) DEFAULT NULL,
  `adr_two_region` varchar(86) DEFAULT NULL,
  `adr_two_street` varchar(86) DEFAULT NULL,
  `adr_two_street2` varchar(86) DEFAULT NULL,
  `adr_two_lon` double DEFAULT NULL,
  `adr_two_lat` double DEFAULT NULL,
  `assistent` varchar(86) DEFAULT NULL,
  `bday` datetime DEFAULT NULL,
  `color` varchar(7) DEFAULT NULL,
  `calendar_uri` varchar(128) DEFAULT NULL,
  `freebusy_uri` varchar(128) DEFAULT NULL,
  `geo` varchar(32) DEFAULT NULL,
  `industry` varchar(86) DEFAULT NULL,
  `language` varchar(6) DEFAULT NULL,
  `note` longtext DEFAULT NULL,
  `n_family` varchar(255) DEFAULT NULL,
  `n_fileas` varchar(255) DEFAULT NULL COMMENT 'Controls how this contact is listed and sorted in the UI.',
  `n_fn` varchar(255) DEFAULT NULL COMMENT 'The official full name for use in letters, mailings and documents.',
  `n_given` varchar(86) DEFAULT NULL,
  `n_middle` varchar(86) DEFAULT NULL,
  `n_prefix` varchar(255) DEFAULT NULL,
  `n_suffix` varchar(86) DEFAULT NULL,
  `n_short` varchar(86) DEFAULT NULL,
  `org_name` varchar(255) DEFAULT NULL,
  `org_unit` varchar(255) DEFAULT NULL,
  `preferred_address` varchar(255) DEFAULT 'adr_one',
  `preferred_email` varchar(255) DEFAULT 'email',
  `pubkey` longtext DEFAULT NULL,
  `role` varchar(86) DEFAULT NULL,
  `room` varchar(86) DEFAULT NULL,
  `salutation` varchar(40) DEFAULT NULL,
  `syncBackendIds` text DEFAULT NULL,
  `tel_assistent` varchar(86) DEFAULT NULL,
  `tel_car` varchar(86) DEFAULT NULL,
  `tel_pager` varchar(86) DEFAULT NULL,
  `tel_other` varchar(86) DEFAULT NULL,
  `tel_prefer` varchar(86) DEFAULT NULL,
  `tel_assistent_normalized` varchar(86) DEFAULT NULL,
  `tel_car_normalized` varchar(86) DEFAULT NULL,
  `tel_pager_normalized` varchar(86) DEFAULT NULL,
  `tel_other_normalized` varchar(86) DEFAULT NULL,
  `tel_prefer_normalized` varchar(86) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `type` varchar(40) NOT NULL DEFAULT 'contact',
  `tz` varchar(40) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `email_home` varchar(255) DEFAULT NULL,
  `tel_work` varchar(86) DEFAULT NULL,
  `tel_work_normalized` varchar(86) DEFAULT NULL,
  `tel_home` varchar(86) DEFAULT NULL,
  `tel_home_normalized` varchar(86) DEFAULT NULL,
  `tel_cell` varchar(86) DEFAULT NULL,
  `tel_cell_normalized` varchar(86) DEFAULT NULL,
  `tel_cell_private` varchar(86) DEFAULT NULL,
  `tel_cell_private_normalized` varchar(86) DEFAULT NULL,
  `tel_fax` varchar(86) DEFAULT NULL,
  `tel_fax_normalized` varchar(86) DEFAULT NULL,
  `tel_fax_home` varchar(86) DEFAULT NULL,
  `tel_fax_home_normalized` varchar(86) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `url_home` varchar(255) DEFAULT NULL,
  `label` longtext DEFAULT NULL,
  `cat_id` varchar(255) DEFAULT NULL,
  `ical_fb_urls` longtext DEFAULT NULL,
  `container_id` varchar(40) DEFAULT NULL,
  `xprops` text DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Addressbook_Model_List
CREATE TABLE `tine20_addressbook_lists` (
  `id` varchar(40) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `type` varchar(32) NOT NULL DEFAULT 'list',
  `list_type` varchar(40) DEFAULT NULL,
  `container_id` varchar(40) DEFAULT NULL,
  `xprops` text DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Addressbook_Model_ListRole
CREATE TABLE `tine20_addressbook_list_role` (
  `id` varchar(40) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `max_members` int DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Calendar_Model_Event
CREATE TABLE `tine20_cal_events` (
  `id` varchar(40) NOT NULL,
  `external_seq` int unsigned NOT NULL DEFAULT 0,
  `dtend` datetime NOT NULL,
  `transp` varchar(40) DEFAULT 'OPAQUE',
  `class` varchar(40) NOT NULL DEFAULT 'PUBLIC',
  `description` longtext DEFAULT NULL,
  `geo` double DEFAULT NULL,
  `adr_lon` double DEFAULT NULL,
  `adr_lat` double DEFAULT NULL,
  `location` text DEFAULT NULL,
  `location_record` varchar(40) DEFAULT NULL,
  `event_site` varchar(255) DEFAULT NULL,
  `organizer` varchar(40) DEFAULT NULL,
  `organizer_type` varchar(255) NOT NULL DEFAULT 'contact',
  `organizer_email` varchar(255) DEFAULT NULL,
  `organizer_displayname` varchar(255) DEFAULT NULL,
  `priority` int unsigned DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `summary` text DEFAULT NULL,
  `url` text DEFAULT NULL,
  `uid` varchar(255) NOT NULL,
  `external_uid` varchar(255) DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `etag` varchar(60) DEFAULT NULL,
  `dtstart` datetime NOT NULL,
  `recurid` varchar(255) DEFAULT NULL,
  `base_event_id` varchar(40) DEFAULT NULL,
  `rrule` varchar(255) DEFAULT NULL,
  `is_all_day_event` tinyint(1) DEFAULT 0,
  `rrule_until` datetime DEFAULT NULL,
  `rrule_constraints` longtext DEFAULT NULL,
  `originator_tz` varchar(255) DEFAULT NULL,
  `poll_id` varchar(40) DEFAULT NULL,
  `mute` tinyint(1) DEFAULT NULL,
  `container_id` varchar(40) DEFAULT NULL,
  `xprops` text DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Calendar_Model_Attender
CREATE TABLE `tine20_cal_attendee` (
  `id` varchar(40) NOT NULL,
  `user_id` varchar(40) DEFAULT NULL,
  `cal_event_id` varchar(40) NOT NULL,
  `user_type` varchar(32) NOT NULL DEFAULT 'user',
  `user_email` varchar(255) DEFAULT NULL,
  `user_displayname` varchar(255) DEFAULT NULL,
  `role` varchar(40) NOT NULL DEFAULT 'REQ',
  `transp` varchar(40) DEFAULT 'OPAQUE',
  `displaycontainer_id` varchar(40) DEFAULT NULL,
  `status_authkey` varchar(40) NOT NULL,
  `status` varchar(40) NOT NULL DEFAULT 'NEEDS-ACTION',
  `quantity` int NOT NULL DEFAULT 1,
  `xprops` text DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Calendar_Model_Resource
CREATE TABLE `tine20_cal_resources` (
  `id` varchar(40) NOT NULL,
  `name` varchar(255) NOT NULL,
  `hierarchy` text DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `max_number_of_people` int unsigned DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `type` varchar(32) NOT NULL DEFAULT 'RESOURCE',
  `status` varchar(32) NOT NULL DEFAULT 'NEEDS-ACTION',
  `status_with_grant` varchar(32) NOT NULL DEFAULT 'NEEDS-ACTION',
  `busy_type` varchar(32) NOT NULL DEFAULT 'BUSY',
  `suppress_notification` tinyint(1) DEFAULT 0,
  `color` varchar(7) DEFAULT NULL,
  `location_address` text DEFAULT NULL,
  `container_id` varchar(40) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Timetracker_Model_Timeaccount
CREATE TABLE `tine20_timetracker_timeaccount` (
  `id` varchar(40) NOT NULL,
  `title` varchar(255) NOT NULL,
  `number` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `budget` double DEFAULT NULL COMMENT 'Project time budget in hours',
  `budget_unit` varchar(255) NOT NULL DEFAULT 'hours',
  `price` double DEFAULT NULL,
  `price_unit` varchar(255) DEFAULT NULL,
  `is_open` tinyint(1) NOT NULL DEFAULT 1,
  `is_billable` tinyint(1) NOT NULL DEFAULT 1,
  `billed_in` varchar(255) DEFAULT NULL,
  `invoice_id` varchar(255) DEFAULT NULL,
  `status` varchar(40) DEFAULT 'not yet billed',
  `cleared_at` datetime DEFAULT NULL,
  `deadline` varchar(40) DEFAULT 'none',
  `accounting_time_factor` double NOT NULL DEFAULT 1,
  `budget_filled_level` double DEFAULT NULL,
  `budget_booked_hours` double DEFAULT NULL COMMENT 'All timesheet durations are aggregated here, no matter if they are billable or not',
  `container_id` varchar(40) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Timetracker_Model_Timesheet
CREATE TABLE `tine20_timetracker_timesheet` (
  `id` varchar(40) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `timeaccount_id` varchar(40) DEFAULT NULL,
  `is_billable` tinyint(1) NOT NULL DEFAULT 1,
  `billed_in` varchar(255) DEFAULT NULL,
  `invoice_id` varchar(255) DEFAULT NULL,
  `is_cleared` tinyint(1) NOT NULL DEFAULT 0,
  `cleared_amount` double DEFAULT NULL,
  `recorded_amount` double NOT NULL DEFAULT 0,
  `start_date` date NOT NULL,
  `start_time` time DEFAULT NULL,
  `end_time` time DEFAULT NULL,
  `duration` int unsigned NOT NULL DEFAULT '30',
  `correlation_id` varchar(40) DEFAULT NULL,
  `description` longtext NOT NULL,
  `need_for_clarification` tinyint(1) NOT NULL DEFAULT 0,
  `accounting_time_factor` double NOT NULL DEFAULT 1,
  `accounting_time` int unsigned NOT NULL DEFAULT '30',
  `workingtime_is_cleared` tinyint(1) NOT NULL DEFAULT 0,
  `workingtime_cleared_in` varchar(255) DEFAULT NULL,
  `process_status` varchar(40) NOT NULL DEFAULT 'ACCEPTED',
  `source` varchar(40) DEFAULT NULL,
  `source_model` varchar(100) DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_Container
CREATE TABLE `tine20_container` (
  `id` varchar(40) NOT NULL,
  `name` varchar(255) NOT NULL,
  `hierarchy` mediumtext DEFAULT NULL,
  `type` varchar(32) NOT NULL DEFAULT 'personal',
  `owner_id` varchar(40) NOT NULL DEFAULT '',
  `color` varchar(7) DEFAULT NULL,
  `order` int unsigned DEFAULT 0,
  `backend` varchar(64) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `content_seq` bigint unsigned DEFAULT NULL,
  `model` varchar(64) NOT NULL DEFAULT '',
  `uuid` varchar(64) DEFAULT NULL,
  `xprops` text DEFAULT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_Application
CREATE TABLE `tine20_applications` (
  `id` varchar(40) NOT NULL,
  `name` varchar(25) NOT NULL,
  `status` varchar(32) NOT NULL DEFAULT 'enabled',
  `order` int unsigned NOT NULL,
  `version` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_AppPassword
CREATE TABLE `tine20_app_pwd` (
  `id` varchar(40) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `auth_token` varchar(255) DEFAULT NULL,
  `valid_until` datetime NOT NULL,
  `jwt_key_id` varchar(255) DEFAULT NULL,
  `jwt_cc_id` varchar(40) DEFAULT NULL,
  `channels` longtext NOT NULL,
  `allow_get` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_AuthToken
CREATE TABLE `tine20_auth_token` (
  `id` varchar(40) NOT NULL,
  `auth_token` varchar(255) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `valid_until` datetime NOT NULL,
  `channels` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_WebauthnPublicKey
CREATE TABLE `tine20_webauthn_public_key` (
  `id` varchar(40) NOT NULL,
  `key_id` varchar(255) NOT NULL,
  `account_id` varchar(40) NOT NULL,
  `data` longtext NOT NULL,
  `created_by` varchar(40) DEFAULT NULL,
  `creation_time` datetime DEFAULT NULL,
  `last_modified_by` varchar(40) DEFAULT NULL,
  `last_modified_time` datetime DEFAULT NULL,
  `seq` int unsigned NOT NULL DEFAULT 0,
  `deleted_by` varchar(40) DEFAULT NULL,
  `deleted_time` datetime DEFAULT NULL,
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model Tinebase_Model_Alarm
CREATE TABLE `tine20_alarm` (
  `id` varchar(40) NOT NULL,
  `record_id` varchar(40) NOT NULL,
  `model` varchar(40) NOT NULL,
  `alarm_time` datetime NOT NULL,
  `sent_time` datetime DEFAULT NULL,
  `sent_status` varchar(32) NOT NULL DEFAULT 'pending',
  `sent_message` longtext DEFAULT NULL,
  `options` longtext DEFAULT NULL,
  `skip` tinyint(1) NOT NULL,
  `ack_time` datetime NOT NULL,
  `snooze_time` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

