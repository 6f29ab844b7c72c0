-- OpenEyes — ophthalmology electronic patient record (patients, contacts and addresses, GPs and practices,
-- allergies, systemic/secondary diagnoses, family history, previous operations, medications, firms and users,
-- episodes and events, examination elements (history, visual acuity, IOP, diagnoses), operation note elements,
-- prescriptions, correspondence letters, audit trail, sessions)
-- Upstream: github.com/AppertaFoundation/openeyes, commit e6cb7f947a7cdaa36699ccce21dceaa96fea4b23
--   protected/migrations/m130913_000000_consolidation.php (core tables)
--   protected/modules/OphCiExamination/migrations/m130913_000001_consolidation_for_ophciexamination.php
--   protected/modules/OphTrOperationnote/migrations/m130913_000003_consolidation_for_ophtroperationnote.php
--   protected/modules/OphDrPrescription/migrations/m130913_000005_consolidation_for_ophdrprescription.php
--   protected/modules/OphCoCorrespondence/migrations/m130913_000002_consolidation_for_ophcocorrespondence.php
-- Licence: AGPL-3.0 (LICENSE)
-- The CREATE TABLE statements are upstream's own SQL from these consolidation migrations (the schema as of
-- migration m130913, OpenEyes 1.x), 44 of their tables; later column-level migrations are not applied.
-- Foreign keys to tables left out are dropped; the others are kept (hence foreign_key_checks = 0).

SET foreign_key_checks = 0;

