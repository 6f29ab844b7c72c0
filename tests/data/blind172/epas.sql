-- ePAS (Electronic Personnel Attendance System) of the Italian National Research Council (CNR), version 2.33.1
-- Upstream: github.com/consiglionazionaledellericerche/epas  db/evolutions/1.sql … 227.sql (Play evolutions, PostgreSQL),
-- commit 7bac6d72ae3af2a3b0dadc848a83e2af58d630ee (AGPL-3.0 per README and publiccode.yml; LICENSE file is the GPL-3.0 text)
-- The "!Ups" part of all 227 evolutions was replayed in order into an empty PostgreSQL 15 database and the resulting
-- tables were written as MySQL DDL by a script: column names and order as PostgreSQL holds them; bigint/integer/boolean/
-- text/varchar/timestamp/date/time/numeric mapped to bigint/int/tinyint(1)/text/varchar/datetime/date/time/decimal; a text
-- column inside a primary or unique key becomes varchar(255) (MySQL keys need a length); id columns filled by a sequence
-- (nextval) become AUTO_INCREMENT; primary, unique and foreign keys as in PostgreSQL, foreign keys kept only where the
-- referenced table is in this file. 62 of the 195 tables are kept (see epas.md).
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `persons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `name` varchar(255),
  `number` text,
  `old_id` bigint,
  `others_surnames` varchar(255),
  `surname` varchar(255),
  `version` int,
  `qualification_id` bigint,
  `office_id` bigint,
  `user_id` bigint,
  `fax` varchar(255),
  `mobile` varchar(255),
  `telephone` varchar(255),
  `want_email` tinyint(1),
  `birthday` date,
  `person_in_charge_id` bigint,
  `eppn` varchar(255),
  `begin_date` date,
  `end_date` date,
  `perseo_id` bigint,
  `fiscal_code` text,
  `updated_at` datetime,
  `residence` text,
  `person_overtimes_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkd78fcfbe2d0fa45e` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`),
  CONSTRAINT `fkd78fcfbe47140efe` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fkd78fcfbe786a4ab6` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`),
  CONSTRAINT `person_in_charge_fk` FOREIGN KEY (`person_in_charge_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `expire_recovery_token` date,
  `password` varchar(255),
  `recovery_token` varchar(255),
  `username` varchar(255),
  `disabled` tinyint(1),
  `expire_date` date,
  `office_owner_id` bigint,
  `version` int,
  `keycloak_id` text,
  `subject_id` text,
  `password_sha512` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_unique_key` (`username`),
  CONSTRAINT `users_office_owner_id_fkey` FOREIGN KEY (`office_owner_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `user_roles` (
  `user_id` bigint NOT NULL,
  `roles` text NOT NULL,
  CONSTRAINT `user_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text,
  `version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_roles_offices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `office_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uro_unique_index` (`office_id`, `role_id`, `user_id`),
  CONSTRAINT `users_roles_offices_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`),
  CONSTRAINT `users_roles_offices_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `users_roles_offices_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `office` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `address` varchar(255),
  `code_id` text NOT NULL,
  `joining_date` date,
  `institute_id` bigint,
  `head_quarter` tinyint(1) NOT NULL,
  `code` text,
  `begin_date` date NOT NULL,
  `end_date` date,
  `perseo_id` bigint,
  `version` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `office_institute_id_fkey` FOREIGN KEY (`institute_id`) REFERENCES `institutes` (`id`)
);

CREATE TABLE `institutes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `cds` text,
  `perseo_id` bigint,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `institute_code_unique` (`code`),
  UNIQUE KEY `institute_name_unique` (`name`)
);

CREATE TABLE `qualifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `qualification` int NOT NULL,
  `version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `person_children` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `born_date` date,
  `name` varchar(255),
  `surname` varchar(255),
  `person_id` bigint,
  `version` int,
  `tax_code` text,
  `external_id` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk6ace3a9e7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_configurations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint NOT NULL,
  `epas_param` varchar(255) NOT NULL,
  `field_value` text NOT NULL,
  `begin_date` date NOT NULL,
  `end_date` date,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_param` (`person_id`, `epas_param`),
  CONSTRAINT `person_configurations_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `configurations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `office_id` bigint NOT NULL,
  `epas_param` text NOT NULL,
  `field_value` text NOT NULL,
  `begin_date` date NOT NULL,
  `end_date` date,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `configurations_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `general_setting` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sync_badges_enabled` tinyint(1) NOT NULL,
  `sync_offices_enabled` tinyint(1) NOT NULL,
  `sync_persons_enabled` tinyint(1) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `version` int,
  `only_meal_ticket` tinyint(1),
  `start_daily_shift` text,
  `end_daily_shift` text,
  `start_nightly_shift` text,
  `end_nightly_shift` text,
  `handle_groups_by_institute` tinyint(1),
  `saturday_holiday_shift` tinyint(1),
  `rounding_shift_quantity` tinyint(1),
  `cookie_policy_enabled` tinyint(1),
  `cookie_policy_content` text,
  `enable_illness_flow` tinyint(1),
  `enable_unique_daily_shift` tinyint(1),
  `regulations_enabled` tinyint(1),
  `max_days_in_past_for_rest_stampings` int,
  `enable_autoconfig_covid19` tinyint(1),
  `enable_autoconfig_smartworking` tinyint(1),
  `enable_daily_presence_for_manager` tinyint(1),
  `holiday_shift_in_night_too` tinyint(1),
  `enable_absence_top_level_authorization` tinyint(1),
  `warning_insert_person` tinyint(1),
  `epas_service_enabled` tinyint(1),
  `epas_service_url` text,
  `epas_helpdesk_service_enabled` tinyint(1),
  `epas_helpdesk_service_url` text,
  `max_months_in_past_for_absences` int,
  `show_overtime_request` tinyint(1),
  `enable_sso_for_attestati` tinyint(1),
  `timeout_attestati` int,
  `person_creation_enabled` tinyint(1),
  `enable_overtime_per_person` tinyint(1),
  `enable_overtime_request_in_advance` tinyint(1),
  `disable_meal_time_in_working_time_creation` tinyint(1),
  `disable_check_part_time_working_time` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `contracts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `begin_date` date,
  `end_contract` date,
  `end_date` date,
  `on_certificate` tinyint(1) NOT NULL,
  `person_id` bigint,
  `source_date_residual` date,
  `source_permission_used` int,
  `source_recovery_day_used` int,
  `source_remaining_minutes_current_year` int,
  `source_remaining_minutes_last_year` int,
  `source_vacation_current_year_used` int,
  `source_vacation_last_year_used` int,
  `source_remaining_meal_ticket` int,
  `source_by_admin` tinyint(1),
  `source_date_meal_ticket` date,
  `perseo_id` text,
  `is_temporary` tinyint(1),
  `source_date_vacation` date,
  `version` int,
  `source_date_recovery_day` date,
  `previous_contract_id` bigint,
  `external_id` text,
  `updated_at` datetime,
  `contract_type` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `contracts_previous_contract_id_fkey` FOREIGN KEY (`previous_contract_id`) REFERENCES `contracts` (`id`),
  CONSTRAINT `fke86d11a1e7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `contracts_working_time_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `begin_date` date,
  `end_date` date,
  `contract_id` bigint,
  `working_time_type_id` bigint,
  `version` int,
  `updated_at` datetime,
  `external_id` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk353559b335555570` FOREIGN KEY (`working_time_type_id`) REFERENCES `working_time_types` (`id`),
  CONSTRAINT `fk353559b3fb1f039e` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`)
);

