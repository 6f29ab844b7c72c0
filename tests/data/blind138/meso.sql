-- Meso (Meso-Health/meso-backend db/schema.rb, commit d53f008a1fd5e89b1ed0dd91368df48a11e9f433, Apache-2.0)
-- Rails schema (PostgreSQL) written as MySQL DDL: serial -> int AUTO_INCREMENT, uuid -> char(36), jsonb and
-- PostgreSQL arrays -> json, boolean -> tinyint(1); the GIN index on members.medical_record_numbers left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `administrative_divisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `level` varchar(255) NOT NULL,
  `code` varchar(255),
  `parent_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_administrative_divisions_on_parent_id` (`parent_id`),
  CONSTRAINT `fk_administrative_divisions_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `administrative_divisions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` varchar(32) NOT NULL,
  `file_uid` varchar(255) NOT NULL,
  `file_name` varchar(255),
  `file_width` int,
  `file_height` int,
  `file_size` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_attachments_on_file_uid` (`file_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments_encounters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attachment_id` varchar(32) NOT NULL,
  `encounter_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_attachments_encounters_on_attachment_id_and_encounter_id` (`attachment_id`, `encounter_id`),
  CONSTRAINT `fk_attachments_encounters_attachment_id` FOREIGN KEY (`attachment_id`) REFERENCES `attachments` (`id`),
  CONSTRAINT `fk_attachments_encounters_encounter_id` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_tokens` (
  `id` varchar(8) NOT NULL,
  `secret_digest` varchar(64) NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `revoked_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_authentication_tokens_on_user_id` (`user_id`),
  CONSTRAINT `fk_authentication_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billables` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'unspecified',
  `name` varchar(255) NOT NULL,
  `composition` varchar(255),
  `unit` varchar(255),
  `accounting_group` varchar(255),
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `reviewed` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `requires_lab_result` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_batches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prefix` varchar(255),
  `reason` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards` (
  `id` varchar(9) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `card_batch_id` int NOT NULL,
  `revoked_at` datetime,
  `revocation_reason` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_cards_on_card_batch_id` (`card_batch_id`),
  CONSTRAINT `fk_cards_card_batch_id` FOREIGN KEY (`card_batch_id`) REFERENCES `card_batches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnoses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL,
  `icd_10_codes` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `search_aliases` json NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnoses_diagnoses_groups` (
  `diagnoses_group_id` int NOT NULL,
  `diagnosis_id` int NOT NULL,
  KEY `index_diagnoses_diagnoses_groups_on_diagnoses_group_id` (`diagnoses_group_id`),
  KEY `index_diagnoses_diagnoses_groups_on_diagnosis_id` (`diagnosis_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnoses_encounters` (
  `diagnosis_id` int NOT NULL,
  `encounter_id` char(36) NOT NULL,
  KEY `index_diagnoses_encounters_on_diagnosis_id` (`diagnosis_id`),
  KEY `index_diagnoses_encounters_on_encounter_id` (`encounter_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnoses_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `encounter_items` (
  `id` char(36) NOT NULL,
  `encounter_id` char(36) NOT NULL,
  `quantity` int NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `price_schedule_id` char(36) NOT NULL,
  `price_schedule_issued` tinyint(1) NOT NULL DEFAULT 0,
  `stockout` tinyint(1) NOT NULL DEFAULT 0,
  `surgical_score` int,
  PRIMARY KEY (`id`),
  KEY `index_encounter_items_on_encounter_id` (`encounter_id`),
  KEY `index_encounter_items_on_price_schedule_id` (`price_schedule_id`),
  CONSTRAINT `fk_encounter_items_encounter_id` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`),
  CONSTRAINT `fk_encounter_items_price_schedule_id` FOREIGN KEY (`price_schedule_id`) REFERENCES `price_schedules` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `encounters` (
  `id` char(36) NOT NULL,
  `provider_id` int NOT NULL,
  `user_id` int NOT NULL,
  `member_id` char(36) NOT NULL,
  `identification_event_id` char(36),
  `occurred_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `backdated_occurred_at` tinyint(1) NOT NULL DEFAULT 0,
  `has_fever` tinyint(1),
  `visit_type` varchar(255),
  `adjudication_state` varchar(255),
  `adjudicator_id` int,
  `adjudicated_at` datetime,
  `adjudication_comment` varchar(255),
  `revised_encounter_id` char(36),
  `provider_comment` text,
  `claim_id` text NOT NULL,
  `submitted_at` datetime,
  `prepared_at` datetime,
  `reimbursement_id` char(36),
  `patient_outcome` varchar(255),
  `custom_reimbursal_amount` int,
  `inbound_referral_date` date,
  `visit_reason` varchar(255),
  `submission_state` varchar(255) NOT NULL,
  `discharge_date` date,
  `referral_id` char(36),
  `audited_at` datetime,
  `auditor_id` int,
  `adjudication_reason_category` varchar(255),
  `copayment_amount` int NOT NULL DEFAULT 0,
  `copayment_comment` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_encounters_on_adjudicator_id` (`adjudicator_id`),
  KEY `index_encounters_on_auditor_id` (`auditor_id`),
  KEY `index_encounters_on_claim_id` (`claim_id`),
  KEY `index_encounters_on_identification_event_id` (`identification_event_id`),
  KEY `index_encounters_on_member_id` (`member_id`),
  KEY `index_encounters_on_provider_id` (`provider_id`),
  KEY `index_encounters_on_referral_id` (`referral_id`),
  KEY `index_encounters_on_reimbursement_id` (`reimbursement_id`),
  KEY `index_encounters_on_revised_encounter_id` (`revised_encounter_id`),
  KEY `index_encounters_on_user_id` (`user_id`),
  CONSTRAINT `fk_encounters_revised_encounter_id` FOREIGN KEY (`revised_encounter_id`) REFERENCES `encounters` (`id`),
  CONSTRAINT `fk_encounters_identification_event_id` FOREIGN KEY (`identification_event_id`) REFERENCES `identification_events` (`id`),
  CONSTRAINT `fk_encounters_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_encounters_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_encounters_referral_id` FOREIGN KEY (`referral_id`) REFERENCES `referrals` (`id`),
  CONSTRAINT `fk_encounters_reimbursement_id` FOREIGN KEY (`reimbursement_id`) REFERENCES `reimbursements` (`id`),
  CONSTRAINT `fk_encounters_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_encounters_adjudicator_id` FOREIGN KEY (`adjudicator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_encounters_auditor_id` FOREIGN KEY (`auditor_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enrollment_periods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `coverage_start_date` date NOT NULL,
  `coverage_end_date` date NOT NULL,
  `administrative_division_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_enrollment_periods_on_administrative_division_id` (`administrative_division_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `household_enrollment_records` (
  `id` char(36) NOT NULL,
  `enrolled_at` datetime NOT NULL,
  `household_id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `enrollment_period_id` int NOT NULL,
  `invalid_attributes` json NOT NULL,
  `declined` tinyint(1) NOT NULL DEFAULT 0,
  `paying` tinyint(1) NOT NULL DEFAULT 0,
  `administrative_division_id` int,
  `renewal` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_household_enrollment_records_on_a_d_id` (`administrative_division_id`),
  KEY `index_household_enrollment_records_on_enrollment_period_id` (`enrollment_period_id`),
  KEY `index_household_enrollment_records_on_household_id` (`household_id`),
  KEY `index_household_enrollment_records_on_user_id` (`user_id`),
  CONSTRAINT `fk_household_enrollment_reco_administrative_division_id` FOREIGN KEY (`administrative_division_id`) REFERENCES `administrative_divisions` (`id`),
  CONSTRAINT `fk_household_enrollment_reco_enrollment_period_id` FOREIGN KEY (`enrollment_period_id`) REFERENCES `enrollment_periods` (`id`),
  CONSTRAINT `fk_household_enrollment_reco_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `fk_household_enrollment_reco_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `households` (
  `id` char(36) NOT NULL,
  `photo_id` varchar(32),
  `latitude` decimal(10,6),
  `longitude` decimal(10,6),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `enrolled_at` datetime NOT NULL,
  `merged_from_household_id` char(36),
  `administrative_division_id` int NOT NULL,
  `address` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_households_on_administrative_division_id` (`administrative_division_id`),
  CONSTRAINT `fk_households_administrative_division_id` FOREIGN KEY (`administrative_division_id`) REFERENCES `administrative_divisions` (`id`),
  CONSTRAINT `fk_households_photo_id` FOREIGN KEY (`photo_id`) REFERENCES `attachments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identification_events` (
  `id` char(36) NOT NULL,
  `occurred_at` datetime NOT NULL,
  `provider_id` int NOT NULL,
  `member_id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `accepted` tinyint(1),
  `search_method` varchar(255) NOT NULL,
  `photo_verified` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `through_member_id` char(36),
  `clinic_number` int,
  `clinic_number_type` varchar(255),
  `dismissed` tinyint(1) DEFAULT 0,
  `dismissal_reason` varchar(255),
  `fingerprints_verification_result_code` int,
  `fingerprints_verification_confidence` double,
  `fingerprints_verification_tier` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_identification_events_on_member_id` (`member_id`),
  KEY `index_identification_events_on_provider_id` (`provider_id`),
  KEY `index_identification_events_on_through_member_id` (`through_member_id`),
  KEY `index_identification_events_on_user_id` (`user_id`),
  CONSTRAINT `fk_identification_events_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_identification_events_through_member_id` FOREIGN KEY (`through_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_identification_events_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_identification_events_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lab_results` (
  `id` char(36) NOT NULL,
  `encounter_item_id` char(36) NOT NULL,
  `result` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_lab_results_on_encounter_item_id` (`encounter_item_id`),
  CONSTRAINT `fk_lab_results_encounter_item_id` FOREIGN KEY (`encounter_item_id`) REFERENCES `encounter_items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_enrollment_records` (
  `id` char(36) NOT NULL,
  `enrolled_at` datetime NOT NULL,
  `member_id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `photo_id` varchar(32),
  `note` text,
  `needs_review` tinyint(1) NOT NULL DEFAULT 0,
  `enrollment_period_id` int NOT NULL,
  `invalid_attributes` json NOT NULL,
  `absentee` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_member_enrollment_records_on_enrollment_period_id` (`enrollment_period_id`),
  KEY `index_member_enrollment_records_on_member_id` (`member_id`),
  KEY `index_member_enrollment_records_on_user_id` (`user_id`),
  CONSTRAINT `fk_member_enrollment_records_photo_id` FOREIGN KEY (`photo_id`) REFERENCES `attachments` (`id`),
  CONSTRAINT `fk_member_enrollment_records_enrollment_period_id` FOREIGN KEY (`enrollment_period_id`) REFERENCES `enrollment_periods` (`id`),
  CONSTRAINT `fk_member_enrollment_records_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_member_enrollment_records_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` char(36) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `card_id` varchar(9),
  `birthdate` date NOT NULL,
  `birthdate_accuracy` varchar(1) NOT NULL,
  `photo_id` varchar(32),
  `household_id` char(36),
  `gender` varchar(1) NOT NULL,
  `fingerprints_guid` char(36),
  `phone_number` varchar(255),
  `enrolled_at` datetime NOT NULL,
  `preferred_language` varchar(255),
  `preferred_language_other` varchar(255),
  `merged_from_member_id` char(36),
  `membership_number` varchar(255),
  `profession` varchar(255),
  `relationship_to_head` varchar(255),
  `archived_at` datetime,
  `archived_reason` varchar(255),
  `medical_record_numbers` json,
  `original_member_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_members_on_card_id` (`card_id`),
  KEY `index_members_on_created_at` (`created_at`),
  KEY `index_members_on_household_id` (`household_id`),
  KEY `index_members_on_membership_number` (`membership_number`),
  KEY `index_members_on_original_member_id` (`original_member_id`),
  CONSTRAINT `fk_members_photo_id` FOREIGN KEY (`photo_id`) REFERENCES `attachments` (`id`),
  CONSTRAINT `fk_members_card_id` FOREIGN KEY (`card_id`) REFERENCES `cards` (`id`),
  CONSTRAINT `fk_members_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `fk_members_original_member_id` FOREIGN KEY (`original_member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_payments` (
  `id` char(36) NOT NULL,
  `receipt_number` varchar(255) NOT NULL,
  `payment_date` date NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `annual_contribution_fee` int NOT NULL DEFAULT 0,
  `qualifying_beneficiaries_fee` int NOT NULL DEFAULT 0,
  `registration_fee` int NOT NULL DEFAULT 0,
  `penalty_fee` int NOT NULL DEFAULT 0,
  `other_fee` int NOT NULL DEFAULT 0,
  `card_replacement_fee` int NOT NULL DEFAULT 0,
  `household_enrollment_record_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_membership_payments_on_household_enrollment_record_id` (`household_enrollment_record_id`),
  CONSTRAINT `fk_membership_payments_household_enrollment_record_id` FOREIGN KEY (`household_enrollment_record_id`) REFERENCES `household_enrollment_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_experiences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `score` int NOT NULL,
  `encounter_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_patient_experiences_on_encounter_id` (`encounter_id`),
  CONSTRAINT `fk_patient_experiences_encounter_id` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider_id` int NOT NULL,
  `amount` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `effective_date` date NOT NULL,
  `paid_at` datetime NOT NULL,
  `details` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_payments_on_provider_id_and_type_and_effective_date` (`provider_id`, `type`, `effective_date`),
  KEY `index_payments_on_provider_id` (`provider_id`),
  CONSTRAINT `fk_payments_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_transfers` (
  `payment_id` int NOT NULL,
  `transfer_id` int NOT NULL,
  KEY `index_payments_transfers_on_payment_id_and_transfer_id` (`payment_id`, `transfer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pilot_regions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `administrative_division_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_pilot_regions_on_administrative_division_id` (`administrative_division_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_schedules` (
  `id` char(36) NOT NULL,
  `provider_id` int NOT NULL,
  `billable_id` char(36) NOT NULL,
  `issued_at` datetime NOT NULL,
  `price` int NOT NULL,
  `previous_price_schedule_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_price_schedules_on_billable_id` (`billable_id`),
  KEY `index_price_schedules_on_previous_price_schedule_id` (`previous_price_schedule_id`),
  KEY `index_price_schedules_on_provider_id` (`provider_id`),
  CONSTRAINT `fk_price_schedules_billable_id` FOREIGN KEY (`billable_id`) REFERENCES `billables` (`id`),
  CONSTRAINT `fk_price_schedules_previous_price_schedule_id` FOREIGN KEY (`previous_price_schedule_id`) REFERENCES `price_schedules` (`id`),
  CONSTRAINT `fk_price_schedules_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `security_pin` varchar(4) NOT NULL DEFAULT '0000',
  `administrative_division_id` int NOT NULL,
  `provider_type` varchar(255) NOT NULL DEFAULT 'unclassified',
  `diagnoses_group_id` int,
  `contracted` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_providers_on_administrative_division_id` (`administrative_division_id`),
  KEY `index_providers_on_diagnoses_group_id` (`diagnoses_group_id`),
  CONSTRAINT `fk_providers_administrative_division_id` FOREIGN KEY (`administrative_division_id`) REFERENCES `administrative_divisions` (`id`),
  CONSTRAINT `fk_providers_diagnoses_group_id` FOREIGN KEY (`diagnoses_group_id`) REFERENCES `diagnoses_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referrals` (
  `id` char(36) NOT NULL,
  `receiving_facility` varchar(255) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `number` varchar(255),
  `encounter_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `date` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_referrals_on_encounter_id` (`encounter_id`),
  CONSTRAINT `fk_referrals_encounter_id` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reimbursements` (
  `id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `provider_id` int NOT NULL,
  `total` int NOT NULL,
  `completed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `payment_date` date,
  `payment_field` json,
  PRIMARY KEY (`id`),
  KEY `index_reimbursements_on_provider_id` (`provider_id`),
  KEY `index_reimbursements_on_user_id` (`user_id`),
  CONSTRAINT `fk_reimbursements_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_reimbursements_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `amount` int NOT NULL,
  `stripe_account_id` varchar(255) NOT NULL,
  `stripe_transfer_id` varchar(255) NOT NULL,
  `stripe_payout_id` varchar(255),
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `initiated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_transfers_on_user_id` (`user_id`),
  CONSTRAINT `fk_transfers_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `username` varchar(255) NOT NULL,
  `password_digest` varchar(255),
  `provider_id` int,
  `email` varchar(255),
  `deleted_at` datetime,
  `administrative_division_id` int,
  `adjudication_limit` int,
  PRIMARY KEY (`id`),
  KEY `index_users_on_administrative_division_id` (`administrative_division_id`),
  KEY `index_users_on_provider_id` (`provider_id`),
  UNIQUE KEY `index_users_on_username` (`username`),
  CONSTRAINT `fk_users_administrative_division_id` FOREIGN KEY (`administrative_division_id`) REFERENCES `administrative_divisions` (`id`),
  CONSTRAINT `fk_users_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` varchar(255) NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255) NOT NULL,
  `object` json,
  `created_at` datetime NOT NULL,
  `object_changes` json,
  `release_commit_sha` varchar(255) NOT NULL,
  `source` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_versions_on_item_type_and_item_id` (`item_type`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
