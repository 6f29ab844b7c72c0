-- Boston CAS (Coordinated Access System, greenriver/boston-cas), matching homeless clients to housing vacancies (vouchers and
-- units in buildings run by housing subgrantees): clients, contacts (case managers, shelter agency, housing search staff),
-- matches with their decisions, events and progress updates, notes, messages, notifications, users, login and activity logs.
-- db/schema.rb (Rails 7.0, PostgreSQL) at commit 31c9a24dc2d5b17c6ae81c4fa35c912e7c668707 (GPL-3.0), written as MySQL DDL:
-- string -> varchar(255), jsonb/arrays -> json, inet -> varchar(45), serial/bigserial ids -> AUTO_INCREMENT; indexes left out.

CREATE TABLE `activity_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `item_model` varchar(255),
  `item_id` int,
  `title` varchar(255),
  `user_id` int NOT NULL,
  `controller_name` varchar(255) NOT NULL,
  `action_name` varchar(255) NOT NULL,
  `method` varchar(255),
  `path` varchar(255),
  `ip_address` varchar(255) NOT NULL,
  `session_hash` varchar(255),
  `referrer` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `agencies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `building_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `building_id` int NOT NULL,
  `contact_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `buildings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `building_type` varchar(255),
  `subgrantee_id` int,
  `id_in_data_source` int,
  `federal_program_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `data_source_id` int,
  `data_source_id_column_name` varchar(255),
  `address` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip_code` varchar(255),
  `geo_code` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` int NOT NULL,
  `contact_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `shelter_agency` tinyint(1) NOT NULL DEFAULT 0,
  `regular` tinyint(1) NOT NULL DEFAULT 0,
  `dnd_staff` tinyint(1) NOT NULL DEFAULT 0,
  `housing_subsidy_admin` tinyint(1) NOT NULL DEFAULT 0,
  `ssp` tinyint(1) NOT NULL DEFAULT 0,
  `hsp` tinyint(1) NOT NULL DEFAULT 0,
  `do` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `client_id` int NOT NULL,
  `note` varchar(255),
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_opportunity_match_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `match_id` int NOT NULL,
  `contact_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `dnd_staff` tinyint(1) NOT NULL DEFAULT 0,
  `housing_subsidy_admin` tinyint(1) NOT NULL DEFAULT 0,
  `client` tinyint(1) NOT NULL DEFAULT 0,
  `housing_search_worker` tinyint(1) NOT NULL DEFAULT 0,
  `shelter_agency` tinyint(1) NOT NULL DEFAULT 0,
  `ssp` tinyint(1) NOT NULL DEFAULT 0,
  `hsp` tinyint(1) NOT NULL DEFAULT 0,
  `do` tinyint(1) NOT NULL DEFAULT 0,
  `contact_order` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_opportunity_matches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `score` int,
  `client_id` int NOT NULL,
  `opportunity_id` int NOT NULL,
  `contact_id` int,
  `proposed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `closed_reason` varchar(255),
  `selected` tinyint(1),
  `universe_state` json,
  `custom_expiration_length` int,
  `shelter_expiration` date,
  `stall_date` date,
  `stall_contacts_notified` datetime,
  `dnd_notified` datetime,
  `match_route_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `clients` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `name_suffix` varchar(255),
  `name_quality` varchar(4),
  `ssn` varchar(9),
  `date_of_birth` date,
  `gender_other` varchar(50),
  `veteran` tinyint(1) DEFAULT 0,
  `chronic_homeless` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `merged_into` int,
  `split_from` int,
  `ssn_quality` int,
  `date_of_birth_quality` int,
  `race_id` int,
  `ethnicity_id` int,
  `gender_id` int,
  `veteran_status_id` int,
  `developmental_disability` int,
  `domestic_violence` int,
  `calculated_first_homeless_night` date,
  `available` tinyint(1) NOT NULL DEFAULT 1,
  `homephone` varchar(255),
  `cellphone` varchar(255),
  `workphone` varchar(255),
  `pager` varchar(255),
  `email` varchar(255),
  `hiv_aids` tinyint(1) DEFAULT 0,
  `chronic_health_problem` tinyint(1) DEFAULT 0,
  `mental_health_problem` tinyint(1) DEFAULT 0,
  `substance_abuse_problem` tinyint(1) DEFAULT 0,
  `physical_disability` tinyint(1) DEFAULT 0,
  `disabling_condition` tinyint(1) DEFAULT 0,
  `release_of_information` datetime,
  `prevent_matching_until` date,
  `dmh_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `va_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `hues_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `disability_verified_on` datetime,
  `housing_assistance_network_released_on` datetime,
  `sync_with_cas` tinyint(1) NOT NULL DEFAULT 0,
  `income_total_monthly` double,
  `income_total_monthly_last_collected` datetime,
  `confidential` tinyint(1) NOT NULL DEFAULT 0,
  `hiv_positive` tinyint(1) NOT NULL DEFAULT 0,
  `housing_release_status` varchar(255),
  `vispdat_score` int,
  `ineligible_immigrant` tinyint(1) NOT NULL DEFAULT 0,
  `family_member` tinyint(1) NOT NULL DEFAULT 0,
  `child_in_household` tinyint(1) NOT NULL DEFAULT 0,
  `us_citizen` tinyint(1) NOT NULL DEFAULT 0,
  `asylee` tinyint(1) NOT NULL DEFAULT 0,
  `lifetime_sex_offender` tinyint(1) NOT NULL DEFAULT 0,
  `meth_production_conviction` tinyint(1) NOT NULL DEFAULT 0,
  `days_homeless` int,
  `ha_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `days_homeless_in_last_three_years` int,
  `vispdat_priority_score` int DEFAULT 0,
  `vispdat_length_homeless_in_days` int NOT NULL DEFAULT 0,
  `cspech_eligible` tinyint(1) DEFAULT 0,
  `alternate_names` varchar(255),
  `calculated_last_homeless_night` date,
  `congregate_housing` tinyint(1) DEFAULT 0,
  `sober_housing` tinyint(1) DEFAULT 0,
  `enrolled_project_ids` json,
  `active_cohort_ids` json,
  `client_identifier` varchar(255),
  `assessment_score` int NOT NULL DEFAULT 0,
  `ssvf_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `rrh_desired` tinyint(1) NOT NULL DEFAULT 0,
  `youth_rrh_desired` tinyint(1) NOT NULL DEFAULT 0,
  `rrh_assessment_contact_info` varchar(255),
  `rrh_assessment_collected_at` datetime,
  `enrolled_in_th` tinyint(1) NOT NULL DEFAULT 0,
  `enrolled_in_es` tinyint(1) NOT NULL DEFAULT 0,
  `enrolled_in_sh` tinyint(1) NOT NULL DEFAULT 0,
  `enrolled_in_so` tinyint(1) NOT NULL DEFAULT 0,
  `days_literally_homeless_in_last_three_years` int DEFAULT 0,
  `requires_wheelchair_accessibility` tinyint(1) DEFAULT 0,
  `required_number_of_bedrooms` int DEFAULT 1,
  `required_minimum_occupancy` int DEFAULT 1,
  `requires_elevator_access` tinyint(1) DEFAULT 0,
  `neighborhood_interests` json NOT NULL,
  `date_days_homeless_verified` date,
  `who_verified_days_homeless` varchar(255),
  `tie_breaker` double,
  `interested_in_set_asides` tinyint(1) DEFAULT 0,
  `tags` json,
  `case_manager_contact_info` varchar(255),
  `vash_eligible` tinyint(1),
  `pregnancy_status` tinyint(1) DEFAULT 0,
  `income_maximization_assistance_requested` tinyint(1) DEFAULT 0,
  `pending_subsidized_housing_placement` tinyint(1) DEFAULT 0,
  `rrh_th_desired` tinyint(1) DEFAULT 0,
  `sro_ok` tinyint(1) DEFAULT 0,
  `evicted` tinyint(1) DEFAULT 0,
  `dv_rrh_desired` tinyint(1) DEFAULT 0,
  `health_prioritized` tinyint(1) DEFAULT 0,
  `is_currently_youth` tinyint(1) NOT NULL DEFAULT 0,
  `older_than_65` tinyint(1),
  `holds_voucher_on` date,
  `holds_internal_cas_voucher` tinyint(1),
  `assessment_name` varchar(255),
  `entry_date` date,
  `financial_assistance_end_date` date,
  `enrolled_in_rrh` tinyint(1) DEFAULT 0,
  `enrolled_in_psh` tinyint(1) DEFAULT 0,
  `enrolled_in_ph` tinyint(1) DEFAULT 0,
  `address` varchar(255),
  `majority_sheltered` tinyint(1),
  `tie_breaker_date` date,
  `strengths` json,
  `challenges` json,
  `foster_care` tinyint(1) DEFAULT 0,
  `open_case` tinyint(1) DEFAULT 0,
  `housing_for_formerly_homeless` tinyint(1) DEFAULT 0,
  `drug_test` tinyint(1) DEFAULT 0,
  `heavy_drug_use` tinyint(1) DEFAULT 0,
  `sober` tinyint(1) DEFAULT 0,
  `willing_case_management` tinyint(1) DEFAULT 0,
  `employed_three_months` tinyint(1) DEFAULT 0,
  `living_wage` tinyint(1) DEFAULT 0,
  `send_emails` tinyint(1) DEFAULT 0,
  `need_daily_assistance` tinyint(1) DEFAULT 0,
  `full_time_employed` tinyint(1) DEFAULT 0,
  `can_work_full_time` tinyint(1) DEFAULT 0,
  `willing_to_work_full_time` tinyint(1) DEFAULT 0,
  `rrh_successful_exit` tinyint(1) DEFAULT 0,
  `th_desired` tinyint(1) DEFAULT 0,
  `site_case_management_required` tinyint(1) DEFAULT 0,
  `currently_fleeing` tinyint(1) DEFAULT 0,
  `dv_date` date,
  `assessor_first_name` varchar(255),
  `assessor_last_name` varchar(255),
  `assessor_email` varchar(255),
  `assessor_phone` varchar(255),
  `hmis_days_homeless_all_time` int,
  `hmis_days_homeless_last_three_years` int,
  `match_group` int,
  `encampment_decomissioned` tinyint(1) DEFAULT 0,
  `pregnant_under_28_weeks` tinyint(1) DEFAULT 0,
  `am_ind_ak_native` tinyint(1) DEFAULT 0,
  `asian` tinyint(1) DEFAULT 0,
  `black_af_american` tinyint(1) DEFAULT 0,
  `native_hi_pacific` tinyint(1) DEFAULT 0,
  `white` tinyint(1) DEFAULT 0,
  `female` tinyint(1) DEFAULT 0,
  `male` tinyint(1) DEFAULT 0,
  `no_single_gender` tinyint(1) DEFAULT 0,
  `transgender` tinyint(1) DEFAULT 0,
  `questioning` tinyint(1) DEFAULT 0,
  `ongoing_case_management_required` tinyint(1) DEFAULT 0,
  `file_tags` json,
  `housing_barrier` tinyint(1) DEFAULT 0,
  `service_need` tinyint(1) DEFAULT 0,
  `additional_homeless_nights_sheltered` int DEFAULT 0,
  `additional_homeless_nights_unsheltered` int DEFAULT 0,
  `total_homeless_nights_unsheltered` int DEFAULT 0,
  `calculated_homeless_nights_sheltered` int DEFAULT 0,
  `calculated_homeless_nights_unsheltered` int DEFAULT 0,
  `total_homeless_nights_sheltered` int DEFAULT 0,
  `enrolled_in_ph_pre_move_in` tinyint(1) NOT NULL DEFAULT 0,
  `enrolled_in_psh_pre_move_in` tinyint(1) NOT NULL DEFAULT 0,
  `enrolled_in_rrh_pre_move_in` tinyint(1) NOT NULL DEFAULT 0,
  `ongoing_es_enrollments` json,
  `ongoing_so_enrollments` json,
  `last_seen_projects` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `phone` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `role` varchar(255),
  `id_in_data_source` int,
  `data_source_id` int,
  `data_source_id_column_name` varchar(255),
  `role_id` int,
  `role_in_organization` varchar(255),
  `cell_phone` varchar(255),
  `middle_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `disabling_conditions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `numeric` int,
  `text` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ethnicities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `numeric` int,
  `text` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `external_referrals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `referred_on` date NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `login_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `scope` varchar(255),
  `strategy` varchar(255),
  `identity` varchar(255),
  `success` tinyint(1),
  `failure_reason` varchar(255),
  `user_type` varchar(255),
  `user_id` int,
  `context` varchar(255),
  `ip` varchar(255),
  `user_agent` text,
  `referrer` text,
  `city` varchar(255),
  `region` varchar(255),
  `country` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `match_decision_reasons` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `ineligible_in_warehouse` tinyint(1) NOT NULL DEFAULT 0,
  `referral_result` int,
  `limited` tinyint(1) DEFAULT 0,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `match_decisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `match_id` int,
  `type` varchar(255),
  `status` varchar(255),
  `contact_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `client_last_seen_date` datetime,
  `criminal_hearing_date` datetime,
  `client_move_in_date` datetime,
  `decline_reason_id` int,
  `decline_reason_other_explanation` text,
  `not_working_with_client_reason_id` int,
  `not_working_with_client_reason_other_explanation` text,
  `client_spoken_with_services_agency` tinyint(1) DEFAULT 0,
  `cori_release_form_submitted` tinyint(1) DEFAULT 0,
  `deleted_at` datetime,
  `administrative_cancel_reason_id` int,
  `administrative_cancel_reason_other_explanation` varchar(255),
  `disable_opportunity` tinyint(1) DEFAULT 0,
  `application_date` date,
  `external_software_used` tinyint(1) NOT NULL DEFAULT 0,
  `address` varchar(255),
  `include_note_in_email` tinyint(1),
  `date_voucher_issued` datetime,
  `manager` varchar(255),
  `criminal_hearing_outcome_recorded` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `match_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `match_id` int,
  `notification_id` int,
  `decision_id` int,
  `contact_id` int,
  `action` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `note` text,
  `deleted_at` datetime,
  `not_working_with_client_reason_id` int,
  `client_last_seen_date` date,
  `admin_note` tinyint(1) NOT NULL DEFAULT 0,
  `client_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `match_progress_updates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `match_id` int NOT NULL,
  `notification_id` int,
  `contact_id` int NOT NULL,
  `decision_id` int,
  `notification_number` int,
  `requested_at` datetime,
  `submitted_at` datetime,
  `dnd_notified_at` datetime,
  `response` varchar(255),
  `note` text,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `client_last_seen` date,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `from` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` text NOT NULL,
  `html` tinyint(1) NOT NULL DEFAULT 0,
  `seen_at` datetime,
  `sent_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `contact_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `neighborhood_interests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` int,
  `neighborhood_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `neighborhoods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `code` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `client_opportunity_match_id` int,
  `recipient_id` int,
  `expires_at` datetime,
  `include_content` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `opportunities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `available` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `unit_id` int,
  `available_candidate` tinyint(1) DEFAULT 1,
  `voucher_id` int,
  `matchability` double,
  `success` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `outreach_histories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `non_hmis_client_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `outreach_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `programs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `contract_start_date` varchar(255),
  `funding_source_id` int,
  `subgrantee_id` int,
  `contact_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `confidential` tinyint(1) NOT NULL DEFAULT 0,
  `match_route_id` int DEFAULT 1,
  `description` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reissue_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notification_id` int,
  `reissued_by` int,
  `reissued_at` datetime,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `request_sent_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rejected_matches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` int NOT NULL,
  `opportunity_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `requirements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rule_id` int,
  `requirer_id` int,
  `requirer_type` varchar(255),
  `positive` tinyint(1),
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `variable` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `rules` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `type` varchar(255),
  `verb` varchar(255),
  `alternate_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `shelter_histories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `non_hmis_client_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `shelter_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sub_programs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `program_type` varchar(255),
  `program_id` int,
  `building_id` int,
  `subgrantee_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `matched` int DEFAULT 0,
  `in_progress` int DEFAULT 0,
  `vacancies` int DEFAULT 0,
  `name` varchar(255),
  `sub_contractor_id` int,
  `hsa_id` int,
  `voucher_count` int DEFAULT 0,
  `confidential` tinyint(1) NOT NULL DEFAULT 0,
  `eligibility_requirement_notes` text,
  `closed` tinyint(1) DEFAULT 0,
  `event` int,
  `weighting_rules_active` tinyint(1) DEFAULT 1,
  `cori_hearing_required` tinyint(1),
  `match_prioritization_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subgrantee_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subgrantee_id` int NOT NULL,
  `contact_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subgrantees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `abbreviation` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `id_in_data_source` int,
  `disabled` int,
  `data_source_id` int,
  `data_source_id_column_name` varchar(255),
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `unavailable_as_candidate_fors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` int NOT NULL,
  `match_route_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `expires_at` datetime,
  `user_id` bigint,
  `match_id` bigint,
  `reason` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `units` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_in_data_source` int,
  `name` varchar(255),
  `available` tinyint(1),
  `target_population_a` varchar(255),
  `target_population_b` varchar(255),
  `mc_kinney_vento` tinyint(1),
  `chronic` int,
  `veteran` int,
  `adult_only` int,
  `family` int,
  `child_only` int,
  `building_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `data_source_id` int,
  `data_source_id_column_name` varchar(255),
  `elevator_accessible` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int,
  `invited_by_id` int,
  `invited_by_type` varchar(255),
  `invitations_count` int DEFAULT 0,
  `receive_initial_notification` tinyint(1) DEFAULT 0,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email_schedule` varchar(255) NOT NULL DEFAULT 'immediate',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `deprecated_agency` varchar(255),
  `agency_id` int,
  `exclude_from_directory` tinyint(1) DEFAULT 0,
  `exclude_phone_from_directory` tinyint(1) DEFAULT 0,
  `unique_session_id` varchar(255),
  `receive_weekly_match_summary_email` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `user_id` int,
  `session_id` varchar(255),
  `request_id` varchar(255),
  `notification_code` varchar(255),
  `referenced_user_id` int,
  `referenced_entity_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `vouchers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `available` tinyint(1),
  `date_available` date,
  `sub_program_id` int,
  `unit_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `user_id` int,
  `made_available_at` datetime,
  `archived_at` datetime,
  PRIMARY KEY (`id`)
);

