-- VINCE 3.0.36 (CERT/CC Vulnerability Information and Coordination Environment; Django), trimmed to 81 tables
-- of its three databases: VINCE Track (vince_*, the coordinators' tracker), VINCE Comm (vinny_*, the portal of
-- vendors and reporters) and VINCE Pub (vincepub_*, public notes and the report form), with Django's auth.
-- Upstream: github.com/CERTCC/VINCE, commit adb241f1bae973592fbf0b9daa57b1feadcc35a7 (MIT (SEI) licence).
-- Made by loading upstream's models (vince/, vinny/, vincepub/ models.py) under Django 4.2 and creating their
-- tables with the MySQL schema editor in a scratch MariaDB database, then SHOW CREATE TABLE of the kept tables.
-- PostgreSQL ArrayField columns are written as json, SearchVectorField (tsvector) columns as longtext; GIN indexes
-- are left out. Foreign keys are kept between kept tables only; the three that close a reference cycle are added
-- by ALTER TABLE at the end; tables are in dependency order.

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` varchar(10) DEFAULT NULL,
  `vendor_name` varchar(100) NOT NULL,
  `vendor_type` varchar(50) NOT NULL,
  `srmail_peer` varchar(100) DEFAULT NULL,
  `srmail_salutation` varchar(100) DEFAULT NULL,
  `srmail_id` int(11) DEFAULT NULL,
  `lotus_id` int(11) DEFAULT NULL,
  `countrycode` varchar(2) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `location` varchar(15) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `search_vector` longtext DEFAULT NULL,
  `modified` datetime(6) NOT NULL,
  `version` int(11) NOT NULL,
  `uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `vince_contact_user_added_id_c5cd118c_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_contact_user_added_id_c5cd118c_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_emailcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `email_type` varchar(20) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `email_function` varchar(10) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `version` int(11) NOT NULL,
  `email_list` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_emailcontact_contact_id_0d483671_fk_vince_contact_id` (`contact_id`),
  KEY `vince_emailcontact_user_added_id_48845010_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_emailcontact_contact_id_0d483671_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_emailcontact_user_added_id_48845010_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_phonecontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `country_code` varchar(5) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `phone_type` varchar(20) NOT NULL,
  `comment` varchar(200) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `version` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_phonecontact_contact_id_127b8941_fk_vince_contact_id` (`contact_id`),
  KEY `vince_phonecontact_user_added_id_76711630_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_phonecontact_contact_id_127b8941_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_phonecontact_user_added_id_76711630_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_postaladdress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `country` varchar(2) DEFAULT NULL,
  `primary` tinyint(1) NOT NULL,
  `address_type` varchar(20) NOT NULL,
  `street` varchar(150) NOT NULL,
  `street2` varchar(150) DEFAULT NULL,
  `city` varchar(50) NOT NULL,
  `state` varchar(40) NOT NULL,
  `zip_code` varchar(12) NOT NULL,
  `comment` varchar(200) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `version` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_postaladdress_contact_id_f024f65b_fk_vince_contact_id` (`contact_id`),
  KEY `vince_postaladdress_user_added_id_1fab423e_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_postaladdress_contact_id_f024f65b_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_postaladdress_user_added_id_1fab423e_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_website` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `url` varchar(200) NOT NULL,
  `description` varchar(100) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `version` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_website_contact_id_e32e495d_fk_vince_contact_id` (`contact_id`),
  KEY `vince_website_user_added_id_c3071620_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_website_contact_id_e32e495d_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_website_user_added_id_c3071620_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_contactpgp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_ts` datetime(6) NOT NULL,
  `pgp_key_id` varchar(200) NOT NULL,
  `pgp_fingerprint` varchar(200) DEFAULT NULL,
  `pgp_version` int(11) DEFAULT NULL,
  `pgp_key_data` longtext DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `startdate` varchar(12) DEFAULT NULL,
  `enddate` varchar(12) DEFAULT NULL,
  `pgp_protocol` varchar(30) NOT NULL,
  `version` int(11) NOT NULL,
  `pgp_email` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_contactpgp_contact_id_acd36115_fk_vince_contact_id` (`contact_id`),
  KEY `vince_contactpgp_user_id_ab2243fc_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_contactpgp_contact_id_acd36115_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_contactpgp_user_id_ab2243fc_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_contactgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `vuid` varchar(50) DEFAULT NULL,
  `description` varchar(250) NOT NULL,
  `srmail_peer_name` varchar(50) NOT NULL,
  `group_type` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `version` int(11) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_contactgroup_user_added_id_655fbb7d_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_contactgroup_user_added_id_655fbb7d_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_groupmember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `group_member_id` int(11) DEFAULT NULL,
  `member_type` varchar(30) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_groupmember_group_id_0e5739e4_fk_vince_contactgroup_id` (`group_id`),
  KEY `vince_groupmember_contact_id_358296db_fk_vince_contact_id` (`contact_id`),
  KEY `vince_groupmember_group_member_id_1217728a_fk_vince_gro` (`group_member_id`),
  KEY `vince_groupmember_user_added_id_5497e4a8_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_groupmember_contact_id_358296db_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_groupmember_group_id_0e5739e4_fk_vince_contactgroup_id` FOREIGN KEY (`group_id`) REFERENCES `vince_contactgroup` (`id`),
  CONSTRAINT `vince_groupmember_user_added_id_5497e4a8_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_groupsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `publish` tinyint(1) NOT NULL,
  `organization` varchar(50) DEFAULT NULL,
  `vulnote_template` longtext DEFAULT NULL,
  `team_email` varchar(100) DEFAULT NULL,
  `team_signature` longtext DEFAULT NULL,
  `disclosure_link` varchar(200) DEFAULT NULL,
  `cna_email` varchar(100) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `contacts_read` tinyint(1) NOT NULL,
  `contacts_write` tinyint(1) NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`),
  KEY `vince_groupsettings_contact_id_8a541e8f_fk_vince_contact_id` (`contact_id`),
  CONSTRAINT `vince_groupsettings_contact_id_8a541e8f_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_groupsettings_group_id_43771a2b_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `text` varchar(1500) DEFAULT NULL,
  `action` int(11) NOT NULL,
  `action_ts` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_activity_contact_id_d598bfb3_fk_vince_contact_id` (`contact_id`),
  KEY `vince_activity_user_id_f51da8e9_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_activity_contact_id_d598bfb3_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_activity_user_id_f51da8e9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_ticketqueue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `new_ticket_cc` varchar(200) DEFAULT NULL,
  `updated_ticket_cc` varchar(200) DEFAULT NULL,
  `default_owner_id` int(11) DEFAULT NULL,
  `queue_type` int(11) NOT NULL,
  `from_email` varchar(250) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `vince_ticketqueue_default_owner_id_122e02da_fk_auth_user_id` (`default_owner_id`),
  KEY `vince_ticketqueue_team_id_2ebbeba9_fk_auth_group_id` (`team_id`),
  CONSTRAINT `vince_ticketqueue_default_owner_id_122e02da_fk_auth_user_id` FOREIGN KEY (`default_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_ticketqueue_team_id_2ebbeba9_fk_auth_group_id` FOREIGN KEY (`team_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_casetemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `queue_id` int(11) NOT NULL,
  `description` varchar(200) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_modified` datetime(6) NOT NULL,
  `vendor_email` longtext NOT NULL,
  `participant_email` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_casetemplate_queue_id_794ff763_fk_vince_ticketqueue_id` (`queue_id`),
  KEY `vince_casetemplate_user_id_49c86c54_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_casetemplate_queue_id_794ff763_fk_vince_ticketqueue_id` FOREIGN KEY (`queue_id`) REFERENCES `vince_ticketqueue` (`id`),
  CONSTRAINT `vince_casetemplate_user_id_49c86c54_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnerabilitycase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vuid` varchar(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) DEFAULT NULL,
  `on_hold` tinyint(1) NOT NULL,
  `status` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `team_owner_id` int(11) DEFAULT NULL,
  `case_request_id` int(11) DEFAULT NULL,
  `product_name` varchar(500) NOT NULL,
  `product_version` varchar(100) DEFAULT NULL,
  `summary` varchar(1000) NOT NULL,
  `title` varchar(500) NOT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `publicdate` datetime(6) DEFAULT NULL,
  `publicurl` varchar(500) DEFAULT NULL,
  `template_id` int(11) DEFAULT NULL,
  `vul_incrementer` int(11) NOT NULL,
  `lotus_notes` tinyint(1) NOT NULL,
  `changes_to_publish` tinyint(1) NOT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vulnerabilitycase_owner_id_4f9913a7_fk_auth_user_id` (`owner_id`),
  KEY `vince_vulnerabilitycase_team_owner_id_48e15db5_fk_auth_group_id` (`team_owner_id`),
  KEY `vince_vulnerabilityc_case_request_id_ac4c1335_fk_vince_tic` (`case_request_id`),
  KEY `vince_vulnerabilityc_template_id_8ffde21b_fk_vince_cas` (`template_id`),
  CONSTRAINT `vince_vulnerabilityc_template_id_8ffde21b_fk_vince_cas` FOREIGN KEY (`template_id`) REFERENCES `vince_casetemplate` (`id`),
  CONSTRAINT `vince_vulnerabilitycase_owner_id_4f9913a7_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulnerabilitycase_team_owner_id_48e15db5_fk_auth_group_id` FOREIGN KEY (`team_owner_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_ticket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `queue_id` int(11) NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `submitter_email` varchar(300) DEFAULT NULL,
  `assigned_to_id` int(11) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `on_hold` tinyint(1) NOT NULL,
  `description` longtext DEFAULT NULL,
  `resolution` longtext DEFAULT NULL,
  `priority` int(11) NOT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `close_reason` int(11) NOT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_ticket_queue_id_0db3c501_fk_vince_ticketqueue_id` (`queue_id`),
  KEY `vince_ticket_case_id_aebff337_fk_vince_vulnerabilitycase_id` (`case_id`),
  KEY `vince_ticket_assigned_to_id_ff10b9cf_fk_auth_user_id` (`assigned_to_id`),
  CONSTRAINT `vince_ticket_assigned_to_id_ff10b9cf_fk_auth_user_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_ticket_case_id_aebff337_fk_vince_vulnerabilitycase_id` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_ticket_queue_id_0db3c501_fk_vince_ticketqueue_id` FOREIGN KEY (`queue_id`) REFERENCES `vince_ticketqueue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_contactassociation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `user` varchar(254) NOT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `initiated_by_id` int(11) DEFAULT NULL,
  `authorized_by_id` int(11) DEFAULT NULL,
  `email` varchar(1000) NOT NULL,
  `email_body` longtext DEFAULT NULL,
  `restart` tinyint(1) NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `approval_requested` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_contactassociation_contact_id_74583571_fk_vince_contact_id` (`contact_id`),
  KEY `vince_contactassociation_ticket_id_7e08f71d_fk_vince_ticket_id` (`ticket_id`),
  KEY `vince_contactassocia_initiated_by_id_fd77333a_fk_auth_user` (`initiated_by_id`),
  KEY `vince_contactassocia_authorized_by_id_ea301d57_fk_auth_user` (`authorized_by_id`),
  CONSTRAINT `vince_contactassocia_authorized_by_id_ea301d57_fk_auth_user` FOREIGN KEY (`authorized_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_contactassocia_initiated_by_id_fd77333a_fk_auth_user` FOREIGN KEY (`initiated_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_contactassociation_contact_id_74583571_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_contactassociation_ticket_id_7e08f71d_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_userrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(200) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_userrole_group_id_56f2d795_fk_auth_group_id` (`group_id`),
  CONSTRAINT `vince_userrole_group_id_56f2d795_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_usersettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `settings_pickled` longtext DEFAULT NULL,
  `org` varchar(250) DEFAULT NULL,
  `preferred_username` varchar(250) DEFAULT NULL,
  `triage` tinyint(1) NOT NULL,
  `case_template_id` int(11) DEFAULT NULL,
  `contacts_read` tinyint(1) NOT NULL,
  `contacts_write` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `vince_usersettings_case_template_id_86ec4b6b_fk_vince_cas` (`case_template_id`),
  CONSTRAINT `vince_usersettings_case_template_id_86ec4b6b_fk_vince_cas` FOREIGN KEY (`case_template_id`) REFERENCES `vince_casetemplate` (`id`),
  CONSTRAINT `vince_usersettings_user_id_e7553d87_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_artifact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(200) DEFAULT NULL,
  `title` varchar(200) NOT NULL,
  `value` varchar(500) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `description` longtext DEFAULT NULL,
  `added_to_note` tinyint(1) NOT NULL,
  `added_to_post` tinyint(1) NOT NULL,
  `file_hash` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_artifact_user_id_976cd0b5_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_artifact_user_id_976cd0b5_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_action` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `last_edit` datetime(6) DEFAULT NULL,
  `title` varchar(300) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `email_id` varchar(150) DEFAULT NULL,
  `email_bucket` varchar(100) DEFAULT NULL,
  `new_status` int(11) DEFAULT NULL,
  `artifact_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_action_user_id_89fcdf12_fk_auth_user_id` (`user_id`),
  KEY `vince_action_artifact_id_1397b776_fk_vince_artifact_id` (`artifact_id`),
  CONSTRAINT `vince_action_artifact_id_1397b776_fk_vince_artifact_id` FOREIGN KEY (`artifact_id`) REFERENCES `vince_artifact` (`id`),
  CONSTRAINT `vince_action_user_id_89fcdf12_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_followup` (
  `action_ptr_id` int(11) NOT NULL,
  `ticket_id` int(11) NOT NULL,
  PRIMARY KEY (`action_ptr_id`),
  KEY `vince_followup_ticket_id_6da5bf93_fk_vince_ticket_id` (`ticket_id`),
  CONSTRAINT `vince_followup_action_ptr_id_b05497ea_fk_vince_action_id` FOREIGN KEY (`action_ptr_id`) REFERENCES `vince_action` (`id`),
  CONSTRAINT `vince_followup_ticket_id_6da5bf93_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_ticketchange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `followup_id` int(11) NOT NULL,
  `field` varchar(100) NOT NULL,
  `old_value` longtext DEFAULT NULL,
  `new_value` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_ticketchange_followup_id_969b61fc_fk_vince_fol` (`followup_id`),
  CONSTRAINT `vince_ticketchange_followup_id_969b61fc_fk_vince_fol` FOREIGN KEY (`followup_id`) REFERENCES `vince_followup` (`action_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_ticketcc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `can_view` tinyint(1) NOT NULL,
  `can_update` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_ticketcc_ticket_id_f1e50c85_fk_vince_ticket_id` (`ticket_id`),
  KEY `vince_ticketcc_user_id_8583cf45_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_ticketcc_ticket_id_f1e50c85_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_ticketcc_user_id_8583cf45_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_ticketcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `ticket_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_ticketcontact_contact_id_d058ddc0_fk_vince_contact_id` (`contact_id`),
  KEY `vince_ticketcontact_ticket_id_80d69699_fk_vince_ticket_id` (`ticket_id`),
  CONSTRAINT `vince_ticketcontact_contact_id_d058ddc0_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_ticketcontact_ticket_id_80d69699_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_mfaresetticket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `ticket_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_mfaresetticket_ticket_id_670410d2_fk_vince_ticket_id` (`ticket_id`),
  CONSTRAINT `vince_mfaresetticket_ticket_id_670410d2_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_bounceemailnotification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(320) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `bounce_date` datetime(6) NOT NULL,
  `bounce_type` int(11) NOT NULL,
  `subject` longtext DEFAULT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `action_taken` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_bounceemailnot_ticket_id_1e728a10_fk_vince_tic` (`ticket_id`),
  CONSTRAINT `vince_bounceemailnot_ticket_id_1e728a10_fk_vince_tic` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_caserequest` (
  `ticket_ptr_id` int(11) NOT NULL,
  `vrf_id` varchar(20) NOT NULL,
  `request_type` int(11) NOT NULL,
  `contact_name` varchar(100) DEFAULT NULL,
  `contact_org` varchar(100) DEFAULT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(20) DEFAULT NULL,
  `share_release` tinyint(1) NOT NULL,
  `credit_release` tinyint(1) NOT NULL,
  `comm_attempt` tinyint(1) DEFAULT NULL,
  `why_no_attempt` varchar(100) DEFAULT NULL,
  `please_explain` longtext DEFAULT NULL,
  `vendor_name` varchar(100) DEFAULT NULL,
  `multiplevendors` tinyint(1) NOT NULL,
  `other_vendors` longtext DEFAULT NULL,
  `first_contact` datetime(6) DEFAULT NULL,
  `vendor_communication` longtext DEFAULT NULL,
  `product_name` varchar(500) NOT NULL,
  `product_version` varchar(100) DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `ics_impact` tinyint(1) NOT NULL,
  `vul_description` longtext DEFAULT NULL,
  `vul_exploit` longtext DEFAULT NULL,
  `vul_impact` longtext DEFAULT NULL,
  `vul_discovery` longtext DEFAULT NULL,
  `vul_public` tinyint(1) NOT NULL,
  `public_references` varchar(1000) DEFAULT NULL,
  `vul_exploited` tinyint(1) NOT NULL,
  `exploit_references` varchar(1000) DEFAULT NULL,
  `vul_disclose` tinyint(1) NOT NULL,
  `disclosure_plans` varchar(1000) DEFAULT NULL,
  `user_file` varchar(100) DEFAULT NULL,
  `tracking` varchar(100) DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  `date_submitted` datetime(6) NOT NULL,
  `submission_type` varchar(15) NOT NULL,
  `vc_id` int(11) NOT NULL,
  PRIMARY KEY (`ticket_ptr_id`),
  CONSTRAINT `vince_caserequest_ticket_ptr_id_c7ceca45_fk_vince_ticket_id` FOREIGN KEY (`ticket_ptr_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_caseparticipant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `user_name` varchar(100) NOT NULL,
  `group` tinyint(1) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `added_to_case` datetime(6) DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `added_by_id` int(11) DEFAULT NULL,
  `coordinator` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_caseparticipan_case_id_54508215_fk_vince_vul` (`case_id`),
  KEY `vince_caseparticipant_contact_id_677f43fd_fk_vince_contact_id` (`contact_id`),
  KEY `vince_caseparticipant_added_by_id_c5b280db_fk_auth_user_id` (`added_by_id`),
  CONSTRAINT `vince_caseparticipan_case_id_54508215_fk_vince_vul` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_caseparticipant_added_by_id_c5b280db_fk_auth_user_id` FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_caseparticipant_contact_id_677f43fd_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_caseassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `assigned_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_caseassignment_case_id_b5639244_fk_vince_vul` (`case_id`),
  KEY `vince_caseassignment_assigned_id_8a28c7b4_fk_auth_user_id` (`assigned_id`),
  CONSTRAINT `vince_caseassignment_assigned_id_8a28c7b4_fk_auth_user_id` FOREIGN KEY (`assigned_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_caseassignment_case_id_b5639244_fk_vince_vul` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnerability` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cve` varchar(50) DEFAULT NULL,
  `description` longtext NOT NULL,
  `case_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `ask_vendor_status` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `added_to_note` tinyint(1) NOT NULL,
  `added_to_post` tinyint(1) NOT NULL,
  `case_increment` int(11) NOT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vulnerability_case_id_b4491c8d_fk_vince_vul` (`case_id`),
  KEY `vince_vulnerability_user_id_0300535c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_vulnerability_case_id_b4491c8d_fk_vince_vul` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_vulnerability_user_id_0300535c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulcvss` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vul_id` int(11) NOT NULL,
  `AV` varchar(2) NOT NULL,
  `AC` varchar(2) NOT NULL,
  `PR` varchar(2) NOT NULL,
  `UI` varchar(2) NOT NULL,
  `S` varchar(2) NOT NULL,
  `C` varchar(2) NOT NULL,
  `I` varchar(2) NOT NULL,
  `A` varchar(2) NOT NULL,
  `E` varchar(2) NOT NULL,
  `RL` varchar(2) NOT NULL,
  `RC` varchar(2) NOT NULL,
  `scored_by_id` int(11) DEFAULT NULL,
  `last_modified` datetime(6) NOT NULL,
  `vector` varchar(100) DEFAULT NULL,
  `score` decimal(3,1) DEFAULT NULL,
  `severity` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vul_id` (`vul_id`),
  KEY `vince_vulcvss_scored_by_id_8ed06876_fk_auth_user_id` (`scored_by_id`),
  CONSTRAINT `vince_vulcvss_scored_by_id_8ed06876_fk_auth_user_id` FOREIGN KEY (`scored_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulcvss_vul_id_0f3f3efc_fk_vince_vulnerability_id` FOREIGN KEY (`vul_id`) REFERENCES `vince_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulcwe` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cwe` varchar(20) NOT NULL,
  `vul_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vulcwe_vul_id_a8f3b85f_fk_vince_vulnerability_id` (`vul_id`),
  KEY `vince_vulcwe_user_id_12c399a7_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_vulcwe_user_id_12c399a7_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulcwe_vul_id_a8f3b85f_fk_vince_vulnerability_id` FOREIGN KEY (`vul_id`) REFERENCES `vince_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnoterevision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `revision_number` int(11) NOT NULL,
  `user_message` longtext NOT NULL,
  `automatic_log` longtext NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `modified` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `previous_revision_id` int(11) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `vulnote_id` int(11) NOT NULL,
  `content` longtext NOT NULL,
  `title` varchar(512) NOT NULL,
  `references` longtext NOT NULL,
  `date_published` datetime(6) DEFAULT NULL,
  `date_shared` datetime(6) DEFAULT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vince_vulnoterevision_vulnote_id_revision_number_f32338dc_uniq` (`vulnote_id`,`revision_number`),
  KEY `vince_vulnoterevision_user_id_ccac80d0_fk_auth_user_id` (`user_id`),
  KEY `vince_vulnoterevisio_previous_revision_id_d10642da_fk_vince_vul` (`previous_revision_id`),
  CONSTRAINT `vince_vulnoterevisio_previous_revision_id_d10642da_fk_vince_vul` FOREIGN KEY (`previous_revision_id`) REFERENCES `vince_vulnoterevision` (`id`),
  CONSTRAINT `vince_vulnoterevision_user_id_ccac80d0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `current_revision_id` int(11) DEFAULT NULL,
  `case_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `group_read` tinyint(1) NOT NULL,
  `group_write` tinyint(1) NOT NULL,
  `other_read` tinyint(1) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `ticket_to_approve_id` int(11) DEFAULT NULL,
  `date_published` datetime(6) DEFAULT NULL,
  `date_last_published` datetime(6) DEFAULT NULL,
  `date_shared` datetime(6) DEFAULT NULL,
  `revision_shared` int(11) NOT NULL,
  `revision_published` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_id` (`case_id`),
  UNIQUE KEY `current_revision_id` (`current_revision_id`),
  KEY `vince_vulnote_owner_id_af4c5e73_fk_auth_user_id` (`owner_id`),
  KEY `vince_vulnote_group_id_1fef8a15_fk_auth_group_id` (`group_id`),
  KEY `vince_vulnote_ticket_to_approve_id_9ad42b79_fk_vince_ticket_id` (`ticket_to_approve_id`),
  CONSTRAINT `vince_vulnote_case_id_447bed28_fk_vince_vulnerabilitycase_id` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_vulnote_current_revision_id_485c25b2_fk_vince_vul` FOREIGN KEY (`current_revision_id`) REFERENCES `vince_vulnoterevision` (`id`),
  CONSTRAINT `vince_vulnote_group_id_1fef8a15_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `vince_vulnote_owner_id_af4c5e73_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulnote_ticket_to_approve_id_9ad42b79_fk_vince_ticket_id` FOREIGN KEY (`ticket_to_approve_id`) REFERENCES `vince_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnotereview` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewer_id` int(11) DEFAULT NULL,
  `vulnote_id` int(11) NOT NULL,
  `review` longtext NOT NULL,
  `feedback` longtext DEFAULT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `marks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`marks`)),
  `date_complete` datetime(6) DEFAULT NULL,
  `complete` tinyint(1) NOT NULL,
  `approve` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vulnotereview_reviewer_id_708d7d49_fk_auth_user_id` (`reviewer_id`),
  KEY `vince_vulnotereview_vulnote_id_60842915_fk_vince_vul` (`vulnote_id`),
  KEY `vince_vulnotereview_ticket_id_efecd9c8_fk_vince_ticket_id` (`ticket_id`),
  CONSTRAINT `vince_vulnotereview_reviewer_id_708d7d49_fk_auth_user_id` FOREIGN KEY (`reviewer_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulnotereview_ticket_id_efecd9c8_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_vulnotereview_vulnote_id_60842915_fk_vince_vul` FOREIGN KEY (`vulnote_id`) REFERENCES `vince_vulnoterevision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vendorcontactdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_name` varchar(250) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `other_emails` varchar(1000) DEFAULT NULL,
  `person` varchar(250) NOT NULL,
  `title` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vulnerablevendor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `vendor` varchar(200) NOT NULL,
  `added_to_case` datetime(6) DEFAULT NULL,
  `added_by_id` int(11) DEFAULT NULL,
  `contact_date` datetime(6) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `seen` tinyint(1) NOT NULL,
  `references` longtext DEFAULT NULL,
  `statement` longtext DEFAULT NULL,
  `addendum` longtext DEFAULT NULL,
  `date_modified` datetime(6) NOT NULL,
  `statement_date` datetime(6) DEFAULT NULL,
  `vendor_contact_id` int(11) DEFAULT NULL,
  `submission_type` varchar(15) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `user_approved_id` int(11) DEFAULT NULL,
  `time_approved` datetime(6) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `share` tinyint(1) NOT NULL,
  `approve_ticket_id` int(11) DEFAULT NULL,
  `lotus_id` varchar(20) DEFAULT NULL,
  `tagged_id` int(11) DEFAULT NULL,
  `from_group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vince_vulnerablevendor_case_id_contact_id_f8e1ab17_uniq` (`case_id`,`contact_id`),
  UNIQUE KEY `approve_ticket_id` (`approve_ticket_id`),
  KEY `vince_vulnerablevendor_added_by_id_56618b41_fk_auth_user_id` (`added_by_id`),
  KEY `vince_vulnerablevendor_contact_id_989ea369_fk_vince_contact_id` (`contact_id`),
  KEY `vince_vulnerablevend_vendor_contact_id_bcacf25c_fk_vince_ven` (`vendor_contact_id`),
  KEY `vince_vulnerablevendor_user_approved_id_5e140364_fk_auth_user_id` (`user_approved_id`),
  KEY `vince_vulnerablevendor_tagged_id_acd1fbc9_fk_vince_ticket_id` (`tagged_id`),
  KEY `vince_vulnerablevend_from_group_id_1f9e0070_fk_vince_con` (`from_group_id`),
  CONSTRAINT `vince_vulnerablevend_approve_ticket_id_826dc41d_fk_vince_tic` FOREIGN KEY (`approve_ticket_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_vulnerablevend_case_id_02771053_fk_vince_vul` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_vulnerablevend_from_group_id_1f9e0070_fk_vince_con` FOREIGN KEY (`from_group_id`) REFERENCES `vince_contactgroup` (`id`),
  CONSTRAINT `vince_vulnerablevend_vendor_contact_id_bcacf25c_fk_vince_ven` FOREIGN KEY (`vendor_contact_id`) REFERENCES `vince_vendorcontactdata` (`id`),
  CONSTRAINT `vince_vulnerablevendor_added_by_id_56618b41_fk_auth_user_id` FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vulnerablevendor_contact_id_989ea369_fk_vince_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `vince_contact` (`id`),
  CONSTRAINT `vince_vulnerablevendor_tagged_id_acd1fbc9_fk_vince_ticket_id` FOREIGN KEY (`tagged_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_vulnerablevendor_user_approved_id_5e140364_fk_auth_user_id` FOREIGN KEY (`user_approved_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vendorstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) NOT NULL,
  `vul_id` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `user` varchar(200) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `references` longtext DEFAULT NULL,
  `statement` longtext DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  `user_approved_id` int(11) DEFAULT NULL,
  `time_approved` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vince_vendorstatus_vendor_id_vul_id_2ed1f6a9_uniq` (`vendor_id`,`vul_id`),
  KEY `vince_vendorstatus_vul_id_c099240a_fk_vince_vulnerability_id` (`vul_id`),
  KEY `vince_vendorstatus_user_approved_id_ef28750c_fk_auth_user_id` (`user_approved_id`),
  CONSTRAINT `vince_vendorstatus_user_approved_id_ef28750c_fk_auth_user_id` FOREIGN KEY (`user_approved_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vendorstatus_vendor_id_82001e9d_fk_vince_vul` FOREIGN KEY (`vendor_id`) REFERENCES `vince_vulnerablevendor` (`id`),
  CONSTRAINT `vince_vendorstatus_vul_id_c099240a_fk_vince_vulnerability_id` FOREIGN KEY (`vul_id`) REFERENCES `vince_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vendornotificationemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(200) NOT NULL,
  `email_body` longtext DEFAULT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vendornotification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) NOT NULL,
  `emails` varchar(1000) DEFAULT NULL,
  `notification_id` int(11) NOT NULL,
  `notify_date` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vendornotifica_vendor_id_9abff2bc_fk_vince_vul` (`vendor_id`),
  KEY `vince_vendornotifica_notification_id_3f121a91_fk_vince_ven` (`notification_id`),
  KEY `vince_vendornotification_user_id_9a9bce48_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_vendornotifica_notification_id_3f121a91_fk_vince_ven` FOREIGN KEY (`notification_id`) REFERENCES `vince_vendornotificationemail` (`id`),
  CONSTRAINT `vince_vendornotifica_vendor_id_9abff2bc_fk_vince_vul` FOREIGN KEY (`vendor_id`) REFERENCES `vince_vulnerablevendor` (`id`),
  CONSTRAINT `vince_vendornotification_user_id_9a9bce48_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vinceemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `notification_id` int(11) NOT NULL,
  `to` varchar(1000) NOT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `pgp_key_id` varchar(500) DEFAULT NULL,
  `email_type` int(11) NOT NULL,
  `certificate_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vinceemail_user_id_76254b6b_fk_auth_user_id` (`user_id`),
  KEY `vince_vinceemail_notification_id_d7eda5dd_fk_vince_ven` (`notification_id`),
  KEY `vince_vinceemail_ticket_id_07d46dc8_fk_vince_ticket_id` (`ticket_id`),
  KEY `vince_vinceemail_certificate_id_01791ecc_fk_vince_vin` (`certificate_id`),
  CONSTRAINT `vince_vinceemail_notification_id_d7eda5dd_fk_vince_ven` FOREIGN KEY (`notification_id`) REFERENCES `vince_vendornotificationemail` (`id`),
  CONSTRAINT `vince_vinceemail_ticket_id_07d46dc8_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_vinceemail_user_id_76254b6b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_emailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_name` varchar(100) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `heading` varchar(100) NOT NULL,
  `plain_text` longtext NOT NULL,
  `html` longtext NOT NULL,
  `locale` varchar(10) DEFAULT NULL,
  `body_only` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_emailtemplate_user_id_b9f9dc87_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_emailtemplate_user_id_b9f9dc87_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_cveservicesaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) NOT NULL,
  `org_name` varchar(200) NOT NULL,
  `api_key` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(100) DEFAULT NULL,
  `last_name` varchar(100) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_cveservicesaccount_team_id_e40cef2d_fk_auth_group_id` (`team_id`),
  CONSTRAINT `vince_cveservicesaccount_team_id_e40cef2d_fk_auth_group_id` FOREIGN KEY (`team_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_cveallocation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) DEFAULT NULL,
  `assigner` varchar(254) NOT NULL,
  `cve_name` varchar(200) NOT NULL,
  `cve_changes_to_publish` tinyint(1) NOT NULL,
  `references` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`references`)),
  `source` int(11) DEFAULT NULL,
  `description` longtext NOT NULL,
  `work_around` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`work_around`)),
  `resolution` varchar(500) DEFAULT NULL,
  `credit` varchar(500) DEFAULT NULL,
  `cwe` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`cwe`)),
  `vul_id` int(11) DEFAULT NULL,
  `date_added` datetime(6) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `modified` datetime(6) NOT NULL,
  `date_public` datetime(6) DEFAULT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vul_id` (`vul_id`),
  KEY `vince_cveallocation_user_id_15537e39_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vince_cveallocation_user_id_15537e39_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_cveallocation_vul_id_f3330dd6_fk_vince_vulnerability_id` FOREIGN KEY (`vul_id`) REFERENCES `vince_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_cvereservation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cve_info_id` int(11) DEFAULT NULL,
  `cve_id` varchar(50) NOT NULL,
  `time_reserved` datetime(6) NOT NULL,
  `account_id` int(11) DEFAULT NULL,
  `user_reserved_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cve_info_id` (`cve_info_id`),
  KEY `vince_cvereservation_account_id_cbb613a5_fk_vince_cve` (`account_id`),
  KEY `vince_cvereservation_user_reserved_id_94fb649a_fk_auth_user_id` (`user_reserved_id`),
  CONSTRAINT `vince_cvereservation_account_id_cbb613a5_fk_vince_cve` FOREIGN KEY (`account_id`) REFERENCES `vince_cveservicesaccount` (`id`),
  CONSTRAINT `vince_cvereservation_cve_info_id_24c870a5_fk_vince_cve` FOREIGN KEY (`cve_info_id`) REFERENCES `vince_cveallocation` (`id`),
  CONSTRAINT `vince_cvereservation_user_reserved_id_94fb649a_fk_auth_user_id` FOREIGN KEY (`user_reserved_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_calendarevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `user_added_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `title` varchar(200) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_calendarevent_user_id_97b90b7b_fk_auth_user_id` (`user_id`),
  KEY `vince_calendarevent_user_added_id_90d1bc5f_fk_auth_user_id` (`user_added_id`),
  CONSTRAINT `vince_calendarevent_user_added_id_90d1bc5f_fk_auth_user_id` FOREIGN KEY (`user_added_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_calendarevent_user_id_97b90b7b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_vincereminder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alert_date` datetime(6) NOT NULL,
  `title` varchar(1000) NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `create_ticket` tinyint(1) NOT NULL,
  `frequency` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vince_vincereminder_case_id_a255d485_fk_vince_vul` (`case_id`),
  KEY `vince_vincereminder_ticket_id_97dfaa4e_fk_vince_ticket_id` (`ticket_id`),
  KEY `vince_vincereminder_user_id_5497a249_fk_auth_user_id` (`user_id`),
  KEY `vince_vincereminder_created_by_id_22b4c9d1_fk_auth_user_id` (`created_by_id`),
  CONSTRAINT `vince_vincereminder_case_id_a255d485_fk_vince_vul` FOREIGN KEY (`case_id`) REFERENCES `vince_vulnerabilitycase` (`id`),
  CONSTRAINT `vince_vincereminder_created_by_id_22b4c9d1_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vince_vincereminder_ticket_id_97dfaa4e_fk_vince_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `vince_ticket` (`id`),
  CONSTRAINT `vince_vincereminder_user_id_5497a249_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(1000) NOT NULL,
  `action_id` int(11) NOT NULL,
  `filename` varchar(1000) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `size` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `vince_attachment_action_id_ba44246c_fk_vince_action_id` (`action_id`),
  CONSTRAINT `vince_attachment_action_id_ba44246c_fk_vince_action_id` FOREIGN KEY (`action_id`) REFERENCES `vince_action` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vince_cwedescriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cwe` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vinceprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `org` varchar(250) DEFAULT NULL,
  `preferred_username` varchar(250) DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `title` varchar(200) DEFAULT NULL,
  `logocolor` varchar(10) NOT NULL,
  `api_key` varchar(256) DEFAULT NULL,
  `pending` tinyint(1) NOT NULL,
  `ignored` tinyint(1) NOT NULL,
  `service` tinyint(1) NOT NULL,
  `multifactor` tinyint(1) NOT NULL,
  `troublesome` tinyint(1) NOT NULL,
  `timezone` varchar(100) NOT NULL,
  `settings_pickled` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `vinny_vinceprofile_user_id_6d79e001_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecommcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) NOT NULL,
  `vendor_name` varchar(100) NOT NULL,
  `vendor_type` varchar(50) NOT NULL,
  `countrycode` varchar(2) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `location` varchar(15) NOT NULL,
  `version` int(11) NOT NULL,
  `uuid` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecommemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `email_type` varchar(20) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `email_function` varchar(10) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `version` int(11) NOT NULL,
  `invited` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `email_list` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vincecommemail_contact_id_9b8eaba8_fk_vinny_vin` (`contact_id`),
  CONSTRAINT `vinny_vincecommemail_contact_id_9b8eaba8_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecommphone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `country_code` varchar(5) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `phone_type` varchar(20) NOT NULL,
  `comment` varchar(200) DEFAULT NULL,
  `version` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vincecommphone_contact_id_b2199f6c_fk_vinny_vin` (`contact_id`),
  CONSTRAINT `vinny_vincecommphone_contact_id_b2199f6c_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecommpostal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `country` varchar(2) DEFAULT NULL,
  `primary` tinyint(1) NOT NULL,
  `address_type` varchar(20) NOT NULL,
  `street` varchar(150) NOT NULL,
  `street2` varchar(150) DEFAULT NULL,
  `city` varchar(50) NOT NULL,
  `state` varchar(40) DEFAULT NULL,
  `zip_code` varchar(12) NOT NULL,
  `version` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vincecommposta_contact_id_6e7b254f_fk_vinny_vin` (`contact_id`),
  CONSTRAINT `vinny_vincecommposta_contact_id_6e7b254f_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecommpgp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `pgp_key_id` varchar(200) NOT NULL,
  `pgp_fingerprint` varchar(200) DEFAULT NULL,
  `pgp_version` int(11) DEFAULT NULL,
  `pgp_key_data` longtext DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `startdate` varchar(12) DEFAULT NULL,
  `enddate` varchar(12) DEFAULT NULL,
  `pgp_protocol` varchar(30) NOT NULL,
  `version` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `pgp_email` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vincecommpgp_contact_id_25c8875f_fk_vinny_vin` (`contact_id`),
  CONSTRAINT `vinny_vincecommpgp_contact_id_25c8875f_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_groupcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `default_access` tinyint(1) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `logocolor` varchar(10) NOT NULL,
  `vincetrack` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`),
  KEY `vinny_groupcontact_contact_id_df94bc1c_fk_vinny_vin` (`contact_id`),
  CONSTRAINT `vinny_groupcontact_contact_id_df94bc1c_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`),
  CONSTRAINT `vinny_groupcontact_group_id_bf6bca91_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vtcaserequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vrf_id` varchar(20) NOT NULL,
  `contact_name` varchar(100) DEFAULT NULL,
  `contact_org` varchar(100) DEFAULT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(20) DEFAULT NULL,
  `share_release` tinyint(1) NOT NULL,
  `credit_release` tinyint(1) NOT NULL,
  `comm_attempt` tinyint(1) DEFAULT NULL,
  `why_no_attempt` varchar(100) DEFAULT NULL,
  `please_explain` longtext DEFAULT NULL,
  `vendor_name` varchar(100) DEFAULT NULL,
  `multiplevendors` tinyint(1) NOT NULL,
  `other_vendors` longtext DEFAULT NULL,
  `first_contact` datetime(6) DEFAULT NULL,
  `vendor_communication` longtext DEFAULT NULL,
  `product_name` varchar(500) NOT NULL,
  `product_version` varchar(100) DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `ics_impact` tinyint(1) NOT NULL,
  `vul_description` longtext DEFAULT NULL,
  `vul_exploit` longtext DEFAULT NULL,
  `vul_impact` longtext DEFAULT NULL,
  `vul_discovery` longtext DEFAULT NULL,
  `vul_public` tinyint(1) NOT NULL,
  `public_references` varchar(1000) DEFAULT NULL,
  `vul_exploited` tinyint(1) NOT NULL,
  `exploit_references` varchar(1000) DEFAULT NULL,
  `vul_disclose` tinyint(1) NOT NULL,
  `disclosure_plans` varchar(1000) DEFAULT NULL,
  `user_file` varchar(100) DEFAULT NULL,
  `date_submitted` datetime(6) NOT NULL,
  `tracking` varchar(100) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `comments` longtext DEFAULT NULL,
  `search_vector` longtext DEFAULT NULL,
  `new_vuid` varchar(20) DEFAULT NULL,
  `coordinator_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vtcaserequest_coordinator_id_1938737a_fk_auth_group_id` (`coordinator_id`),
  KEY `vinny_vtcaserequest_user_id_25336e8e_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_vtcaserequest_coordinator_id_1938737a_fk_auth_group_id` FOREIGN KEY (`coordinator_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `vinny_vtcaserequest_user_id_25336e8e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_crfollowup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cr_id` int(11) NOT NULL,
  `date` datetime(6) NOT NULL,
  `last_edit` datetime(6) DEFAULT NULL,
  `title` varchar(200) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `new_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_crfollowup_cr_id_686ed829_fk_vinny_vtcaserequest_id` (`cr_id`),
  KEY `vinny_crfollowup_user_id_14d73abe_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_crfollowup_cr_id_686ed829_fk_vinny_vtcaserequest_id` FOREIGN KEY (`cr_id`) REFERENCES `vinny_vtcaserequest` (`id`),
  CONSTRAINT `vinny_crfollowup_user_id_14d73abe_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_case` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vuid` varchar(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `status` int(11) NOT NULL,
  `summary` varchar(1000) NOT NULL,
  `title` varchar(500) NOT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `publicdate` datetime(6) DEFAULT NULL,
  `publicurl` varchar(500) DEFAULT NULL,
  `vince_id` int(11) NOT NULL,
  `cr_id` int(11) DEFAULT NULL,
  `team_owner_id` int(11) DEFAULT NULL,
  `note_id` int(11) DEFAULT NULL,
  `uid` varchar(50) NOT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cr_id` (`cr_id`),
  UNIQUE KEY `note_id` (`note_id`),
  KEY `vinny_case_team_owner_id_914b876d_fk_auth_group_id` (`team_owner_id`),
  CONSTRAINT `vinny_case_cr_id_625a13dd_fk_vinny_vtcaserequest_id` FOREIGN KEY (`cr_id`) REFERENCES `vinny_vtcaserequest` (`id`),
  CONSTRAINT `vinny_case_team_owner_id_914b876d_fk_auth_group_id` FOREIGN KEY (`team_owner_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_casemember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `participant_id` int(11) DEFAULT NULL,
  `added` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `seen` tinyint(1) NOT NULL,
  `coordinator` tinyint(1) NOT NULL,
  `reporter_group` tinyint(1) NOT NULL,
  `vince_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vinny_casemember_group_id_case_id_participant_id_93614a33_uniq` (`group_id`,`case_id`,`participant_id`),
  KEY `vinny_casemember_case_id_bd1b3f13_fk_vinny_case_id` (`case_id`),
  KEY `vinny_casemember_participant_id_708e9395_fk_auth_user_id` (`participant_id`),
  KEY `vinny_casemember_user_id_ebac08df_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_casemember_case_id_bd1b3f13_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`),
  CONSTRAINT `vinny_casemember_group_id_e579604a_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `vinny_casemember_participant_id_708e9395_fk_auth_user_id` FOREIGN KEY (`participant_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vinny_casemember_user_id_ebac08df_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_casestatement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `references` longtext DEFAULT NULL,
  `statement` longtext DEFAULT NULL,
  `addendum` longtext DEFAULT NULL,
  `share` tinyint(1) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vinny_casestatement_case_id_member_id_3886d474_uniq` (`case_id`,`member_id`),
  KEY `vinny_casestatement_member_id_a70bfed9_fk_vinny_casemember_id` (`member_id`),
  KEY `vinny_casestatement_user_id_51fee6e8_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_casestatement_case_id_882330a0_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`),
  CONSTRAINT `vinny_casestatement_member_id_a70bfed9_fk_vinny_casemember_id` FOREIGN KEY (`member_id`) REFERENCES `vinny_casemember` (`id`),
  CONSTRAINT `vinny_casestatement_user_id_51fee6e8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_casevulnerability` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cve` varchar(50) DEFAULT NULL,
  `description` longtext NOT NULL,
  `case_id` int(11) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `vince_id` int(11) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `case_increment` int(11) NOT NULL,
  `ask_vendor_status` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_casevulnerability_case_id_5beabe81_fk_vinny_case_id` (`case_id`),
  CONSTRAINT `vinny_casevulnerability_case_id_5beabe81_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_postrevision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `revision_number` int(11) NOT NULL,
  `user_message` longtext NOT NULL,
  `automatic_log` longtext NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `modified` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `previous_revision_id` int(11) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `post_id` int(11) NOT NULL,
  `content` longtext NOT NULL,
  `search_vector` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vinny_postrevision_post_id_revision_number_eef1f2e0_uniq` (`post_id`,`revision_number`),
  KEY `vinny_postrevision_user_id_f5a8619c_fk_auth_user_id` (`user_id`),
  KEY `vinny_postrevision_previous_revision_id_4efea41b_fk_vinny_pos` (`previous_revision_id`),
  CONSTRAINT `vinny_postrevision_previous_revision_id_4efea41b_fk_vinny_pos` FOREIGN KEY (`previous_revision_id`) REFERENCES `vinny_postrevision` (`id`),
  CONSTRAINT `vinny_postrevision_user_id_f5a8619c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_post` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `current_revision_id` int(11) DEFAULT NULL,
  `case_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `vince_id` int(11) DEFAULT NULL,
  `pinned` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `current_revision_id` (`current_revision_id`),
  KEY `vinny_post_case_id_f89201a1_fk_vinny_case_id` (`case_id`),
  KEY `vinny_post_author_id_75fcc361_fk_auth_user_id` (`author_id`),
  KEY `vinny_post_group_id_15a2f090_fk_auth_group_id` (`group_id`),
  CONSTRAINT `vinny_post_author_id_75fcc361_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vinny_post_case_id_f89201a1_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`),
  CONSTRAINT `vinny_post_current_revision_id_b2ad35cc_fk_vinny_postrevision_id` FOREIGN KEY (`current_revision_id`) REFERENCES `vinny_postrevision` (`id`),
  CONSTRAINT `vinny_post_group_id_15a2f090_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_thread` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(150) NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  `to_group` varchar(250) DEFAULT NULL,
  `from_group` varchar(150) DEFAULT NULL,
  `groupchat` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_thread_case_id_0c05fb17_fk_vinny_case_id` (`case_id`),
  CONSTRAINT `vinny_thread_case_id_0c05fb17_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `sender_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `content` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_message_thread_id_41552354_fk_vinny_thread_id` (`thread_id`),
  KEY `vinny_message_sender_id_3ed9badc_fk_auth_user_id` (`sender_id`),
  CONSTRAINT `vinny_message_sender_id_3ed9badc_fk_auth_user_id` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vinny_message_thread_id_41552354_fk_vinny_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `vinny_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_userthread` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `unread` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_userthread_thread_id_9b4c8840_fk_vinny_thread_id` (`thread_id`),
  KEY `vinny_userthread_user_id_ba0b5216_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_userthread_thread_id_9b4c8840_fk_vinny_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `vinny_thread` (`id`),
  CONSTRAINT `vinny_userthread_user_id_ba0b5216_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_userapproverequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `completed_by` varchar(255) DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vinny_userapproverequest_user_id_contact_id_645e4144_uniq` (`user_id`,`contact_id`),
  KEY `vinny_userapprovereq_contact_id_1b9a5ac5_fk_vinny_vin` (`contact_id`),
  KEY `vinny_userapproverequest_thread_id_bd2354cd_fk_vinny_thread_id` (`thread_id`),
  CONSTRAINT `vinny_userapprovereq_contact_id_1b9a5ac5_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`),
  CONSTRAINT `vinny_userapproverequest_thread_id_bd2354cd_fk_vinny_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `vinny_thread` (`id`),
  CONSTRAINT `vinny_userapproverequest_user_id_edf8e9b7_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_contactinfochange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `model` varchar(100) NOT NULL,
  `field` varchar(100) NOT NULL,
  `old_value` longtext DEFAULT NULL,
  `new_value` longtext DEFAULT NULL,
  `action_id` int(11) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_contactinfocha_contact_id_1f38fdd5_fk_vinny_vin` (`contact_id`),
  KEY `vinny_contactinfocha_action_id_88bbca9a_fk_vinny_ven` (`action_id`),
  CONSTRAINT `vinny_contactinfocha_contact_id_1f38fdd5_fk_vinny_vin` FOREIGN KEY (`contact_id`) REFERENCES `vinny_vincecommcontact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_caseviewed` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_viewed` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_caseviewed_case_id_e8a5a2e9_fk_vinny_case_id` (`case_id`),
  KEY `vinny_caseviewed_user_id_3a0d4ca3_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_caseviewed_case_id_e8a5a2e9_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`),
  CONSTRAINT `vinny_caseviewed_user_id_3a0d4ca3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_apiaccess` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(200) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_viewed` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_apiaccess_user_id_8d5b56ab_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_apiaccess_user_id_8d5b56ab_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vinceapitoken` (
  `key` varchar(250) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `vinny_vinceapitoken_user_id_07c79998_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vinny_vincecomminvitedusers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(200) NOT NULL,
  `case_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `coordinator` tinyint(1) NOT NULL,
  `vince_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vinny_vincecomminvitedusers_case_id_9be706be_fk_vinny_case_id` (`case_id`),
  KEY `vinny_vincecomminvitedusers_user_id_6f4beeaa_fk_auth_user_id` (`user_id`),
  CONSTRAINT `vinny_vincecomminvitedusers_case_id_9be706be_fk_vinny_case_id` FOREIGN KEY (`case_id`) REFERENCES `vinny_case` (`id`),
  CONSTRAINT `vinny_vincecomminvitedusers_user_id_6f4beeaa_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vincepub_vulcoordrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_name` varchar(100) NOT NULL,
  `contact_org` varchar(100) DEFAULT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(20) DEFAULT NULL,
  `share_release` tinyint(1) NOT NULL,
  `credit_release` tinyint(1) NOT NULL,
  `coord_status` varchar(100) NOT NULL,
  `vendor_name` varchar(100) NOT NULL,
  `multiplevendors` tinyint(1) NOT NULL,
  `other_vendors` longtext DEFAULT NULL,
  `first_contact` datetime(6) DEFAULT NULL,
  `vendor_communication` longtext DEFAULT NULL,
  `product_name` varchar(100) NOT NULL,
  `product_version` varchar(100) NOT NULL,
  `ics_impact` tinyint(1) NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `vul_description` longtext NOT NULL,
  `vul_exploit` longtext NOT NULL,
  `vul_impact` longtext NOT NULL,
  `vul_discovery` longtext NOT NULL,
  `vul_public` tinyint(1) NOT NULL,
  `public_references` varchar(1000) DEFAULT NULL,
  `vul_exploited` tinyint(1) NOT NULL,
  `exploit_references` varchar(1000) DEFAULT NULL,
  `vul_disclose` tinyint(1) NOT NULL,
  `disclosure_plans` varchar(1000) DEFAULT NULL,
  `user_file` varchar(100) DEFAULT NULL,
  `tracking` varchar(100) DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vincepub_vulnerabilitynote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `title` varchar(512) NOT NULL,
  `references` longtext DEFAULT NULL,
  `dateupdated` datetime(6) NOT NULL,
  `datefirstpublished` datetime(6) NOT NULL,
  `revision_number` int(11) NOT NULL,
  `vuid` varchar(20) NOT NULL,
  `publicdate` datetime(6) DEFAULT NULL,
  `published` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vincepub_vendor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note_id` int(11) NOT NULL,
  `contact_date` datetime(6) DEFAULT NULL,
  `uuid` char(32) DEFAULT NULL,
  `vendor` varchar(200) NOT NULL,
  `references` longtext DEFAULT NULL,
  `statement` longtext DEFAULT NULL,
  `dateupdated` datetime(6) NOT NULL,
  `statement_date` datetime(6) DEFAULT NULL,
  `addendum` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vincepub_vendor_note_id_fe6b71e1_fk_vincepub_` (`note_id`),
  CONSTRAINT `vincepub_vendor_note_id_fe6b71e1_fk_vincepub_` FOREIGN KEY (`note_id`) REFERENCES `vincepub_vulnerabilitynote` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vincepub_notevulnerability` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cve` varchar(50) DEFAULT NULL,
  `description` longtext NOT NULL,
  `note_id` int(11) NOT NULL,
  `uid` varchar(100) NOT NULL,
  `case_increment` int(11) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `dateupdated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vincepub_notevulnera_note_id_798c7252_fk_vincepub_` (`note_id`),
  CONSTRAINT `vincepub_notevulnera_note_id_798c7252_fk_vincepub_` FOREIGN KEY (`note_id`) REFERENCES `vincepub_vulnerabilitynote` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vincepub_vendorvulstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) NOT NULL,
  `vul_id` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `dateupdated` datetime(6) NOT NULL,
  `references` longtext DEFAULT NULL,
  `statement` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vincepub_vendorvulst_vendor_id_4ce595b1_fk_vincepub_` (`vendor_id`),
  KEY `vincepub_vendorvulst_vul_id_03b3e92c_fk_vincepub_` (`vul_id`),
  CONSTRAINT `vincepub_vendorvulst_vendor_id_4ce595b1_fk_vincepub_` FOREIGN KEY (`vendor_id`) REFERENCES `vincepub_vendor` (`id`),
  CONSTRAINT `vincepub_vendorvulst_vul_id_03b3e92c_fk_vincepub_` FOREIGN KEY (`vul_id`) REFERENCES `vincepub_notevulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- foreign keys that close a reference cycle
ALTER TABLE `vince_vulnerabilitycase` ADD CONSTRAINT `vince_vulnerabilityc_case_request_id_ac4c1335_fk_vince_tic` FOREIGN KEY (`case_request_id`) REFERENCES `vince_ticket` (`id`);
ALTER TABLE `vince_vulnoterevision` ADD CONSTRAINT `vince_vulnoterevision_vulnote_id_da2d2dc2_fk_vince_vulnote_id` FOREIGN KEY (`vulnote_id`) REFERENCES `vince_vulnote` (`id`);
ALTER TABLE `vinny_postrevision` ADD CONSTRAINT `vinny_postrevision_post_id_7370e4ab_fk_vinny_post_id` FOREIGN KEY (`post_id`) REFERENCES `vinny_post` (`id`);
