-- Ilios (curriculum management for health-sciences schools, UCSF): github.com/ilios/ilios, commit 9d75ba5f26338fdddc285b2bb33683edeab44c23 (MIT)
-- Doctrine migrations migrations/Version*.php (MySQL addSql statements) replayed into MariaDB 10.11 and read back with SHOW CREATE TABLE

CREATE TABLE `school` (
  `school_id` int(11) NOT NULL AUTO_INCREMENT,
  `template_prefix` varchar(8) DEFAULT NULL,
  `title` varchar(60) NOT NULL,
  `ilios_administrator_email` varchar(100) NOT NULL,
  `change_alert_recipients` longtext DEFAULT NULL,
  PRIMARY KEY (`school_id`),
  UNIQUE KEY `UNIQ_F99EDABB2B36786B` (`title`),
  UNIQUE KEY `template_prefix` (`template_prefix`)
) ENGINE=InnoDB;

CREATE TABLE `program` (
  `program_id` int(11) NOT NULL AUTO_INCREMENT,
  `school_id` int(11) NOT NULL,
  `title` varchar(200) NOT NULL,
  `short_title` varchar(10) DEFAULT NULL,
  `duration` smallint(6) NOT NULL,
  PRIMARY KEY (`program_id`),
  KEY `IDX_92ED7784C32A47EE` (`school_id`),
  CONSTRAINT `FK_92ED7784C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`)
) ENGINE=InnoDB;

CREATE TABLE `program_year` (
  `program_year_id` int(11) NOT NULL AUTO_INCREMENT,
  `start_year` smallint(6) NOT NULL,
  `program_id` int(11) DEFAULT NULL,
  `locked` tinyint(1) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  PRIMARY KEY (`program_year_id`),
  KEY `IDX_B66426303EB8070A` (`program_id`),
  CONSTRAINT `FK_B66426303EB8070A` FOREIGN KEY (`program_id`) REFERENCES `program` (`program_id`)
) ENGINE=InnoDB;

CREATE TABLE `cohort` (
  `cohort_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL,
  `program_year_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`cohort_id`),
  UNIQUE KEY `UNIQ_D3B8C16BCB2B0673` (`program_year_id`),
  KEY `whole_k` (`program_year_id`,`cohort_id`,`title`),
  CONSTRAINT `FK_D3B8C16BCB2B0673` FOREIGN KEY (`program_year_id`) REFERENCES `program_year` (`program_year_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user` (
  `user_id` int(11) NOT NULL AUTO_INCREMENT,
  `school_id` int(11) NOT NULL,
  `primary_cohort_id` int(11) DEFAULT NULL,
  `last_name` varchar(50) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `added_via_ilios` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `uc_uid` varchar(16) DEFAULT NULL,
  `other_id` varchar(16) DEFAULT NULL,
  `examined` tinyint(1) NOT NULL,
  `user_sync_ignore` tinyint(1) NOT NULL,
  `ics_feed_key` varchar(64) NOT NULL,
  `root` tinyint(1) NOT NULL,
  `preferred_email` varchar(100) DEFAULT NULL,
  `display_name` varchar(200) DEFAULT NULL,
  `pronouns` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `UNIQ_8D93D649AAB338A6` (`ics_feed_key`),
  KEY `IDX_8D93D649FF038174` (`primary_cohort_id`),
  KEY `fkey_user_school` (`school_id`),
  CONSTRAINT `FK_8D93D649C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`),
  CONSTRAINT `FK_8D93D649FF038174` FOREIGN KEY (`primary_cohort_id`) REFERENCES `cohort` (`cohort_id`)
) ENGINE=InnoDB;

