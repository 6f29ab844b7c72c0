-- Cobalt (Penn Medicine / Cobalt Innovations mental-health and wellbeing platform), github.com/Penn-Medicine-CHCI/cobalt-api,
-- commit 6c76970778abd20858ea8efb549eaf3368fb21c3 (Apache-2.0). Built by replaying, in the order of upstream's sql/recreate-local,
-- sql/initial/000-base-creates.sql, 001-initial-inserts.sql and sql/updates/002 ... 258 into PostgreSQL 15 (the DDL statements of
-- 250-autism-clinic-referrer.sql and 256-autism-clinic-penn-updates.sql applied alone: their seed blocks need a Penn institution),
-- then writing 54 of the 403 tables from the catalogue as MySQL, columns in upstream's order. Types: uuid -> CHAR(36),
-- text / unbounded varchar -> TEXT (VARCHAR(255) where part of a key), timestamptz / timestamp -> DATETIME(6), jsonb -> JSON,
-- boolean -> TINYINT(1), inet -> VARCHAR(45), tsvector -> TEXT, numeric -> DECIMAL. Primary, unique and foreign keys are
-- upstream's; foreign keys towards tables left out, partial unique indexes, defaults that call functions, triggers and views
-- are not written.

CREATE TABLE `role` (
  `role_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_source` (
  `account_source_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `prod_sso_url` text NULL,
  `dev_sso_url` text NULL,
  `local_sso_url` text NULL,
  `short_description` text NULL,
  PRIMARY KEY (`account_source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gender_identity` (
  `gender_identity_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`gender_identity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ethnicity` (
  `ethnicity_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`ethnicity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `race` (
  `race_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`race_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `birth_sex` (
  `birth_sex_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`birth_sex_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provider` (
  `provider_id` char(36) NOT NULL,
  `institution_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `title` text NULL,
  `email_address` text NOT NULL,
  `image_url` text NULL,
  `locale` text NOT NULL,
  `time_zone` text NOT NULL,
  `acuity_calendar_id` bigint NULL,
  `bluejeans_user_id` bigint NULL,
  `tags` json NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `entity` text NULL,
  `clinic` text NULL,
  `license` text NULL,
  `specialty` text NULL,
  `intake_assessment_id` char(36) NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `scheduling_system_id` text NOT NULL,
  `epic_provider_id` text NULL,
  `epic_provider_id_type` text NULL,
  `videoconference_platform_id` text NOT NULL,
  `videoconference_url` text NULL,
  `epic_appointment_filter_id` text NOT NULL,
  `system_affinity_id` text NOT NULL,
  `bio_url` text NULL,
  `bio` text NULL,
  `scheduling_lead_time_in_hours` int NOT NULL DEFAULT 48,
  `phone_number` text NULL,
  `display_phone_number_only_for_booking` tinyint(1) NULL DEFAULT 0,
  `description` text NULL,
  `epic_practitioner_fhir_id` text NULL,
  `url_name` varchar(255) NOT NULL,
  PRIMARY KEY (`provider_id`),
  UNIQUE KEY `provider_unique_url_name_idx` (`institution_id`, `url_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `account_id` char(36) NOT NULL,
  `role_id` varchar(255) NOT NULL,
  `institution_id` text NOT NULL,
  `account_source_id` varchar(255) NOT NULL,
  `sso_id` text NULL,
  `first_name` text NULL,
  `last_name` text NULL,
  `display_name` text NULL,
  `email_address` text NULL,
  `phone_number` text NULL,
  `sso_attributes` json NULL,
  `consent_form_accepted` tinyint(1) NOT NULL DEFAULT 0,
  `consent_form_accepted_date` datetime(6) NULL,
  `locale` text NOT NULL,
  `time_zone` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `_deprecated_epic_patient_id` text NULL,
  `_deprecated_epic_patient_id_type` text NULL,
  `_deprecated_epic_patient_created_by_cobalt` tinyint(1) NOT NULL DEFAULT 0,
  `password` text NULL,
  `source_system_id` text NOT NULL,
  `provider_id` char(36) NULL,
  `beta_status_id` text NOT NULL,
  `access_token_expiration_in_minutes` bigint NULL,
  `access_token_short_expiration_in_minutes` bigint NULL,
  `metadata` json NULL,
  `scheduling_tutorial_viewed` tinyint(1) NOT NULL DEFAULT 0,
  `gender_identity_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `ethnicity_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `birth_sex_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `race_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `birthdate` date NULL,
  `consent_form_rejected_date` datetime(6) NULL,
  `microsoft_id` text NULL,
  `epic_patient_mrn` text NULL,
  `institution_location_id` char(36) NULL,
  `prompted_for_institution_location` tinyint(1) NOT NULL DEFAULT 0,
  `epic_patient_fhir_id` text NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `test_account` tinyint(1) NOT NULL DEFAULT 0,
  `epic_patient_unique_id` text NULL,
  `epic_patient_unique_id_type` text NULL,
  `username` text NULL,
  `password_reset_required` tinyint(1) NOT NULL DEFAULT 0,
  `preferred_pronoun_id` text NOT NULL,
  `clinical_sex_id` text NOT NULL,
  `legal_sex_id` text NOT NULL,
  `administrative_gender_id` text NOT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `account_account_source_id_fkey` FOREIGN KEY (`account_source_id`) REFERENCES `account_source` (`account_source_id`),
  CONSTRAINT `account_birth_sex_id_fkey` FOREIGN KEY (`birth_sex_id`) REFERENCES `birth_sex` (`birth_sex_id`),
  CONSTRAINT `account_ethnicity_id_fkey` FOREIGN KEY (`ethnicity_id`) REFERENCES `ethnicity` (`ethnicity_id`),
  CONSTRAINT `account_gender_identity_id_fkey` FOREIGN KEY (`gender_identity_id`) REFERENCES `gender_identity` (`gender_identity_id`),
  CONSTRAINT `account_provider_id_fkey` FOREIGN KEY (`provider_id`) REFERENCES `provider` (`provider_id`),
  CONSTRAINT `account_race_id_fkey` FOREIGN KEY (`race_id`) REFERENCES `race` (`race_id`),
  CONSTRAINT `account_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `address_id` char(36) NOT NULL,
  `postal_name` text NOT NULL,
  `street_address_1` text NOT NULL,
  `street_address_2` text NULL,
  `street_address_3` text NULL,
  `street_address_4` text NULL,
  `post_office_box_number` text NULL,
  `cross_street` text NULL,
  `suburb` text NULL,
  `locality` text NULL,
  `region` text NULL,
  `postal_code` text NOT NULL,
  `country_subdivision_code` text NULL,
  `country_code` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `google_maps_url` text NULL,
  `google_place_id` text NULL,
  `latitude` decimal(30,10) NULL,
  `longitude` decimal(30,10) NULL,
  `premise` text NULL,
  `subpremise` text NULL,
  `region_subdivision` text NULL,
  `postal_code_suffix` text NULL,
  `formatted_address` text NULL,
  PRIMARY KEY (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_address` (
  `account_id` char(36) NOT NULL,
  `address_id` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `address_id`),
  CONSTRAINT `account_address_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `account_address_address_id_fkey` FOREIGN KEY (`address_id`) REFERENCES `address` (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_session` (
  `account_session_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `assessment_id` char(36) NOT NULL,
  `current_flag` tinyint(1) NOT NULL DEFAULT 1,
  `complete_flag` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`account_session_id`),
  CONSTRAINT `account_session_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_session_answer` (
  `account_session_answer_id` char(36) NOT NULL,
  `account_session_id` char(36) NOT NULL,
  `answer_id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `answer_text` text NULL,
  PRIMARY KEY (`account_session_answer_id`),
  UNIQUE KEY `account_session_answer_account_session_answer_id_account_se_idx` (`account_session_answer_id`, `account_session_id`),
  CONSTRAINT `account_session_answer_account_session_id_fkey` FOREIGN KEY (`account_session_id`) REFERENCES `account_session` (`account_session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_invite` (
  `account_invite_id` char(36) NOT NULL,
  `institution_id` text NOT NULL,
  `email_address` text NOT NULL,
  `password` text NOT NULL,
  `account_invite_code` char(36) NOT NULL,
  `claimed` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`account_invite_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_email_verification` (
  `account_email_verification_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `code` text NOT NULL,
  `email_address` text NOT NULL,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `expiration` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`account_email_verification_id`),
  CONSTRAINT `account_email_verification_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_request` (
  `password_reset_request_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `password_reset_token` char(36) NOT NULL,
  `expiration_timestamp` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`password_reset_request_id`),
  CONSTRAINT `password_reset_request_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_tracking` (
  `activity_tracking_id` char(36) NOT NULL,
  `account_id` char(36) NULL,
  `activity_type_id` text NOT NULL,
  `activity_action_id` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `session_tracking_id` char(36) NULL,
  `context` json NULL,
  PRIMARY KEY (`activity_tracking_id`),
  CONSTRAINT `activity_tracking_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `audit_log_id` char(36) NOT NULL,
  `audit_log_event_id` text NOT NULL,
  `account_id` char(36) NULL,
  `message` text NULL,
  `payload` json NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`audit_log_id`),
  CONSTRAINT `audit_log_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_device` (
  `client_device_id` char(36) NOT NULL,
  `client_device_type_id` text NOT NULL,
  `fingerprint` char(36) NOT NULL,
  `model` text NULL,
  `brand` text NULL,
  `operating_system_name` text NULL,
  `operating_system_version` text NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`client_device_id`),
  UNIQUE KEY `client_device_unique_idx` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_device_push_token` (
  `client_device_push_token_id` char(36) NOT NULL,
  `client_device_id` char(36) NOT NULL,
  `client_device_push_token_type_id` varchar(255) NOT NULL,
  `push_token` varchar(255) NOT NULL,
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`client_device_push_token_id`),
  UNIQUE KEY `client_device_push_token_unique_idx` (`client_device_id`, `push_token`, `client_device_push_token_type_id`),
  CONSTRAINT `client_device_push_token_client_device_id_fkey` FOREIGN KEY (`client_device_id`) REFERENCES `client_device` (`client_device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_status` (
  `message_status_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`message_status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_type` (
  `message_type_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`message_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_log` (
  `message_id` char(36) NOT NULL,
  `message_type_id` varchar(255) NOT NULL,
  `message_status_id` varchar(255) NOT NULL,
  `serialized_message` json NOT NULL,
  `stack_trace` text NULL,
  `enqueued` datetime(6) NULL,
  `processed` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `message_vendor_id` varchar(255) NOT NULL DEFAULT 'UNSPECIFIED',
  `delivered` datetime(6) NULL,
  `delivery_failed` datetime(6) NULL,
  `vendor_assigned_id` varchar(255) NULL,
  `delivery_failed_reason` text NULL,
  `complaint_registered` datetime(6) NULL,
  `institution_id` text NOT NULL,
  PRIMARY KEY (`message_id`),
  UNIQUE KEY `message_log_message_vendor_vendor_assigned_id_unique_idx` (`message_vendor_id`, `vendor_assigned_id`),
  CONSTRAINT `message_log_message_status_id_fkey` FOREIGN KEY (`message_status_id`) REFERENCES `message_status` (`message_status_id`),
  CONSTRAINT `message_log_message_type_id_fkey` FOREIGN KEY (`message_type_id`) REFERENCES `message_type` (`message_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_native_event` (
  `analytics_native_event_id` char(36) NOT NULL,
  `analytics_native_event_type_id` text NOT NULL,
  `institution_id` text NOT NULL,
  `client_device_id` char(36) NOT NULL,
  `account_id` char(36) NULL,
  `session_id` char(36) NOT NULL,
  `referring_message_id` char(36) NULL,
  `referring_campaign` text NULL,
  `timestamp` datetime(6) NOT NULL,
  `timestamp_epoch_second` int NOT NULL,
  `timestamp_epoch_second_nano_offset` int NOT NULL,
  `webapp_url` text NULL,
  `data` json NOT NULL,
  `app_name` text NOT NULL,
  `app_version` text NOT NULL,
  `client_device_operating_system_name` text NULL,
  `client_device_operating_system_version` text NULL,
  `client_device_supported_locales` json NOT NULL,
  `client_device_locale` text NULL,
  `client_device_time_zone` text NULL,
  `user_agent` text NULL,
  `user_agent_device_family` text NULL,
  `user_agent_browser_family` text NULL,
  `user_agent_browser_version` text NULL,
  `user_agent_operating_system_name` text NULL,
  `user_agent_operating_system_version` text NULL,
  `screen_color_depth` int NULL,
  `screen_pixel_depth` int NULL,
  `screen_width` decimal(8,2) NULL,
  `screen_height` decimal(8,2) NULL,
  `screen_orientation` text NULL,
  `window_device_pixel_ratio` decimal(4,2) NULL,
  `window_width` decimal(8,2) NULL,
  `window_height` decimal(8,2) NULL,
  `navigator_max_touch_points` int NULL,
  `document_visibility_state` text NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `ip_address` varchar(45) NULL,
  PRIMARY KEY (`analytics_native_event_id`),
  CONSTRAINT `analytics_native_event_client_device_id_fkey` FOREIGN KEY (`client_device_id`) REFERENCES `client_device` (`client_device_id`),
  CONSTRAINT `analytics_native_event_referring_message_id_fkey` FOREIGN KEY (`referring_message_id`) REFERENCES `message_log` (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinic` (
  `clinic_id` char(36) NOT NULL,
  `description` text NOT NULL,
  `treatment_description` text NULL,
  `institution_id` text NOT NULL,
  `intake_assessment_id` char(36) NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `show_intake_assessment_prompt` tinyint(1) NOT NULL DEFAULT 1,
  `image_url` text NULL,
  `phone_number` text NULL,
  `locale` text NOT NULL,
  PRIMARY KEY (`clinic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_type` (
  `appointment_type_id` char(36) NOT NULL,
  `acuity_appointment_type_id` bigint NULL,
  `name` text NOT NULL,
  `description` text NULL,
  `duration_in_minutes` bigint NOT NULL,
  `deleted` tinyint(1) NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `scheduling_system_id` text NOT NULL,
  `epic_visit_type_id` text NULL,
  `epic_visit_type_id_type` text NULL,
  `visit_type_id` text NOT NULL,
  `hex_color` int NOT NULL DEFAULT 3692510,
  `epic_visit_type_system` text NULL,
  `appointment_created_patient_email_body_html` text NULL,
  PRIMARY KEY (`appointment_type_id`),
  UNIQUE KEY `appointment_type_acuity_appointment_type_id_idx` (`acuity_appointment_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_reason` (
  `appointment_reason_id` char(36) NOT NULL,
  `appointment_reason_type_id` text NOT NULL,
  `institution_id` text NOT NULL,
  `description` text NOT NULL,
  `color` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`appointment_reason_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_closure_reason` (
  `patient_order_closure_reason_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` smallint NOT NULL,
  PRIMARY KEY (`patient_order_closure_reason_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_disposition` (
  `patient_order_disposition_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `display_order` int NOT NULL,
  PRIMARY KEY (`patient_order_disposition_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_import` (
  `patient_order_import_id` char(36) NOT NULL,
  `patient_order_import_type_id` text NOT NULL,
  `institution_id` text NOT NULL,
  `account_id` char(36) NULL,
  `raw_order` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `raw_order_checksum` text NULL,
  `raw_order_json_representation` json NULL,
  `raw_order_filename` text NULL,
  PRIMARY KEY (`patient_order_import_id`),
  CONSTRAINT `patient_order_import_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order` (
  `patient_order_id` char(36) NOT NULL,
  `patient_order_import_id` char(36) NOT NULL,
  `institution_id` varchar(255) NOT NULL,
  `patient_account_id` char(36) NULL,
  `panel_account_id` char(36) NULL,
  `encounter_department_id` text NULL,
  `encounter_department_id_type` text NULL,
  `encounter_department_name` text NULL,
  `referring_practice_id` text NULL,
  `referring_practice_id_type` text NULL,
  `referring_practice_name` text NULL,
  `ordering_provider_id` text NULL,
  `ordering_provider_id_type` text NULL,
  `ordering_provider_last_name` text NULL,
  `ordering_provider_first_name` text NULL,
  `ordering_provider_middle_name` text NULL,
  `billing_provider_id` text NULL,
  `billing_provider_id_type` text NULL,
  `billing_provider_last_name` text NULL,
  `billing_provider_first_name` text NULL,
  `billing_provider_middle_name` text NULL,
  `patient_last_name` text NOT NULL,
  `patient_first_name` text NOT NULL,
  `patient_mrn` text NOT NULL,
  `patient_unique_id` text NOT NULL,
  `patient_unique_id_type` text NOT NULL,
  `patient_birth_sex_id` varchar(255) NULL,
  `patient_birthdate` date NULL,
  `patient_address_id` char(36) NULL,
  `primary_payor_id` text NULL,
  `primary_payor_name` text NULL,
  `primary_plan_id` text NULL,
  `primary_plan_name` text NULL,
  `order_date` date NULL,
  `order_age_in_minutes` int NULL,
  `order_id` text NOT NULL,
  `routing` text NULL,
  `associated_diagnosis` text NULL,
  `patient_phone_number` text NULL,
  `preferred_contact_hours` text NULL,
  `comments` text NULL,
  `cc_recipients` text NULL,
  `last_active_medication_order_summary` text NULL,
  `medications` text NULL,
  `recent_psychotherapeutic_medications` text NULL,
  `episode_closed_at` datetime(6) NULL,
  `test_patient_email_address` text NULL,
  `test_patient_password` text NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `patient_order_closure_reason_id` varchar(255) NOT NULL DEFAULT 'NOT_CLOSED',
  `resources_sent_at` datetime(6) NULL,
  `patient_ethnicity_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `patient_race_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `patient_gender_identity_id` varchar(255) NOT NULL DEFAULT 'NOT_ASKED',
  `patient_language_code` text NOT NULL,
  `patient_email_address` text NULL,
  `patient_order_disposition_id` varchar(255) NOT NULL DEFAULT 'OPEN',
  `episode_closed_by_account_id` char(36) NULL,
  `patient_order_safety_planning_status_id` text NOT NULL,
  `connected_to_safety_planning_at` datetime(6) NULL,
  `patient_order_resourcing_status_id` text NOT NULL,
  `resources_sent_note` text NULL,
  `last_modified` datetime(6) NOT NULL,
  `patient_order_consent_status_id` text NULL,
  `consent_status_updated_at` datetime(6) NULL,
  `consent_status_updated_by_account_id` char(36) NULL,
  `patient_order_resource_check_in_response_status_id` text NULL,
  `resource_check_in_response_status_updated_at` datetime(6) NULL,
  `resource_check_in_response_status_updated_by_account_id` char(36) NULL,
  `patient_demographics_confirmed_at` datetime(6) NULL,
  `patient_demographics_confirmed_by_account_id` char(36) NULL,
  `patient_order_resourcing_type_id` text NOT NULL,
  `patient_order_care_preference_id` text NOT NULL,
  `in_person_care_radius` int NULL,
  `in_person_care_radius_distance_unit_id` text NOT NULL,
  `resource_check_in_scheduled_message_group_id` char(36) NULL,
  `primary_plan_accepted` tinyint(1) NOT NULL DEFAULT 1,
  `test_patient_order` tinyint(1) NOT NULL DEFAULT 0,
  `patient_order_demographics_import_status_id` text NOT NULL,
  `patient_demographics_imported_at` datetime(6) NULL,
  `patient_order_intake_wants_services_status_id` text NOT NULL,
  `patient_order_intake_location_status_id` text NOT NULL,
  `patient_order_intake_insurance_status_id` text NOT NULL,
  `epic_department_id` char(36) NOT NULL,
  `encounter_csn` text NULL,
  `encounter_synced_at` datetime(6) NULL,
  `reference_number` bigint NOT NULL,
  `patient_preferred_pronoun_id` text NOT NULL,
  `patient_clinical_sex_id` text NOT NULL,
  `patient_legal_sex_id` text NOT NULL,
  `patient_administrative_gender_id` text NOT NULL,
  `resource_packet_id` char(36) NULL,
  `patient_order_referral_source_id` text NOT NULL,
  `override_scheduling_epic_department_id` char(36) NULL,
  PRIMARY KEY (`patient_order_id`),
  UNIQUE KEY `patient_order_reference_number_institution_unique_idx` (`reference_number`, `institution_id`),
  CONSTRAINT `patient_order_consent_status_updated_by_account_id_fkey` FOREIGN KEY (`consent_status_updated_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_episode_closed_by_account_id_fkey` FOREIGN KEY (`episode_closed_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_panel_account_id_fkey` FOREIGN KEY (`panel_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_patient_account_id_fkey` FOREIGN KEY (`patient_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_patient_address_id_fkey` FOREIGN KEY (`patient_address_id`) REFERENCES `address` (`address_id`),
  CONSTRAINT `patient_order_patient_birth_sex_id_fkey` FOREIGN KEY (`patient_birth_sex_id`) REFERENCES `birth_sex` (`birth_sex_id`),
  CONSTRAINT `patient_order_patient_demographics_confirmed_by_account_id_fkey` FOREIGN KEY (`patient_demographics_confirmed_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_patient_ethnicity_id_fkey` FOREIGN KEY (`patient_ethnicity_id`) REFERENCES `ethnicity` (`ethnicity_id`),
  CONSTRAINT `patient_order_patient_gender_identity_id_fkey` FOREIGN KEY (`patient_gender_identity_id`) REFERENCES `gender_identity` (`gender_identity_id`),
  CONSTRAINT `patient_order_patient_order_closure_reason_id_fkey` FOREIGN KEY (`patient_order_closure_reason_id`) REFERENCES `patient_order_closure_reason` (`patient_order_closure_reason_id`),
  CONSTRAINT `patient_order_patient_order_disposition_id_fkey` FOREIGN KEY (`patient_order_disposition_id`) REFERENCES `patient_order_disposition` (`patient_order_disposition_id`),
  CONSTRAINT `patient_order_patient_order_import_id_fkey` FOREIGN KEY (`patient_order_import_id`) REFERENCES `patient_order_import` (`patient_order_import_id`),
  CONSTRAINT `patient_order_patient_race_id_fkey` FOREIGN KEY (`patient_race_id`) REFERENCES `race` (`race_id`),
  CONSTRAINT `patient_order_resource_check_in_response_status_updated_by_fkey` FOREIGN KEY (`resource_check_in_response_status_updated_by_account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_message` (
  `scheduled_message_id` char(36) NOT NULL,
  `scheduled_message_status_id` text NOT NULL,
  `message_id` char(36) NOT NULL,
  `message_type_id` varchar(255) NOT NULL,
  `serialized_message` json NOT NULL,
  `scheduled_at` datetime(6) NOT NULL,
  `time_zone` text NOT NULL,
  `stack_trace` text NULL,
  `metadata` json NULL,
  `created_at` datetime(6) NOT NULL,
  `processed_at` datetime(6) NULL,
  `canceled_at` datetime(6) NULL,
  `errored_at` datetime(6) NULL,
  `scheduled_message_source_id` text NOT NULL,
  `scheduled_by_account_id` char(36) NULL,
  `institution_id` text NOT NULL,
  PRIMARY KEY (`scheduled_message_id`),
  CONSTRAINT `scheduled_message_message_type_id_fkey` FOREIGN KEY (`message_type_id`) REFERENCES `message_type` (`message_type_id`),
  CONSTRAINT `scheduled_message_scheduled_by_account_id_fkey` FOREIGN KEY (`scheduled_by_account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment` (
  `appointment_id` char(36) NOT NULL,
  `provider_id` char(36) NULL,
  `account_id` char(36) NOT NULL,
  `acuity_appointment_id` bigint NULL,
  `acuity_appointment_type_id` bigint NULL,
  `acuity_class_id` bigint NULL,
  `bluejeans_meeting_id` bigint NULL,
  `videoconference_url` text NULL,
  `title` text NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) NOT NULL,
  `duration_in_minutes` bigint NOT NULL,
  `time_zone` text NOT NULL,
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `canceled_at` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `epic_contact_id` text NULL,
  `epic_contact_id_type` text NULL,
  `appointment_type_id` char(36) NOT NULL,
  `phone_number` text NULL,
  `videoconference_platform_id` text NULL,
  `appointment_reason_id` char(36) NOT NULL DEFAULT '3c34a096-2f4d-4091-a9d8-f0381ba079a1',
  `created_by_account_id` char(36) NOT NULL,
  `comment` text NULL,
  `attendance_status_id` text NOT NULL,
  `bluejeans_participant_passcode` text NULL,
  `intake_assessment_id` char(36) NULL,
  `scheduling_system_id` text NOT NULL,
  `canceled_for_reschedule` tinyint(1) NOT NULL DEFAULT 0,
  `rescheduled_appointment_id` char(36) NULL,
  `intake_account_session_id` char(36) NULL,
  `interaction_instance_id` char(36) NULL,
  `patient_reminder_scheduled_message_id` char(36) NULL,
  `patient_order_id` char(36) NULL,
  `epic_appointment_fhir_id` text NULL,
  `appointment_cancelation_reason_id` text NOT NULL,
  `epic_appointment_fhir_identifier_system` text NULL,
  `epic_appointment_fhir_identifier_value` text NULL,
  `epic_appointment_fhir_stu3_response` json NULL,
  `microsoft_teams_meeting_id` char(36) NULL,
  PRIMARY KEY (`appointment_id`),
  CONSTRAINT `appointment_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `appointment_appointment_reason_id_fkey` FOREIGN KEY (`appointment_reason_id`) REFERENCES `appointment_reason` (`appointment_reason_id`),
  CONSTRAINT `appointment_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `appointment_intake_account_session_id_fkey` FOREIGN KEY (`intake_account_session_id`) REFERENCES `account_session` (`account_session_id`),
  CONSTRAINT `appointment_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`),
  CONSTRAINT `appointment_patient_reminder_scheduled_message_id_fkey` FOREIGN KEY (`patient_reminder_scheduled_message_id`) REFERENCES `scheduled_message` (`scheduled_message_id`),
  CONSTRAINT `appointment_provider_id_fkey` FOREIGN KEY (`provider_id`) REFERENCES `provider` (`provider_id`),
  CONSTRAINT `appointment_type_fk` FOREIGN KEY (`appointment_type_id`) REFERENCES `appointment_type` (`appointment_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `followup` (
  `followup_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `created_by_account_id` char(36) NOT NULL,
  `provider_id` char(36) NOT NULL,
  `appointment_reason_id` char(36) NOT NULL,
  `followup_date` date NOT NULL,
  `comment` text NULL,
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `canceled_at` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`followup_id`),
  CONSTRAINT `followup_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `followup_appointment_reason_id_fkey` FOREIGN KEY (`appointment_reason_id`) REFERENCES `appointment_reason` (`appointment_reason_id`),
  CONSTRAINT `followup_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `followup_provider_id_fkey` FOREIGN KEY (`provider_id`) REFERENCES `provider` (`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_session` (
  `group_session_id` char(36) NOT NULL,
  `institution_id` varchar(255) NOT NULL,
  `group_session_status_id` text NOT NULL,
  `assessment_id` char(36) NULL,
  `title` text NOT NULL,
  `description` text NOT NULL,
  `facilitator_account_id` char(36) NULL,
  `facilitator_name` text NOT NULL,
  `facilitator_email_address` text NOT NULL,
  `videoconference_url` text NULL,
  `start_date_time` datetime(6) NULL,
  `end_date_time` datetime(6) NULL,
  `seats` smallint NULL,
  `url_name` varchar(255) NOT NULL,
  `confirmation_email_content` text NULL,
  `locale` text NOT NULL,
  `time_zone` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `group_session_scheduling_system_id` text NOT NULL,
  `send_followup_email` tinyint(1) NOT NULL DEFAULT 0,
  `followup_email_content` text NULL,
  `followup_email_survey_url` text NULL,
  `submitter_account_id` char(36) NOT NULL,
  `en_search_vector` text NOT NULL,
  `target_email_address` text NOT NULL,
  `screening_flow_id` char(36) NULL,
  `group_session_collection_id` char(36) NULL,
  `followup_time_of_day` time(6) NULL,
  `followup_day_offset` int NULL,
  `send_reminder_email` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_email_content` text NULL,
  `single_session_flag` tinyint(1) NOT NULL DEFAULT 1,
  `date_time_description` text NULL,
  `group_session_learn_more_method_id` text NULL,
  `learn_more_description` text NULL,
  `different_email_address_for_notifications` tinyint(1) NOT NULL DEFAULT 0,
  `group_session_location_type_id` text NOT NULL,
  `in_person_location` text NULL,
  `override_platform_name` text NULL,
  `override_platform_email_image_url` text NULL,
  `override_platform_support_email_address` text NULL,
  `registration_end_date_time` datetime(6) NULL,
  `image_file_upload_id` char(36) NULL,
  `group_session_visibility_type_id` text NOT NULL,
  PRIMARY KEY (`group_session_id`),
  UNIQUE KEY `group_session_unique_url_name` (`institution_id`, `url_name`),
  CONSTRAINT `group_session_facilitator_account_id_fkey` FOREIGN KEY (`facilitator_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `group_session_submitter_account_id_fkey` FOREIGN KEY (`submitter_account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_session_reservation` (
  `group_session_reservation_id` char(36) NOT NULL,
  `group_session_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `followup_email_status_id` text NOT NULL,
  `followup_email_sent_timestamp` datetime(6) NULL,
  `attendee_reminder_scheduled_message_id` char(36) NULL,
  `attendee_followup_scheduled_message_id` char(36) NULL,
  PRIMARY KEY (`group_session_reservation_id`),
  CONSTRAINT `group_session_reservation_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `group_session_reservation_attendee_followup_scheduled_mess_fkey` FOREIGN KEY (`attendee_followup_scheduled_message_id`) REFERENCES `scheduled_message` (`scheduled_message_id`),
  CONSTRAINT `group_session_reservation_attendee_reminder_scheduled_mess_fkey` FOREIGN KEY (`attendee_reminder_scheduled_message_id`) REFERENCES `scheduled_message` (`scheduled_message_id`),
  CONSTRAINT `group_session_reservation_group_session_id_fkey` FOREIGN KEY (`group_session_id`) REFERENCES `group_session` (`group_session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_note` (
  `patient_order_note_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `note` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_note_id`),
  CONSTRAINT `patient_order_note_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_note_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_outreach` (
  `patient_order_outreach_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `note` text NOT NULL,
  `outreach_date_time` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `patient_order_outreach_result_id` char(36) NOT NULL,
  `patient_order_scheduled_outreach_id` char(36) NULL,
  PRIMARY KEY (`patient_order_outreach_id`),
  CONSTRAINT `patient_order_outreach_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_outreach_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_diagnosis` (
  `patient_order_diagnosis_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `diagnosis_id` text NOT NULL,
  `diagnosis_id_type` text NULL,
  `diagnosis_name` text NOT NULL,
  `display_order` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_diagnosis_id`),
  UNIQUE KEY `patient_order_diagnosis_patient_order_id_display_order_key` (`patient_order_id`, `display_order`),
  CONSTRAINT `patient_order_diagnosis_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_medication` (
  `patient_order_medication_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `medication_id` text NOT NULL,
  `medication_id_type` text NULL,
  `medication_name` text NOT NULL,
  `display_order` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_medication_id`),
  UNIQUE KEY `patient_order_medication_patient_order_id_display_order_key` (`patient_order_id`, `display_order`),
  CONSTRAINT `patient_order_medication_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_session` (
  `screening_session_id` char(36) NOT NULL,
  `screening_flow_version_id` char(36) NOT NULL,
  `target_account_id` char(36) NULL,
  `created_by_account_id` char(36) NOT NULL,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `crisis_indicated` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `skipped` tinyint(1) NOT NULL DEFAULT 0,
  `skipped_at` datetime(6) NULL,
  `completed_at` datetime(6) NULL,
  `crisis_indicated_at` datetime(6) NULL,
  `patient_order_id` char(36) NULL,
  `group_session_id` char(36) NULL,
  `account_check_in_action_id` char(36) NULL,
  `metadata` json NULL,
  `course_session_id` char(36) NULL,
  PRIMARY KEY (`screening_session_id`),
  UNIQUE KEY `idx_screening_session_account_check_in_action_id` (`account_check_in_action_id`),
  CONSTRAINT `screening_session_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `screening_session_group_session_id_fkey` FOREIGN KEY (`group_session_id`) REFERENCES `group_session` (`group_session_id`),
  CONSTRAINT `screening_session_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`),
  CONSTRAINT `screening_session_target_account_id_fkey` FOREIGN KEY (`target_account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_triage_group` (
  `patient_order_triage_group_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `patient_order_care_type_id` text NOT NULL,
  `patient_order_triage_override_reason_id` text NOT NULL,
  `patient_order_triage_source_id` text NOT NULL,
  `account_id` char(36) NOT NULL,
  `screening_session_id` char(36) NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_triage_group_id`),
  CONSTRAINT `patient_order_triage_group_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_triage_group_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`),
  CONSTRAINT `patient_order_triage_group_screening_session_id_fkey` FOREIGN KEY (`screening_session_id`) REFERENCES `screening_session` (`screening_session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_scheduled_screening` (
  `patient_order_scheduled_screening_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `scheduled_date_time` datetime(6) NOT NULL,
  `calendar_url` text NULL,
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `canceled_at` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_scheduled_screening_id`),
  CONSTRAINT `patient_order_scheduled_screening_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_scheduled_screening_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_event` (
  `patient_order_event_id` char(36) NOT NULL,
  `patient_order_event_type_id` text NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `account_id` char(36) NULL,
  `message` text NOT NULL,
  `metadata` json NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_event_id`),
  CONSTRAINT `patient_order_event_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_event_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_order_voicemail_task` (
  `patient_order_voicemail_task_id` char(36) NOT NULL,
  `patient_order_id` char(36) NOT NULL,
  `created_by_account_id` char(36) NOT NULL,
  `completed_by_account_id` char(36) NULL,
  `deleted_by_account_id` char(36) NULL,
  `message` text NOT NULL,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `completed_at` datetime(6) NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`patient_order_voicemail_task_id`),
  CONSTRAINT `patient_order_voicemail_task_completed_by_account_id_fkey` FOREIGN KEY (`completed_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_voicemail_task_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_voicemail_task_deleted_by_account_id_fkey` FOREIGN KEY (`deleted_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `patient_order_voicemail_task_patient_order_id_fkey` FOREIGN KEY (`patient_order_id`) REFERENCES `patient_order` (`patient_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_type` (
  `screening_type_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `overall_score_maximum` int NULL,
  PRIMARY KEY (`screening_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_version` (
  `screening_version_id` char(36) NOT NULL,
  `screening_id` char(36) NOT NULL,
  `screening_type_id` varchar(255) NOT NULL,
  `created_by_account_id` char(36) NOT NULL,
  `version_number` int NOT NULL DEFAULT 1,
  `scoring_function` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`screening_version_id`),
  UNIQUE KEY `screening_version_screening_id_version_number_key` (`screening_id`, `version_number`),
  CONSTRAINT `screening_version_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `screening_version_screening_type_id_fkey` FOREIGN KEY (`screening_type_id`) REFERENCES `screening_type` (`screening_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening` (
  `screening_id` char(36) NOT NULL,
  `name` text NOT NULL,
  `active_screening_version_id` char(36) NULL,
  `created_by_account_id` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`screening_id`),
  CONSTRAINT `screening_active_screening_version_fk` FOREIGN KEY (`active_screening_version_id`) REFERENCES `screening_version` (`screening_version_id`),
  CONSTRAINT `screening_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_question` (
  `screening_question_id` char(36) NOT NULL,
  `screening_version_id` char(36) NOT NULL,
  `screening_answer_format_id` text NOT NULL,
  `screening_answer_content_hint_id` text NOT NULL,
  `intro_text` text NULL,
  `question_text` text NOT NULL,
  `minimum_answer_count` int NOT NULL DEFAULT 1,
  `maximum_answer_count` int NOT NULL DEFAULT 1,
  `display_order` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `footer_text` text NULL,
  `pre_question_screening_confirmation_prompt_id` char(36) NULL,
  `metadata` json NULL,
  `prefer_autosubmit` tinyint(1) NOT NULL DEFAULT 1,
  `screening_question_submission_style_id` text NOT NULL,
  `supplement_text` text NULL,
  PRIMARY KEY (`screening_question_id`),
  UNIQUE KEY `screening_question_screening_version_id_display_order_key` (`screening_version_id`, `display_order`),
  CONSTRAINT `screening_question_screening_version_id_fkey` FOREIGN KEY (`screening_version_id`) REFERENCES `screening_version` (`screening_version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_answer_option` (
  `screening_answer_option_id` char(36) NOT NULL,
  `screening_question_id` char(36) NOT NULL,
  `answer_option_text` text NULL,
  `score` int NOT NULL,
  `indicates_crisis` tinyint(1) NOT NULL DEFAULT 0,
  `display_order` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `freeform_supplement` tinyint(1) NOT NULL DEFAULT 0,
  `freeform_supplement_text` text NULL,
  `metadata` json NULL,
  `freeform_supplement_text_auto_show` tinyint(1) NOT NULL DEFAULT 0,
  `freeform_supplement_content_hint_id` text NULL,
  PRIMARY KEY (`screening_answer_option_id`),
  UNIQUE KEY `screening_answer_option_screening_question_id_display_order_key` (`screening_question_id`, `display_order`),
  CONSTRAINT `screening_answer_option_screening_question_id_fkey` FOREIGN KEY (`screening_question_id`) REFERENCES `screening_question` (`screening_question_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_session_screening` (
  `screening_session_screening_id` char(36) NOT NULL,
  `screening_session_id` char(36) NOT NULL,
  `screening_version_id` char(36) NOT NULL,
  `screening_order` int NOT NULL,
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `legacy_score` int NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `score` json NOT NULL,
  `below_scoring_threshold` tinyint(1) NULL,
  PRIMARY KEY (`screening_session_screening_id`),
  UNIQUE KEY `screening_session_screening_screening_session_id_screening__key` (`screening_session_id`, `screening_order`),
  CONSTRAINT `screening_session_screening_screening_session_id_fkey` FOREIGN KEY (`screening_session_id`) REFERENCES `screening_session` (`screening_session_id`),
  CONSTRAINT `screening_session_screening_screening_version_id_fkey` FOREIGN KEY (`screening_version_id`) REFERENCES `screening_version` (`screening_version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_session_answered_screening_question` (
  `screening_session_answered_screening_question_id` char(36) NOT NULL,
  `screening_session_screening_id` char(36) NOT NULL,
  `screening_question_id` char(36) NOT NULL,
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`screening_session_answered_screening_question_id`),
  CONSTRAINT `screening_session_answered_sc_screening_session_screening__fkey` FOREIGN KEY (`screening_session_screening_id`) REFERENCES `screening_session_screening` (`screening_session_screening_id`),
  CONSTRAINT `screening_session_answered_screening_screening_question_id_fkey` FOREIGN KEY (`screening_question_id`) REFERENCES `screening_question` (`screening_question_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_answer` (
  `screening_answer_id` char(36) NOT NULL,
  `screening_answer_option_id` char(36) NOT NULL,
  `screening_session_answered_screening_question_id` char(36) NOT NULL,
  `created_by_account_id` char(36) NOT NULL,
  `text` text NULL,
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `answer_order` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`screening_answer_id`),
  CONSTRAINT `screening_answer_created_by_account_id_fkey` FOREIGN KEY (`created_by_account_id`) REFERENCES `account` (`account_id`),
  CONSTRAINT `screening_answer_screening_answer_option_id_fkey` FOREIGN KEY (`screening_answer_option_id`) REFERENCES `screening_answer_option` (`screening_answer_option_id`),
  CONSTRAINT `screening_answer_screening_session_answered_screening_ques_fkey` FOREIGN KEY (`screening_session_answered_screening_question_id`) REFERENCES `screening_session_answered_screening_question` (`screening_session_answered_screening_question_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `footprint_event_group` (
  `footprint_event_group_id` char(36) NOT NULL,
  `footprint_event_group_type_id` text NOT NULL,
  `account_id` char(36) NULL,
  `connection_username` text NULL,
  `connection_application_name` text NULL,
  `connection_ip_address` text NULL,
  `api_call_url` text NULL,
  `api_call_request_body` text NULL,
  `background_thread_name` text NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`footprint_event_group_id`),
  CONSTRAINT `footprint_event_group_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crisis_contact` (
  `crisis_contact_id` char(36) NOT NULL,
  `institution_id` text NOT NULL,
  `email_address` text NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `locale` text NOT NULL,
  `time_zone` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`crisis_contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