CREATE TABLE `working_time_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL,
  `shift` tinyint(1) NOT NULL,
  `meal_ticket_enabled` tinyint(1),
  `office_id` bigint,
  `disabled` tinyint(1),
  `horizontal` tinyint(1),
  `version` int,
  `enable_adjustment_for_quantity` tinyint(1),
  `external_id` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `wtt_office_key` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `working_time_type_days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `break_ticket_time` int,
  `day_of_week` int NOT NULL,
  `holiday` tinyint(1) NOT NULL,
  `meal_ticket_time` int,
  `time_meal_from` int,
  `time_meal_to` int,
  `time_slot_entrance_from` int,
  `time_slot_entrance_to` int,
  `time_slot_exit_from` int,
  `time_slot_exit_to` int,
  `working_time` int,
  `working_time_type_id` bigint NOT NULL,
  `ticket_afternoon_threshold` int,
  `ticket_afternoon_working_time` int,
  `version` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk74fdda1835555570` FOREIGN KEY (`working_time_type_id`) REFERENCES `working_time_types` (`id`)
);

CREATE TABLE `vacation_periods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `begin_date` date NOT NULL,
  `end_date` date,
  `contract_id` bigint NOT NULL,
  `vacation_code` text NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk5170df70e7a7b1be` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`)
);

