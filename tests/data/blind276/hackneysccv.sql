-- Social Care Case Viewer API (London Borough of Hackney's case recording system for adults' and children's social care)
-- Upstream: github.com/LBHackney-IT/social-care-case-viewer-api, commit 597e9d8bbacd3e147f80598f742a06e1668ffee4 (MIT):
-- `database/schema.sql` (the PostgreSQL database, all its tables) and `database/historical-data-schema.sql`
-- (the historical-data database: workers, case notes, visits) loaded into PostgreSQL 15, then written from the
-- catalogue as MySQL (see hackneysccv.md).

CREATE TABLE `dm_persons` (
  `person_id` BIGINT NOT NULL AUTO_INCREMENT,
  `ssda903_id` VARCHAR(10),
  `nhs_id` DECIMAL(10,0),
  `scn_id` DECIMAL(9,0),
  `upn_id` VARCHAR(13),
  `former_upn_id` VARCHAR(13),
  `full_name` VARCHAR(255) NOT NULL,
  `title` VARCHAR(8),
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `date_of_birth` DATETIME(6),
  `date_of_death` DATETIME(6),
  `gender` VARCHAR(255),
  `restricted` VARCHAR(1),
  `person_id_legacy` VARCHAR(16),
  `full_ethnicity_code` VARCHAR(33),
  `country_of_birth_code` VARCHAR(16),
  `is_child_legacy` VARCHAR(1),
  `is_adult_legacy` VARCHAR(1),
  `nationality` VARCHAR(80),
  `religion` VARCHAR(80),
  `marital_status` VARCHAR(80),
  `first_language` VARCHAR(100),
  `fluency_in_english` VARCHAR(100),
  `email_address` VARCHAR(240),
  `context_flag` VARCHAR(1),
  `scra_id` VARCHAR(13),
  `interpreter_required` VARCHAR(1),
  `from_dm_person` VARCHAR(1),
  `sccv_sexual_orientation` VARCHAR(100),
  `sccv_preferred_method_of_contact` VARCHAR(100),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  `pronoun` VARCHAR(20),
  `gender_assigned_at_birth` TINYINT(1),
  `preferred_language` VARCHAR(100),
  `fluent_in_english` TINYINT(1),
  `interpreter_needed` TINYINT(1),
  `communication_difficulties` TINYINT(1),
  `difficulty_making_decisions` TINYINT(1),
  `communication_difficulties_details` TEXT,
  `employment` TEXT,
  `immigration_status` TEXT,
  `primary_support_reason` TEXT,
  `care_provider` TEXT,
  `tenure_type` TEXT,
  `accomodation_type` TEXT,
  `access_to_home` TEXT,
  `housing_officer` TEXT,
  `living_situation` TEXT,
  `housing_staff_in_contact` TINYINT(1),
  `cautionary_alert` TINYINT(1),
  `posession_eviction_order` TEXT,
  `rent_record` TEXT,
  `housing_benefit` TEXT,
  `council_tenure_type` TEXT,
  `tenancy_household_structure` TEXT,
  `mental_health_section_status` TEXT,
  `deaf_register` TEXT,
  `blind_register` TEXT,
  `blue_badge` TEXT,
  `open_case` TINYINT(1),
  `allocated_team` TEXT,
  `review_date` DATETIME(6),
  PRIMARY KEY (`person_id`),
  UNIQUE KEY `xif2dm_persons` (`person_id_legacy`)
);

CREATE TABLE `dm_addresses` (
  `ref_addresses_people_id` INT NOT NULL AUTO_INCREMENT,
  `ref_address_id` DECIMAL(9,0) NOT NULL,
  `person_id` DECIMAL(16,0),
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `address` VARCHAR(464),
  `post_code` VARCHAR(16),
  `district` VARCHAR(80),
  `paf_authority` VARCHAR(80),
  `ward` VARCHAR(80),
  `is_in_la_area` VARCHAR(1),
  `address_type` VARCHAR(16),
  `is_contact_address` VARCHAR(1),
  `is_display_address` VARCHAR(1),
  `housing_tenure` VARCHAR(16),
  `is_hmo` VARCHAR(1),
  `oz_lga_name` VARCHAR(80),
  `oz_lga_number` DECIMAL(9,0),
  `oz_sla_id` DECIMAL(9,0),
  `oz_lhd_id` DECIMAL(9,0),
  `oz_hacc_id` DECIMAL(9,0),
  `oz_phams_id` DECIMAL(9,0),
  `access_notes` VARCHAR(2000),
  `easting` DECIMAL(10,2),
  `northing` DECIMAL(10,2),
  `unique_id` DECIMAL(15,0),
  `from_dm_person` VARCHAR(1),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`ref_addresses_people_id`)
);

