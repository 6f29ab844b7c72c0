-- Manage training for early career teachers (DFE-Digital/early-careers-framework)
-- db/schema.rb at commit 8d84d7d65630e18fc180e49faed76cec2ff7b57b (MIT), PostgreSQL schema written as MySQL DDL.
-- 45 of the 90 tables; column names, order and types as upstream (uuid -> char(36), jsonb/arrays -> json,
-- citext -> varchar(255), inet -> varchar(45)); indexes and the ecf_duplicates view left out, foreign keys between kept tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `admin_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discarded_at` datetime DEFAULT NULL,
  `super_user` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` char(36) NOT NULL,
  `lead_provider_id` char(36) DEFAULT NULL,
  `hashed_token` varchar(255) NOT NULL,
  `last_used_at` datetime DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) DEFAULT 'ApiToken',
  `private_api_access` tinyint(1) DEFAULT 0,
  `cpd_lead_provider_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cpd_lead_provider_id`) REFERENCES `cpd_lead_providers` (`id`),
  FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appropriate_bodies` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `body_type` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `disable_from_year` int DEFAULT NULL,
  `listed` tinyint(1) NOT NULL DEFAULT 0,
  `listed_for_school_type_codes` json DEFAULT NULL,
  `selectable_by_schools` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appropriate_body_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `appropriate_body_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`appropriate_body_id`) REFERENCES `appropriate_bodies` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `start_year` smallint NOT NULL,
  `registration_start_date` datetime DEFAULT NULL,
  `academic_year_start_date` datetime DEFAULT NULL,
  `automatic_assignment_period_end_date` date DEFAULT NULL,
  `payments_frozen_at` datetime(6) DEFAULT NULL,
  `mentor_funding` tinyint(1) NOT NULL DEFAULT 0,
  `detailed_evidence_types` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_induction_programmes` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cpd_lead_providers` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `declaration_states` (
  `id` char(36) NOT NULL,
  `participant_declaration_id` char(36) NOT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'submitted',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `state_reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_duplicates` (
  `id` char(36) NOT NULL,
  `data` json DEFAULT NULL,
  `primary_participant_profile_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`primary_participant_profile_id`) REFERENCES `participant_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delivery_partner_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `delivery_partner_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`delivery_partner_id`) REFERENCES `delivery_partners` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delivery_partners` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `discarded_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecf_ineligible_participants` (
  `id` char(36) NOT NULL,
  `trn` varchar(255) DEFAULT NULL,
  `reason` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecf_participant_eligibilities` (
  `id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `qts` tinyint(1) DEFAULT NULL,
  `active_flags` tinyint(1) DEFAULT NULL,
  `previous_participation` tinyint(1) DEFAULT NULL,
  `previous_induction` tinyint(1) DEFAULT NULL,
  `manually_validated` tinyint(1) DEFAULT 0,
  `status` varchar(255) NOT NULL DEFAULT 'manual_check',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `reason` varchar(255) NOT NULL DEFAULT 'none',
  `different_trn` tinyint(1) DEFAULT NULL,
  `no_induction` tinyint(1) DEFAULT NULL,
  `exempt_from_induction` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecf_participant_validation_data` (
  `id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `full_name` varchar(255) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `trn` varchar(255) DEFAULT NULL,
  `nino` varchar(255) DEFAULT NULL,
  `api_failure` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_associations` (
  `id` char(36) NOT NULL,
  `email_id` char(36) NOT NULL,
  `object_type` varchar(255) NOT NULL,
  `object_id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`email_id`) REFERENCES `emails` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails` (
  `id` char(36) NOT NULL,
  `from` varchar(255) DEFAULT NULL,
  `to` json DEFAULT NULL,
  `template_id` char(36) DEFAULT NULL,
  `template_version` int DEFAULT NULL,
  `uri` varchar(255) DEFAULT NULL,
  `personalisation` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'submitted',
  `delivered_at` datetime DEFAULT NULL,
  `tags` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `finance_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `induction_coordinator_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discarded_at` datetime DEFAULT NULL,
  `reminder_email_sent_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `induction_coordinator_profiles_schools` (
  `id` char(36) NOT NULL,
  `induction_coordinator_profile_id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `induction_programmes` (
  `id` char(36) NOT NULL,
  `school_cohort_id` char(36) NOT NULL,
  `partnership_id` char(36) DEFAULT NULL,
  `core_induction_programme_id` char(36) DEFAULT NULL,
  `training_programme` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `delivery_partner_to_be_confirmed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`core_induction_programme_id`) REFERENCES `core_induction_programmes` (`id`),
  FOREIGN KEY (`partnership_id`) REFERENCES `partnerships` (`id`),
  FOREIGN KEY (`school_cohort_id`) REFERENCES `school_cohorts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `induction_records` (
  `id` char(36) NOT NULL,
  `induction_programme_id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `schedule_id` char(36) NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `training_status` varchar(255) NOT NULL DEFAULT 'active',
  `preferred_identity_id` char(36) DEFAULT NULL,
  `induction_status` varchar(255) NOT NULL DEFAULT 'active',
  `mentor_profile_id` char(36) DEFAULT NULL,
  `school_transfer` tinyint(1) NOT NULL DEFAULT 0,
  `appropriate_body_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`induction_programme_id`) REFERENCES `induction_programmes` (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lead_provider_profiles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `lead_provider_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discarded_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lead_providers` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `cpd_lead_provider_id` char(36) DEFAULT NULL,
  `vat_chargeable` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cpd_lead_provider_id`) REFERENCES `cpd_lead_providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nomination_emails` (
  `id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `notify_status` varchar(255) DEFAULT NULL,
  `sent_to` varchar(255) NOT NULL,
  `sent_at` datetime DEFAULT NULL,
  `opened_at` datetime DEFAULT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `partnership_notification_email_id` char(36) DEFAULT NULL,
  `notify_id` varchar(255) DEFAULT NULL,
  `delivered_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_declarations` (
  `id` char(36) NOT NULL,
  `declaration_type` varchar(255) DEFAULT NULL,
  `declaration_date` datetime DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  `course_identifier` varchar(255) DEFAULT NULL,
  `evidence_held` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT 'ParticipantDeclaration::ECF',
  `cpd_lead_provider_id` char(36) DEFAULT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'submitted',
  `participant_profile_id` char(36) DEFAULT NULL,
  `superseded_by_id` char(36) DEFAULT NULL,
  `sparsity_uplift` tinyint(1) DEFAULT NULL,
  `pupil_premium_uplift` tinyint(1) DEFAULT NULL,
  `delivery_partner_id` char(36) DEFAULT NULL,
  `mentor_user_id` char(36) DEFAULT NULL,
  `cohort_id` char(36) NOT NULL,
  `voided_at` datetime(6) DEFAULT NULL,
  `voided_by_user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`superseded_by_id`) REFERENCES `participant_declarations` (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`mentor_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`voided_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_id_changes` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `from_participant_id` char(36) NOT NULL,
  `to_participant_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_identities` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `external_identifier` char(36) NOT NULL,
  `origin` varchar(255) NOT NULL DEFAULT 'ecf',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_profile_states` (
  `id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `state` text DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `cpd_lead_provider_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_profiles` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `school_id` char(36) DEFAULT NULL,
  `core_induction_programme_id` char(36) DEFAULT NULL,
  `cohort_id` char(36) DEFAULT NULL,
  `mentor_profile_id` char(36) DEFAULT NULL,
  `sparsity_uplift` tinyint(1) NOT NULL DEFAULT 0,
  `pupil_premium_uplift` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` text NOT NULL,
  `school_cohort_id` char(36) DEFAULT NULL,
  `teacher_profile_id` char(36) DEFAULT NULL,
  `schedule_id` char(36) NOT NULL,
  `school_urn` text DEFAULT NULL,
  `school_ukprn` text DEFAULT NULL,
  `request_for_details_sent_at` datetime DEFAULT NULL,
  `training_status` varchar(255) NOT NULL DEFAULT 'active',
  `profile_duplicity` varchar(255) NOT NULL DEFAULT 'single',
  `participant_identity_id` char(36) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `induction_start_date` date DEFAULT NULL,
  `induction_completion_date` date DEFAULT NULL,
  `mentor_completion_date` date DEFAULT NULL,
  `mentor_completion_reason` varchar(255) DEFAULT NULL,
  `cohort_changed_after_payments_frozen` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  FOREIGN KEY (`core_induction_programme_id`) REFERENCES `core_induction_programmes` (`id`),
  FOREIGN KEY (`participant_identity_id`) REFERENCES `participant_identities` (`id`),
  FOREIGN KEY (`mentor_profile_id`) REFERENCES `participant_profiles` (`id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`),
  FOREIGN KEY (`school_cohort_id`) REFERENCES `school_cohorts` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  FOREIGN KEY (`teacher_profile_id`) REFERENCES `teacher_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partnerships` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `school_id` char(36) NOT NULL,
  `lead_provider_id` char(36) NOT NULL,
  `cohort_id` char(36) NOT NULL,
  `delivery_partner_id` char(36) DEFAULT NULL,
  `challenged_at` datetime DEFAULT NULL,
  `challenge_reason` varchar(255) DEFAULT NULL,
  `challenge_deadline` datetime DEFAULT NULL,
  `pending` tinyint(1) NOT NULL DEFAULT 0,
  `report_id` char(36) DEFAULT NULL,
  `relationship` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  FOREIGN KEY (`delivery_partner_id`) REFERENCES `delivery_partners` (`id`),
  FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_policies` (
  `id` char(36) NOT NULL,
  `major_version` int NOT NULL,
  `minor_version` int NOT NULL,
  `html` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_policy_acceptances` (
  `id` char(36) NOT NULL,
  `privacy_policy_id` char(36) DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_validation_decisions` (
  `id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `validation_step` varchar(255) NOT NULL,
  `approved` tinyint(1) DEFAULT NULL,
  `note` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `schedule_identifier` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT 'Finance::Schedule::ECF',
  `cohort_id` char(36) DEFAULT NULL,
  `identifier_alias` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_cohorts` (
  `id` char(36) NOT NULL,
  `induction_programme_choice` varchar(255) NOT NULL,
  `school_id` char(36) NOT NULL,
  `cohort_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `estimated_teacher_count` int DEFAULT NULL,
  `estimated_mentor_count` int DEFAULT NULL,
  `core_induction_programme_id` char(36) DEFAULT NULL,
  `opt_out_of_updates` tinyint(1) NOT NULL DEFAULT 0,
  `default_induction_programme_id` char(36) DEFAULT NULL,
  `appropriate_body_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  FOREIGN KEY (`core_induction_programme_id`) REFERENCES `core_induction_programmes` (`id`),
  FOREIGN KEY (`default_induction_programme_id`) REFERENCES `induction_programmes` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_mentors` (
  `id` char(36) NOT NULL,
  `participant_profile_id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `preferred_identity_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `remove_from_school_on` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`preferred_identity_id`) REFERENCES `participant_identities` (`id`),
  FOREIGN KEY (`participant_profile_id`) REFERENCES `participant_profiles` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schools` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `school_type_code` int DEFAULT NULL,
  `address_line1` varchar(255) NOT NULL,
  `address_line2` varchar(255) DEFAULT NULL,
  `address_line3` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) NOT NULL,
  `network_id` char(36) DEFAULT NULL,
  `domains` json NOT NULL,
  `school_type_name` varchar(255) DEFAULT NULL,
  `ukprn` varchar(255) DEFAULT NULL,
  `school_phase_type` int DEFAULT NULL,
  `school_phase_name` varchar(255) DEFAULT NULL,
  `school_website` varchar(255) DEFAULT NULL,
  `school_status_code` int DEFAULT NULL,
  `school_status_name` varchar(255) DEFAULT NULL,
  `secondary_contact_email` varchar(255) DEFAULT NULL,
  `primary_contact_email` varchar(255) DEFAULT NULL,
  `administrative_district_code` varchar(255) DEFAULT NULL,
  `administrative_district_name` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `section_41_approved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `data` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statement_line_items` (
  `id` char(36) NOT NULL,
  `statement_id` char(36) NOT NULL,
  `participant_declaration_id` char(36) NOT NULL,
  `state` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statements` (
  `id` char(36) NOT NULL,
  `type` text NOT NULL,
  `name` text NOT NULL,
  `cpd_lead_provider_id` char(36) NOT NULL,
  `deadline_date` date DEFAULT NULL,
  `payment_date` date DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `original_value` decimal(65,30) DEFAULT NULL,
  `cohort_id` char(36) NOT NULL,
  `output_fee` tinyint(1) DEFAULT 1,
  `contract_version` varchar(255) DEFAULT '0.0.1',
  `reconcile_amount` decimal(65,30) NOT NULL DEFAULT 0.0,
  `marked_as_paid_at` datetime(6) DEFAULT NULL,
  `mentor_contract_version` varchar(255) DEFAULT '0.0.1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `support_queries` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `zendesk_ticket_id` int DEFAULT NULL,
  `subject` varchar(255) NOT NULL,
  `message` varchar(255) NOT NULL,
  `additional_information` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teacher_profiles` (
  `id` char(36) NOT NULL,
  `trn` varchar(255) DEFAULT NULL,
  `school_id` char(36) DEFAULT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `login_token` varchar(255) DEFAULT NULL,
  `login_token_valid_until` datetime DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(45) DEFAULT NULL,
  `last_sign_in_ip` varchar(45) DEFAULT NULL,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discarded_at` datetime DEFAULT NULL,
  `get_an_identity_id` varchar(255) DEFAULT NULL,
  `archived_email` varchar(255) DEFAULT NULL,
  `archived_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` char(36) NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255) DEFAULT NULL,
  `object` json DEFAULT NULL,
  `object_changes` json DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `item_id` char(36) NOT NULL,
  `reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
