-- GestorPSI (gestorpsi/gestorpsi), Django 1.4 models at commit 61b6064fe24009ba0dd7189ff6b0c6fafb2e08d9 (GPL-2.0-or-later, per the source file headers)
-- Written as MySQL DDL from gestorpsi/*/models.py, plus Django 1.4's auth_user and django-swingtime 0.2.2's event
-- tables that GestorPSI's Referral and ScheduleOccurrence inherit from (see gestorpsi.md).

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(30) NOT NULL,
  `first_name` VARCHAR(30) NOT NULL,
  `last_name` VARCHAR(30) NOT NULL,
  `email` VARCHAR(75) NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `last_login` DATETIME(6) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_organization` (
  `id` VARCHAR(36) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `trade_name` VARCHAR(100) NOT NULL,
  `short_name` VARCHAR(100) NOT NULL,
  `register_number` VARCHAR(100) NOT NULL,
  `cnes` VARCHAR(100) NOT NULL,
  `state_inscription` VARCHAR(30) NOT NULL,
  `city_inscription` VARCHAR(30) NOT NULL,
  `last_id_record` INT UNSIGNED NOT NULL,
  `person_type_id` INT NULL,
  `unit_type_id` INT NULL,
  `environment_id` INT NULL,
  `management_id` INT NULL,
  `source_id` INT NULL,
  `dependence_id` INT NULL,
  `activity_id` INT NULL,
  `public` TINYINT(1) NOT NULL,
  `comment` VARCHAR(765) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `suspension` TINYINT(1) NOT NULL,
  `suspension_reason` LONGTEXT NULL,
  `visible` TINYINT(1) NOT NULL,
  `photo` VARCHAR(200) NOT NULL,
  `organization_id` VARCHAR(36) NULL,
  `contact_owner_id` VARCHAR(36) NULL,
  `employee_number` INT NULL,
  `prefered_plan_id` INT NULL,
  `payment_type_id` INT NULL,
  `payment_detail` LONGTEXT NULL,
  `default_payment_day` INT UNSIGNED NOT NULL,
  `time_slot_schedule` VARCHAR(2) NOT NULL,
  `default_schedule_view` VARCHAR(2) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_organization_organization_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_country` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `nationality` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_state` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `shortName` VARCHAR(2) NOT NULL,
  `country_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_address_state_country_id` FOREIGN KEY (`country_id`) REFERENCES `address_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_city` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ibge_code` VARCHAR(10) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `state_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_address_city_state_id` FOREIGN KEY (`state_id`) REFERENCES `address_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_addresstype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(20) NOT NULL,
  `weight` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_address` (
  `id` VARCHAR(36) NOT NULL,
  `addressPrefix` VARCHAR(10) NOT NULL,
  `addressLine1` VARCHAR(50) NOT NULL,
  `addressLine2` VARCHAR(50) NOT NULL,
  `addressNumber` VARCHAR(10) NOT NULL,
  `neighborhood` VARCHAR(30) NOT NULL,
  `zipCode` VARCHAR(10) NOT NULL,
  `addressType_id` INT NOT NULL,
  `city_id` INT NULL,
  `foreignCountry_id` INT NULL,
  `foreignState` VARCHAR(20) NOT NULL,
  `foreignCity` VARCHAR(50) NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_address_address_addressType_id` FOREIGN KEY (`addressType_id`) REFERENCES `address_addresstype` (`id`),
  CONSTRAINT `fk_address_address_city_id` FOREIGN KEY (`city_id`) REFERENCES `address_city` (`id`),
  CONSTRAINT `fk_address_address_foreignCountry_id` FOREIGN KEY (`foreignCountry_id`) REFERENCES `address_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_phonetype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_phone` (
  `id` VARCHAR(36) NOT NULL,
  `area` VARCHAR(2) NOT NULL,
  `phoneNumber` VARCHAR(10) NOT NULL,
  `ext` VARCHAR(4) NOT NULL,
  `phoneType_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_phone_phone_phoneType_id` FOREIGN KEY (`phoneType_id`) REFERENCES `phone_phonetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internet_emailtype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internet_email` (
  `id` VARCHAR(36) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `email_type_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_internet_email_email_type_id` FOREIGN KEY (`email_type_id`) REFERENCES `internet_emailtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internet_instantmessenger` (
  `id` VARCHAR(36) NOT NULL,
  `identity` VARCHAR(100) NOT NULL,
  `network_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_typedocument` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(30) NOT NULL,
  `source` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_document` (
  `id` VARCHAR(36) NOT NULL,
  `typeDocument_id` INT NOT NULL,
  `document` VARCHAR(20) NOT NULL,
  `issuer_id` INT NULL,
  `state_id` INT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_document_document_typeDocument_id` FOREIGN KEY (`typeDocument_id`) REFERENCES `document_typedocument` (`id`),
  CONSTRAINT `fk_document_document_state_id` FOREIGN KEY (`state_id`) REFERENCES `address_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_maritalstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_person` (
  `id` VARCHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `nickname` VARCHAR(50) NULL,
  `photo` VARCHAR(100) NOT NULL,
  `birthDate` DATE NULL,
  `birthPlace_id` INT NULL,
  `birthDateSupposed` TINYINT(1) NOT NULL,
  `gender` VARCHAR(1) NOT NULL,
  `maritalStatus_id` INT NULL,
  `comments` LONGTEXT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `birthForeignCity` VARCHAR(100) NULL,
  `birthForeignState` VARCHAR(100) NULL,
  `birthForeignCountry` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_person_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `fk_person_person_birthPlace_id` FOREIGN KEY (`birthPlace_id`) REFERENCES `address_city` (`id`),
  CONSTRAINT `fk_person_person_maritalStatus_id` FOREIGN KEY (`maritalStatus_id`) REFERENCES `person_maritalstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_person_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` VARCHAR(36) NOT NULL,
  `organization_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_person_person_organization_person_id` FOREIGN KEY (`person_id`) REFERENCES `person_person` (`id`),
  CONSTRAINT `fk_person_person_organization_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_client` (
  `id` VARCHAR(36) NOT NULL,
  `person_id` VARCHAR(36) NOT NULL,
  `idRecord` INT UNSIGNED NOT NULL,
  `legacyRecord` VARCHAR(15) NOT NULL,
  `admission_date` DATE NULL,
  `active` TINYINT(1) NOT NULL,
  `comments` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_client_client_person_id` FOREIGN KEY (`person_id`) REFERENCES `person_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_family` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(36) NULL,
  `client_related_id` VARCHAR(36) NULL,
  `relation_level` INT NULL,
  `responsible` TINYINT(1) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `comment` LONGTEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_client_family_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_client_family_client_related_id` FOREIGN KEY (`client_related_id`) REFERENCES `client_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `careprofessional_profession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(50) NULL,
  `number` VARCHAR(10) NULL,
  `symbol` VARCHAR(20) NULL,
  `symbol_desc` VARCHAR(100) NULL,
  `academic_name` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `careprofessional_professionalidentification` (
  `id` VARCHAR(36) NOT NULL,
  `profession_id` INT NULL,
  `registerNumber` VARCHAR(50) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_careprofessional_professionalidentification_profession_id` FOREIGN KEY (`profession_id`) REFERENCES `careprofessional_profession` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `careprofessional_professionalprofile` (
  `id` VARCHAR(36) NOT NULL,
  `academicResume_id` VARCHAR(36) NULL,
  `initialProfessionalActivities` VARCHAR(10) NULL,
  `profession_id` INT NULL,
  `services` VARCHAR(100) NULL,
  `availableTime` VARCHAR(100) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_careprofessional_professionalprofile_profession_id` FOREIGN KEY (`profession_id`) REFERENCES `careprofessional_profession` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `careprofessional_careprofessional` (
  `id` VARCHAR(36) NOT NULL,
  `professionalIdentification_id` VARCHAR(36) NULL,
  `professionalProfile_id` VARCHAR(36) NULL,
  `person_id` VARCHAR(36) NOT NULL,
  `comments` VARCHAR(200) NULL,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_careprofessional_careprofessional_professionalIdentification_` FOREIGN KEY (`professionalIdentification_id`) REFERENCES `careprofessional_professionalidentification` (`id`),
  CONSTRAINT `fk_careprofessional_careprofessional_professionalProfile_id` FOREIGN KEY (`professionalProfile_id`) REFERENCES `careprofessional_professionalprofile` (`id`),
  CONSTRAINT `fk_careprofessional_careprofessional_person_id` FOREIGN KEY (`person_id`) REFERENCES `person_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_profile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `try_login` INT NULL,
  `crypt_temp` VARCHAR(256) NULL,
  `org_active_id` VARCHAR(36) NULL,
  `person_id` VARCHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_authentication_profile_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `fk_authentication_profile_org_active_id` FOREIGN KEY (`org_active_id`) REFERENCES `organization_organization` (`id`),
  CONSTRAINT `fk_authentication_profile_person_id` FOREIGN KEY (`person_id`) REFERENCES `person_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_paymentway` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `comment` LONGTEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `covenant_covenant` (
  `id` VARCHAR(36) NOT NULL,
  `date_join` DATE NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `category` INT NOT NULL,
  `charge` INT NOT NULL,
  `event_time` INT UNSIGNED NULL,
  `price` DECIMAL(6,2) NOT NULL,
  `description` LONGTEXT NULL,
  `organization_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_covenant_covenant_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `covenant_covenant_payment_way` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `covenant_id` VARCHAR(36) NOT NULL,
  `paymentway_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_covenant_covenant_payment_way_covenant_id` FOREIGN KEY (`covenant_id`) REFERENCES `covenant_covenant` (`id`),
  CONSTRAINT `fk_covenant_covenant_payment_way_paymentway_id` FOREIGN KEY (`paymentway_id`) REFERENCES `financial_paymentway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `swingtime_eventtype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `abbr` VARCHAR(4) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `swingtime_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(32) NOT NULL,
  `description` VARCHAR(100) NOT NULL,
  `event_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_swingtime_event_event_type_id` FOREIGN KEY (`event_type_id`) REFERENCES `swingtime_eventtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `swingtime_occurrence` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `event_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_swingtime_occurrence_event_id` FOREIGN KEY (`event_id`) REFERENCES `swingtime_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_scheduleoccurrence` (
  `occurrence_ptr_id` INT NOT NULL,
  `room_id` VARCHAR(36) NULL,
  `annotation` VARCHAR(765) NULL,
  `is_online` TINYINT(1) NOT NULL,
  PRIMARY KEY (`occurrence_ptr_id`),
  CONSTRAINT `fk_schedule_scheduleoccurrence_occurrence_ptr_id` FOREIGN KEY (`occurrence_ptr_id`) REFERENCES `swingtime_occurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_occurrenceconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `occurrence_id` INT NOT NULL,
  `date_started` DATETIME(6) NULL,
  `date_finished` DATETIME(6) NULL,
  `presence` INT NULL,
  `reason` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_schedule_occurrenceconfirmation_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `schedule_scheduleoccurrence` (`occurrence_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referral` (
  `event_ptr_id` INT NOT NULL,
  `seq` INT NULL,
  `date` DATETIME(6) NOT NULL,
  `referral_reason` VARCHAR(765) NULL,
  `annotation` VARCHAR(765) NULL,
  `available_time` VARCHAR(765) NULL,
  `status` VARCHAR(2) NULL,
  `organization_id` VARCHAR(36) NULL,
  `service_id` VARCHAR(36) NULL,
  `referral_id` INT NULL,
  `priority_id` INT NULL,
  `impact_id` INT NULL,
  PRIMARY KEY (`event_ptr_id`),
  CONSTRAINT `fk_referral_referral_event_ptr_id` FOREIGN KEY (`event_ptr_id`) REFERENCES `swingtime_event` (`id`),
  CONSTRAINT `fk_referral_referral_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`),
  CONSTRAINT `fk_referral_referral_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referral_client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `referral_id` INT NOT NULL,
  `client_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referral_referral_client_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_referral_referral_client_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referral_professional` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `referral_id` INT NOT NULL,
  `careprofessional_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referral_referral_professional_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_referral_referral_professional_careprofessional_id` FOREIGN KEY (`careprofessional_id`) REFERENCES `careprofessional_careprofessional` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referral_covenant` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `referral_id` INT NOT NULL,
  `covenant_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referral_referral_covenant_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_referral_referral_covenant_covenant_id` FOREIGN KEY (`covenant_id`) REFERENCES `covenant_covenant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referraldischargereason` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_referraldischarge` (
  `id` VARCHAR(36) NOT NULL,
  `referral_id` INT NOT NULL,
  `client_id` VARCHAR(36) NULL,
  `date` DATETIME(6) NOT NULL,
  `was_discussed_with_client` TINYINT(1) NOT NULL,
  `reason_id` INT NULL,
  `details` LONGTEXT NOT NULL,
  `status` VARCHAR(2) NULL,
  `description` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referral_referraldischarge_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_referral_referraldischarge_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_referral_referraldischarge_reason_id` FOREIGN KEY (`reason_id`) REFERENCES `referral_referraldischargereason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comments` LONGTEXT NOT NULL,
  `date_in` DATETIME(6) NOT NULL,
  `date_out` DATETIME(6) NULL,
  `priority` VARCHAR(2) NOT NULL,
  `client_id` VARCHAR(36) NOT NULL,
  `referral_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referral_queue_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_referral_queue_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_receive` (
  `id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `status` VARCHAR(2) NOT NULL,
  `price` DECIMAL(6,2) NOT NULL,
  `off` DECIMAL(6,2) NOT NULL,
  `total` DECIMAL(6,2) NOT NULL,
  `launch_date` DATE NULL,
  `covenant_id` VARCHAR(36) NOT NULL,
  `covenant_charge` INT UNSIGNED NOT NULL,
  `covenant_pack_size` INT UNSIGNED NULL,
  `covenant_payment_way_options` LONGTEXT NOT NULL,
  `covenant_payment_way_selected` LONGTEXT NOT NULL,
  `referral_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_financial_receive_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_receive_occurrence` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `receive_id` VARCHAR(36) NOT NULL,
  `occurrence_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_financial_receive_occurrence_receive_id` FOREIGN KEY (`receive_id`) REFERENCES `financial_receive` (`id`),
  CONSTRAINT `fk_financial_receive_occurrence_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `swingtime_occurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ehr_timeunit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `unit` VARCHAR(10) NOT NULL,
  `time` VARCHAR(2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ehr_demand` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_created` DATETIME(6) NOT NULL,
  `date_modified` DATETIME(6) NOT NULL,
  `edit_status` VARCHAR(2) NOT NULL,
  `initial_complaint` TINYINT(1) NOT NULL,
  `demand` LONGTEXT NOT NULL,
  `description` LONGTEXT NOT NULL,
  `how_long_it_happens_id` INT NULL,
  `frequency_id` INT NULL,
  `severity` VARCHAR(1) NOT NULL,
  `duration_id` INT NULL,
  `demand_status` VARCHAR(1) NOT NULL,
  `demand_resolution` DATETIME(6) NULL,
  `bibliography` LONGTEXT NOT NULL,
  `related_sites` LONGTEXT NOT NULL,
  `comments` LONGTEXT NOT NULL,
  `client_id` VARCHAR(36) NOT NULL,
  `referral_id` INT NOT NULL,
  `occurrence_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ehr_demand_how_long_it_happens_id` FOREIGN KEY (`how_long_it_happens_id`) REFERENCES `ehr_timeunit` (`id`),
  CONSTRAINT `fk_ehr_demand_frequency_id` FOREIGN KEY (`frequency_id`) REFERENCES `ehr_timeunit` (`id`),
  CONSTRAINT `fk_ehr_demand_duration_id` FOREIGN KEY (`duration_id`) REFERENCES `ehr_timeunit` (`id`),
  CONSTRAINT `fk_ehr_demand_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_ehr_demand_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_ehr_demand_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `schedule_scheduleoccurrence` (`occurrence_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ehr_diagnosis` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_created` DATETIME(6) NOT NULL,
  `date_modified` DATETIME(6) NOT NULL,
  `edit_status` VARCHAR(2) NOT NULL,
  `diagnosis_date` DATETIME(6) NULL,
  `diagnosis_resolution` DATETIME(6) NULL,
  `diagnosis` LONGTEXT NOT NULL,
  `diagnosis_status` VARCHAR(1) NOT NULL,
  `diagnosis_status2` VARCHAR(1) NOT NULL,
  `clinical_description` LONGTEXT NOT NULL,
  `severity` VARCHAR(1) NOT NULL,
  `treatment_indicated` LONGTEXT NOT NULL,
  `bibliography` LONGTEXT NOT NULL,
  `related_sites` LONGTEXT NOT NULL,
  `comments` LONGTEXT NOT NULL,
  `client_id` VARCHAR(36) NOT NULL,
  `referral_id` INT NOT NULL,
  `occurrence_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ehr_diagnosis_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_ehr_diagnosis_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_ehr_diagnosis_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `schedule_scheduleoccurrence` (`occurrence_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ehr_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_created` DATETIME(6) NOT NULL,
  `date_modified` DATETIME(6) NOT NULL,
  `edit_status` VARCHAR(2) NOT NULL,
  `session_goals` VARCHAR(2) NOT NULL,
  `descriptive` LONGTEXT NOT NULL,
  `client_id` VARCHAR(36) NOT NULL,
  `referral_id` INT NOT NULL,
  `occurrence_id` INT NOT NULL,
  `comments` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ehr_session_client_id` FOREIGN KEY (`client_id`) REFERENCES `client_client` (`id`),
  CONSTRAINT `fk_ehr_session_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referral_referral` (`event_ptr_id`),
  CONSTRAINT `fk_ehr_session_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `schedule_scheduleoccurrence` (`occurrence_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