CREATE TABLE `sccv_persons_import` (
  `person_id` VARCHAR(100) NOT NULL,
  `ssda903_id` VARCHAR(10),
  `nhs_id` DECIMAL(10,0),
  `scn_id` DECIMAL(9,0),
  `upn_id` VARCHAR(13),
  `former_upn_id` VARCHAR(13),
  `full_name` VARCHAR(255) NOT NULL,
  `title` VARCHAR(8),
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `date_of_birth` DATETIME(6),
  `date_of_death` DATETIME(6),
  `gender` VARCHAR(1),
  `restricted` VARCHAR(1),
  `person_id_legacy` VARCHAR(16),
  `full_ethnicity_code` VARCHAR(33),
  `country_of_birth_code` VARCHAR(16),
  `is_child_legacy` VARCHAR(1),
  `is_adult_legacy` VARCHAR(1),
  `nationality` VARCHAR(80),
  `religion` VARCHAR(80),
  `marital_status` VARCHAR(80),
  `first_language` VARCHAR(100),
  `fluency_in_english` VARCHAR(100),
  `email_address` VARCHAR(240),
  `context_flag` VARCHAR(1),
  `scra_id` VARCHAR(13),
  `interpreter_required` VARCHAR(1),
  `from_dm_person` VARCHAR(1),
  PRIMARY KEY (`person_id`)
);

CREATE TABLE `sccv_persons_lookup` (
  `person_id` VARCHAR(100) NOT NULL,
  `nc_id` VARCHAR(100) NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  PRIMARY KEY (`person_id`),
  UNIQUE KEY `unique_ids` (`nc_id`)
);

CREATE TABLE `sccv_allocations` (
  `mosaic_id` VARCHAR(100) NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `group_id` BIGINT,
  `ethnicity` VARCHAR(33),
  `sub_ethnicity` VARCHAR(33),
  `religion` VARCHAR(30),
  `gender` VARCHAR(1),
  `date_of_birth` DATETIME(6),
  `service_user_group` VARCHAR(30),
  `school_name` VARCHAR(255),
  `school_address` VARCHAR(255),
  `gp_name` VARCHAR(62),
  `gp_address` VARCHAR(150),
  `gp_surgery` VARCHAR(100),
  `allocated_worker` VARCHAR(90),
  `worker_type` VARCHAR(100),
  `allocated_worker_team` VARCHAR(50),
  `team_name` VARCHAR(50),
  `allocation_start_date` DATETIME(6),
  `allocation_end_date` DATETIME(6),
  `legal_status` VARCHAR(255),
  `placement` VARCHAR(255),
  `on_cp_register` VARCHAR(3),
  `contact_address` VARCHAR(255),
  `case_status_open_closed` VARCHAR(7),
  `closure_date_if_closed` DATETIME(6),
  `last_name` VARCHAR(100),
  `first_name` VARCHAR(100),
  `worker_email` VARCHAR(62),
  `lac` VARCHAR(10)
);

CREATE TABLE `sccv_allocations_combined` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mosaic_id` BIGINT NOT NULL,
  `worker_id` BIGINT,
  `allocation_start_date` DATETIME(6),
  `allocation_end_date` DATETIME(6),
  `case_status` VARCHAR(200),
  `closure_date_if_closed` DATETIME(6),
  `team_id` BIGINT,
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  `rag_rating` TEXT,
  `summary` TEXT,
  `care_package` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_worker` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(62) NOT NULL,
  `first_name` VARCHAR(100) NOT NULL,
  `last_name` VARCHAR(100) NOT NULL,
  `role` VARCHAR(200),
  `context_flag` VARCHAR(1),
  `created_by` VARCHAR(300),
  `date_start` DATETIME(6),
  `date_end` DATETIME(6),
  `last_modified_by` VARCHAR(300),
  `created_at` DATETIME(6),
  `last_modified_at` DATETIME(6),
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sccv_worker_unique_email` (`email`)
);

CREATE TABLE `sccv_team` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `context` VARCHAR(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_workerteam` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `worker_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `dm_telephone_numbers` (
  `telephone_number_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `telephone_number` VARCHAR(32),
  `telephone_number_type` VARCHAR(80) NOT NULL,
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`telephone_number_id`, `person_id`)
);

