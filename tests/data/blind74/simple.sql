-- Simple (Resolve to Save Lives / simpledotorg), hypertension and diabetes control programme: patients, BP passports,
-- blood pressures and sugars, medical histories, prescriptions, follow-up appointments, overdue-patient calls,
-- SMS/WhatsApp reminders, teleconsultations, reminder experiments, nurses' and administrators' accounts.
-- Source: github.com/simpledotorg/simple-server db/structure.sql (PostgreSQL), commit 16ac10ee9cf2cb0a2f2d497f2efba7315c6baee9, MIT.
-- 45 of its public tables, columns in upstream order; PostgreSQL types written as MySQL types
-- (uuid -> char(36), character varying -> varchar(255), boolean -> tinyint(1), jsonb/json -> json, inet -> varchar(45),
-- ltree -> text, numeric -> decimal(65,30), timestamp -> datetime); primary and foreign keys from the dump's ALTER TABLE
-- statements (foreign keys kept where both tables are included); indexes, sequences and function defaults left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `patients` (
  `id` char(36) NOT NULL,
  `full_name` varchar(255),
  `age` int(11),
  `gender` varchar(255),
  `date_of_birth` date,
  `status` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `address_id` char(36),
  `age_updated_at` datetime,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `test_data` tinyint(1) NOT NULL DEFAULT 0,
  `registration_facility_id` char(36),
  `registration_user_id` char(36),
  `deleted_at` datetime,
  `contacted_by_counsellor` tinyint(1) DEFAULT 0,
  `could_not_contact_reason` varchar(255),
  `recorded_at` datetime,
  `reminder_consent` varchar(255) NOT NULL DEFAULT 'denied',
  `deleted_by_user_id` char(36),
  `deleted_reason` varchar(255),
  `assigned_facility_id` char(36),
  `diagnosed_confirmed_at` datetime,
  `eligible_for_reassignment` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_256d8f15cb` FOREIGN KEY (`registration_facility_id`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fk_rails_39783febcc` FOREIGN KEY (`address_id`) REFERENCES `addresses` (`id`),
  CONSTRAINT `fk_rails_66733b5dc0` FOREIGN KEY (`assigned_facility_id`) REFERENCES `facilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` char(36) NOT NULL,
  `street_address` varchar(255),
  `village_or_colony` varchar(255),
  `district` varchar(255),
  `state` varchar(255),
  `country` varchar(255),
  `pin` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `zone` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_phone_numbers` (
  `id` char(36) NOT NULL,
  `number` varchar(255),
  `phone_type` varchar(255),
  `active` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `patient_id` char(36),
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `dnd_status` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0145dd0b05` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exotel_phone_number_details` (
  `id` char(36) NOT NULL,
  `patient_phone_number_id` char(36) NOT NULL,
  `whitelist_status` varchar(255),
  `whitelist_requested_at` datetime,
  `whitelist_status_valid_until` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b7da75c721` FOREIGN KEY (`patient_phone_number_id`) REFERENCES `patient_phone_numbers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_business_identifiers` (
  `id` char(36) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `identifier_type` varchar(255) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `metadata_version` varchar(255),
  `metadata` json,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passport_authentications` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `access_token` varchar(255) NOT NULL,
  `otp` varchar(255) NOT NULL,
  `otp_expires_at` datetime NOT NULL,
  `patient_business_identifier_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `medical_histories` (
  `id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `prior_heart_attack_boolean` tinyint(1),
  `prior_stroke_boolean` tinyint(1),
  `chronic_kidney_disease_boolean` tinyint(1),
  `receiving_treatment_for_hypertension_boolean` tinyint(1),
  `diabetes_boolean` tinyint(1),
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `diagnosed_with_hypertension_boolean` tinyint(1),
  `prior_heart_attack` text,
  `prior_stroke` text,
  `chronic_kidney_disease` text,
  `receiving_treatment_for_hypertension` text,
  `diabetes` text,
  `diagnosed_with_hypertension` text,
  `deleted_at` datetime,
  `user_id` char(36),
  `hypertension` text,
  `receiving_treatment_for_diabetes` text,
  `smoking` text,
  `cholesterol` int(11),
  `smokeless_tobacco` varchar(255),
  `htn_diagnosed_at` datetime,
  `dm_diagnosed_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_attributes` (
  `id` char(36) NOT NULL,
  `height` decimal(65,30),
  `weight` decimal(65,30),
  `patient_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  `device_created_at` datetime,
  `device_updated_at` datetime,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_565c8c1260` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_scores` (
  `id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `score_type` varchar(100) NOT NULL,
  `score_value` decimal(5,2) NOT NULL,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0209112204` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cvd_risks` (
  `id` char(36) NOT NULL,
  `risk_score` varchar(255),
  `patient_id` char(36) NOT NULL,
  `deleted_at` datetime,
  `device_created_at` datetime,
  `device_updated_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blood_pressures` (
  `id` char(36) NOT NULL,
  `systolic` int(11) NOT NULL,
  `diastolic` int(11) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `facility_id` char(36) NOT NULL,
  `user_id` char(36),
  `deleted_at` datetime,
  `recorded_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blood_sugars` (
  `id` char(36) NOT NULL,
  `blood_sugar_type` varchar(255) NOT NULL,
  `blood_sugar_value` decimal(65,30) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `facility_id` char(36) NOT NULL,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `recorded_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7c63b0ef2d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_8e56e1055e` FOREIGN KEY (`facility_id`) REFERENCES `facilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prescription_drugs` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `rxnorm_code` varchar(255),
  `dosage` varchar(255),
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `patient_id` char(36) NOT NULL,
  `facility_id` char(36) NOT NULL,
  `is_protocol_drug` tinyint(1) NOT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `deleted_at` datetime,
  `user_id` char(36),
  `frequency` varchar(255),
  `duration_in_days` int(11),
  `teleconsultation_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `encounters` (
  `id` char(36) NOT NULL,
  `facility_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `encountered_on` date NOT NULL,
  `timezone_offset` int(11) NOT NULL,
  `notes` text,
  `metadata` json,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8df9902cc7` FOREIGN KEY (`facility_id`) REFERENCES `facilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `encounter_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `observable_type` varchar(255),
  `observable_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_47dc1837b8` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`),
  CONSTRAINT `fk_rails_60d667a791` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `facility_id` char(36) NOT NULL,
  `scheduled_date` date NOT NULL,
  `status` varchar(255),
  `cancel_reason` varchar(255),
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `remind_on` date,
  `agreed_to_visit` tinyint(1),
  `deleted_at` datetime,
  `appointment_type` varchar(255) NOT NULL,
  `user_id` char(36),
  `creation_facility_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_81e897bb97` FOREIGN KEY (`facility_id`) REFERENCES `facilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_results` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `appointment_id` char(36) NOT NULL,
  `remove_reason` varchar(255),
  `result_type` varchar(255) NOT NULL,
  `device_created_at` datetime NOT NULL,
  `device_updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `patient_id` char(36),
  `facility_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_logs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255),
  `result` varchar(255),
  `duration` int(11),
  `callee_phone_number` varchar(255) NOT NULL,
  `start_time` datetime,
  `end_time` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `caller_phone_number` varchar(255) NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teleconsultations` (
  `id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `medical_officer_id` char(36) NOT NULL,
  `requested_medical_officer_id` char(36),
  `requester_id` char(36),
  `facility_id` char(36),
  `requester_completion_status` varchar(255),
  `requested_at` datetime,
  `recorded_at` datetime,
  `teleconsultation_type` varchar(255),
  `patient_took_medicines` varchar(255),
  `patient_consented` varchar(255),
  `medical_officer_number` varchar(255),
  `deleted_at` datetime,
  `device_updated_at` datetime,
  `device_created_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3e1ccaa4cb` FOREIGN KEY (`medical_officer_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_4aa89bd48e` FOREIGN KEY (`requested_medical_officer_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_811d7873b8` FOREIGN KEY (`facility_id`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fk_rails_c436ea0008` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `remind_on` date NOT NULL,
  `status` varchar(255) NOT NULL,
  `message` varchar(255) NOT NULL,
  `experiment_id` char(36),
  `reminder_template_id` char(36),
  `patient_id` char(36) NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `subject_type` varchar(255),
  `subject_id` char(36),
  `purpose` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a0b99d451b` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`),
  CONSTRAINT `fk_rails_aa9c165c6f` FOREIGN KEY (`reminder_template_id`) REFERENCES `reminder_templates` (`id`),
  CONSTRAINT `fk_rails_e966d86b08` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communications` (
  `id` char(36) NOT NULL,
  `appointment_id` char(36),
  `communication_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `detailable_type` varchar(255),
  `detailable_id` bigint(20),
  `notification_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_17477eedd4` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twilio_sms_delivery_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255),
  `result` varchar(255),
  `callee_phone_number` varchar(255) NOT NULL,
  `delivered_on` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `read_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bsnl_delivery_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `message_id` varchar(255) NOT NULL,
  `message_status` varchar(255),
  `result` varchar(255),
  `recipient_number` varchar(255) NOT NULL,
  `dlt_template_id` varchar(255) NOT NULL,
  `delivered_on` datetime,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `message` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_group_memberships` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `treatment_group_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `experiment_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `experiment_name` varchar(255) NOT NULL,
  `treatment_group_name` varchar(255) NOT NULL,
  `experiment_inclusion_date` datetime,
  `expected_return_date` datetime,
  `expected_return_facility_id` char(36),
  `expected_return_facility_type` varchar(255),
  `expected_return_facility_name` varchar(255),
  `expected_return_facility_block` varchar(255),
  `expected_return_facility_district` varchar(255),
  `expected_return_facility_state` varchar(255),
  `appointment_creation_time` datetime,
  `appointment_creation_facility_id` char(36),
  `appointment_creation_facility_type` varchar(255),
  `appointment_creation_facility_name` varchar(255),
  `appointment_creation_facility_block` varchar(255),
  `appointment_creation_facility_district` varchar(255),
  `appointment_creation_facility_state` varchar(255),
  `gender` varchar(255),
  `age` int(11),
  `risk_level` varchar(255),
  `diagnosed_htn` varchar(255),
  `assigned_facility_id` char(36),
  `assigned_facility_name` varchar(255),
  `assigned_facility_type` varchar(255),
  `assigned_facility_block` varchar(255),
  `assigned_facility_district` varchar(255),
  `assigned_facility_state` varchar(255),
  `registration_facility_id` char(36),
  `registration_facility_name` varchar(255),
  `registration_facility_type` varchar(255),
  `registration_facility_block` varchar(255),
  `registration_facility_district` varchar(255),
  `registration_facility_state` varchar(255),
  `visited_at` datetime,
  `visit_facility_id` char(36),
  `visit_facility_name` varchar(255),
  `visit_facility_type` varchar(255),
  `visit_facility_block` varchar(255),
  `visit_facility_district` varchar(255),
  `visit_facility_state` varchar(255),
  `visit_blood_pressure_id` char(36),
  `visit_blood_sugar_id` char(36),
  `visit_prescription_drug_created` tinyint(1),
  `days_to_visit` int(11),
  `messages` json,
  `status` varchar(255),
  `status_reason` varchar(255),
  `status_updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_14fd76db1b` FOREIGN KEY (`treatment_group_id`) REFERENCES `treatment_groups` (`id`),
  CONSTRAINT `fk_rails_4b8f85a6e7` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `fk_rails_b892696282` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`),
  CONSTRAINT `fk_rails_ba05256ae6` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `full_name` varchar(255),
  `sync_approval_status` varchar(255) NOT NULL,
  `sync_approval_status_reason` varchar(255),
  `device_updated_at` datetime NOT NULL,
  `device_created_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `role` varchar(255),
  `organization_id` char(36),
  `access_level` varchar(255),
  `teleconsultation_phone_number` varchar(255),
  `teleconsultation_isd_code` varchar(255),
  `receive_approval_notifications` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_authentications` (
  `id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `failed_attempts` int(11) NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int(11),
  `invited_by_id` char(36),
  `invited_by_type` varchar(255),
  `invitations_count` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `session_token` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_number_authentications` (
  `id` char(36) NOT NULL,
  `phone_number` varchar(255) NOT NULL,
  `password_digest` varchar(255) NOT NULL,
  `otp` varchar(255) NOT NULL,
  `otp_expires_at` datetime NOT NULL,
  `logged_in_at` datetime,
  `access_token` varchar(255) NOT NULL,
  `registration_facility_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `failed_attempts` int(11) NOT NULL DEFAULT 0,
  `locked_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_authentications` (
  `id` char(36) NOT NULL,
  `user_id` char(36),
  `authenticatable_type` varchar(255),
  `authenticatable_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accesses` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `resource_type` varchar(255),
  `resource_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_e47574ce84` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facilities_teleconsultation_medical_officers` (
  `facility_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deduplication_logs` (
  `id` char(36) NOT NULL,
  `user_id` char(36),
  `record_type` varchar(255) NOT NULL,
  `deleted_record_id` varchar(255) NOT NULL,
  `deduped_record_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `drug_stocks` (
  `id` char(36) NOT NULL,
  `facility_id` char(36),
  `user_id` char(36) NOT NULL,
  `protocol_drug_id` char(36) NOT NULL,
  `in_stock` int(11),
  `received` int(11),
  `for_end_of_month` date NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_id` char(36) NOT NULL,
  `redistributed` int(11),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5230adeadd` FOREIGN KEY (`protocol_drug_id`) REFERENCES `protocol_drugs` (`id`),
  CONSTRAINT `fk_rails_8eb7cdedd2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facilities` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `street_address` varchar(255),
  `village_or_colony` varchar(255),
  `district` varchar(255),
  `state` varchar(255),
  `country` varchar(255),
  `pin` varchar(255),
  `facility_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `latitude` double,
  `longitude` double,
  `deleted_at` datetime,
  `facility_group_id` char(36),
  `slug` varchar(255),
  `zone` varchar(255),
  `enable_diabetes_management` tinyint(1) NOT NULL DEFAULT 0,
  `facility_size` varchar(255) NOT NULL,
  `monthly_estimated_opd_load` int(11),
  `enable_teleconsultation` tinyint(1) NOT NULL DEFAULT 0,
  `short_name` varchar(255) NOT NULL,
  `enable_monthly_screening_reports` tinyint(1) NOT NULL DEFAULT 0,
  `enable_monthly_supplies_reports` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c44117c78f` FOREIGN KEY (`facility_group_id`) REFERENCES `facility_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facility_groups` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `description` text,
  `organization_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `protocol_id` char(36),
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0ba9e6af98` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `slug` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` varchar(255),
  `source_type` varchar(255),
  `source_id` char(36),
  `path` text,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocols` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `follow_up_days` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocol_drugs` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `dosage` varchar(255) NOT NULL,
  `rxnorm_code` varchar(255),
  `protocol_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `drug_category` varchar(255),
  `stock_tracked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_dbcef01693` FOREIGN KEY (`protocol_id`) REFERENCES `protocols` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `experiment_type` varchar(255) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `max_patients_per_day` int(11) DEFAULT 0,
  `filters` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_groups` (
  `id` char(36) NOT NULL,
  `description` varchar(255) NOT NULL,
  `experiment_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1c30d535fa` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminder_templates` (
  `id` char(36) NOT NULL,
  `message` varchar(255) NOT NULL,
  `remind_on_in_days` int(11) NOT NULL,
  `treatment_group_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7d64d6b790` FOREIGN KEY (`treatment_group_id`) REFERENCES `treatment_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurations` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_users` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `organization_id` char(36) NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_id` char(36),
  `owner_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` char(36) NOT NULL,
  `resource_owner_id` char(36),
  `application_id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int(11),
  `scopes` varchar(255),
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_rails_ee63f25419` FOREIGN KEY (`resource_owner_id`) REFERENCES `machine_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