CREATE TABLE `contract_month_recap` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `year` int,
  `month` int,
  `abs_rc_usati` int,
  `s_r_bp` int,
  `s_bp_consegnati` int,
  `s_bd_usati` int,
  `s_r_ac_initmese` int,
  `s_r_ap` int,
  `s_r_ac` int,
  `s_pf` int,
  `s_pfp` int,
  `s_r_ap_usabile` tinyint(1),
  `s_s1` int,
  `s_s2` int,
  `s_s3` int,
  `s_rc_min` int,
  `s_ol` int,
  `d_pfn_ap` int,
  `d_pfn_ac` int,
  `d_pfn_pfp` int,
  `d_rc_ap` int,
  `d_rc_ac` int,
  `d_rc_pfp` int,
  `d_r_ap` int,
  `d_r_ac` int,
  `d_r_bp` int,
  `contract_id` bigint NOT NULL,
  `s_r_bp_init` int,
  `version` int,
  `d_91ce_ap` int,
  `d_91ce_ac` int,
  `d_91ce_pfp` int,
  `s_91ce_min` int,
  `s_pfps` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contract_month_recap_unique_key` (`year`, `month`, `contract_id`),
  CONSTRAINT `contract_contract_month_recap` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`)
);

CREATE TABLE `person_month_recap` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `year` int,
  `month` int,
  `training_hours` int,
  `hours_approved` tinyint(1),
  `person_id` bigint NOT NULL,
  `from_date` date,
  `to_date` date,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_person_months_recap_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date` date,
  `difference` int,
  `is_ticket_available` tinyint(1),
  `is_ticket_forced_by_admin` tinyint(1),
  `is_working_in_another_place` tinyint(1),
  `progressive` int,
  `time_at_work` int,
  `person_id` bigint NOT NULL,
  `stamp_modification_type_id` bigint,
  `is_holiday` tinyint(1),
  `decurted_meal` int,
  `stamping_time` int,
  `justified_time_no_meal` int,
  `justified_time_meal` int,
  `out_opening` int NOT NULL,
  `approved_out_opening` int NOT NULL,
  `on_holiday` int NOT NULL,
  `approved_on_holiday` int NOT NULL,
  `justified_time_between_zones` int,
  `working_time_in_mission` int,
  `version` int,
  `note` text,
  `ignore_short_leave` tinyint(1),
  `out_part_time` int NOT NULL,
  `approved_out_part_time` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_days_person_id_date_key` (`person_id`, `date`),
  CONSTRAINT `fke69adb0135175bce` FOREIGN KEY (`stamp_modification_type_id`) REFERENCES `stamp_modification_types` (`id`),
  CONSTRAINT `fke69adb01e7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_day_in_trouble` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cause` varchar(255),
  `email_sent` tinyint(1) NOT NULL,
  `person_day_id` bigint NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk4b732cdbfbe89596` FOREIGN KEY (`person_day_id`) REFERENCES `person_days` (`id`)
);

CREATE TABLE `stampings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `marked_by_admin` tinyint(1),
  `note` varchar(255),
  `way` varchar(255) NOT NULL,
  `person_day_id` bigint NOT NULL,
  `stamp_modification_type_id` bigint,
  `marked_by_employee` tinyint(1),
  `stamp_type` text,
  `stamping_zone` text,
  `version` int,
  `place` text,
  `reason` text,
  `marked_by_telework` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk785e8f1435175bce` FOREIGN KEY (`stamp_modification_type_id`) REFERENCES `stamp_modification_types` (`id`),
  CONSTRAINT `fk785e8f14fbe89596` FOREIGN KEY (`person_day_id`) REFERENCES `person_days` (`id`)
);