CREATE TABLE `sccv_person_other_name` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT,
  `first_name` VARCHAR(100),
  `last_name` VARCHAR(100),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_audit` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `table_name` VARCHAR(200) NOT NULL,
  `entity_state` VARCHAR(50) NOT NULL,
  `date_time` DATETIME(6) NOT NULL,
  `key_values` JSON,
  `old_values` JSON,
  `new_values` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_worker_import` (
  `allocatedworker` VARCHAR(300),
  `firstname` VARCHAR(300),
  `surname` VARCHAR(300),
  `email` VARCHAR(300),
  `workertype` VARCHAR(300),
  `team_name` VARCHAR(300)
);

CREATE TABLE `sccv_cfs_restricted_flag_import` (
  `person_id` VARCHAR(20),
  `restricted` VARCHAR(10),
  `mosaic_id` BIGINT
);

CREATE TABLE `sccv_warning_note` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `start_date` DATETIME(6),
  `review_date` DATETIME(6),
  `end_date` DATETIME(6),
  `last_review_date` DATETIME(6),
  `next_review_date` DATETIME(6),
  `individual_notified` TINYINT(1),
  `notification_details` VARCHAR(1000),
  `review_details` VARCHAR(1000),
  `note_type` VARCHAR(50),
  `status` VARCHAR(50),
  `date_informed` DATETIME(6),
  `how_informed` VARCHAR(50),
  `warning_narrative` VARCHAR(1000),
  `managers_name` VARCHAR(100),
  `date_manager_informed` DATETIME(6),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_warning_note_review` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `warning_note_id` BIGINT NOT NULL,
  `review_date` DATETIME(6),
  `individual_notified` TINYINT(1),
  `notes` VARCHAR(1000),
  `managers_name` VARCHAR(100),
  `date_manager_informed` DATETIME(6),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_personal_relationship_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(300),
  `inverse_type_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_personal_relationship` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fk_person_id` BIGINT,
  `fk_other_person_id` BIGINT,
  `fk_personal_relationship_type_id` BIGINT,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `is_informal_carer` VARCHAR(1),
  `parental_responsibility` VARCHAR(1),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `is_main_carer` VARCHAR(1),
  `marked_for_deletion` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_other_person` FOREIGN KEY (`fk_other_person_id`) REFERENCES `dm_persons` (`person_id`),
  CONSTRAINT `fk_person` FOREIGN KEY (`fk_person_id`) REFERENCES `dm_persons` (`person_id`),
  CONSTRAINT `fk_personal_relationship_type` FOREIGN KEY (`fk_personal_relationship_type_id`) REFERENCES `sccv_personal_relationship_type` (`id`)
);

CREATE TABLE `sccv_personal_relationship_detail` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fk_personal_relationship_id` BIGINT,
  `details` VARCHAR(1000),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_personal_relationship` FOREIGN KEY (`fk_personal_relationship_id`) REFERENCES `sccv_personal_relationship` (`id`)
);

CREATE TABLE `sccv_person_record_to_be_deleted` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fk_person_id_to_delete` BIGINT,
  `fk_master_person_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_deleted_record` FOREIGN KEY (`fk_person_id_to_delete`) REFERENCES `dm_persons` (`person_id`),
  CONSTRAINT `fk_master_record` FOREIGN KEY (`fk_master_person_id`) REFERENCES `dm_persons` (`person_id`)
);

CREATE TABLE `sccv_deleted_person_record` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `deleted_person_id` BIGINT,
  `master_person_id` BIGINT,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_request_audit` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `action_name` VARCHAR(200) NOT NULL,
  `user_name` VARCHAR(200) NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sccv_person_case_status` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fk_person_id` BIGINT,
  `case_status_type` VARCHAR(256),
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `notes` TEXT,
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  PRIMARY KEY (`id`),
  CONSTRAINT `sccv_person_case_status_fk_person` FOREIGN KEY (`fk_person_id`) REFERENCES `dm_persons` (`person_id`)
);

CREATE TABLE `sccv_person_case_status_answers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `fk_person_case_status_id` BIGINT,
  `option` VARCHAR(512),
  `value` VARCHAR(512),
  `start_date` DATETIME(6),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `discarded_at` DATETIME(6),
  `group_id` VARCHAR(36) NOT NULL,
  `end_date` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_case_status` FOREIGN KEY (`fk_person_case_status_id`) REFERENCES `sccv_person_case_status` (`id`)
);

CREATE TABLE `ref_mash_referrals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `referrer` VARCHAR(256),
  `requested_support` VARCHAR(256),
  `worker_id` BIGINT,
  `created_at` DATETIME(6),
  `referral_doc_url` VARCHAR(256),
  `stage` VARCHAR(30),
  `referral_category` VARCHAR(256),
  `initial_decision` VARCHAR(256),
  `initial_decision_referral_category` VARCHAR(256),
  `initial_decision_urgent_contact` TINYINT(1),
  `initial_decision_created_at` DATETIME(6),
  `screening_decision` VARCHAR(256),
  `screening_decision_urgent_contact` TINYINT(1),
  `screening_decision_created_at` DATETIME(6),
  `final_decision` VARCHAR(256),
  `final_decision_referral_category` VARCHAR(256),
  `final_decision_urgent_contact` TINYINT(1),
  `final_decision_created_at` DATETIME(6),
  `sccv_created_at` DATETIME(6),
  `sccv_created_by` VARCHAR(300),
  `sccv_last_modified_at` DATETIME(6),
  `sccv_last_modified_by` VARCHAR(300),
  `contact_decision_created_at` DATETIME(6),
  `contact_decision_urgent_contact` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ref_mash_residents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(50),
  `last_name` VARCHAR(50),
  `dob` DATE,
  `gender` TEXT,
  `ethnicity` VARCHAR(33),
  `first_language` VARCHAR(100),
  `school` VARCHAR(100),
  `address` TEXT,
  `postcode` VARCHAR(20),
  `fk_ref_mash_referrals_id` BIGINT,
  `sccv_residents_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mash_referrals` FOREIGN KEY (`fk_ref_mash_referrals_id`) REFERENCES `ref_mash_referrals` (`id`)
);

