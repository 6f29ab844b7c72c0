CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `nhs_uid` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL COMMENT 'Grants access to system-wide settings across all providers.',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_provider` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_setting` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `provider_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `clinics_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_clinic` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `setting_id` CHAR(36) NOT NULL,
  `starts_at` DATETIME(6) NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `risk_type` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`setting_id`) REFERENCES `clinics_setting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_clinicslot` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `clinic_id` CHAR(36) NOT NULL,
  `starts_at` DATETIME(6) NOT NULL,
  `duration_in_minutes` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`clinic_id`) REFERENCES `clinics_clinic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_clinicstatus` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `clinic_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`clinic_id`) REFERENCES `clinics_clinic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_providerconfig` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `provider_id` CHAR(36) NOT NULL,
  `manual_image_collection` TINYINT(1) NOT NULL COMMENT 'If enabled, staff confirm images were taken without gateway integration. If disabled, images are received automatically via gateway.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `clinics_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics_userassignment` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `provider_id` CHAR(36) NOT NULL,
  `roles` JSON NOT NULL COMMENT 'Roles granted to the user for this provider.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `clinics_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_auditlog` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `content_type_id` INT NULL,
  `object_id` CHAR(36) NOT NULL,
  `operation` VARCHAR(255) NOT NULL,
  `snapshot` JSON NOT NULL,
  `actor_id` BIGINT NULL,
  `system_update_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dicom_study` (
  `id` CHAR(36) NOT NULL,
  `study_instance_uid` VARCHAR(128) NOT NULL,
  `source_message_id` VARCHAR(128) NOT NULL,
  `patient_id` VARCHAR(10) NOT NULL,
  `date_and_time` DATETIME(6) NULL,
  `description` VARCHAR(255) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  `imperfect_but_best_possible` TINYINT(1) NOT NULL,
  `completeness` VARCHAR(255) NOT NULL,
  `reasons_incomplete` JSON NOT NULL,
  `reasons_incomplete_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dicom_series` (
  `id` CHAR(36) NOT NULL,
  `series_instance_uid` VARCHAR(128) NOT NULL,
  `study_id` CHAR(36) NOT NULL,
  `modality` VARCHAR(16) NOT NULL,
  `series_number` INT NULL,
  `repeat_type` VARCHAR(20) NULL,
  `repeat_count` SMALLINT UNSIGNED NULL,
  `repeat_reasons` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`study_id`) REFERENCES `dicom_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dicom_image` (
  `id` CHAR(36) NOT NULL,
  `sop_instance_uid` VARCHAR(128) NOT NULL,
  `series_id` CHAR(36) NOT NULL,
  `instance_number` INT NULL,
  `dicom_file` VARCHAR(100) NOT NULL,
  `image_file` VARCHAR(100) NULL,
  `laterality` VARCHAR(16) NOT NULL,
  `view_position` VARCHAR(16) NOT NULL,
  `implant_present` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`series_id`) REFERENCES `dicom_series` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT NULL,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT UNSIGNED NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_participant` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `gender` VARCHAR(255) NOT NULL,
  `nhs_number` VARCHAR(10) NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `date_of_birth` DATE NOT NULL,
  `ethnic_background_id` VARCHAR(255) NULL,
  `any_other_background_details` LONGTEXT NULL,
  `risk_level` VARCHAR(255) NOT NULL,
  `extra_needs` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_screeningepisode` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `participant_id` CHAR(36) NOT NULL,
  `protocol` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_id`) REFERENCES `participants_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_appointment` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `screening_episode_id` CHAR(36) NOT NULL,
  `clinic_slot_id` CHAR(36) NOT NULL,
  `reinvite` TINYINT(1) NOT NULL,
  `stopped_reasons` JSON NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`screening_episode_id`) REFERENCES `participants_screeningepisode` (`id`),
  FOREIGN KEY (`clinic_slot_id`) REFERENCES `clinics_clinicslot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway_gatewayaction` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `payload` JSON NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `accession_number` VARCHAR(100) NOT NULL,
  `sent_at` DATETIME(6) NULL,
  `confirmed_at` DATETIME(6) NULL,
  `failed_at` DATETIME(6) NULL,
  `retry_count` INT NOT NULL,
  `next_retry_at` DATETIME(6) NULL,
  `last_error` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway_relay` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `setting_id` CHAR(36) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL COMMENT 'Azure Relay namespace (e.g., myrelay.servicebus.windows.net)',
  `hybrid_connection_name` VARCHAR(255) NOT NULL COMMENT 'Azure Relay hybrid connection name',
  `key_name` VARCHAR(255) NOT NULL COMMENT 'Azure Relay shared access policy name',
  `shared_access_key_variable_name` VARCHAR(255) NOT NULL COMMENT 'Environment variable name containing the shared access key',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`setting_id`) REFERENCES `clinics_setting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manual_images_study` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  `imperfect_but_best_possible` TINYINT(1) NOT NULL,
  `completeness` VARCHAR(255) NOT NULL,
  `reasons_incomplete` JSON NOT NULL,
  `reasons_incomplete_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manual_images_series` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `study_id` CHAR(36) NOT NULL,
  `view_position` VARCHAR(10) NOT NULL COMMENT 'e.g., CC, MLO',
  `laterality` VARCHAR(1) NOT NULL COMMENT 'L or R',
  `count` INT NOT NULL,
  `repeat_type` VARCHAR(20) NULL,
  `repeat_count` SMALLINT UNSIGNED NULL,
  `repeat_reasons` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`study_id`) REFERENCES `manual_images_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_appointmentnote` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `content` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_appointmentstatus` (
  `name` VARCHAR(50) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `created_by_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_appointmentworkflowstepcompletion` (
  `step_name` VARCHAR(50) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `created_by_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_benignlumphistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `right_breast_procedures` JSON NOT NULL,
  `left_breast_procedures` JSON NOT NULL,
  `procedure_year` INT NULL,
  `procedure_location` VARCHAR(255) NOT NULL,
  `procedure_location_details` VARCHAR(255) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_breastaugmentationhistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `right_breast_procedures` JSON NOT NULL,
  `left_breast_procedures` JSON NOT NULL,
  `procedure_year` INT NULL,
  `implants_have_been_removed` TINYINT(1) NOT NULL,
  `removal_year` INT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_breastcancerhistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `diagnosis_location` VARCHAR(255) NOT NULL,
  `diagnosis_year` INT NULL,
  `left_breast_procedure` VARCHAR(255) NOT NULL,
  `right_breast_procedure` VARCHAR(255) NOT NULL,
  `left_breast_other_surgery` JSON NOT NULL,
  `right_breast_other_surgery` JSON NOT NULL,
  `left_breast_treatment` JSON NOT NULL,
  `right_breast_treatment` JSON NOT NULL,
  `systemic_treatments` JSON NOT NULL,
  `systemic_treatments_other_treatment_details` VARCHAR(255) NOT NULL,
  `intervention_location` VARCHAR(255) NOT NULL,
  `intervention_location_details` VARCHAR(255) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_breastfeatureannotation` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `annotations_json` JSON NOT NULL,
  `diagram_version` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_confirmedpreviousmammogram` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `participant_id` CHAR(36) NOT NULL,
  `location_details` LONGTEXT NOT NULL,
  `exact_date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_id`) REFERENCES `participants_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_cysthistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `treatment` VARCHAR(255) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_hormonereplacementtherapy` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `approx_start_date` VARCHAR(255) NOT NULL,
  `approx_end_date` VARCHAR(255) NOT NULL,
  `approx_previous_duration` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_implantedmedicaldevicehistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `other_medical_device_details` VARCHAR(255) NOT NULL,
  `procedure_year` INT NULL,
  `device_has_been_removed` TINYINT(1) NOT NULL,
  `removal_year` INT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_mastectomyorlumpectomyhistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `right_breast_procedure` VARCHAR(255) NOT NULL,
  `left_breast_procedure` VARCHAR(255) NOT NULL,
  `right_breast_other_surgery` JSON NOT NULL,
  `left_breast_other_surgery` JSON NOT NULL,
  `year_of_surgery` INT NULL,
  `surgery_reason` VARCHAR(255) NOT NULL,
  `surgery_other_reason_details` VARCHAR(255) NOT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_medicalinformationreview` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `section` VARCHAR(50) NOT NULL,
  `reviewed_by_id` BIGINT NOT NULL COMMENT 'The user who marked this section as reviewed',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`),
  FOREIGN KEY (`reviewed_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_othermedicalinformation` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_otherprocedurehistoryitem` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `procedure` VARCHAR(255) NOT NULL,
  `procedure_details` VARCHAR(255) NOT NULL,
  `procedure_year` INT NULL,
  `additional_details` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_participantaddress` (
  `id` CHAR(36) NOT NULL,
  `participant_id` CHAR(36) NOT NULL,
  `lines` JSON NOT NULL,
  `postcode` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_id`) REFERENCES `participants_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_participantreportedmammogram` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `location_type` VARCHAR(255) NOT NULL,
  `location_details` LONGTEXT NOT NULL,
  `date_type` VARCHAR(255) NOT NULL,
  `exact_date` DATE NULL,
  `approx_date` VARCHAR(255) NOT NULL,
  `different_name` VARCHAR(255) NOT NULL,
  `additional_information` LONGTEXT NOT NULL,
  `reason_for_continuing` LONGTEXT NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_pregnancyandbreastfeeding` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `pregnancy_status` VARCHAR(255) NOT NULL,
  `approx_pregnancy_due_date` VARCHAR(255) NOT NULL,
  `approx_pregnancy_end_date` VARCHAR(255) NOT NULL,
  `breastfeeding_status` VARCHAR(255) NOT NULL,
  `approx_breastfeeding_start_date` VARCHAR(255) NOT NULL,
  `approx_breastfeeding_end_date` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_symptomtype` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_symptomsubtype` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `symptom_type_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`symptom_type_id`) REFERENCES `participants_symptomtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_symptom` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `symptom_type_id` VARCHAR(255) NOT NULL,
  `symptom_sub_type_id` VARCHAR(255) NULL,
  `symptom_sub_type_details` VARCHAR(255) NOT NULL,
  `appointment_id` CHAR(36) NOT NULL,
  `reported_at` DATE NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `area` VARCHAR(255) NOT NULL,
  `area_description` VARCHAR(255) NOT NULL,
  `investigated` TINYINT(1) NOT NULL,
  `investigation_details` VARCHAR(255) NOT NULL,
  `when_started` VARCHAR(255) NOT NULL,
  `year_started` INT NULL,
  `month_started` INT NULL,
  `intermittent` TINYINT(1) NOT NULL,
  `recently_resolved` TINYINT(1) NOT NULL,
  `when_resolved` VARCHAR(255) NOT NULL,
  `additional_information` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`symptom_type_id`) REFERENCES `participants_symptomtype` (`id`),
  FOREIGN KEY (`symptom_sub_type_id`) REFERENCES `participants_symptomsubtype` (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `participants_appointment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qsessions_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  `user_agent` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `ip` CHAR(39) NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`session_key`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