CREATE TABLE `authentication` (
  `person_id` int(11) NOT NULL,
  `username` varchar(100) DEFAULT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `invalidate_token_issued_before` datetime DEFAULT NULL,
  PRIMARY KEY (`person_id`),
  UNIQUE KEY `UNIQ_FEB4C9FDF85E0677` (`username`),
  CONSTRAINT `FK_FEB4C9FD217BBB47` FOREIGN KEY (`person_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `service_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `createdAt` datetime NOT NULL,
  `expiresAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `audit_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `action` varchar(16) NOT NULL,
  `createdAt` datetime NOT NULL,
  `objectId` varchar(255) NOT NULL,
  `valuesChanged` text NOT NULL,
  `objectClass` varchar(255) NOT NULL,
  `token_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_F6E1C0F5A76ED395` (`user_id`),
  KEY `IDX_F6E1C0F541DEE7B9` (`token_id`),
  CONSTRAINT `FK_F6E1C0F541DEE7B9` FOREIGN KEY (`token_id`) REFERENCES `service_token` (`id`),
  CONSTRAINT `FK_F6E1C0F5A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_role` (
  `user_role_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL,
  PRIMARY KEY (`user_role_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_x_user_role` (
  `user_id` int(11) NOT NULL,
  `user_role_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`user_role_id`),
  KEY `IDX_583C407A76ED395` (`user_id`),
  KEY `IDX_583C4078E0E3CA6` (`user_role_id`),
  CONSTRAINT `FK_583C4078E0E3CA6` FOREIGN KEY (`user_role_id`) REFERENCES `user_role` (`user_role_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_583C407A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user_x_cohort` (
  `user_id` int(11) NOT NULL,
  `cohort_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`cohort_id`),
  KEY `IDX_4DFD48DA35983C93` (`cohort_id`),
  KEY `IDX_4DFD48DAA76ED395` (`user_id`),
  CONSTRAINT `FK_4DFD48DA35983C93` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`cohort_id`),
  CONSTRAINT `FK_4DFD48DAA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `learning_material_status` (
  `learning_material_status_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL,
  PRIMARY KEY (`learning_material_status_id`)
) ENGINE=InnoDB;

CREATE TABLE `learning_material` (
  `learning_material_id` int(11) NOT NULL AUTO_INCREMENT,
  `learning_material_status_id` int(11) NOT NULL,
  `learning_material_user_role_id` int(11) NOT NULL,
  `title` varchar(120) NOT NULL,
  `mime_type` varchar(96) DEFAULT NULL,
  `relative_file_system_location` varchar(128) DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `filesize` int(10) unsigned DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `copyright_ownership` tinyint(1) DEFAULT NULL,
  `copyright_rationale` longtext DEFAULT NULL,
  `upload_date` datetime NOT NULL,
  `owning_user_id` int(11) NOT NULL,
  `asset_creator` varchar(80) DEFAULT NULL,
  `web_link` varchar(256) DEFAULT NULL,
  `citation` varchar(512) DEFAULT NULL,
  `token` varchar(64) DEFAULT NULL,
  `marked_accessible` tinyint(4) NOT NULL,
  PRIMARY KEY (`learning_material_id`),
  UNIQUE KEY `idx_learning_material_token_unique` (`token`),
  KEY `IDX_58CE718BA0407615` (`learning_material_status_id`),
  KEY `IDX_58CE718B67A71A40` (`owning_user_id`),
  KEY `IDX_58CE718B7505C8EA` (`learning_material_user_role_id`),
  CONSTRAINT `FK_58CE718B67A71A40` FOREIGN KEY (`owning_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `FK_58CE718BA0407615` FOREIGN KEY (`learning_material_status_id`) REFERENCES `learning_material_status` (`learning_material_status_id`)
) ENGINE=InnoDB;

CREATE TABLE `course` (
  `course_id` int(11) NOT NULL AUTO_INCREMENT,
  `course_level` smallint(6) NOT NULL,
  `year` smallint(6) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  `school_id` int(11) DEFAULT NULL,
  `published_as_tbd` tinyint(1) NOT NULL,
  `clerkship_type_id` int(11) DEFAULT NULL,
  `title` varchar(200) DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `published` tinyint(1) NOT NULL,
  `ancestor_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`course_id`),
  KEY `clerkship_type_id` (`clerkship_type_id`),
  KEY `title_course_k` (`course_id`,`title`),
  KEY `external_id` (`external_id`),
  KEY `IDX_169E6FB9C32A47EE` (`school_id`),
  KEY `IDX_169E6FB9C671CEA1` (`ancestor_id`),
  CONSTRAINT `FK_169E6FB9C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`),
  CONSTRAINT `FK_169E6FB9C671CEA1` FOREIGN KEY (`ancestor_id`) REFERENCES `course` (`course_id`)
) ENGINE=InnoDB;

CREATE TABLE `session_type` (
  `session_type_id` int(11) NOT NULL AUTO_INCREMENT,
  `school_id` int(11) NOT NULL,
  `assessment` tinyint(1) NOT NULL,
  `assessment_option_id` int(11) DEFAULT NULL,
  `title` varchar(100) NOT NULL,
  `calendar_color` varchar(7) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`session_type_id`),
  KEY `assessment_option_fkey` (`assessment_option_id`),
  KEY `school_id` (`school_id`),
  CONSTRAINT `FK_4AAF5703C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`)
) ENGINE=InnoDB;

CREATE TABLE `session` (
  `session_id` int(11) NOT NULL AUTO_INCREMENT,
  `session_type_id` int(11) NOT NULL,
  `course_id` int(11) NOT NULL,
  `title` varchar(200) DEFAULT NULL,
  `attire_required` tinyint(1) DEFAULT NULL,
  `equipment_required` tinyint(1) DEFAULT NULL,
  `supplemental` tinyint(1) DEFAULT NULL,
  `published_as_tbd` tinyint(1) NOT NULL,
  `last_updated_on` datetime NOT NULL,
  `published` tinyint(1) NOT NULL,
  `attendance_required` tinyint(1) DEFAULT NULL,
  `instructionalNotes` longtext DEFAULT NULL,
  `postrequisite_id` int(11) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY `session_type_id_k` (`session_type_id`),
  KEY `course_id_k` (`course_id`),
  KEY `session_course_type_title_k` (`session_id`,`course_id`,`session_type_id`,`title`),
  KEY `IDX_D044D5D42710C13B` (`postrequisite_id`),
  CONSTRAINT `FK_D044D5D42710C13B` FOREIGN KEY (`postrequisite_id`) REFERENCES `session` (`session_id`) ON DELETE SET NULL,
  CONSTRAINT `FK_D044D5D4591CC992` FOREIGN KEY (`course_id`) REFERENCES `course` (`course_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_D044D5D4D7940EC9` FOREIGN KEY (`session_type_id`) REFERENCES `session_type` (`session_type_id`)
) ENGINE=InnoDB;

CREATE TABLE `session_learning_material` (
  `session_learning_material_id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` int(11) DEFAULT NULL,
  `learning_material_id` int(11) NOT NULL,
  `notes` longtext DEFAULT NULL,
  `required` tinyint(1) NOT NULL,
  `notes_are_public` tinyint(1) NOT NULL,
  `position` int(11) NOT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  PRIMARY KEY (`session_learning_material_id`),
  KEY `session_lm_k` (`session_id`,`learning_material_id`),
  KEY `learning_material_id_k` (`learning_material_id`),
  KEY `IDX_9BE2AF8D613FECDF` (`session_id`),
  CONSTRAINT `FK_9BE2AF8D613FECDF` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_9BE2AF8DC1D99609` FOREIGN KEY (`learning_material_id`) REFERENCES `learning_material` (`learning_material_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_session_material_status` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `session_learning_material_id` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `last_updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_6CC10903A76ED395` (`user_id`),
  KEY `IDX_6CC10903E8376E0A` (`session_learning_material_id`),
  CONSTRAINT `FK_6CC10903A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6CC10903E8376E0A` FOREIGN KEY (`session_learning_material_id`) REFERENCES `session_learning_material` (`session_learning_material_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `pending_user_update` (
  `exception_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `type` varchar(32) NOT NULL,
  `property` varchar(32) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`exception_id`),
  KEY `IDX_A6D3A181A76ED395` (`user_id`),
  CONSTRAINT `FK_A6D3A181A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `ingestion_exception` (
  `user_id` int(11) NOT NULL,
  `ingested_wide_uid` varchar(32) NOT NULL,
  `ingestion_exception_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ingestion_exception_id`),
  UNIQUE KEY `UNIQ_65713AFFA76ED395` (`user_id`),
  CONSTRAINT `FK_65713AFFA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `report` (
  `report_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(240) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `creation_date` datetime NOT NULL,
  `subject` varchar(32) NOT NULL,
  `prepositional_object` varchar(32) DEFAULT NULL,
  `prepositional_object_table_row_id` varchar(14) DEFAULT NULL,
  `school_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`report_id`),
  KEY `IDX_C42F7784A76ED395` (`user_id`),
  KEY `IDX_C42F7784C32A47EE` (`school_id`),
  CONSTRAINT `FK_C42F7784A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_C42F7784C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`)
) ENGINE=InnoDB;

CREATE TABLE `school_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `school_id` int(11) DEFAULT NULL,
  `name` varchar(200) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `school_conf_uniq` (`school_id`,`name`),
  KEY `IDX_29362CB0C32A47EE` (`school_id`),
  CONSTRAINT `FK_29362CB0C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`)
) ENGINE=InnoDB;

CREATE TABLE `school_administrator` (
  `school_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`school_id`,`user_id`),
  KEY `IDX_74CDAA6FC32A47EE` (`school_id`),
  KEY `IDX_74CDAA6FA76ED395` (`user_id`),
  CONSTRAINT `FK_74CDAA6FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_74CDAA6FC32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `school_director` (
  `school_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`school_id`,`user_id`),
  KEY `IDX_E0D6E7B4C32A47EE` (`school_id`),
  KEY `IDX_E0D6E7B4A76ED395` (`user_id`),
  CONSTRAINT `FK_E0D6E7B4A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E0D6E7B4C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `program_director` (
  `program_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`program_id`,`user_id`),
  KEY `IDX_9FA52FC53EB8070A` (`program_id`),
  KEY `IDX_9FA52FC5A76ED395` (`user_id`),
  CONSTRAINT `FK_9FA52FC53EB8070A` FOREIGN KEY (`program_id`) REFERENCES `program` (`program_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_9FA52FC5A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `course_director` (
  `course_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`course_id`,`user_id`),
  KEY `IDX_B724BEA6591CC992` (`course_id`),
  KEY `IDX_B724BEA6A76ED395` (`user_id`),
  CONSTRAINT `FK_B724BEA6591CC992` FOREIGN KEY (`course_id`) REFERENCES `course` (`course_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_B724BEA6A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `course_administrator` (
  `course_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`course_id`,`user_id`),
  KEY `IDX_9B524288591CC992` (`course_id`),
  KEY `IDX_9B524288A76ED395` (`user_id`),
  CONSTRAINT `FK_9B524288591CC992` FOREIGN KEY (`course_id`) REFERENCES `course` (`course_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_9B524288A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `course_student_advisor` (
  `course_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`course_id`,`user_id`),
  KEY `IDX_D5D0445E591CC992` (`course_id`),
  KEY `IDX_D5D0445EA76ED395` (`user_id`),
  CONSTRAINT `FK_D5D0445E591CC992` FOREIGN KEY (`course_id`) REFERENCES `course` (`course_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_D5D0445EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `session_administrator` (
  `session_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`session_id`,`user_id`),
  KEY `IDX_C2AE285A613FECDF` (`session_id`),
  KEY `IDX_C2AE285AA76ED395` (`user_id`),
  CONSTRAINT `FK_C2AE285A613FECDF` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_C2AE285AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `instructor_group` (
  `instructor_group_id` int(11) NOT NULL AUTO_INCREMENT,
  `school_id` int(11) DEFAULT NULL,
  `title` varchar(60) NOT NULL,
  PRIMARY KEY (`instructor_group_id`),
  KEY `IDX_BF12A389C32A47EE` (`school_id`),
  CONSTRAINT `FK_BF12A389C32A47EE` FOREIGN KEY (`school_id`) REFERENCES `school` (`school_id`)
) ENGINE=InnoDB;

CREATE TABLE `instructor_group_x_user` (
  `instructor_group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`instructor_group_id`,`user_id`),
  KEY `IDX_6423CE8CFE367BE2` (`instructor_group_id`),
  KEY `IDX_6423CE8CA76ED395` (`user_id`),
  CONSTRAINT `FK_6423CE8CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `FK_6423CE8CFE367BE2` FOREIGN KEY (`instructor_group_id`) REFERENCES `instructor_group` (`instructor_group_id`)
) ENGINE=InnoDB;

CREATE TABLE `group` (
  `group_id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_group_id` int(11) DEFAULT NULL,
  `cohort_id` int(11) NOT NULL,
  `title` varchar(60) NOT NULL,
  `location` varchar(100) DEFAULT NULL,
  `ancestor_id` int(11) DEFAULT NULL,
  `url` varchar(2000) DEFAULT NULL,
  `needs_accommodation` tinyint(1) NOT NULL,
  PRIMARY KEY (`group_id`),
  KEY `IDX_6DC044C561997596` (`parent_group_id`),
  KEY `IDX_6DC044C535983C93` (`cohort_id`),
  KEY `IDX_6DC044C5C671CEA1` (`ancestor_id`),
  CONSTRAINT `FK_6DC044C535983C93` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`cohort_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6DC044C561997596` FOREIGN KEY (`parent_group_id`) REFERENCES `group` (`group_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6DC044C5C671CEA1` FOREIGN KEY (`ancestor_id`) REFERENCES `group` (`group_id`)
) ENGINE=InnoDB;

CREATE TABLE `group_x_user` (
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`group_id`,`user_id`),
  KEY `IDX_93A1A790FE54D947` (`group_id`),
  KEY `IDX_93A1A790A76ED395` (`user_id`),
  CONSTRAINT `FK_93A1A790A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `FK_93A1A790FE54D947` FOREIGN KEY (`group_id`) REFERENCES `group` (`group_id`)
) ENGINE=InnoDB;

CREATE TABLE `group_x_instructor` (
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`group_id`,`user_id`),
  KEY `IDX_8CE57915FE54D947` (`group_id`),
  KEY `IDX_8CE57915A76ED395` (`user_id`),
  CONSTRAINT `FK_8CE57915A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_8CE57915FE54D947` FOREIGN KEY (`group_id`) REFERENCES `group` (`group_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `offering` (
  `offering_id` int(11) NOT NULL AUTO_INCREMENT,
  `room` varchar(255) DEFAULT NULL,
  `session_id` int(11) DEFAULT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `last_updated_on` datetime NOT NULL,
  `site` varchar(255) DEFAULT NULL,
  `url` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`offering_id`),
  KEY `session_id_k` (`session_id`),
  KEY `offering_dates_session_k` (`offering_id`,`session_id`,`start_date`,`end_date`),
  CONSTRAINT `FK_A5682AB1613FECDF` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `offering_x_learner` (
  `offering_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`offering_id`,`user_id`),
  KEY `IDX_991D7DA38EDF74F0` (`offering_id`),
  KEY `IDX_991D7DA3A76ED395` (`user_id`),
  CONSTRAINT `FK_991D7DA38EDF74F0` FOREIGN KEY (`offering_id`) REFERENCES `offering` (`offering_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_991D7DA3A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `offering_x_instructor` (
  `offering_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`offering_id`,`user_id`),
  KEY `IDX_171DC5498EDF74F0` (`offering_id`),
  KEY `IDX_171DC549A76ED395` (`user_id`),
  CONSTRAINT `FK_171DC5498EDF74F0` FOREIGN KEY (`offering_id`) REFERENCES `offering` (`offering_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_171DC549A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `offering_x_group` (
  `offering_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`offering_id`,`group_id`),
  KEY `IDX_4D68848F8EDF74F0` (`offering_id`),
  KEY `IDX_4D68848FFE54D947` (`group_id`),
  CONSTRAINT `FK_4D68848F8EDF74F0` FOREIGN KEY (`offering_id`) REFERENCES `offering` (`offering_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_4D68848FFE54D947` FOREIGN KEY (`group_id`) REFERENCES `group` (`group_id`)
) ENGINE=InnoDB;

CREATE TABLE `ilm_session_facet` (
  `ilm_session_facet_id` int(11) NOT NULL AUTO_INCREMENT,
  `hours` decimal(6,2) NOT NULL,
  `due_date` datetime NOT NULL,
  `session_id` int(11) NOT NULL,
  PRIMARY KEY (`ilm_session_facet_id`),
  UNIQUE KEY `UNIQ_8C070D9613FECDF` (`session_id`),
  CONSTRAINT `FK_8C070D9613FECDF` FOREIGN KEY (`session_id`) REFERENCES `session` (`session_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `ilm_session_facet_x_learner` (
  `ilm_session_facet_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`ilm_session_facet_id`,`user_id`),
  KEY `IDX_E385BC58504270C1` (`ilm_session_facet_id`),
  KEY `IDX_E385BC58A76ED395` (`user_id`),
  CONSTRAINT `FK_E385BC58504270C1` FOREIGN KEY (`ilm_session_facet_id`) REFERENCES `ilm_session_facet` (`ilm_session_facet_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E385BC58A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `course_learning_material` (
  `course_learning_material_id` int(11) NOT NULL AUTO_INCREMENT,
  `course_id` int(11) DEFAULT NULL,
  `learning_material_id` int(11) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `required` tinyint(1) NOT NULL,
  `notes_are_public` tinyint(1) NOT NULL,
  `position` int(11) NOT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  PRIMARY KEY (`course_learning_material_id`),
  KEY `IDX_F841D788591CC992` (`course_id`),
  KEY `IDX_F841D788C1D99609` (`learning_material_id`),
  CONSTRAINT `FK_F841D788591CC992` FOREIGN KEY (`course_id`) REFERENCES `course` (`course_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_F841D788C1D99609` FOREIGN KEY (`learning_material_id`) REFERENCES `learning_material` (`learning_material_id`)
) ENGINE=InnoDB;

CREATE TABLE `alert` (
  `alert_id` int(11) NOT NULL AUTO_INCREMENT,
  `table_row_id` int(11) NOT NULL,
  `dispatched` tinyint(1) NOT NULL,
  `table_name` varchar(30) NOT NULL,
  `additional_text` longtext DEFAULT NULL,
  PRIMARY KEY (`alert_id`)
) ENGINE=InnoDB;

CREATE TABLE `alert_instigator` (
  `alert_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`alert_id`,`user_id`),
  KEY `IDX_69CBD53C93035F72` (`alert_id`),
  KEY `IDX_69CBD53CA76ED395` (`user_id`),
  CONSTRAINT `FK_69CBD53C93035F72` FOREIGN KEY (`alert_id`) REFERENCES `alert` (`alert_id`) ON DELETE CASCADE,
  CONSTRAINT `FK_69CBD53CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `application_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_conf_uniq` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `messenger_messages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `body` longtext NOT NULL,
  `headers` longtext NOT NULL,
  `queue_name` varchar(190) NOT NULL,
  `created_at` datetime NOT NULL,
  `available_at` datetime NOT NULL,
  `delivered_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_75EA56E0FB7336F0E3BD61CE16BA31DBBF396750` (`queue_name`,`available_at`,`delivered_at`,`id`)
) ENGINE=InnoDB;