CREATE TABLE `stamp_modification_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `description` varchar(255),
  `version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badges` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `person_id` bigint NOT NULL,
  `badge_reader_id` bigint NOT NULL,
  `badge_system_id` bigint,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `badge_unique` (`code`, `badge_reader_id`),
  CONSTRAINT `badges_badge_reader_id_fkey` FOREIGN KEY (`badge_reader_id`) REFERENCES `badge_readers` (`id`),
  CONSTRAINT `badges_badge_system_id_fkey` FOREIGN KEY (`badge_system_id`) REFERENCES `badge_systems` (`id`),
  CONSTRAINT `badges_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `badge_readers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `description` text,
  `location` text,
  `enabled` tinyint(1) NOT NULL,
  `user_id` bigint NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_unique` (`code`),
  CONSTRAINT `badge_readers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `badge_systems` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `enabled` tinyint(1) NOT NULL,
  `office_id` bigint NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_unique` (`name`),
  CONSTRAINT `badge_systems_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `absences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `absence_file` varchar(255),
  `absence_type_id` bigint,
  `person_day_id` bigint NOT NULL,
  `justified_minutes` int,
  `justified_type_id` bigint,
  `external_identifier` bigint,
  `version` int,
  `note` text,
  `expire_recover_date` date,
  `time_to_recover` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk6674c5d65b5f15b1` FOREIGN KEY (`absence_type_id`) REFERENCES `absence_types` (`id`),
  CONSTRAINT `fk6674c5d6fbe89596` FOREIGN KEY (`person_day_id`) REFERENCES `person_days` (`id`)
);

CREATE TABLE `absence_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `certification_code` varchar(255),
  `code` varchar(255),
  `considered_week_end` tinyint(1),
  `description` varchar(255),
  `internal_use` tinyint(1),
  `justified_time_at_work` varchar(255),
  `valid_from` date,
  `valid_to` date,
  `justified_time` int,
  `replacing_time` int,
  `replacing_type_id` bigint,
  `version` int,
  `documentation` text,
  `reperibility_compatible` tinyint(1),
  `is_real_absence` tinyint(1),
  `to_update` tinyint(1),
  `meal_ticket_behaviour` text,
  `shift_compatible` tinyint(1),
  `external_id` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `absence_code_unique` (`code`)
);

CREATE TABLE `time_variations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_variation` date,
  `time_variation` int,
  `absence_id` bigint NOT NULL,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `time_variations_absence_id_fkey` FOREIGN KEY (`absence_id`) REFERENCES `absences` (`id`)
);

