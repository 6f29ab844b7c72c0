-- NBIA — National Biomedical Imaging Archive 9.x (NCI CBIIT; the DICOM image archive and search/download portal behind
-- The Cancer Imaging Archive, TCIA), MySQL/MariaDB database.
-- Upstream: github.com/CBIIT/NBIA-TCIA commit 865725e07a5c4a0f03ba58da15a2a59a0ba6996a (BSD-3-Clause, `LICENSE.txt`):
-- `software/common/resources/db/mysql/ncia_mysql_nodata.sql` (upstream's mysqldump, the Liquibase starting point of
-- NBIA 7.0) loaded into MariaDB 10.11, then the 25 MySQL changesets of `software/common/resources/db-incr/mysql/db-upgrade.xml`
-- applied in order (site and license tables, added columns, changed keys), and the result dumped with mysqldump --no-data.
-- The nine views of the dump (dicom_image, dicom_series, dicom_study, manufacturer, manufacturer_model_software,
-- number_month, saved_query_last_exec, software_versions, study_series_number) are left out; all 52 base tables kept.
-- Plain indexes left out; primary, unique and foreign keys kept; tables ordered so every FK points at an earlier table.

CREATE TABLE `clinical_trial` (
  `trial_pk_id` bigint(20) NOT NULL,
  `trial_sponsor_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_protocol_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_protocol_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_coordinating_center` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`trial_pk_id`),
  UNIQUE KEY `PK_TRIAL_PK_ID` (`trial_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `clinical_trial_sponsor` (
  `id` bigint(20) NOT NULL,
  `coordinating_center` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  `sponsor_name` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PK_C_TRIAL_SPONSOR` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `clinical_trial_protocol` (
  `id` bigint(20) NOT NULL,
  `protocol_id` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  `protocol_name` varchar(1000) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  `clinical_trial_sponsor_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PK_C_TRIAL_PROTOCOL` (`id`),
  CONSTRAINT `fk_clin_trial_sponsor_id` FOREIGN KEY (`clinical_trial_sponsor_id`) REFERENCES `clinical_trial_sponsor` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `collection_descriptions` (
  `collection_descriptions_pk_id` bigint(20) NOT NULL,
  `collection_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `user_name` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `description` mediumtext CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `collection_descriptions_timest` date DEFAULT NULL,
  `license_id` bigint(20) DEFAULT NULL,
  `md5hash` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`collection_descriptions_pk_id`),
  UNIQUE KEY `PK_COLLECTION_DESC_PK_ID` (`collection_descriptions_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_application` (
  `APPLICATION_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `APPLICATION_NAME` varchar(255) NOT NULL,
  `APPLICATION_DESCRIPTION` varchar(200) NOT NULL,
  `DECLARATIVE_FLAG` tinyint(1) NOT NULL DEFAULT 0,
  `ACTIVE_FLAG` tinyint(1) NOT NULL DEFAULT 0,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  `DATABASE_URL` varchar(100) DEFAULT NULL,
  `DATABASE_USER_NAME` varchar(100) DEFAULT NULL,
  `DATABASE_PASSWORD` varchar(100) DEFAULT NULL,
  `DATABASE_DIALECT` varchar(100) DEFAULT NULL,
  `DATABASE_DRIVER` varchar(100) DEFAULT NULL,
  `CSM_VERSION` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`APPLICATION_ID`),
  UNIQUE KEY `UQ_APPLICATION_NAME` (`APPLICATION_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_configuration_props` (
  `PROPERTY_KEY` varchar(300) NOT NULL,
  `PROPERTY_VALUE` varchar(3000) DEFAULT NULL,
  PRIMARY KEY (`PROPERTY_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_filter_clause` (
  `FILTER_CLAUSE_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CLASS_NAME` varchar(100) NOT NULL,
  `FILTER_CHAIN` varchar(2000) NOT NULL,
  `TARGET_CLASS_NAME` varchar(100) NOT NULL,
  `TARGET_CLASS_ATTRIBUTE_NAME` varchar(100) NOT NULL,
  `TARGET_CLASS_ATTRIBUTE_TYPE` varchar(100) NOT NULL,
  `TARGET_CLASS_ALIAS` varchar(100) DEFAULT NULL,
  `TARGET_CLASS_ATTRIBUTE_ALIAS` varchar(100) DEFAULT NULL,
  `GENERATED_SQL_USER` varchar(4000) NOT NULL,
  `APPLICATION_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date NOT NULL,
  `GENERATED_SQL_GROUP` varchar(4000) NOT NULL,
  PRIMARY KEY (`FILTER_CLAUSE_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `csm_group` (
  `GROUP_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `GROUP_NAME` varchar(255) NOT NULL,
  `GROUP_DESC` varchar(200) DEFAULT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  `APPLICATION_ID` bigint(20) NOT NULL,
  PRIMARY KEY (`GROUP_ID`),
  UNIQUE KEY `UQ_GROUP_GROUP_NAME` (`APPLICATION_ID`,`GROUP_NAME`),
  CONSTRAINT `FK_APPLICATION_GROUP` FOREIGN KEY (`APPLICATION_ID`) REFERENCES `csm_application` (`APPLICATION_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_mapping` (
  `MAPPING_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `APPLICATION_ID` bigint(20) NOT NULL,
  `OBJECT_NAME` varchar(100) NOT NULL,
  `ATTRIBUTE_NAME` varchar(100) NOT NULL,
  `OBJECT_PACKAGE_NAME` varchar(100) DEFAULT NULL,
  `TABLE_NAME` varchar(100) DEFAULT NULL,
  `TABLE_NAME_GROUP` varchar(100) DEFAULT NULL,
  `TABLE_NAME_USER` varchar(100) DEFAULT NULL,
  `VIEW_NAME_GROUP` varchar(100) DEFAULT NULL,
  `VIEW_NAME_USER` varchar(100) DEFAULT NULL,
  `ACTIVE_FLAG` tinyint(1) NOT NULL DEFAULT 0,
  `MAINTAINED_FLAG` tinyint(1) NOT NULL DEFAULT 0,
  `UPDATE_DATE` date DEFAULT '0000-00-00',
  PRIMARY KEY (`MAPPING_ID`),
  UNIQUE KEY `UQ_MP_OBJ_NAME_ATTRI_NAME_APP_ID` (`OBJECT_NAME`,`ATTRIBUTE_NAME`,`APPLICATION_ID`),
  CONSTRAINT `FK_PE_APPLICATION` FOREIGN KEY (`APPLICATION_ID`) REFERENCES `csm_application` (`APPLICATION_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_password_history` (
  `CSM_PASSWORD_HISTORY_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `LOGIN_NAME` varchar(500) DEFAULT NULL,
  `PASSWORD` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`CSM_PASSWORD_HISTORY_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `csm_privilege` (
  `PRIVILEGE_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PRIVILEGE_NAME` varchar(100) NOT NULL,
  `PRIVILEGE_DESCRIPTION` varchar(200) DEFAULT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  PRIMARY KEY (`PRIVILEGE_ID`),
  UNIQUE KEY `UQ_PRIVILEGE_NAME` (`PRIVILEGE_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_protection_element` (
  `PROTECTION_ELEMENT_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PROTECTION_ELEMENT_NAME` varchar(100) NOT NULL,
  `PROTECTION_ELEMENT_DESCRIPTION` varchar(200) DEFAULT NULL,
  `OBJECT_ID` varchar(100) NOT NULL,
  `ATTRIBUTE` varchar(100) DEFAULT NULL,
  `PROTECTION_ELEMENT_TYPE` varchar(100) DEFAULT NULL,
  `APPLICATION_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  `ATTRIBUTE_VALUE` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`PROTECTION_ELEMENT_ID`),
  UNIQUE KEY `UQ_PE_PE_NAME_ATTRIBUTE_VALUE_APP_ID` (`OBJECT_ID`,`ATTRIBUTE`,`ATTRIBUTE_VALUE`,`APPLICATION_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_protection_group` (
  `PROTECTION_GROUP_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PROTECTION_GROUP_NAME` varchar(100) NOT NULL,
  `PROTECTION_GROUP_DESCRIPTION` varchar(200) DEFAULT NULL,
  `APPLICATION_ID` bigint(20) NOT NULL,
  `LARGE_ELEMENT_COUNT_FLAG` tinyint(1) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  `PARENT_PROTECTION_GROUP_ID` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`PROTECTION_GROUP_ID`),
  UNIQUE KEY `UQ_PROTECTION_GROUP_PROTECTION_GROUP_NAME` (`APPLICATION_ID`,`PROTECTION_GROUP_NAME`),
  CONSTRAINT `FK_PG_APPLICATION` FOREIGN KEY (`APPLICATION_ID`) REFERENCES `csm_application` (`APPLICATION_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_PROTECTION_GROUP` FOREIGN KEY (`PARENT_PROTECTION_GROUP_ID`) REFERENCES `csm_protection_group` (`PROTECTION_GROUP_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_pg_pe` (
  `PG_PE_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PROTECTION_GROUP_ID` bigint(20) NOT NULL,
  `PROTECTION_ELEMENT_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date DEFAULT '0000-00-00',
  PRIMARY KEY (`PG_PE_ID`),
  UNIQUE KEY `UQ_PROTECTION_GROUP_PROTECTION_ELEMENT_PROTECTION_GROUP_ID` (`PROTECTION_ELEMENT_ID`,`PROTECTION_GROUP_ID`),
  CONSTRAINT `FK_PROTECTION_ELEMENT_PROTECTION_GROUP` FOREIGN KEY (`PROTECTION_ELEMENT_ID`) REFERENCES `csm_protection_element` (`PROTECTION_ELEMENT_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_PROTECTION_GROUP_PROTECTION_ELEMENT` FOREIGN KEY (`PROTECTION_GROUP_ID`) REFERENCES `csm_protection_group` (`PROTECTION_GROUP_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_role` (
  `ROLE_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `ROLE_NAME` varchar(100) NOT NULL,
  `ROLE_DESCRIPTION` varchar(200) DEFAULT NULL,
  `APPLICATION_ID` bigint(20) NOT NULL,
  `ACTIVE_FLAG` tinyint(1) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  PRIMARY KEY (`ROLE_ID`),
  UNIQUE KEY `UQ_ROLE_ROLE_NAME` (`APPLICATION_ID`,`ROLE_NAME`),
  CONSTRAINT `FK_APPLICATION_ROLE` FOREIGN KEY (`APPLICATION_ID`) REFERENCES `csm_application` (`APPLICATION_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_role_privilege` (
  `ROLE_PRIVILEGE_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `ROLE_ID` bigint(20) NOT NULL,
  `PRIVILEGE_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  PRIMARY KEY (`ROLE_PRIVILEGE_ID`),
  UNIQUE KEY `UQ_ROLE_PRIVILEGE_ROLE_ID` (`PRIVILEGE_ID`,`ROLE_ID`),
  CONSTRAINT `FK_PRIVILEGE_ROLE` FOREIGN KEY (`PRIVILEGE_ID`) REFERENCES `csm_privilege` (`PRIVILEGE_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_ROLE` FOREIGN KEY (`ROLE_ID`) REFERENCES `csm_role` (`ROLE_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_user` (
  `USER_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `LOGIN_NAME` varchar(500) DEFAULT NULL,
  `FIRST_NAME` varchar(100) NOT NULL,
  `LAST_NAME` varchar(100) NOT NULL,
  `ORGANIZATION` varchar(500) DEFAULT NULL,
  `DEPARTMENT` varchar(100) DEFAULT NULL,
  `TITLE` varchar(100) DEFAULT NULL,
  `PHONE_NUMBER` varchar(100) DEFAULT NULL,
  `PASSWORD` varchar(100) DEFAULT NULL,
  `EMAIL_ID` varchar(255) DEFAULT NULL,
  `START_DATE` date DEFAULT NULL,
  `END_DATE` date DEFAULT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  `MIDDLE_NAME` varchar(100) DEFAULT NULL,
  `FAX` varchar(20) DEFAULT NULL,
  `ADDRESS` varchar(200) DEFAULT NULL,
  `CITY` varchar(100) DEFAULT NULL,
  `STATE` varchar(100) DEFAULT NULL,
  `COUNTRY` varchar(100) DEFAULT NULL,
  `POSTAL_CODE` varchar(10) DEFAULT NULL,
  `MIGRATED_FLAG` tinyint(1) NOT NULL DEFAULT 0,
  `PREMGRT_LOGIN_NAME` varchar(100) DEFAULT NULL,
  `PASSWORD_EXPIRED` tinyint(1) DEFAULT 0,
  `FIRST_TIME_LOGIN` tinyint(1) DEFAULT 0,
  `ACTIVE_FLAG` tinyint(1) DEFAULT 1,
  `PASSWORD_EXPIRY_DATE` date DEFAULT '2012-10-10',
  PRIMARY KEY (`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_user_group` (
  `USER_GROUP_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `USER_ID` bigint(20) NOT NULL,
  `GROUP_ID` bigint(20) NOT NULL,
  PRIMARY KEY (`USER_GROUP_ID`),
  CONSTRAINT `FK_UG_GROUP` FOREIGN KEY (`GROUP_ID`) REFERENCES `csm_group` (`GROUP_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_USER_GROUP` FOREIGN KEY (`USER_ID`) REFERENCES `csm_user` (`USER_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_user_group_role_pg` (
  `USER_GROUP_ROLE_PG_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `USER_ID` bigint(20) DEFAULT NULL,
  `GROUP_ID` bigint(20) DEFAULT NULL,
  `ROLE_ID` bigint(20) NOT NULL,
  `PROTECTION_GROUP_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  PRIMARY KEY (`USER_GROUP_ROLE_PG_ID`),
  CONSTRAINT `FK_USER_GROUP_ROLE_PROTECTION_GROUP_GROUPS` FOREIGN KEY (`GROUP_ID`) REFERENCES `csm_group` (`GROUP_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_USER_GROUP_ROLE_PROTECTION_GROUP_PROTECTION_GROUP` FOREIGN KEY (`PROTECTION_GROUP_ID`) REFERENCES `csm_protection_group` (`PROTECTION_GROUP_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_USER_GROUP_ROLE_PROTECTION_GROUP_ROLE` FOREIGN KEY (`ROLE_ID`) REFERENCES `csm_role` (`ROLE_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_USER_GROUP_ROLE_PROTECTION_GROUP_USER` FOREIGN KEY (`USER_ID`) REFERENCES `csm_user` (`USER_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `csm_user_pe` (
  `USER_PROTECTION_ELEMENT_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PROTECTION_ELEMENT_ID` bigint(20) NOT NULL,
  `USER_ID` bigint(20) NOT NULL,
  `UPDATE_DATE` date NOT NULL DEFAULT '1950-01-01',
  PRIMARY KEY (`USER_PROTECTION_ELEMENT_ID`),
  UNIQUE KEY `UQ_USER_PROTECTION_ELEMENT_PROTECTION_ELEMENT_ID` (`USER_ID`,`PROTECTION_ELEMENT_ID`),
  CONSTRAINT `FK_PE_USER` FOREIGN KEY (`USER_ID`) REFERENCES `csm_user` (`USER_ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_PROTECTION_ELEMENT_USER` FOREIGN KEY (`PROTECTION_ELEMENT_ID`) REFERENCES `csm_protection_element` (`PROTECTION_ELEMENT_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `custom_series_list` (
  `CUSTOM_SERIES_LIST_PK_ID` bigint(20) NOT NULL,
  `NAME` varchar(200) DEFAULT NULL,
  `comment_` varchar(200) DEFAULT NULL,
  `HYPERLINK` varchar(200) DEFAULT NULL,
  `CUSTOM_SERIES_LIST_TIMESTAMP` date DEFAULT NULL,
  `USER_NAME` varchar(20) DEFAULT NULL,
  `usage_count` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`CUSTOM_SERIES_LIST_PK_ID`),
  UNIQUE KEY `CUSTOM_SERIES_LIST_PK_ID` (`CUSTOM_SERIES_LIST_PK_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `custom_series_list_attribute` (
  `custom_series_list_attribute_p` bigint(20) NOT NULL DEFAULT 0,
  `SERIES_INSTANCE_UID` varchar(200) DEFAULT NULL,
  `CUSTOM_SERIES_LIST_PK_ID` bigint(20) NOT NULL,
  PRIMARY KEY (`custom_series_list_attribute_p`),
  UNIQUE KEY `CUSTOM_SERIES_LIST_ATTRIBUTE_PK_ID` (`custom_series_list_attribute_p`),
  CONSTRAINT `FK_CUSTOM_SERIES_LIST_PK_ID` FOREIGN KEY (`CUSTOM_SERIES_LIST_PK_ID`) REFERENCES `custom_series_list` (`CUSTOM_SERIES_LIST_PK_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `databasechangelog` (
  `ID` varchar(63) NOT NULL,
  `AUTHOR` varchar(63) NOT NULL,
  `FILENAME` varchar(200) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `MD5SUM` varchar(32) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `databasechangeloglock` (
  `ID` int(11) NOT NULL,
  `LOCKED` tinyint(1) NOT NULL,
  `LOCKGRANTED` datetime DEFAULT NULL,
  `LOCKEDBY` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `deletion_audit_trail` (
  `deletion_pk_id` bigint(20) NOT NULL,
  `data_id` varchar(64) DEFAULT NULL,
  `data_type` varchar(50) DEFAULT NULL,
  `total_image` bigint(20) DEFAULT NULL,
  `user_name` varchar(50) DEFAULT NULL,
  `time_stamp` datetime DEFAULT NULL,
  PRIMARY KEY (`deletion_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `download_data_history` (
  `download_data_history_pk_id` bigint(20) NOT NULL,
  `series_instance_uid` varchar(64) DEFAULT NULL,
  `login_name` varchar(100) DEFAULT NULL,
  `download_timestamp` date DEFAULT NULL,
  `download_type` varchar(20) DEFAULT NULL,
  `size_` decimal(22,2) DEFAULT NULL,
  PRIMARY KEY (`download_data_history_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `download_history` (
  `download_history_pk_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `timestamp` datetime DEFAULT NULL,
  `total_file_size` decimal(22,2) DEFAULT NULL,
  `download_file_name` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`download_history_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `general_equipment` (
  `general_equipment_pk_id` bigint(20) NOT NULL,
  `manufacturer` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `institution_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `manufacturer_model_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `software_versions` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `institution_address` varchar(1024) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `station_name` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `device_serial_number` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`general_equipment_pk_id`),
  UNIQUE KEY `PK_G_EQUIPMENT_ID` (`general_equipment_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gui_action_history` (
  `GUI_ACTION_HISTORY_PK_ID` bigint(20) NOT NULL DEFAULT 0,
  `ACTION_TIMESTAMP` date DEFAULT NULL,
  `ACTION` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`GUI_ACTION_HISTORY_PK_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `hibernate_unique_key` (
  `next_hi` bigint(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `license` (
  `license_id` bigint(20) NOT NULL,
  `long_name` varchar(255) DEFAULT NULL,
  `short_name` varchar(50) DEFAULT NULL,
  `license_url` varchar(255) DEFAULT NULL,
  `commercial_use` varchar(45) DEFAULT 'YES',
  `license_text` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`license_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_history` (
  `login_history_pk_id` bigint(20) NOT NULL,
  `login_timestamp` datetime DEFAULT NULL,
  `ip_address` varchar(15) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`login_history_pk_id`),
  UNIQUE KEY `PK_LOGIN_HISTORY_PK_ID` (`login_history_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `modality_descriptions` (
  `modality_descriptions_pk_id` bigint(20) NOT NULL,
  `modality_name` varchar(20) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `description` mediumtext CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`modality_descriptions_pk_id`),
  UNIQUE KEY `MD_COLLECTION_DESC_PK_ID` (`modality_descriptions_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `qc_status_history` (
  `qc_status_history_pk_id` bigint(20) NOT NULL,
  `series_instance_uid` varchar(64) NOT NULL,
  `user_id` varchar(100) DEFAULT NULL,
  `comment_` varchar(4000) DEFAULT NULL,
  `history_timestamp` datetime DEFAULT NULL,
  `new_value` varchar(100) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `old_value` varchar(100) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `oldBatch` varchar(20) DEFAULT NULL,
  `newBatch` varchar(20) DEFAULT NULL,
  `oldSubmissionType` varchar(100) DEFAULT NULL,
  `newSubmissionType` varchar(100) DEFAULT NULL,
  `oldReleasedStatus` varchar(50) DEFAULT NULL,
  `newReleasedStatus` varchar(50) DEFAULT NULL,
  `site` varchar(200) DEFAULT NULL,
  `uri` varchar(200) DEFAULT NULL,
  `date_released` datetime DEFAULT NULL,
  PRIMARY KEY (`qc_status_history_pk_id`),
  UNIQUE KEY `PK_QC_STATUS_HISTORY_PK_ID` (`qc_status_history_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `saved_query` (
  `saved_query_pk_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `query_name` varchar(200) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `new_data_flag` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `active` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `query_execute_timestamp` datetime DEFAULT NULL,
  PRIMARY KEY (`saved_query_pk_id`),
  UNIQUE KEY `PK_SAVED_Q_PK_ID` (`saved_query_pk_id`),
  CONSTRAINT `FK_SAVED_QUERY_USER_ID` FOREIGN KEY (`user_id`) REFERENCES `csm_user` (`USER_ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `query_history` (
  `query_history_pk_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `query_execute_timestamp` datetime DEFAULT NULL,
  `query_elapsed_time` bigint(20) DEFAULT NULL,
  `saved_query_pk_id` bigint(20) DEFAULT NULL,
  `tool` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`query_history_pk_id`),
  UNIQUE KEY `PK_QUERY_HISTORY_PK_ID` (`query_history_pk_id`),
  CONSTRAINT `FK_Q_H_USER_ID` FOREIGN KEY (`user_id`) REFERENCES `csm_user` (`USER_ID`) ON DELETE CASCADE,
  CONSTRAINT `fk_s_query_pk_id` FOREIGN KEY (`saved_query_pk_id`) REFERENCES `saved_query` (`saved_query_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `query_history_attribute` (
  `query_history_attribute_pk_id` bigint(20) NOT NULL,
  `attribute_name` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `subattribute_name` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `attribute_value` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `query_history_pk_id` bigint(20) DEFAULT NULL,
  `instance_number` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`query_history_attribute_pk_id`),
  UNIQUE KEY `PK_Q_H_A_PK_ID` (`query_history_attribute_pk_id`),
  CONSTRAINT `FK_Q_H_PK_ID` FOREIGN KEY (`query_history_pk_id`) REFERENCES `query_history` (`query_history_pk_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `saved_query_attribute` (
  `saved_query_attribute_pk_id` bigint(20) NOT NULL,
  `attribute_name` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `subattribute_name` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `attribute_value` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `saved_query_pk_id` bigint(20) DEFAULT NULL,
  `instance_number` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`saved_query_attribute_pk_id`),
  UNIQUE KEY `PK_S_Q_A_PK_ID` (`saved_query_attribute_pk_id`),
  CONSTRAINT `FK_SAVED_QUERY_PK_ID` FOREIGN KEY (`saved_query_pk_id`) REFERENCES `saved_query` (`saved_query_pk_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `species` (
  `species_code` varchar(64) NOT NULL,
  `species_description` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`species_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `submission_history` (
  `submission_history_pk_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient_id` varchar(64) DEFAULT NULL,
  `study_instance_uid` varchar(500) DEFAULT NULL,
  `series_instance_uid` varchar(64) DEFAULT NULL,
  `sop_instance_uid` varchar(64) DEFAULT NULL,
  `submission_timestamp` datetime DEFAULT NULL,
  `project` varchar(200) DEFAULT NULL,
  `site` varchar(40) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  UNIQUE KEY `submission_history_pk_id` (`submission_history_pk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `trial_data_provenance` (
  `trial_dp_pk_id` bigint(20) NOT NULL,
  `dp_site_name` varchar(40) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `dp_site_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `project` varchar(50) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  PRIMARY KEY (`trial_dp_pk_id`),
  UNIQUE KEY `PK_TRIAL_DP_PK_ID` (`trial_dp_pk_id`),
  UNIQUE KEY `unique_project` (`project`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient` (
  `patient_pk_id` bigint(20) NOT NULL,
  `patient_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_name` varchar(250) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_birth_date` date DEFAULT NULL,
  `patient_sex` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `ethnic_group` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_dp_pk_id` bigint(20) DEFAULT NULL,
  `trial_subject_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_subject_reading_id` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_site_pk_id` bigint(20) DEFAULT NULL,
  `species_code` varchar(64) DEFAULT NULL,
  `species_description` varchar(500) DEFAULT NULL,
  `qc_subject` varchar(4) DEFAULT NULL,
  PRIMARY KEY (`patient_pk_id`),
  UNIQUE KEY `PK_PATINET_PK_ID` (`patient_pk_id`),
  CONSTRAINT `fk_trial_dp_pk_id` FOREIGN KEY (`trial_dp_pk_id`) REFERENCES `trial_data_provenance` (`trial_dp_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `site` (
  `site_pk_id` bigint(20) NOT NULL,
  `dp_site_name` varchar(40) DEFAULT NULL,
  `dp_site_id` varchar(64) DEFAULT NULL,
  `trial_dp_pk_id` bigint(20) NOT NULL,
  `license_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`site_pk_id`),
  UNIQUE KEY `SITE_PK_ID` (`site_pk_id`),
  CONSTRAINT `fk_tdp_st_pk_id` FOREIGN KEY (`trial_dp_pk_id`) REFERENCES `trial_data_provenance` (`trial_dp_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study` (
  `study_pk_id` bigint(20) NOT NULL,
  `study_instance_uid` varchar(500) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `study_date` date NOT NULL,
  `study_time` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `study_desc` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `admitting_diagnoses_desc` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `admitting_diagnoses_code_seq` varchar(500) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_pk_id` bigint(20) DEFAULT NULL,
  `study_id` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_time_point_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_time_point_desc` varchar(1024) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_age` varchar(4) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `age_group` varchar(10) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_size` decimal(22,6) DEFAULT NULL,
  `patient_weight` decimal(22,6) DEFAULT NULL,
  `occupation` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `additional_patient_history` varchar(4000) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `longitudinal_temporal_event_type` varchar(100) DEFAULT NULL,
  `longitudinal_temporal_offset_from_event` double DEFAULT NULL,
  PRIMARY KEY (`study_pk_id`),
  UNIQUE KEY `PK_STUDY_PK_ID` (`study_pk_id`),
  UNIQUE KEY `study_instance_uid` (`study_instance_uid`),
  CONSTRAINT `fk_patient_pk_id` FOREIGN KEY (`patient_pk_id`) REFERENCES `patient` (`patient_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `general_series` (
  `general_series_pk_id` bigint(20) NOT NULL,
  `modality` varchar(16) NOT NULL,
  `series_instance_uid` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `series_laterality` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `series_date` date DEFAULT NULL,
  `protocol_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `series_desc` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `body_part_examined` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `study_pk_id` bigint(20) DEFAULT NULL,
  `general_equipment_pk_id` bigint(20) DEFAULT NULL,
  `trial_protocol_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_protocol_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_site_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `study_date` date DEFAULT NULL,
  `study_desc` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `admitting_diagnoses_desc` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_age` varchar(4) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_sex` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_weight` decimal(22,6) DEFAULT NULL,
  `age_group` varchar(10) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_pk_id` bigint(20) DEFAULT NULL,
  `series_number` decimal(22,6) DEFAULT NULL,
  `sync_frame_of_ref_uid` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `patient_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `frame_of_reference_uid` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `visibility` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `security_group` varchar(50) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `annotations_flag` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `project` varchar(200) DEFAULT NULL,
  `site` varchar(40) DEFAULT NULL,
  `study_instance_uid` varchar(500) DEFAULT NULL,
  `max_submission_timestamp` datetime DEFAULT NULL,
  `batchNum` int(20) DEFAULT NULL,
  `submission_type` varchar(100) DEFAULT NULL,
  `released_status` varchar(50) DEFAULT NULL,
  `third_party_analysis` varchar(4) DEFAULT NULL,
  `description_uri` varchar(500) DEFAULT NULL,
  `exclude_commercial` varchar(4) DEFAULT NULL,
  `date_released` datetime DEFAULT NULL,
  `license_name` varchar(255) DEFAULT NULL,
  `license_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`general_series_pk_id`),
  UNIQUE KEY `PK_G_SERIES_PK_ID` (`general_series_pk_id`),
  UNIQUE KEY `series_instance_uid` (`series_instance_uid`),
  CONSTRAINT `fk_g_equipment_pk_id` FOREIGN KEY (`general_equipment_pk_id`) REFERENCES `general_equipment` (`general_equipment_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_gs_study_pk_id` FOREIGN KEY (`study_pk_id`) REFERENCES `study` (`study_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `annotation` (
  `file_path` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `file_size` bigint(20) DEFAULT NULL,
  `annotation_type` varchar(30) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `series_instance_uid` varchar(300) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `general_series_pk_id` bigint(20) DEFAULT NULL,
  `annotations_pk_id` bigint(20) NOT NULL,
  `submission_date` datetime DEFAULT NULL,
  PRIMARY KEY (`annotations_pk_id`),
  UNIQUE KEY `PK_ANNOTATIONS_PK_ID` (`annotations_pk_id`),
  CONSTRAINT `fk_ann_gs_pk_id` FOREIGN KEY (`general_series_pk_id`) REFERENCES `general_series` (`general_series_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `general_image` (
  `image_pk_id` bigint(20) NOT NULL,
  `instance_number` bigint(20) DEFAULT NULL,
  `content_date` date DEFAULT NULL,
  `content_time` varchar(16) DEFAULT NULL,
  `image_type` varchar(16) DEFAULT NULL,
  `acquisition_date` date DEFAULT NULL,
  `acquisition_time` varchar(16) DEFAULT NULL,
  `acquisition_number` decimal(22,6) DEFAULT NULL,
  `lossy_image_compression` varchar(16) DEFAULT NULL,
  `pixel_spacing` decimal(22,6) DEFAULT NULL,
  `image_orientation_patient` varchar(200) DEFAULT NULL,
  `image_position_patient` varchar(200) DEFAULT NULL,
  `slice_thickness` decimal(22,6) DEFAULT NULL,
  `slice_location` decimal(22,6) DEFAULT NULL,
  `i_rows` decimal(22,6) DEFAULT NULL,
  `i_columns` decimal(22,6) DEFAULT NULL,
  `contrast_bolus_agent` varchar(64) DEFAULT NULL,
  `contrast_bolus_route` varchar(64) DEFAULT NULL,
  `sop_class_uid` varchar(64) DEFAULT NULL,
  `sop_instance_uid` varchar(64) DEFAULT NULL,
  `general_series_pk_id` bigint(20) DEFAULT NULL,
  `patient_position` varchar(16) DEFAULT NULL,
  `source_to_detector_distance` decimal(22,6) DEFAULT NULL,
  `source_subject_distance` decimal(22,6) DEFAULT NULL,
  `focal_spot_size` decimal(22,6) DEFAULT NULL,
  `storage_media_file_set_uid` varchar(64) DEFAULT NULL,
  `dicom_file_uri` varchar(2000) DEFAULT NULL,
  `acquisition_datetime` varchar(50) DEFAULT NULL,
  `image_comments` varchar(4000) DEFAULT NULL,
  `image_receiving_timestamp` datetime DEFAULT NULL,
  `curation_timestamp` datetime DEFAULT NULL,
  `annotation` varchar(20) DEFAULT NULL,
  `submission_date` date DEFAULT NULL,
  `dicom_size` decimal(22,6) DEFAULT NULL,
  `image_laterality` varchar(16) DEFAULT NULL,
  `trial_dp_pk_id` bigint(20) DEFAULT NULL,
  `patient_id` varchar(64) DEFAULT NULL,
  `study_instance_uid` varchar(500) DEFAULT NULL,
  `series_instance_uid` varchar(64) DEFAULT NULL,
  `patient_pk_id` bigint(20) DEFAULT NULL,
  `study_pk_id` bigint(20) DEFAULT NULL,
  `project` varchar(200) DEFAULT NULL,
  `acquisition_matrix` decimal(22,6) DEFAULT 0.000000,
  `dx_data_collection_diameter` decimal(22,6) DEFAULT 0.000000,
  `md5_digest` varchar(50) DEFAULT NULL,
  `US_FRAME_NUMBER` varchar(50) DEFAULT NULL,
  `US_COLOR_DATA_PRESENT` varchar(50) DEFAULT NULL,
  `US_MULTI_MODALITY` varchar(50) DEFAULT NULL,
  `posda_transfer_id` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`image_pk_id`),
  UNIQUE KEY `PK_IMAGE_PK_ID` (`image_pk_id`),
  UNIQUE KEY `Image_Visibility_Submitted_IDX` (`image_pk_id`,`submission_date`),
  UNIQUE KEY `sop_instance_uid` (`sop_instance_uid`),
  CONSTRAINT `FK_general_image_patient` FOREIGN KEY (`patient_pk_id`) REFERENCES `patient` (`patient_pk_id`),
  CONSTRAINT `FK_general_image_study` FOREIGN KEY (`study_pk_id`) REFERENCES `study` (`study_pk_id`),
  CONSTRAINT `FK_general_image_trialdata_prov` FOREIGN KEY (`trial_dp_pk_id`) REFERENCES `trial_data_provenance` (`trial_dp_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_g_series_pk_id` FOREIGN KEY (`general_series_pk_id`) REFERENCES `general_series` (`general_series_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ct_image` (
  `kvp` decimal(22,6) DEFAULT NULL,
  `scan_options` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `data_collection_diameter` decimal(22,6) DEFAULT NULL,
  `reconstruction_diameter` decimal(22,6) DEFAULT NULL,
  `gantry_detector_tilt` decimal(22,6) DEFAULT NULL,
  `exposure_time` decimal(22,6) DEFAULT NULL,
  `x_ray_tube_current` decimal(22,6) DEFAULT NULL,
  `exposure` decimal(22,6) DEFAULT NULL,
  `exposure_in_microas` decimal(22,6) DEFAULT NULL,
  `convolution_kernel` varchar(16) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `revolution_time` decimal(22,6) DEFAULT NULL,
  `single_collimation_width` decimal(22,6) DEFAULT NULL,
  `total_collimation_width` decimal(22,6) DEFAULT NULL,
  `table_speed` decimal(22,6) DEFAULT NULL,
  `table_feed_per_rotation` decimal(22,6) DEFAULT NULL,
  `ct_pitch_factor` decimal(22,6) DEFAULT NULL,
  `anatomic_region_seq` varchar(500) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `image_pk_id` bigint(20) NOT NULL,
  `ct_image_pk_id` bigint(20) NOT NULL,
  `general_series_pk_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`ct_image_pk_id`),
  UNIQUE KEY `PK_CT_IMAGE_PK_ID` (`ct_image_pk_id`),
  CONSTRAINT `ct_image_ibfk_1` FOREIGN KEY (`general_series_pk_id`) REFERENCES `general_series` (`general_series_pk_id`),
  CONSTRAINT `fk_image_pk_id` FOREIGN KEY (`image_pk_id`) REFERENCES `general_image` (`image_pk_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mr_image` (
  `IMAGE_TYPE_VALUE_3` varchar(16) NOT NULL,
  `SCANNING_SEQUENCE` varchar(126) NOT NULL,
  `SEQUENCE_VARIANT` varchar(126) NOT NULL,
  `REPETITION_TIME` decimal(22,10) DEFAULT NULL,
  `ECHO_TIME` decimal(22,10) DEFAULT NULL,
  `INVERSION_TIME` decimal(22,10) DEFAULT NULL,
  `SEQUENCE_NAME` varchar(64) DEFAULT NULL,
  `IMAGED_NUCLEUS` varchar(64) DEFAULT NULL,
  `MAGNETIC_FIELD_STRENGTH` decimal(22,10) DEFAULT NULL,
  `SAR` decimal(22,10) DEFAULT NULL,
  `DB_DT` decimal(22,10) DEFAULT NULL,
  `TRIGGER_TIME` decimal(22,10) DEFAULT NULL,
  `ANGIO_FLAG` varchar(1) DEFAULT NULL,
  `IMAGE_PK_ID` bigint(20) NOT NULL,
  `MR_IMAGE_PK_ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `GENERAL_SERIES_PK_ID` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`MR_IMAGE_PK_ID`),
  CONSTRAINT `FK_MR_GEN_IMAGE_PK_ID` FOREIGN KEY (`IMAGE_PK_ID`) REFERENCES `general_image` (`image_pk_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_MR_GEN_SERIES_PK_ID` FOREIGN KEY (`GENERAL_SERIES_PK_ID`) REFERENCES `general_series` (`general_series_pk_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `trial_site` (
  `trial_site_pk_id` bigint(20) NOT NULL,
  `trial_site_id` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_site_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,
  `trial_pk_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`trial_site_pk_id`),
  UNIQUE KEY `PK_TRIAL_SITE_PK_ID` (`trial_site_pk_id`),
  CONSTRAINT `fk_trial_pk_id` FOREIGN KEY (`trial_pk_id`) REFERENCES `clinical_trial` (`trial_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `clinical_trial_subject` (
  `id` bigint(20) NOT NULL,
  `trial_subject_id` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  `trial_subject_reading_id` varchar(255) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL,
  `clinical_trial_protocol_id` bigint(20) NOT NULL,
  `patient_id` bigint(20) NOT NULL,
  `trial_site_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PK_CLINICAL_TRIAL_SUBJECT` (`id`),
  CONSTRAINT `fk_clinical_trial_protocol_id` FOREIGN KEY (`clinical_trial_protocol_id`) REFERENCES `clinical_trial_protocol` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_id` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`patient_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_trial_site` FOREIGN KEY (`trial_site_id`) REFERENCES `trial_site` (`trial_site_pk_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `workflow` (
  `WORKFLOW_ID` bigint(20) NOT NULL DEFAULT 0,
  `NAME` varchar(50) DEFAULT NULL,
  `COLLECTION` varchar(200) DEFAULT NULL,
  `SITE` varchar(200) DEFAULT NULL,
  `URL` varchar(255) DEFAULT NULL,
  `WORKFLOW_TYPE` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`WORKFLOW_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
