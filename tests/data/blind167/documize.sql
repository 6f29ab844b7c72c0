-- Documize Community (documize/community), knowledge base / documentation wiki: spaces, documents and their
-- sections, revisions, reusable blocks and templates, attachments, categories, labels, user groups and
-- permissions, pins, document feedback, votes and secure shares, actions (read / review / approve requests),
-- users and their accounts per organisation, activity and audit logs, search index, settings.
-- Source: github.com/documize/community core/database/scripts/mysql/db_00000.sql ... db_00034.sql (upstream's
-- MySQL install and upgrade scripts), commit bdc19f135d9c9a7f448b07c584f1106e76d2f0d8, AGPL-3.0.
-- How it was made: the 35 scripts were run in order in an empty MariaDB 10.11 database (statement by statement,
-- as Documize's installer runs them), and the final tables were read back with SHOW CREATE TABLE (listed in
-- SHOW TABLES order). Column names, order, types, defaults, primary and unique keys are upstream's as MariaDB
-- reports them; JSON columns appear as LONGTEXT with MariaDB's json_valid() check. Upstream declares no foreign
-- keys. All 27 tables are kept.

CREATE TABLE `dmz_action` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_requestorid` varchar(20) NOT NULL,
  `c_actiontype` int(11) NOT NULL DEFAULT 0,
  `c_note` varchar(2000) NOT NULL DEFAULT '',
  `c_requested` timestamp NULL DEFAULT NULL,
  `c_due` timestamp NULL DEFAULT NULL,
  `c_completed` timestamp NULL DEFAULT NULL,
  `c_iscomplete` tinyint(1) NOT NULL DEFAULT 0,
  `c_reftype` char(1) NOT NULL DEFAULT 'D',
  `c_reftypeid` varchar(20) NOT NULL,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_useraction_refid` (`c_refid`),
  KEY `idx_useraction_userid` (`c_userid`),
  KEY `idx_useraction_documentid` (`c_docid`),
  KEY `idx_useraction_requestorid` (`c_requestorid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_audit_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_eventtype` varchar(100) NOT NULL DEFAULT '',
  `c_ip` varchar(39) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_userevent_orgid` (`c_orgid`),
  KEY `idx_userevent_userid` (`c_userid`),
  KEY `idx_userevent_eventtype` (`c_eventtype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) NOT NULL,
  `c_name` varchar(200) NOT NULL DEFAULT '',
  `c_default` tinyint(1) NOT NULL DEFAULT 0,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_category_id` (`id`),
  KEY `idx_category_refid` (`c_refid`),
  KEY `idx_category_orgid` (`c_orgid`),
  KEY `idx_category_1` (`c_orgid`,`c_spaceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_category_member` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) NOT NULL,
  `c_categoryid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_categorymember_id` (`id`),
  KEY `idx_category_documentid` (`c_docid`),
  KEY `idx_categorymember_1` (`c_orgid`,`c_docid`),
  KEY `idx_categorymember_2` (`c_orgid`,`c_spaceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_config` (
  `c_key` char(200) NOT NULL,
  `c_config` longtext DEFAULT NULL CHECK (json_valid(`c_config`)),
  UNIQUE KEY `idx_config_area` (`c_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL DEFAULT '',
  `c_job` char(36) NOT NULL DEFAULT '',
  `c_location` varchar(2000) NOT NULL DEFAULT '',
  `c_name` varchar(2000) NOT NULL DEFAULT '',
  `c_desc` varchar(2000) NOT NULL DEFAULT '',
  `c_slug` varchar(2000) NOT NULL DEFAULT '',
  `c_tags` varchar(1000) NOT NULL DEFAULT '',
  `c_template` tinyint(1) NOT NULL DEFAULT 0,
  `c_protection` int(11) NOT NULL DEFAULT 0,
  `c_approval` int(11) NOT NULL DEFAULT 0,
  `c_lifecycle` int(11) NOT NULL DEFAULT 1,
  `c_versioned` tinyint(1) NOT NULL DEFAULT 0,
  `c_versionid` varchar(100) NOT NULL DEFAULT '',
  `c_versionorder` int(11) NOT NULL DEFAULT 0,
  `c_seq` int(11) NOT NULL DEFAULT 99999,
  `c_groupid` varchar(20) NOT NULL DEFAULT '',
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_document_id` (`id`),
  UNIQUE KEY `idx_doc_4` (`c_orgid`,`c_refid`),
  KEY `idx_document_orgid` (`c_orgid`),
  KEY `idx_document_labelid` (`c_spaceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc_attachment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_sectionid` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `c_job` char(36) NOT NULL,
  `c_fileid` char(10) NOT NULL,
  `c_filename` varchar(255) NOT NULL,
  `c_data` longblob DEFAULT NULL,
  `c_extension` char(6) NOT NULL,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_attachment_id` (`id`),
  KEY `idx_attachment_orgid` (`c_orgid`),
  KEY `idx_attachment_documentid` (`c_docid`),
  KEY `idx_attachment_job_and_fileid` (`c_job`,`c_fileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc_comment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_sectionid` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `c_replyto` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `c_userid` varchar(20) DEFAULT '',
  `c_email` varchar(250) NOT NULL DEFAULT '',
  `c_feedback` longtext DEFAULT NULL,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc_link` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_sourcedocid` varchar(20) NOT NULL,
  `c_sourcesectionid` varchar(20) NOT NULL,
  `c_type` varchar(20) NOT NULL,
  `c_targetdocid` varchar(20) NOT NULL,
  `c_targetid` varchar(20) NOT NULL DEFAULT '',
  `c_externalid` varchar(1000) NOT NULL DEFAULT '',
  `c_orphan` tinyint(1) NOT NULL DEFAULT 0,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc_share` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_userid` varchar(20) DEFAULT '',
  `c_email` varchar(250) NOT NULL DEFAULT '',
  `c_message` varchar(500) NOT NULL DEFAULT '',
  `c_viewed` varchar(500) NOT NULL DEFAULT '',
  `c_secret` varchar(250) NOT NULL DEFAULT '',
  `c_expires` varchar(20) DEFAULT '',
  `c_active` tinyint(1) NOT NULL DEFAULT 1,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_doc_vote` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_voter` varchar(20) NOT NULL DEFAULT '',
  `c_vote` int(11) NOT NULL DEFAULT 0,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_vote_id` (`id`),
  KEY `idx_vote_refid` (`c_refid`),
  KEY `idx_vote_documentid` (`c_docid`),
  KEY `idx_vote_orgid` (`c_orgid`),
  KEY `idx_vote_1` (`c_orgid`,`c_docid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_name` varchar(50) NOT NULL DEFAULT '',
  `c_desc` varchar(100) DEFAULT '',
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_category_id` (`id`),
  KEY `idx_category_refid` (`c_refid`),
  KEY `idx_category_orgid` (`c_orgid`),
  KEY `idx_role_1` (`c_orgid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_group_member` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_groupid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  UNIQUE KEY `idx_category_id` (`id`),
  KEY `idx_rolemember_1` (`c_groupid`,`c_userid`),
  KEY `idx_rolemember_2` (`c_orgid`,`c_groupid`,`c_userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_org` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_company` varchar(500) NOT NULL,
  `c_title` varchar(500) NOT NULL,
  `c_message` varchar(800) NOT NULL DEFAULT '',
  `c_domain` varchar(200) NOT NULL DEFAULT '',
  `c_service` varchar(200) NOT NULL DEFAULT '',
  `c_email` varchar(500) NOT NULL DEFAULT '',
  `c_anonaccess` tinyint(1) NOT NULL DEFAULT 0,
  `c_authprovider` char(20) NOT NULL DEFAULT 'documize',
  `c_authconfig` longtext DEFAULT NULL CHECK (json_valid(`c_authconfig`)),
  `c_sub` longtext DEFAULT NULL CHECK (json_valid(`c_sub`)),
  `c_maxtags` int(11) NOT NULL DEFAULT 3,
  `c_theme` varchar(20) NOT NULL DEFAULT '',
  `c_logo` longblob DEFAULT NULL,
  `c_verified` tinyint(1) NOT NULL DEFAULT 0,
  `c_serial` varchar(50) NOT NULL DEFAULT '',
  `c_active` tinyint(1) NOT NULL DEFAULT 1,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_locale` varchar(20) NOT NULL DEFAULT 'en-US',
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_organization_id` (`id`),
  KEY `idx_organization_domain` (`c_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_permission` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_who` varchar(30) NOT NULL,
  `c_whoid` varchar(20) NOT NULL DEFAULT '',
  `c_action` varchar(30) NOT NULL,
  `c_scope` varchar(30) NOT NULL,
  `c_location` varchar(100) NOT NULL,
  `c_refid` varchar(20) NOT NULL,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_permission_id` (`id`),
  KEY `idx_permission_orgid` (`c_orgid`),
  KEY `idx_permission_1` (`c_orgid`,`c_who`,`c_whoid`,`c_location`),
  KEY `idx_permission_2` (`c_orgid`,`c_who`,`c_whoid`,`c_location`,`c_action`),
  KEY `idx_permission_3` (`c_orgid`,`c_location`,`c_refid`),
  KEY `idx_permission_4` (`c_orgid`,`c_who`,`c_location`,`c_action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_pin` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) DEFAULT '',
  `c_spaceid` varchar(20) DEFAULT '',
  `c_docid` varchar(20) DEFAULT '',
  `c_sequence` int(10) unsigned NOT NULL DEFAULT 99,
  `c_name` char(100) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_pin_userid` (`c_userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_search` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_itemid` varchar(20) NOT NULL DEFAULT '',
  `c_itemtype` varchar(10) NOT NULL,
  `c_content` longtext DEFAULT NULL,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_search_id` (`id`),
  KEY `idx_search_orgid` (`c_orgid`),
  KEY `idx_search_documentid` (`c_docid`),
  FULLTEXT KEY `idx_search_content` (`c_content`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_section` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL DEFAULT '',
  `c_contenttype` char(20) NOT NULL DEFAULT 'wysiwyg',
  `c_type` char(10) NOT NULL DEFAULT 'section',
  `c_templateid` varchar(20) NOT NULL DEFAULT '',
  `c_level` int(10) unsigned NOT NULL,
  `c_sequence` double NOT NULL,
  `c_name` varchar(2000) NOT NULL DEFAULT '',
  `c_body` longtext DEFAULT NULL,
  `c_revisions` int(10) unsigned NOT NULL,
  `c_status` int(11) NOT NULL DEFAULT 0,
  `c_relativeid` varchar(20) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_page_id` (`id`),
  UNIQUE KEY `idx_section_4` (`c_orgid`,`c_refid`),
  KEY `idx_page_orgid` (`c_orgid`),
  KEY `idx_page_documentid` (`c_docid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_section_meta` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_sectionid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL DEFAULT '',
  `c_docid` varchar(20) NOT NULL,
  `c_rawbody` longblob DEFAULT NULL,
  `c_config` longtext DEFAULT NULL CHECK (json_valid(`c_config`)),
  `c_external` tinyint(1) DEFAULT 0,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_sectionid`),
  UNIQUE KEY `idx_pagemeta_id` (`id`),
  KEY `idx_pagemeta_pageid` (`c_sectionid`),
  KEY `idx_pagemeta_orgid` (`c_orgid`),
  KEY `idx_pagemeta_documentid` (`c_docid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_section_revision` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL,
  `c_ownerid` varchar(20) DEFAULT '',
  `c_sectionid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_contenttype` char(20) NOT NULL DEFAULT 'wysiwyg',
  `c_type` char(10) NOT NULL DEFAULT 'section',
  `c_name` varchar(2000) NOT NULL DEFAULT '',
  `c_body` longtext DEFAULT NULL,
  `c_rawbody` longblob DEFAULT NULL,
  `c_config` longtext DEFAULT NULL CHECK (json_valid(`c_config`)),
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_revision_id` (`id`),
  KEY `idx_revision_orgid` (`c_orgid`),
  KEY `idx_revision_documentid` (`c_docid`),
  KEY `idx_revision_pageid` (`c_sectionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_section_template` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) DEFAULT '',
  `c_userid` varchar(20) DEFAULT '',
  `c_contenttype` char(20) NOT NULL DEFAULT 'wysiwyg',
  `c_type` char(10) NOT NULL DEFAULT 'section',
  `c_name` varchar(2000) NOT NULL DEFAULT '',
  `c_body` longtext DEFAULT NULL,
  `c_desc` varchar(2000) NOT NULL DEFAULT '',
  `c_used` int(10) unsigned NOT NULL,
  `c_rawbody` longblob DEFAULT NULL,
  `c_config` longtext DEFAULT NULL CHECK (json_valid(`c_config`)),
  `c_external` tinyint(1) DEFAULT 0,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_block_refid` (`c_refid`),
  KEY `idx_block_labelid` (`c_spaceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_space` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_name` varchar(300) NOT NULL,
  `c_desc` varchar(800) NOT NULL DEFAULT '',
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL DEFAULT '',
  `c_type` int(11) NOT NULL DEFAULT 1,
  `c_lifecycle` int(11) NOT NULL DEFAULT 1,
  `c_likes` varchar(1000) NOT NULL DEFAULT '',
  `c_labelid` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `c_icon` varchar(50) NOT NULL DEFAULT '',
  `c_count_category` int(11) NOT NULL DEFAULT 0,
  `c_count_content` int(11) NOT NULL DEFAULT 0,
  `c_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_label_id` (`id`),
  KEY `idx_label_userid` (`c_userid`),
  KEY `idx_label_orgid` (`c_orgid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_space_label` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `c_orgid` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `c_name` varchar(50) NOT NULL DEFAULT '',
  `c_color` varchar(10) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  UNIQUE KEY `idx_space_label_1` (`id`),
  KEY `idx_space_label_2` (`c_refid`),
  KEY `idx_space_label_3` (`c_orgid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `dmz_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_firstname` varchar(500) NOT NULL DEFAULT '',
  `c_lastname` varchar(500) NOT NULL DEFAULT '',
  `c_email` varchar(500) NOT NULL DEFAULT '',
  `c_initials` varchar(20) NOT NULL DEFAULT '',
  `c_globaladmin` tinyint(1) NOT NULL DEFAULT 0,
  `c_password` varchar(500) NOT NULL DEFAULT '',
  `c_salt` varchar(500) NOT NULL DEFAULT '',
  `c_reset` varchar(500) NOT NULL DEFAULT '',
  `c_active` tinyint(1) NOT NULL DEFAULT 1,
  `c_lastversion` varchar(20) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  `c_locale` varchar(20) NOT NULL DEFAULT 'en-US',
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `email` (`c_email`),
  UNIQUE KEY `idx_user_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_user_account` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_refid` varchar(20) NOT NULL,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_editor` tinyint(1) NOT NULL DEFAULT 0,
  `c_admin` tinyint(1) NOT NULL DEFAULT 0,
  `c_users` tinyint(1) NOT NULL DEFAULT 1,
  `c_analytics` tinyint(1) NOT NULL DEFAULT 0,
  `c_active` tinyint(1) NOT NULL DEFAULT 1,
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  `c_revised` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`c_refid`),
  UNIQUE KEY `idx_account_id` (`id`),
  KEY `idx_account_userid` (`c_userid`),
  KEY `idx_account_orgid` (`c_orgid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_user_activity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_spaceid` varchar(20) NOT NULL,
  `c_docid` varchar(20) NOT NULL DEFAULT '',
  `c_sectionid` varchar(20) NOT NULL DEFAULT '',
  `c_sourcetype` int(11) NOT NULL DEFAULT 0,
  `c_activitytype` int(11) NOT NULL DEFAULT 0,
  `c_metadata` varchar(1000) NOT NULL DEFAULT '',
  `c_created` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_activity_orgid` (`c_orgid`),
  KEY `idx_activity_userid` (`c_userid`),
  KEY `idx_activity_activitytype` (`c_activitytype`),
  KEY `idx_useractivity_1` (`c_orgid`,`c_docid`,`c_sourcetype`),
  KEY `idx_useractivity_2` (`c_orgid`,`c_docid`,`c_userid`,`c_sourcetype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

CREATE TABLE `dmz_user_config` (
  `c_orgid` varchar(20) NOT NULL,
  `c_userid` varchar(20) NOT NULL,
  `c_key` char(200) NOT NULL,
  `c_config` longtext DEFAULT NULL CHECK (json_valid(`c_config`)),
  UNIQUE KEY `idx_userconfig_orguserkey` (`c_orgid`,`c_userid`,`c_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
;

