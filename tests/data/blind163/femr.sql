-- fEMR (fast Electronic Medical Records), conf/evolutions/default/1.sql … 128.sql (!Ups) at commit 6da50e41, replayed into MariaDB and written back with SHOW CREATE TABLE

CREATE TABLE `mission_countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mission_cities` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `mission_country_id` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_mission_cities_1_idx` (`mission_country_id`),
  CONSTRAINT `fk_mission_cities_1` FOREIGN KEY (`mission_country_id`) REFERENCES `mission_countries` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mission_teams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mission_trips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mission_team_id` int(11) NOT NULL,
  `mission_city_id` int(11) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_mission_trips_mission_team_idx` (`mission_team_id`),
  KEY `fk_mission_trips_mission_city_idx` (`mission_city_id`),
  CONSTRAINT `fk_mission_trips_mission_city` FOREIGN KEY (`mission_city_id`) REFERENCES `mission_cities` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_mission_trips_mission_team` FOREIGN KEY (`mission_team_id`) REFERENCES `mission_teams` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_age_classifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `isDeleted` bit(1) NOT NULL DEFAULT b'0',
  `sortOrder` int(11) NOT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`),
  UNIQUE KEY `sortOrder_UNIQUE` (`sortOrder`),
  UNIQUE KEY `description_UNIQUE` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `photos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(3072) NOT NULL,
  `file_path` varchar(1024) NOT NULL,
  `insertTS` timestamp NULL DEFAULT current_timestamp(),
  `photo` longblob DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `passwordCreatedDate` datetime NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `date_created` datetime DEFAULT '0000-01-01 00:00:00',
  `created_by` int(11) DEFAULT NULL,
  `isDeleted` bit(1) NOT NULL DEFAULT b'0',
  `isPasswordReset` bit(1) NOT NULL DEFAULT b'0',
  `notes` varchar(255) DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `email_UNIQUE` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `phone_number` varchar(20) DEFAULT NULL,
  `age` date DEFAULT NULL,
  `sex` varchar(10) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `city` varchar(255) NOT NULL,
  `photo_id` int(11) DEFAULT NULL,
  `isDeleted` datetime DEFAULT NULL,
  `deleted_by_user_id` int(11) DEFAULT NULL,
  `reason_deleted` varchar(255) DEFAULT NULL,
  `dm_first_name` varchar(255) DEFAULT NULL,
  `dm_last_name` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `user_id_idx` (`user_id`),
  KEY `patient_photo_id_idx` (`photo_id`),
  KEY `fk_patients_user_deleted_by_user_id_id` (`deleted_by_user_id`),
  CONSTRAINT `fk_patients_user_deleted_by_user_id_id` FOREIGN KEY (`deleted_by_user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patients_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `patients_ibfk_1` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `patient_encounters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `user_id_triage` int(11) NOT NULL,
  `date_of_triage_visit` datetime NOT NULL,
  `date_of_medical_visit` datetime DEFAULT NULL,
  `date_of_pharmacy_visit` datetime DEFAULT NULL,
  `user_id_medical` int(11) DEFAULT NULL,
  `user_id_pharmacy` int(11) DEFAULT NULL,
  `patient_age_classification_id` int(11) DEFAULT NULL,
  `mission_trip_id` int(11) DEFAULT NULL,
  `is_diabetes_screened` tinyint(1) DEFAULT NULL,
  `user_id_diabetes_screen` int(11) DEFAULT NULL,
  `date_of_diabetes_screen` datetime DEFAULT NULL,
  `isDeleted` datetime DEFAULT NULL,
  `deleted_by_user_id` int(11) DEFAULT NULL,
  `reason_deleted` varchar(255) DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID_UNIQUE` (`id`),
  KEY `patient_id_idx` (`patient_id`),
  KEY `fk_patient_encounter_patient_age_classification_id_idx` (`patient_age_classification_id`),
  KEY `fk_patient_encounters_id_mission_trip_id_idx` (`mission_trip_id`),
  KEY `fk_patient_encounters_user_id_users_id_diabetes_idx` (`user_id_diabetes_screen`),
  KEY `fk_patient_encounter_deletedbyuser_id_users_id` (`deleted_by_user_id`),
  KEY `fk_patient_encounter_user_id_users_id_nurse_idx` (`user_id_triage`),
  KEY `fk_patient_encounter_user_id_users_id_doc_idx` (`user_id_medical`),
  KEY `fk_patient_encounter_user_id_users_id_pharm_idx` (`user_id_pharmacy`),
  CONSTRAINT `fk_patient_encounter_deletedbyuser_id_users_id` FOREIGN KEY (`deleted_by_user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_patient_age_classification_id` FOREIGN KEY (`patient_age_classification_id`) REFERENCES `patient_age_classifications` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_patient_id_patients_id` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `fk_patient_encounter_user_id_users_id_doc` FOREIGN KEY (`user_id_medical`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_user_id_users_id_nurse` FOREIGN KEY (`user_id_triage`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_user_id_users_id_pharm` FOREIGN KEY (`user_id_pharmacy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounters_id_mission_trip_id` FOREIGN KEY (`mission_trip_id`) REFERENCES `mission_trips` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounters_user_id_users_id_diabetes` FOREIGN KEY (`user_id_diabetes_screen`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `chief_complaints` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` text NOT NULL,
  `patient_encounter_id` int(11) NOT NULL,
  `sort_order` int(11) DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_chief_complaints_patient_encounter_id_idx` (`patient_encounter_id`),
  CONSTRAINT `fk_chief_complaints_patient_encounter_id` FOREIGN KEY (`patient_encounter_id`) REFERENCES `patient_encounters` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_diagnoses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medication_generics` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medication_units` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  `description` varchar(45) DEFAULT NULL,
  `isDeleted` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `unit_name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medication_generic_strengths` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `concept_medication_unit_id` int(11) unsigned NOT NULL,
  `concept_medication_generic_id` int(11) NOT NULL,
  `isDenominator` bit(1) NOT NULL DEFAULT b'0',
  `value` decimal(10,4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_concept_generic_strengths_concept_units_idx` (`concept_medication_unit_id`),
  KEY `fk_concept_generic_strengths_concept_generics_idx` (`concept_medication_generic_id`),
  CONSTRAINT `fk_concept_generic_strengths_concept_generics` FOREIGN KEY (`concept_medication_generic_id`) REFERENCES `concept_medication_generics` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_concept_generic_strengths_concept_units` FOREIGN KEY (`concept_medication_unit_id`) REFERENCES `concept_medication_units` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medication_forms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  `description` varchar(45) DEFAULT NULL,
  `isDeleted` bit(1) DEFAULT b'0',
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `form_name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `isDeleted` bit(1) DEFAULT b'0',
  `concept_medication_form_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_concept_medications_concept_medication_forms_idx` (`concept_medication_form_id`),
  CONSTRAINT `fk_concept_medications_concept_medication_forms` FOREIGN KEY (`concept_medication_form_id`) REFERENCES `concept_medication_forms` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_medication_concept_generic_strengths` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `concept_medication_id` int(11) NOT NULL,
  `concept_medication_generic_strength_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_concept_medication_concept_generic_strengths_idx` (`concept_medication_generic_strength_id`),
  KEY `fk_concept_generic_strengths_concept_medications_idx` (`concept_medication_id`),
  CONSTRAINT `fk_concept_generic_strengths_concept_medications` FOREIGN KEY (`concept_medication_id`) REFERENCES `concept_medications` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_concept_medication_concept_generic_strengths` FOREIGN KEY (`concept_medication_generic_strength_id`) REFERENCES `concept_medication_generic_strengths` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_prescription_administrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `daily_modifier` decimal(9,6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `concept_who_health_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `category` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `concept_who_procedures` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `feedback` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `language_codes` (
  `code` varchar(5) NOT NULL,
  `language_name` varchar(64) NOT NULL,
  `status` varchar(64) NOT NULL,
  `updateScheduled` tinyint(1) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `login_attempts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `ip_address` binary(16) NOT NULL,
  `date_of_attempt` datetime NOT NULL,
  `isSuccessful` bit(1) NOT NULL,
  `username_attempt` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `login_attempts_user_id_users_id_idx` (`user_id`),
  CONSTRAINT `login_attempts_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `measurement_units` (
  `id` int(11) NOT NULL,
  `unit` varchar(16) NOT NULL,
  `category` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `category` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `medication_generics` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `medication_generic_strengths` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `concept_medication_units_id` int(11) unsigned NOT NULL,
  `medication_generics_id` int(11) unsigned NOT NULL,
  `isDenominator` bit(1) NOT NULL,
  `value` decimal(10,4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_medication_active_drugs_medication_measurement_units_idx` (`concept_medication_units_id`),
  KEY `fk_medication_active_drugs_medication_active_drug_names_idx` (`medication_generics_id`),
  CONSTRAINT `fk_medication_active_drugs_concept_medication_units` FOREIGN KEY (`concept_medication_units_id`) REFERENCES `concept_medication_units` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_medication_active_drugs_medication_generics` FOREIGN KEY (`medication_generics_id`) REFERENCES `medication_generics` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `medications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `isDeleted` bit(1) DEFAULT b'0',
  `concept_medication_forms_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_medications_medication_forms_idx` (`concept_medication_forms_id`),
  CONSTRAINT `fk_medications_concept_medication_forms` FOREIGN KEY (`concept_medication_forms_id`) REFERENCES `concept_medication_forms` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `medication_inventories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `quantity_current` int(255) NOT NULL,
  `quantity_initial` int(255) NOT NULL,
  `mission_trip_id` int(11) NOT NULL,
  `medication_id` int(11) NOT NULL,
  `isDeleted` datetime DEFAULT NULL,
  `timeAdded` datetime DEFAULT NULL,
  `createdBy` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_medication_inventory_mission_trips_id_idx` (`mission_trip_id`),
  KEY `fk_medication_inventory_medications_id_idx` (`medication_id`),
  KEY `fk_created_by_user_id_user_id` (`createdBy`),
  CONSTRAINT `fk_created_by_user_id_user_id` FOREIGN KEY (`createdBy`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_medication_inventory_medications_id` FOREIGN KEY (`medication_id`) REFERENCES `medications` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_medication_inventory_mission_trips_id` FOREIGN KEY (`mission_trip_id`) REFERENCES `mission_trips` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `medication_medication_generic_strengths` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `medications_id` int(11) NOT NULL,
  `medication_generic_strength_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_medication_medication_active_drugs_medication_active_dru_idx` (`medication_generic_strength_id`),
  KEY `fk_medication_medication_active_drugs_medications_idx` (`medications_id`),
  CONSTRAINT `fk_medication_medication_generic_strengths` FOREIGN KEY (`medication_generic_strength_id`) REFERENCES `medication_generic_strengths` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_medication_medication_generic_strengths_medications` FOREIGN KEY (`medications_id`) REFERENCES `medications` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mission_trip_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mission_trip_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_mission_trip_users_user_id_users_id_idx` (`user_id`),
  KEY `fk_mission_trip_users_mission_trip_id_mission_trips_id_idx` (`mission_trip_id`),
  CONSTRAINT `fk_mission_trip_users_mission_trip_id_mission_trips_id` FOREIGN KEY (`mission_trip_id`) REFERENCES `mission_trips` (`id`) ON DELETE NO ACTION,
  CONSTRAINT `fk_mission_trip_users_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_encounter_photos` (
  `patient_encounter_id` int(11) NOT NULL,
  `photo_id` int(11) NOT NULL,
  PRIMARY KEY (`patient_encounter_id`,`photo_id`),
  UNIQUE KEY `id_photo_encntr_idx` (`photo_id`),
  KEY `patient_encounter_photos_pci_idx` (`patient_encounter_id`),
  CONSTRAINT `patient_encounter_photos_ibfk_1` FOREIGN KEY (`patient_encounter_id`) REFERENCES `patient_encounters` (`id`),
  CONSTRAINT `patient_encounter_photos_ibfk_2` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tab_field_sizes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tab_field_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tabs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `isDeleted` bit(1) NOT NULL DEFAULT b'0',
  `left_column_size` int(11) NOT NULL DEFAULT 0,
  `right_column_size` int(11) NOT NULL DEFAULT 0,
  `isCustom` bit(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`),
  KEY `fk_custom_tabs_user_id_idx` (`user_id`),
  CONSTRAINT `fk_custom_tabs_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tab_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `isDeleted` bit(1) NOT NULL DEFAULT b'0',
  `tab_id` int(11) NOT NULL,
  `type_id` int(11) DEFAULT NULL,
  `size_id` int(11) DEFAULT NULL,
  `sort_order` int(11) DEFAULT NULL,
  `placeholder` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_tab_fields_tab_idx` (`tab_id`),
  KEY `fk_tab_fields_type_idx` (`type_id`),
  KEY `fk_tab_fields_size_idx` (`size_id`),
  CONSTRAINT `fk_tab_fields_size` FOREIGN KEY (`size_id`) REFERENCES `tab_field_sizes` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_tab_fields_tab` FOREIGN KEY (`tab_id`) REFERENCES `tabs` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_tab_fields_type` FOREIGN KEY (`type_id`) REFERENCES `tab_field_types` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_encounter_tab_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `patient_encounter_id` int(11) NOT NULL,
  `tab_field_id` int(11) NOT NULL,
  `tab_field_value` text NOT NULL,
  `date_taken` datetime NOT NULL,
  `chief_complaint_id` int(11) DEFAULT NULL,
  `IsDeleted` datetime DEFAULT NULL,
  `DeletedByUserId` int(11) DEFAULT NULL,
  `who_health_event` varchar(255) DEFAULT NULL,
  `who_health_event_id` int(11) DEFAULT NULL,
  `who_procedure_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_patient_encounter_tab_fields_user_idx` (`user_id`),
  KEY `fk_patient_encounter_tab_fields_patient_encounter_idx` (`patient_encounter_id`),
  KEY `fk_patient_encounter_tab_fields_tab_field_idx` (`tab_field_id`),
  KEY `fk_patient_encounter_tab_fields_chief_complaint_idx` (`chief_complaint_id`),
  KEY `fk_deleted_by_user_id_id` (`DeletedByUserId`),
  KEY `fk_petf_who_health_event` (`who_health_event_id`),
  KEY `fk_petf_who_procedure` (`who_procedure_id`),
  CONSTRAINT `fk_deleted_by_user_id_id` FOREIGN KEY (`DeletedByUserId`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_tab_fields_chief_complaint` FOREIGN KEY (`chief_complaint_id`) REFERENCES `chief_complaints` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_tab_fields_patient_encounter` FOREIGN KEY (`patient_encounter_id`) REFERENCES `patient_encounters` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_tab_fields_tab_field` FOREIGN KEY (`tab_field_id`) REFERENCES `tab_fields` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_encounter_tab_fields_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_petf_who_health_event` FOREIGN KEY (`who_health_event_id`) REFERENCES `concept_who_health_events` (`id`),
  CONSTRAINT `fk_petf_who_procedure` FOREIGN KEY (`who_procedure_id`) REFERENCES `concept_who_procedures` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vitals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `data_type` varchar(255) DEFAULT NULL,
  `unit_of_measurement` varchar(255) DEFAULT NULL,
  `isDeleted` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_encounter_vitals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `patient_encounter_id` int(11) NOT NULL,
  `vital_id` int(11) NOT NULL,
  `vital_value` float NOT NULL,
  `date_taken` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `user_id_idx` (`user_id`),
  KEY `patient_encounter_id_idx` (`patient_encounter_id`),
  KEY `vital_id_idx` (`vital_id`),
  CONSTRAINT `fk_patient_encounter_vitals_patient_encounter_id` FOREIGN KEY (`patient_encounter_id`) REFERENCES `patient_encounters` (`id`),
  CONSTRAINT `fk_patient_encounter_vitals_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_patient_encounter_vitals_vital_id_vitals_id` FOREIGN KEY (`vital_id`) REFERENCES `vitals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_prescription_replacement_reasons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_prescriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `encounter_id` int(11) NOT NULL,
  `medication_id` int(11) NOT NULL,
  `concept_prescription_administrations_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `amount` int(11) DEFAULT NULL,
  `special_instructions` text DEFAULT NULL,
  `isCounseled` bit(1) NOT NULL DEFAULT b'0',
  `date_taken` datetime NOT NULL,
  `date_dispensed` datetime DEFAULT NULL,
  `language_code` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_patient_prescriptions_idx` (`encounter_id`),
  KEY `fk_patient_prescriptions_user_id__idx` (`user_id`),
  KEY `fk_patient_prescriptions_medications_idx` (`medication_id`),
  KEY `fk_patient_prescriptions_medication_administrations_idx` (`concept_prescription_administrations_id`),
  CONSTRAINT `fk_patient_prescriptions_concept_prescription_administrations` FOREIGN KEY (`concept_prescription_administrations_id`) REFERENCES `concept_prescription_administrations` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_prescriptions_encounter_id_patient_encounters_id` FOREIGN KEY (`encounter_id`) REFERENCES `patient_encounters` (`id`),
  CONSTRAINT `fk_patient_prescriptions_medications` FOREIGN KEY (`medication_id`) REFERENCES `medications` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_prescriptions_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `patient_prescription_replacements` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_prescription_id_original` int(11) NOT NULL,
  `patient_prescription_id_replacement` int(11) NOT NULL,
  `patient_prescription_replacement_reason_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_prescriptionReplacements_id_original_prescriptions_id_idx` (`patient_prescription_id_original`),
  KEY `fk_prescriptionReplacements_id_replacement_prescriptions_id_idx` (`patient_prescription_id_replacement`),
  KEY `fk_prescriptionReplacements_replacementReason_id_reasons_id_idx` (`patient_prescription_replacement_reason_id`),
  CONSTRAINT `fk_prescriptionReplacements_id_original_prescriptions_id` FOREIGN KEY (`patient_prescription_id_original`) REFERENCES `patient_prescriptions` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_prescriptionReplacements_id_replacement_prescriptions_id` FOREIGN KEY (`patient_prescription_id_replacement`) REFERENCES `patient_prescriptions` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_prescriptionReplacements_replacementReason_id_reasons_id` FOREIGN KEY (`patient_prescription_replacement_reason_id`) REFERENCES `patient_prescription_replacement_reasons` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `system_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `isActive` bit(1) NOT NULL,
  `description` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `fk_user_roles_user_id_users_id` (`user_id`),
  KEY `fk_user_roles_role_id_roles_id` (`role_id`),
  CONSTRAINT `fk_user_roles_role_id_roles_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_user_roles_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `who_report_config` (
  `mission_trip_id` int(11) NOT NULL,
  `org_name` varchar(255) DEFAULT NULL,
  `team_type_1mobile` tinyint(1) NOT NULL DEFAULT 0,
  `team_type_1fixed` tinyint(1) NOT NULL DEFAULT 0,
  `team_type_2` tinyint(1) NOT NULL DEFAULT 0,
  `team_type_3` tinyint(1) NOT NULL DEFAULT 0,
  `team_specialized` tinyint(1) NOT NULL DEFAULT 0,
  `contact_persons` varchar(255) DEFAULT NULL,
  `phone_no` varchar(100) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `state_admin1` varchar(255) DEFAULT NULL,
  `village_admin3` varchar(255) DEFAULT NULL,
  `facility_name` varchar(255) DEFAULT NULL,
  `geo_lat` varchar(50) DEFAULT NULL,
  `geo_long` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`mission_trip_id`),
  CONSTRAINT `fk_who_report_config_mission_trip_id` FOREIGN KEY (`mission_trip_id`) REFERENCES `mission_trips` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