CREATE TABLE `absence_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` text,
  `person_id` bigint NOT NULL,
  `start_at` datetime NOT NULL,
  `end_to` datetime,
  `note` text,
  `attachment` text,
  `manager_approved` datetime,
  `administrative_approved` datetime,
  `office_head_approved` datetime,
  `manager_approval_required` tinyint(1),
  `administrative_approval_required` tinyint(1),
  `office_head_approval_required` tinyint(1),
  `office_head_approval_for_manager_required` tinyint(1),
  `flow_started` tinyint(1),
  `flow_ended` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `version` int,
  `hours` int,
  `minutes` int,
  `absence_code` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `absence_requests_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `absence_request_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `absence_request_id` bigint NOT NULL,
  `owner_id` bigint NOT NULL,
  `description` text,
  `event_type` text,
  `created_at` datetime,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `absence_request_events_absence_request_id_fkey` FOREIGN KEY (`absence_request_id`) REFERENCES `absence_requests` (`id`),
  CONSTRAINT `absence_request_events_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `initialization_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint NOT NULL,
  `group_absence_type_id` bigint NOT NULL,
  `date` date NOT NULL,
  `forced_begin` date,
  `forced_end` date,
  `takable_total` int,
  `takable_used` int,
  `complation_used` int,
  `vacation_year` int,
  `residual_minutes_last_year` int,
  `residual_minutes_current_year` int,
  `units_input` int,
  `hours_input` int,
  `minutes_input` int,
  `average_week_time` int,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `initialization_groups_person_id_group_absence_type_id_initi_key` (`person_id`, `group_absence_type_id`, `date`),
  CONSTRAINT `initialization_groups_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `competences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `month` int NOT NULL,
  `reason` varchar(1000),
  `value_approved` int NOT NULL,
  `value_requested` decimal(5,2) NOT NULL,
  `year` int NOT NULL,
  `competence_code_id` bigint NOT NULL,
  `person_id` bigint,
  `exceeded_mins` int,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_integrity_key` (`person_id`, `competence_code_id`, `year`, `month`),
  CONSTRAINT `fkbe7a61ca62728bb1` FOREIGN KEY (`competence_code_id`) REFERENCES `competence_codes` (`id`),
  CONSTRAINT `fkbe7a61cae7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `competence_codes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `code_to_presence` varchar(255),
  `description` varchar(255),
  `disabled` tinyint(1),
  `limit_value` int,
  `limit_type` text,
  `competence_code_group_id` bigint,
  `limit_unit` text,
  `version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `competence_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` text,
  `person_id` bigint NOT NULL,
  `team_mate_id` bigint,
  `value` int,
  `year` int,
  `month` int,
  `begin_date_to_ask` date,
  `end_date_to_ask` date,
  `begin_date_to_give` date,
  `end_date_to_give` date,
  `shift_slot` text,
  `start_at` datetime NOT NULL,
  `end_to` datetime,
  `note` text,
  `employee_approved` datetime,
  `manager_approved` datetime,
  `employee_approval_required` tinyint(1),
  `manager_approval_required` tinyint(1),
  `flow_started` tinyint(1),
  `flow_ended` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `version` int,
  `office_head_approval_required` tinyint(1),
  `office_head_approved` datetime,
  `first_approval_required` tinyint(1),
  `first_approved` datetime,
  `value_requested` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `competence_requests_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`),
  CONSTRAINT `competence_requests_team_mate_id_fkey` FOREIGN KEY (`team_mate_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `competence_request_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `competence_request_id` bigint NOT NULL,
  `owner_id` bigint NOT NULL,
  `description` text,
  `event_type` text,
  `created_at` datetime,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `competence_request_events_competence_request_id_fkey` FOREIGN KEY (`competence_request_id`) REFERENCES `competence_requests` (`id`),
  CONSTRAINT `competence_request_events_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `information_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `start_at` datetime,
  `end_to` datetime,
  `information_type` text,
  `office_head_approved` datetime,
  `office_head_approval_required` tinyint(1),
  `administrative_approved` datetime,
  `administrative_approval_required` tinyint(1),
  `flow_started` tinyint(1),
  `flow_ended` tinyint(1),
  `version` int,
  `manager_approved` datetime,
  `manager_approval_required` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `information_requests_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `information_request_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `information_request_id` bigint,
  `owner_id` bigint,
  `description` text,
  `event_type` text,
  `created_at` datetime,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `information_request_events_information_request_id_fkey` FOREIGN KEY (`information_request_id`) REFERENCES `information_requests` (`id`),
  CONSTRAINT `information_request_events_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `illness_requests` (
  `information_request_id` bigint NOT NULL,
  `begin_date` date NOT NULL,
  `end_date` date NOT NULL,
  `name` text NOT NULL,
  CONSTRAINT `illness_requests_information_request_id_fkey` FOREIGN KEY (`information_request_id`) REFERENCES `information_requests` (`id`)
);

CREATE TABLE `parental_leave_requests` (
  `information_request_id` bigint NOT NULL,
  `begin_date` date,
  `end_date` date,
  `born_certificate` text,
  `expected_date_of_birth` text,
  `version` int,
  CONSTRAINT `parental_leave_requests_information_request_id_fkey` FOREIGN KEY (`information_request_id`) REFERENCES `information_requests` (`id`)
);

CREATE TABLE `service_requests` (
  `information_request_id` bigint NOT NULL,
  `day` date NOT NULL,
  `begin_at` time NOT NULL,
  `finish_to` time NOT NULL,
  `reason` text,
  CONSTRAINT `service_requests_information_request_id_fkey` FOREIGN KEY (`information_request_id`) REFERENCES `information_requests` (`id`)
);

CREATE TABLE `telework_requests` (
  `information_request_id` bigint NOT NULL,
  `context` text,
  `year` int NOT NULL,
  `month` int NOT NULL,
  CONSTRAINT `telework_requests_information_request_id_fkey` FOREIGN KEY (`information_request_id`) REFERENCES `information_requests` (`id`)
);

CREATE TABLE `telework_validations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `year` int,
  `month` int,
  `approved` tinyint(1),
  `approvation_date` date,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `telework_validations_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `meal_ticket` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `block` text,
  `number` int,
  `year` int,
  `date` date,
  `admin_id` bigint NOT NULL,
  `expire_date` date NOT NULL,
  `contract_id` bigint NOT NULL,
  `returned` tinyint(1) NOT NULL,
  `office_id` bigint NOT NULL,
  `version` int,
  `block_type` text,
  `meal_ticket_card_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_office_id` (`code`, `office_id`),
  CONSTRAINT `meal_ticket_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `persons` (`id`),
  CONSTRAINT `meal_ticket_contract_id_fkey` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`),
  CONSTRAINT `meal_ticket_meal_ticket_card_id_fkey` FOREIGN KEY (`meal_ticket_card_id`) REFERENCES `meal_ticket_card` (`id`),
  CONSTRAINT `mealticket_officefk` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `meal_ticket_card` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `begin_date` date,
  `end_date` date,
  `number` text,
  `is_active` tinyint(1),
  `delivery_date` date,
  `delivery_office_id` bigint,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `meal_ticket_card_delivery_office_id_fkey` FOREIGN KEY (`delivery_office_id`) REFERENCES `office` (`id`),
  CONSTRAINT `meal_ticket_card_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `certifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `year` int NOT NULL,
  `month` int NOT NULL,
  `content` text NOT NULL,
  `certification_type` text NOT NULL,
  `problems` text,
  `warnings` text,
  `attestati_id` int,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `certifications_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `certificated_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `absences_sent` varchar(255),
  `cognome_nome` varchar(255),
  `competences_sent` varchar(255),
  `is_ok` tinyint(1),
  `matricola` varchar(255),
  `month` int NOT NULL,
  `problems` varchar(255),
  `year` int NOT NULL,
  `person_id` bigint NOT NULL,
  `traininghours_sent` varchar(255),
  `meal_ticket_sent` text,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkca05bafce7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `affiliation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint NOT NULL,
  `person_id` bigint NOT NULL,
  `begin_date` date NOT NULL,
  `end_date` date,
  `percentage` decimal(5,2),
  `version` int,
  `external_id` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `affiliation_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `affiliation_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text,
  `description` text,
  `send_flows_email` tinyint(1),
  `manager` bigint NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `version` int,
  `office_id` bigint,
  `external_id` text,
  `end_date` date,
  `group_overtimes_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_manager_fkey` FOREIGN KEY (`manager`) REFERENCES `persons` (`id`),
  CONSTRAINT `groups_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `person_shift` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `person_id` bigint NOT NULL,
  `disabled` tinyint(1),
  `begin_date` date,
  `end_date` date,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_shift_person_id_key` (`person_id`),
  CONSTRAINT `fked96d718e7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_shift_days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date` date,
  `person_shift_id` bigint NOT NULL,
  `shift_type_id` bigint,
  `shift_slot` varchar(64),
  `exceeded_thresholds` int,
  `version` int,
  `organization_shift_slot_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3075811e3df511bb` FOREIGN KEY (`shift_type_id`) REFERENCES `shift_type` (`id`),
  CONSTRAINT `fk3075811eda784c2b` FOREIGN KEY (`person_shift_id`) REFERENCES `person_shift` (`id`)
);