CREATE TABLE `sccv_uprn_update` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_id` BIGINT NOT NULL,
  `uprn` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dm_key_contacts` (
  `key_contact_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `name` VARCHAR(255),
  `email` VARCHAR(240),
  PRIMARY KEY (`key_contact_id`, `person_id`)
);

CREATE TABLE `dm_other_email_addresses` (
  `email_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `email` VARCHAR(240),
  PRIMARY KEY (`email_id`, `person_id`)
);

CREATE TABLE `dm_gp_details` (
  `gp_details_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `name` TEXT,
  `address` TEXT,
  `postcode` TEXT,
  `phone_number` TEXT,
  `email` TEXT,
  PRIMARY KEY (`gp_details_id`, `person_id`)
);

CREATE TABLE `dm_tech_use` (
  `tech_use_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `tech_type` TEXT,
  PRIMARY KEY (`tech_use_id`, `person_id`)
);

CREATE TABLE `dm_disability` (
  `disability_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `disability_type` TEXT,
  PRIMARY KEY (`disability_id`, `person_id`)
);

CREATE TABLE `dm_email_addresses` (
  `email_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `email` VARCHAR(240),
  `type` VARCHAR(240),
  PRIMARY KEY (`email_id`, `person_id`)
);

CREATE TABLE `dm_person_last_updated` (
  `person_last_updated_id` INT NOT NULL AUTO_INCREMENT,
  `person_id` DECIMAL(16,0) NOT NULL,
  `type` VARCHAR(240),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`person_last_updated_id`, `person_id`)
);

CREATE TABLE `dm_case_note_types` (
  `note_type` VARCHAR(16) NOT NULL,
  `note_type_description` VARCHAR(80),
  PRIMARY KEY (`note_type`)
);

CREATE TABLE `workers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `first_names` VARCHAR(30),
  `last_names` VARCHAR(30),
  `system_user_id` VARCHAR(64) NOT NULL,
  `email_address` VARCHAR(240),
  `accessible` VARCHAR(1),
  `context_code` VARCHAR(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `AK_workers_system_user_id` (`system_user_id`)
);

CREATE TABLE `case_notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `note_type` VARCHAR(16),
  `title` VARCHAR(100),
  `created_on` DATETIME(6) NOT NULL,
  `created_by` VARCHAR(30),
  `last_updated_by` VARCHAR(30),
  `note` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_case_note_worker_created_by` FOREIGN KEY (`created_by`) REFERENCES `workers` (`system_user_id`)
);

CREATE TABLE `dm_visits` (
  `visit_id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `visit_type` VARCHAR(20) NOT NULL,
  `planned_datetime` DATETIME(6),
  `actual_datetime` DATETIME(6),
  `reason_not_planned` VARCHAR(16),
  `reason_visit_not_made` VARCHAR(16),
  `seen_alone_flag` VARCHAR(1),
  `completed_flag` VARCHAR(1),
  `org_id` BIGINT,
  `worker_id` BIGINT,
  `cp_registration_id` BIGINT,
  `cp_visit_schedule_step_id` BIGINT,
  `cp_visit_schedule_days` BIGINT,
  `cp_visit_on_time` VARCHAR(1),
  PRIMARY KEY (`visit_id`),
  CONSTRAINT `FK_dm_visits_workers_worker_id` FOREIGN KEY (`worker_id`) REFERENCES `workers` (`id`)
);