CREATE TABLE `user` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `username` varchar(40) NOT NULL,
   `first_name` varchar(40) NOT NULL,
   `last_name` varchar(40) NOT NULL,
   `email` varchar(80) NOT NULL,
   `active` tinyint(1) NOT NULL,
   `global_firm_rights` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `title` varchar(40) NOT NULL,
   `qualifications` varchar(255) NOT NULL,
   `role` varchar(255) NOT NULL,
   `code` varchar(255) DEFAULT NULL,
   `password` varchar(40) DEFAULT NULL,
   `salt` varchar(10) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `last_firm_id` int(11) unsigned DEFAULT NULL,
   `is_doctor` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `access_level` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `contact_id` int(10) unsigned DEFAULT NULL,
   `last_site_id` int(10) unsigned DEFAULT NULL,
   `is_clinical` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `is_consultant` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `is_surgeon` tinyint(1) unsigned NOT NULL DEFAULT '0',
   `has_selected_firms` tinyint(1) unsigned NOT NULL,
   PRIMARY KEY (`id`),
   KEY `user_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `user_created_user_id_fk` (`created_user_id`),
   KEY `user_last_firm_id_fk` (`last_firm_id`),
   KEY `user_contact_id_fk` (`contact_id`),
   KEY `user_last_site_id_fk` (`last_site_id`),
   CONSTRAINT `user_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `user_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `user_last_firm_id_fk` FOREIGN KEY (`last_firm_id`) REFERENCES `firm` (`id`),
   CONSTRAINT `user_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `user_last_site_id_fk` FOREIGN KEY (`last_site_id`) REFERENCES `site` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `nick_name` varchar(80) DEFAULT NULL,
   `primary_phone` varchar(20) DEFAULT NULL,
   `title` varchar(20) DEFAULT NULL,
   `first_name` varchar(100) NOT NULL,
   `last_name` varchar(100) NOT NULL,
   `qualifications` varchar(200) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `contact_label_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `contact_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `contact_created_user_id_fk` (`created_user_id`),
   KEY `contact_last_name_key` (`last_name`),
   KEY `contact_contact_label_id_fk` (`contact_label_id`),
   CONSTRAINT `contact_contact_label_id_fk` FOREIGN KEY (`contact_label_id`) REFERENCES `contact_label` (`id`),
   CONSTRAINT `contact_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `contact_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `address` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `address1` varchar(255) DEFAULT NULL,
   `address2` varchar(255) DEFAULT NULL,
   `city` varchar(255) DEFAULT NULL,
   `postcode` varchar(10) DEFAULT NULL,
   `county` varchar(255) DEFAULT NULL,
   `country_id` int(10) unsigned NOT NULL,
   `email` varchar(255) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `parent_class` varchar(40) NOT NULL,
   `parent_id` int(10) unsigned NOT NULL,
   `date_start` datetime DEFAULT NULL,
   `date_end` datetime DEFAULT NULL,
   `address_type_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `address_country_id_fk` (`country_id`),
   KEY `address_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `address_created_user_id_fk` (`created_user_id`),
   KEY `address_parent_index` (`parent_class`,`parent_id`),
   KEY `address_address_type_id_fk` (`address_type_id`),
   CONSTRAINT `address_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
   CONSTRAINT `address_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `address_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `country` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `code` varchar(2) DEFAULT NULL,
   `name` varchar(50) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   UNIQUE KEY `code` (`code`),
   UNIQUE KEY `name` (`name`),
   KEY `country_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `country_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `country_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `country_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_label` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(64) NOT NULL,
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `contact_label_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `contact_label_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `contact_label_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `contact_label_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `patient` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `pas_key` int(10) unsigned DEFAULT NULL,
   `dob` date DEFAULT NULL,
   `gender` varchar(1) DEFAULT NULL,
   `hos_num` varchar(40) DEFAULT NULL,
   `nhs_num` varchar(40) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `gp_id` int(10) unsigned DEFAULT NULL,
   `date_of_death` date DEFAULT NULL,
   `practice_id` int(10) unsigned DEFAULT NULL,
   `ethnic_group_id` int(10) unsigned DEFAULT NULL,
   `contact_id` int(10) unsigned NOT NULL,
   PRIMARY KEY (`id`),
   KEY `patient_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `patient_created_user_id_fk` (`created_user_id`),
   KEY `patient_gp_id_fk` (`gp_id`),
   KEY `patient_practice_id_fk` (`practice_id`),
   KEY `patient_ethnic_group_id_fk` (`ethnic_group_id`),
   KEY `patient_contact_id_fk` (`contact_id`),
   CONSTRAINT `patient_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `patient_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_ethnic_group_id_fk` FOREIGN KEY (`ethnic_group_id`) REFERENCES `ethnic_group` (`id`),
   CONSTRAINT `patient_gp_id_fk` FOREIGN KEY (`gp_id`) REFERENCES `gp` (`id`),
   CONSTRAINT `patient_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_practice_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practice` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `gp` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `obj_prof` varchar(20) NOT NULL,
   `nat_id` varchar(20) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `contact_id` int(10) unsigned NOT NULL,
   PRIMARY KEY (`id`),
   KEY `gp_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `gp_created_user_id_fk` (`created_user_id`),
   KEY `gp_contact_id_fk` (`contact_id`),
   CONSTRAINT `gp_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `gp_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `gp_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `practice` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `code` varchar(64) NOT NULL,
   `phone` varchar(64) NOT NULL,
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `contact_id` int(10) unsigned NOT NULL,
   PRIMARY KEY (`id`),
   KEY `practice_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `practice_created_user_id_fk` (`created_user_id`),
   KEY `practice_contact_id_fk` (`contact_id`),
   CONSTRAINT `practice_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `practice_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `practice_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ethnic_group` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(64) NOT NULL,
   `code` varchar(1) NOT NULL,
   `display_order` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `ethnic_group_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `ethnic_group_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `ethnic_group_created_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `ethnic_group_last_modified_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `patient_contact_assignment` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `location_id` int(10) unsigned DEFAULT NULL,
   `contact_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `patient_consultant_assignment_patient_id_fk` (`patient_id`),
   KEY `patient_consultant_assignment_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `patient_consultant_assignment_created_user_id_fk` (`created_user_id`),
   KEY `patient_contact_assignment_location_id_fk` (`location_id`),
   KEY `patient_contact_assignment_contact_id_fk` (`contact_id`),
   CONSTRAINT `patient_consultant_assignment_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_consultant_assignment_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_consultant_assignment_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `patient_contact_assignment_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `allergy` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(40) DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `allergy_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `allergy_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `allergy_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `allergy_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `patient_allergy_assignment` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `allergy_id` int(10) unsigned NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `patient_allergy_assignment_patient_id_fk` (`patient_id`),
   KEY `patient_allergy_assignment_allergy_id_fk` (`allergy_id`),
   KEY `patient_allergy_assignment_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `patient_allergy_assignment_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `patient_allergy_assignment_allergy_id_fk` FOREIGN KEY (`allergy_id`) REFERENCES `allergy` (`id`),
   CONSTRAINT `patient_allergy_assignment_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_allergy_assignment_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_allergy_assignment_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `patient_oph_info` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `cvi_status_date` varchar(10) NOT NULL,
   `cvi_status_id` int(10) unsigned NOT NULL,
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `patient_oph_info_patient_id_fk` (`patient_id`),
   KEY `patient_oph_info_cvi_status_id_fk` (`cvi_status_id`),
   KEY `patient_oph_info_lmui_fk` (`last_modified_user_id`),
   KEY `patient_oph_info_cui_fk` (`created_user_id`),
   CONSTRAINT `patient_oph_info_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `patient_oph_info_cui_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `patient_oph_info_lmui_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `disorder` (
   `id` BIGINT unsigned NOT NULL AUTO_INCREMENT,
   `fully_specified_name` varchar(255) NOT NULL,
   `term` varchar(255) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `specialty_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `term` (`term`),
   KEY `disorder_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `disorder_created_user_id_fk` (`created_user_id`),
   KEY `disorder_specialty_fk` (`specialty_id`),
   CONSTRAINT `disorder_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `disorder_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `secondary_diagnosis` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `disorder_id` BIGINT unsigned NOT NULL,
   `eye_id` int(10) unsigned DEFAULT NULL,
   `patient_id` int(10) unsigned NOT NULL,
   `date` varchar(10) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `secondary_diagnosis_disorder_id_fk` (`disorder_id`),
   KEY `secondary_diagnosis_eye_id_fk` (`eye_id`),
   KEY `secondary_diagnosis_patient_id_fk` (`patient_id`),
   KEY `secondary_diagnosis_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `secondary_diagnosis_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `secondary_diagnosis_disorder_id_fk` FOREIGN KEY (`disorder_id`) REFERENCES `disorder` (`id`),
   CONSTRAINT `secondary_diagnosis_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
   CONSTRAINT `secondary_diagnosis_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `secondary_diagnosis_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `secondary_diagnosis_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `family_history` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `relative_id` int(10) unsigned NOT NULL,
   `side_id` int(10) unsigned NOT NULL,
   `condition_id` int(10) unsigned NOT NULL,
   `comments` varchar(1024) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `family_history_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `family_history_created_user_id_fk` (`created_user_id`),
   KEY `family_history_patient_id_fk` (`patient_id`),
   KEY `family_history_relative_id_fk` (`relative_id`),
   KEY `family_history_side_id_fk` (`side_id`),
   KEY `family_history_condition_id_fk` (`condition_id`),
   CONSTRAINT `family_history_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `family_history_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `family_history_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `previous_operation` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `side_id` int(10) unsigned DEFAULT NULL,
   `operation` varchar(1024) NOT NULL,
   `date` varchar(10) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `previous_operation_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `previous_operation_created_user_id_fk` (`created_user_id`),
   KEY `previous_operation_patient_id_fk` (`patient_id`),
   KEY `previous_operation_side_id_fk` (`side_id`),
   CONSTRAINT `previous_operation_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `previous_operation_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `previous_operation_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `previous_operation_side_id_fk` FOREIGN KEY (`side_id`) REFERENCES `eye` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `medication` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `drug_id` int(10) unsigned NOT NULL,
   `route_id` int(10) unsigned NOT NULL,
   `option_id` int(10) unsigned DEFAULT NULL,
   `frequency_id` int(10) unsigned NOT NULL,
   `start_date` date NOT NULL,
   `end_date` date DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `medication_lmui_fk` (`last_modified_user_id`),
   KEY `medication_cui_fk` (`created_user_id`),
   KEY `medication_drug_id_fk` (`drug_id`),
   KEY `medication_route_id_fk` (`route_id`),
   KEY `medication_option_id_fk` (`option_id`),
   KEY `medication_frequency_id_fk` (`frequency_id`),
   CONSTRAINT `medication_lmui_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `medication_cui_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `firm` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `service_subspecialty_assignment_id` int(10) unsigned DEFAULT NULL,
   `pas_code` varchar(4) DEFAULT NULL,
   `name` varchar(40) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `consultant_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `firm_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `firm_created_user_id_fk` (`created_user_id`),
   KEY `service_subspecialty_assignment_id` (`service_subspecialty_assignment_id`),
   KEY `firm_consultant_id_fk` (`consultant_id`),
   CONSTRAINT `firm_consultant_id_fk` FOREIGN KEY (`consultant_id`) REFERENCES `user` (`id`),
   CONSTRAINT `firm_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `firm_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `firm_user_assignment` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `firm_id` int(10) unsigned NOT NULL,
   `user_id` int(10) unsigned NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `firm_id` (`firm_id`),
   KEY `user_id` (`user_id`),
   KEY `firm_user_assignment_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `firm_user_assignment_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `firm_id` FOREIGN KEY (`firm_id`) REFERENCES `firm` (`id`),
   CONSTRAINT `firm_user_assignment_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `firm_user_assignment_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `institution` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(255) NOT NULL,
   `remote_id` varchar(10) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `short_name` varchar(64) NOT NULL,
   `contact_id` int(10) unsigned NOT NULL,
   `source_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `institution_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `institution_created_user_id_fk` (`created_user_id`),
   KEY `institution_contact_id_fk` (`contact_id`),
   KEY `institution_source_id_fk` (`source_id`),
   CONSTRAINT `institution_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `institution_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `institution_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `site` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(255) NOT NULL,
   `remote_id` varchar(10) NOT NULL,
   `short_name` varchar(255) NOT NULL,
   `fax` varchar(255) NOT NULL,
   `telephone` varchar(255) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `institution_id` int(10) unsigned NOT NULL DEFAULT '1',
   `location` varchar(64) NOT NULL,
   `contact_id` int(10) unsigned NOT NULL,
   `replyto_contact_id` int(10) unsigned DEFAULT NULL,
   `source_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `site_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `site_created_user_id_fk` (`created_user_id`),
   KEY `site_institution_id_fk` (`institution_id`),
   KEY `site_contact_id_fk` (`contact_id`),
   KEY `site_replyto_contact_id_fk` (`replyto_contact_id`),
   KEY `site_source_id_fk` (`source_id`),
   CONSTRAINT `site_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
   CONSTRAINT `site_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `site_institution_id_fk` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`),
   CONSTRAINT `site_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `site_replyto_contact_id_fk` FOREIGN KEY (`replyto_contact_id`) REFERENCES `contact` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `eye` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(10) DEFAULT NULL,
   `display_order` int(10) unsigned NOT NULL DEFAULT '1',
   PRIMARY KEY (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `episode_status` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(64) NOT NULL DEFAULT '',
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `order` int(10) unsigned NOT NULL DEFAULT '0',
   PRIMARY KEY (`id`),
   KEY `episode_status_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `episode_status_created_user_id_fk` (`created_user_id`),
   CONSTRAINT `episode_status_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `episode_status_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `episode` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `patient_id` int(10) unsigned NOT NULL,
   `firm_id` int(10) unsigned DEFAULT NULL,
   `start_date` datetime NOT NULL,
   `end_date` datetime DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `episode_status_id` int(10) unsigned NOT NULL DEFAULT '1',
   `legacy` tinyint(1) unsigned DEFAULT '0',
   `deleted` int(10) unsigned NOT NULL DEFAULT '0',
   `eye_id` int(10) unsigned DEFAULT NULL,
   `disorder_id` BIGINT unsigned DEFAULT NULL,
   `support_services` tinyint(1) unsigned NOT NULL DEFAULT '0',
   PRIMARY KEY (`id`),
   KEY `episode_1` (`patient_id`),
   KEY `episode_2` (`firm_id`),
   KEY `episode_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `episode_created_user_id_fk` (`created_user_id`),
   KEY `episode_episode_status_id_fk` (`episode_status_id`),
   KEY `episode_eye_id_fk` (`eye_id`),
   KEY `episode_disorder_id_fk` (`disorder_id`),
   CONSTRAINT `episode_1` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `episode_2` FOREIGN KEY (`firm_id`) REFERENCES `firm` (`id`),
   CONSTRAINT `episode_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `episode_disorder_id_fk` FOREIGN KEY (`disorder_id`) REFERENCES `disorder` (`id`),
   CONSTRAINT `episode_episode_status_id_fk` FOREIGN KEY (`episode_status_id`) REFERENCES `episode_status` (`id`),
   CONSTRAINT `episode_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
   CONSTRAINT `episode_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `event_type` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(40) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `event_group_id` int(10) unsigned NOT NULL,
   `class_name` varchar(200) NOT NULL,
   `support_services` tinyint(1) unsigned NOT NULL DEFAULT '0',
   PRIMARY KEY (`id`),
   UNIQUE KEY `name` (`name`),
   KEY `event_type_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `event_type_created_user_id_fk` (`created_user_id`),
   KEY `event_type_event_group_id_fk` (`event_group_id`),
   CONSTRAINT `event_type_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `event_type_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `event` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `episode_id` int(10) unsigned DEFAULT NULL,
   `created_user_id` int(10) unsigned NOT NULL,
   `event_type_id` int(10) unsigned NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `info` varchar(1024) DEFAULT NULL,
   `deleted` tinyint(1) unsigned NOT NULL DEFAULT '0',
   PRIMARY KEY (`id`),
   KEY `event_1` (`episode_id`),
   KEY `event_2` (`created_user_id`),
   KEY `event_3` (`event_type_id`),
   KEY `event_last_modified_user_id_fk` (`last_modified_user_id`),
   KEY `idx_event_episode_id` (`episode_id`),
   KEY `idx_event_event_type_id` (`event_type_id`),
   CONSTRAINT `event_1` FOREIGN KEY (`episode_id`) REFERENCES `episode` (`id`),
   CONSTRAINT `event_3` FOREIGN KEY (`event_type_id`) REFERENCES `event_type` (`id`),
   CONSTRAINT `event_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `event_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_action` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(64) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `audit_action_lmui_fk` (`last_modified_user_id`),
   KEY `audit_action_cui_fk` (`created_user_id`),
   CONSTRAINT `audit_action_lmui_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `audit_action_cui_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_ipaddr` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(16) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `audit_ipaddr_lmui_fk` (`last_modified_user_id`),
   KEY `audit_ipaddr_cui_fk` (`created_user_id`),
   CONSTRAINT `audit_ipaddr_lmui_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `audit_ipaddr_cui_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_useragent` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `name` varchar(1024) NOT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
   PRIMARY KEY (`id`),
   KEY `audit_useragent_lmui_fk` (`last_modified_user_id`),
   KEY `audit_useragent_cui_fk` (`created_user_id`),
   CONSTRAINT `audit_useragent_lmui_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
   CONSTRAINT `audit_useragent_cui_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit` (
   `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
   `action_id` int(10) unsigned NOT NULL,
   `type_id` int(10) unsigned NOT NULL,
   `patient_id` int(10) unsigned DEFAULT NULL,
   `episode_id` int(10) unsigned DEFAULT NULL,
   `event_id` int(10) unsigned DEFAULT NULL,
   `user_id` int(10) unsigned DEFAULT NULL,
   `data` text ,
   `ipaddr_id` int(10) unsigned DEFAULT NULL,
   `useragent_id` int(10) unsigned DEFAULT NULL,
   `server_id` int(10) unsigned DEFAULT NULL,
   `request_uri` varchar(255) DEFAULT '',
   `site_id` int(10) unsigned DEFAULT NULL,
   `firm_id` int(10) unsigned DEFAULT NULL,
   `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
   `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
   `event_type_id` int(10) unsigned DEFAULT NULL,
   `model_id` int(10) unsigned DEFAULT NULL,
   `module_id` int(10) unsigned DEFAULT NULL,
   PRIMARY KEY (`id`),
   KEY `audit_patient_id_fk` (`patient_id`),
   KEY `audit_episode_id_fk` (`episode_id`),
   KEY `audit_event_id_fk` (`event_id`),
   KEY `audit_user_id_fk` (`user_id`),
   KEY `audit_site_id_fk` (`site_id`),
   KEY `audit_firm_id_fk` (`firm_id`),
   KEY `audit_action_id_fk` (`action_id`),
   KEY `audit_type_id_fk` (`type_id`),
   KEY `audit_ipaddr_id_fk` (`ipaddr_id`),
   KEY `audit_useragent_id_fk` (`useragent_id`),
   KEY `audit_server_id_fk` (`server_id`),
   KEY `audit_event_type_id_fk` (`event_type_id`),
   KEY `audit_model_id_fk` (`model_id`),
   KEY `audit_module_id_fk` (`module_id`),
   CONSTRAINT `audit_ibfk_1` FOREIGN KEY (`event_type_id`) REFERENCES `event_type` (`id`),
   CONSTRAINT `audit_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `audit_action` (`id`),
   CONSTRAINT `audit_episode_id_fk` FOREIGN KEY (`episode_id`) REFERENCES `episode` (`id`),
   CONSTRAINT `audit_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
   CONSTRAINT `audit_firm_id_fk` FOREIGN KEY (`firm_id`) REFERENCES `firm` (`id`),
   CONSTRAINT `audit_ipaddr_id_fk` FOREIGN KEY (`ipaddr_id`) REFERENCES `audit_ipaddr` (`id`),
   CONSTRAINT `audit_patient_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`),
   CONSTRAINT `audit_site_id_fk` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`),
   CONSTRAINT `audit_useragent_id_fk` FOREIGN KEY (`useragent_id`) REFERENCES `audit_useragent` (`id`),
   CONSTRAINT `audit_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_session` (
   `id` varchar(32) NOT NULL,
   `expire` int(11) DEFAULT NULL,
   `data` text,
   PRIMARY KEY (`id`)
  )
  ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophciexamination_history` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `event_id` int(10) unsigned NOT NULL,
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `description` text,
  PRIMARY KEY (`id`),
  KEY `et_ophciexamination_history_e_id_fk` (`event_id`),
  KEY `et_ophciexamination_history_c_u_id_fk` (`created_user_id`),
  KEY `et_ophciexamination_history_l_m_u_id_fk` (`last_modified_user_id`),
  CONSTRAINT `et_ophciexamination_history_c_u_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `et_ophciexamination_history_e_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `et_ophciexamination_history_l_m_u_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophciexamination_visualacuity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `event_id` int(10) unsigned NOT NULL,
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `left_comments` text,
  `right_comments` text,
  `eye_id` int(10) unsigned NOT NULL DEFAULT '3',
  `unit_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `et_ophciexamination_visualacuity_e_id_fk` (`event_id`),
  KEY `et_ophciexamination_visualacuity_c_u_id_fk` (`created_user_id`),
  KEY `et_ophciexamination_visualacuity_l_m_u_id_fk` (`last_modified_user_id`),
  KEY `et_ophciexamination_visualacuity_eye_id_fk` (`eye_id`),
  KEY `et_ophciexamination_visualacuity_unit_fk` (`unit_id`),
  CONSTRAINT `et_ophciexamination_visualacuity_c_u_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `et_ophciexamination_visualacuity_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
  CONSTRAINT `et_ophciexamination_visualacuity_e_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `et_ophciexamination_visualacuity_l_m_u_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ophciexamination_visualacuity_reading` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `element_id` int(10) unsigned NOT NULL,
  `value` int(10) unsigned NOT NULL,
  `method_id` int(10) unsigned NOT NULL,
  `side` tinyint(1) unsigned NOT NULL,
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `ophciexamination_visualacuity_reading_element_id_fk` (`element_id`),
  KEY `ophciexamination_visualacuity_reading_method_id_fk` (`method_id`),
  KEY `ophciexamination_visualacuity_reading_last_modified_user_id_fk` (`last_modified_user_id`),
  KEY `ophciexamination_visualacuity_reading_created_user_id_fk` (`created_user_id`),
  CONSTRAINT `ophciexamination_visualacuity_reading_element_id_fk` FOREIGN KEY (`element_id`) REFERENCES `et_ophciexamination_visualacuity` (`id`),
  CONSTRAINT `ophciexamination_visualacuity_reading_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `ophciexamination_visualacuity_reading_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophciexamination_intraocularpressure` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `event_id` int(10) unsigned NOT NULL,
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `left_instrument_id` int(10) unsigned DEFAULT NULL,
  `left_reading_id` int(10) unsigned NOT NULL,
  `right_instrument_id` int(10) unsigned DEFAULT NULL,
  `right_reading_id` int(10) unsigned NOT NULL,
  `eye_id` int(10) unsigned NOT NULL DEFAULT '3',
  PRIMARY KEY (`id`),
  KEY `et_ophciexamination_intraocularpressure_e_id_fk` (`event_id`),
  KEY `et_ophciexamination_intraocularpressure_c_u_id_fk` (`created_user_id`),
  KEY `et_ophciexamination_intraocularpressure_l_m_u_id_fk` (`last_modified_user_id`),
  KEY `et_ophciexamination_intraocularpressure_li_fk` (`left_instrument_id`),
  KEY `et_ophciexamination_intraocularpressure_ri_fk` (`right_instrument_id`),
  KEY `et_ophciexamination_intraocularpressure_lri_fk` (`left_reading_id`),
  KEY `et_ophciexamination_intraocularpressure_rri_fk` (`right_reading_id`),
  KEY `et_ophciexamination_intraocularpressure_eye_id_fk` (`eye_id`),
  CONSTRAINT `et_ophciexamination_intraocularpressure_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
  CONSTRAINT `et_ophciexamination_intraocularpressure_c_u_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `et_ophciexamination_intraocularpressure_e_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `et_ophciexamination_intraocularpressure_l_m_u_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophciexamination_diagnoses` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `event_id` int(10) unsigned NOT NULL,
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `et_ophciexamination_diagnosis_e_id_fk` (`event_id`),
  KEY `et_ophciexamination_diagnosis_c_u_id_fk` (`created_user_id`),
  KEY `et_ophciexamination_diagnosis_l_m_u_id_fk` (`last_modified_user_id`),
  CONSTRAINT `et_ophciexamination_diagnosis_c_u_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `et_ophciexamination_diagnosis_e_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `et_ophciexamination_diagnosis_l_m_u_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ophciexamination_diagnosis` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `element_diagnoses_id` int(10) unsigned NOT NULL,
  `disorder_id` BIGINT unsigned NOT NULL,
  `eye_id` int(10) unsigned NOT NULL,
  `principal` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
  `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
  `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `ophciexamination_diagnosis_element_diagnoses_id_fk` (`element_diagnoses_id`),
  KEY `ophciexamination_diagnosis_disorder_id_fk` (`disorder_id`),
  KEY `ophciexamination_diagnosis_eye_id_fk` (`eye_id`),
  KEY `ophciexamination_diagnosis_last_modified_user_id_fk` (`last_modified_user_id`),
  KEY `ophciexamination_diagnosis_created_user_id_fk` (`created_user_id`),
  CONSTRAINT `ophciexamination_diagnosis_element_diagnoses_id_fk` FOREIGN KEY (`element_diagnoses_id`) REFERENCES `et_ophciexamination_diagnoses` (`id`),
  CONSTRAINT `ophciexamination_diagnosis_disorder_id_fk` FOREIGN KEY (`disorder_id`) REFERENCES `disorder` (`id`),
  CONSTRAINT `ophciexamination_diagnosis_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
  CONSTRAINT `ophciexamination_diagnosis_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `ophciexamination_diagnosis_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophtroperationnote_procedurelist` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `event_id` int(10) unsigned NOT NULL,
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `eye_id` int(10) unsigned NOT NULL,
    `booking_event_id` int(10) unsigned DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `event_id` (`event_id`),
    KEY `et_ophtroperationnote_procedurelist_last_modified_user_id_fk` (`last_modified_user_id`),
    KEY `et_ophtroperationnote_procedurelist_created_user_id_fk` (`created_user_id`),
    KEY `et_ophtroperationnote_procedurelist_eye_id_fk` (`eye_id`),
    KEY `et_ophtroperationnote_procedurelist_bei_fk` (`booking_event_id`),
    KEY `et_ophtroperationnote_procedurelist_eid_fk` (`event_id`),
    CONSTRAINT `et_ophtroperationnote_procedurelist_eid_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophtroperationnote_procedurelist_bei_fk` FOREIGN KEY (`booking_event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophtroperationnote_procedurelist_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophtroperationnote_procedurelist_eye_id_fk` FOREIGN KEY (`eye_id`) REFERENCES `eye` (`id`),
    CONSTRAINT `et_ophtroperationnote_procedurelist_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophtroperationnote_surgeon` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `event_id` int(10) unsigned NOT NULL,
    `surgeon_id` int(10) unsigned NOT NULL,
    `assistant_id` int(10) unsigned DEFAULT NULL,
    `supervising_surgeon_id` int(10) unsigned DEFAULT NULL,
    `display_order` tinyint(3) unsigned NOT NULL,
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    PRIMARY KEY (`id`),
    KEY `et_ophtroperationnote_sur_type_last_modified_user_id_fk` (`last_modified_user_id`),
    KEY `et_ophtroperationnote_sur_type_created_user_id_fk` (`created_user_id`),
    KEY `et_ophtroperationnote_sur_surgeon_id_fk` (`surgeon_id`),
    KEY `et_ophtroperationnote_surgeon_eid_fk` (`event_id`),
    CONSTRAINT `et_ophtroperationnote_surgeon_eid_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophtroperationnote_sur_surgeon_id_fk` FOREIGN KEY (`surgeon_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophtroperationnote_sur_type_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophtroperationnote_sur_type_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophtroperationnote_comments` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `event_id` int(10) unsigned NOT NULL,
    `comments` varchar(4096)  NOT NULL,
    `postop_instructions` varchar(4096)  NOT NULL,
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    PRIMARY KEY (`id`),
    KEY `et_ophtroperationnote_comments_last_modified_user_id_fk` (`last_modified_user_id`),
    KEY `et_ophtroperationnote_comments_created_user_id_fk` (`created_user_id`),
    KEY `et_ophtroperationnote_comments_eid_fk` (`event_id`),
    CONSTRAINT `et_ophtroperationnote_comments_eid_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophtroperationnote_comments_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophtroperationnote_comments_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophdrprescription_details` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `event_id` int(10) unsigned NOT NULL,
    `comments` text,
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `printed` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `locked` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `draft` tinyint(1) unsigned NOT NULL DEFAULT '1',
    `print` tinyint(1) unsigned NOT NULL,
    PRIMARY KEY (`id`),
    KEY `et_ophdrprescription_details_event_id_fk` (`event_id`),
    KEY `et_ophdrprescription_details_created_user_id_fk` (`created_user_id`),
    KEY `et_ophdrprescription_details_last_modified_user_id_fk` (`last_modified_user_id`),
    CONSTRAINT `et_ophdrprescription_details_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophdrprescription_details_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophdrprescription_details_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ophdrprescription_item` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `prescription_id` int(10) unsigned NOT NULL,
    `drug_id` int(10) unsigned NOT NULL,
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1901-01-01 00:00:00',
    `dose` varchar(40) DEFAULT NULL,
    `route_id` int(10) unsigned NOT NULL,
    `frequency_id` int(10) unsigned NOT NULL,
    `duration_id` int(10) unsigned NOT NULL,
    `route_option_id` int(10) unsigned DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `ophdrprescription_details_prescription_id_fk` (`prescription_id`),
    KEY `ophdrprescription_details_drug_id_fk` (`drug_id`),
    KEY `ophdrprescription_details_created_user_id_fk` (`created_user_id`),
    KEY `ophdrprescription_details_last_modified_user_id_fk` (`last_modified_user_id`),
    KEY `ophdrprescription_item_route_option_id_fk` (`route_option_id`),
    KEY `ophdrprescription_item_route_id_fk` (`route_id`),
    KEY `ophdrprescription_item_frequency_id_fk` (`frequency_id`),
    KEY `ophdrprescription_item_duration_id_fk` (`duration_id`),
    CONSTRAINT `ophdrprescription_details_created_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `ophdrprescription_details_last_modified_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `ophdrprescription_details_prescription_id_fk` FOREIGN KEY (`prescription_id`) REFERENCES `et_ophdrprescription_details` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `et_ophcocorrespondence_letter` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `event_id` int(10) unsigned NOT NULL,
    `use_nickname` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `date` datetime NOT NULL,
    `address` varchar(1024) DEFAULT NULL,
    `introduction` varchar(255) DEFAULT NULL,
    `re` varchar(1024) DEFAULT NULL,
    `body` text,
    `footer` varchar(2048) DEFAULT NULL,
    `cc` text,
    `draft` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `last_modified_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `last_modified_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    `created_user_id` int(10) unsigned NOT NULL DEFAULT '1',
    `created_date` datetime NOT NULL DEFAULT '1900-01-01 00:00:00',
    `print` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `locked` tinyint(1) unsigned NOT NULL DEFAULT '0',
    `site_id` int(10) NOT NULL,
    `direct_line` varchar(32) DEFAULT NULL,
    `fax` varchar(64) NOT NULL,
    `clinic_date` date DEFAULT NULL,
    `print_all` tinyint(1) unsigned NOT NULL DEFAULT '0',
    PRIMARY KEY (`id`),
    KEY `et_ophcocorrespondence_letter_event_id_fk` (`event_id`),
    KEY `et_ophcocorrespondence_letter_last_modified_user_id_fk` (`last_modified_user_id`),
    KEY `et_ophcocorrespondence_letter_created_user_id_fk` (`created_user_id`),
    CONSTRAINT `et_ophcocorrespondence_letter_created_user_id_fk` FOREIGN KEY (`last_modified_user_id`) REFERENCES `user` (`id`),
    CONSTRAINT `et_ophcocorrespondence_letter_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
    CONSTRAINT `et_ophcocorrespondence_letter_last_modified_user_id_fk` FOREIGN KEY (`created_user_id`) REFERENCES `user` (`id`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

SET foreign_key_checks = 1;