CREATE TABLE `shift_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `type` varchar(255),
  `shift_time_table_id` bigint,
  `shift_categories_id` bigint,
  `entrance_tolerance` int,
  `entrance_max_tolerance` int,
  `exit_tolerance` int,
  `exit_max_tolerance` int,
  `break_in_shift` int,
  `break_max_in_shift` int,
  `max_tolerance_allowed` int,
  `version` int,
  `allow_unpair_slots` tinyint(1),
  `organization_shift_time_table_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `shift_type_shift_categories_id_fkey` FOREIGN KEY (`shift_categories_id`) REFERENCES `shift_categories` (`id`)
);

CREATE TABLE `shift_categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` text,
  `supervisor` bigint,
  `office_id` bigint,
  `disabled` tinyint(1),
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `shift_categories_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`),
  CONSTRAINT `shift_categories_supervisor_fkey` FOREIGN KEY (`supervisor`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_reperibility` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `end_date` date,
  `note` varchar(255),
  `start_date` date,
  `person_id` bigint,
  `person_reperibility_type_id` bigint,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk7ab49e924e498a6e` FOREIGN KEY (`person_reperibility_type_id`) REFERENCES `person_reperibility_types` (`id`),
  CONSTRAINT `fk7ab49e92e7a7b1be` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `person_reperibility_days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date` date,
  `holiday_day` tinyint(1),
  `person_reperibility_id` bigint NOT NULL,
  `reperibility_type` bigint,
  `version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_reperibility_days_person_reperibility_id_date_key` (`person_reperibility_id`, `date`),
  CONSTRAINT `fkb20b55e41df6de9` FOREIGN KEY (`person_reperibility_id`) REFERENCES `person_reperibility` (`id`),
  CONSTRAINT `fkb20b55e47d5fd20c` FOREIGN KEY (`reperibility_type`) REFERENCES `person_reperibility_types` (`id`)
);

CREATE TABLE `person_reperibility_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `supervisor_id` bigint,
  `office_id` bigint,
  `disabled` tinyint(1),
  `version` int,
  `monthly_competence_type_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_reperibility_types_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`),
  CONSTRAINT `person_reperibility_types_supervisor_fkey` FOREIGN KEY (`supervisor_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `check_green_pass` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `check_date` date,
  `checked` tinyint(1),
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `check_green_pass_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` int,
  `message` text,
  `reference` text,
  `subject_id` bigint,
  `subject` text,
  `recipient_id` bigint NOT NULL,
  `read` tinyint(1) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_recipient_id_fkey` FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `filename` text NOT NULL,
  `description` text,
  `type` text NOT NULL,
  `file` text NOT NULL,
  `office_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`id`)
);

CREATE TABLE `revinfo` (
  `rev` int NOT NULL AUTO_INCREMENT,
  `revtstmp` bigint,
  `owner_id` bigint,
  `ipaddress` text,
  PRIMARY KEY (`rev`),
  CONSTRAINT `revinfo_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `persons_history` (
  `id` bigint NOT NULL,
  `_revision` int NOT NULL,
  `_revision_type` smallint,
  `email` varchar(255),
  `name` varchar(255),
  `number` text,
  `old_id` bigint,
  `others_surnames` varchar(255),
  `surname` varchar(255),
  `qualification_id` bigint,
  `working_time_type_id` bigint,
  `office_id` bigint,
  `user_id` bigint,
  `fax` varchar(255),
  `mobile` varchar(255),
  `telephone` varchar(255),
  `want_email` tinyint(1),
  `birthday` date,
  `person_in_charge_id` bigint,
  `eppn` varchar(255),
  `perseo_id` bigint,
  `fiscal_code` text,
  `begin_date` date,
  `end_date` date,
  `residence` text,
  `person_overtimes_id` bigint,
  PRIMARY KEY (`id`, `_revision`),
  CONSTRAINT `fkfceabd13d54d10ea` FOREIGN KEY (`_revision`) REFERENCES `revinfo` (`rev`)
);

CREATE TABLE `stampings_history` (
  `id` bigint NOT NULL,
  `_revision` int NOT NULL,
  `_revision_type` smallint,
  `date` datetime,
  `marked_by_admin` tinyint(1),
  `note` varchar(255),
  `way` varchar(255),
  `person_day_id` bigint,
  `stamp_modification_type_id` bigint,
  `marked_by_employee` tinyint(1),
  `stamp_type` text,
  `stamping_zone` text,
  `place` text,
  `reason` text,
  `marked_by_telework` tinyint(1),
  PRIMARY KEY (`id`, `_revision`),
  CONSTRAINT `fkcd87c669d54d10ea` FOREIGN KEY (`_revision`) REFERENCES `revinfo` (`rev`)
);

SET FOREIGN_KEY_CHECKS = 1;
