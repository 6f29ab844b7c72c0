-- Les emplois de l'inclusion (GIP Plateforme de l'inclusion, France; formerly "itou")
-- Upstream: github.com/gip-inclusion/les-emplois, commit 543eae8d2d547947d3e3ead6dbb2e9668c16db44 (AGPL-3.0)
-- Made from upstream's Django migrations (itou/*/migrations/*.py, read as text and replayed in order:
-- CreateModel, AddField, AlterField, RemoveField, RenameField, RenameModel, DeleteModel, unique_together and
-- UniqueConstraint), so the columns are in the order the migrations create them. Django's contrib tables
-- (contenttypes, auth, sessions, admin), DRF authtoken and allauth's e-mail addresses as those packages create them.
-- Types as Django's MySQL backend writes them: AutoField int AUTO_INCREMENT, BigAutoField bigint AUTO_INCREMENT,
-- CharField varchar(max_length) (longtext where upstream gives no max_length, allowed on PostgreSQL), TextField and
-- encrypted text longtext, UUIDField char(32), DateTimeField datetime(6), BooleanField tinyint(1), JSONField json.
-- PostgreSQL-only types: ArrayField -> json, DateRangeField -> varchar(64), PostGIS PointField -> geometry,
-- SearchVector generated column -> plain longtext column. Conditional unique constraints, indexes, triggers
-- and CHECK constraints left out; foreign keys kept between the tables kept here (a column pointing at a table
-- left out stays, without its foreign key).
CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq1` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_code_uniq1` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_uniq1` (`name`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `cities_city` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `department` varchar(3) NOT NULL,
  `post_codes` json NOT NULL,
  `code_insee` varchar(5) NOT NULL,
  `coords` geometry,
  `edition_mode` varchar(16) NOT NULL,
  `normalized_name` longtext NOT NULL,
  `last_synced_at` datetime(6),
  `siren_epci` varchar(9),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cities_city_slug_uniq1` (`slug`),
  UNIQUE KEY `cities_city_code_insee_uniq2` (`code_insee`)
);

CREATE TABLE `users_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254),
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `created_by_id` int,
  `address_line_1` varchar(255) NOT NULL,
  `address_line_2` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `coords` geometry,
  `department` varchar(3) NOT NULL,
  `geocoding_score` double,
  `post_code` varchar(5) NOT NULL,
  `has_completed_welcoming_tour` tinyint(1) NOT NULL,
  `title` varchar(3) NOT NULL,
  `external_data_source_history` json,
  `identity_provider` varchar(20) NOT NULL,
  `last_checked_at` datetime(6) NOT NULL,
  `kind` longtext NOT NULL,
  `ban_api_resolved_address` longtext,
  `geocoding_updated_at` datetime(6),
  `public_id` char(32) NOT NULL,
  `insee_city_id` int,
  `address_filled_at` datetime(6),
  `first_login` datetime(6),
  `full_name_search_vector` longtext NOT NULL,
  `upcoming_deletion_notified_at` datetime(6),
  `allow_next_sso_sub_update` tinyint(1) NOT NULL,
  `terms_accepted_at` datetime(6),
  `fields_history` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_uniq1` (`username`),
  UNIQUE KEY `users_user_email_uniq2` (`email`),
  UNIQUE KEY `users_user_public_id_uniq3` (`public_id`),
  CONSTRAINT `users_user_created_by_id_fk1` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_user_insee_city_id_fk2` FOREIGN KEY (`insee_city_id`) REFERENCES `cities_city` (`id`)
);

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_fk1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_fk2` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_uniq1` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_uniq1` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `asp_country` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(3) NOT NULL,
  `name` varchar(50) NOT NULL,
  `group` varchar(15) NOT NULL,
  `department` varchar(3) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `asp_commune` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date,
  `code` varchar(5) NOT NULL,
  `name` varchar(50) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `city_id` int,
  `normalized_name` longtext NOT NULL,
  `ignore` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `asp_commune_city_id_fk1` FOREIGN KEY (`city_id`) REFERENCES `cities_city` (`id`)
);

CREATE TABLE `jobs_rome` (
  `code` varchar(5) NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `jobs_appellation` (
  `code` varchar(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `full_text` longtext,
  `rome_id` varchar(5),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`code`),
  CONSTRAINT `jobs_appellation_rome_id_fk1` FOREIGN KEY (`rome_id`) REFERENCES `jobs_rome` (`code`)
);

CREATE TABLE `files_file` (
  `id` char(32) NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `key` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_file_key_uniq1` (`key`)
);

CREATE TABLE `companies_siaeconvention` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kind` varchar(4) NOT NULL,
  `siret_signature` varchar(14) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `deactivated_at` datetime(6),
  `reactivated_at` datetime(6),
  `asp_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `reactivated_by_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `companies_siaeconvention_asp_id_kind_uniq1` (`asp_id`, `kind`),
  CONSTRAINT `companies_siaeconvention_reactivated_by_i_fk1` FOREIGN KEY (`reactivated_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `companies_company` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address_line_1` varchar(255) NOT NULL,
  `address_line_2` varchar(255) NOT NULL,
  `post_code` varchar(5) NOT NULL,
  `city` varchar(255) NOT NULL,
  `department` varchar(3) NOT NULL,
  `coords` geometry,
  `geocoding_score` double,
  `siret` varchar(14) NOT NULL,
  `naf` varchar(5) NOT NULL,
  `kind` varchar(8) NOT NULL,
  `name` varchar(255) NOT NULL,
  `brand` varchar(255) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  `website` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int,
  `updated_at` datetime(6) NOT NULL,
  `source` varchar(20) NOT NULL,
  `provided_support` longtext NOT NULL,
  `auth_email` varchar(254) NOT NULL,
  `block_job_applications` tinyint(1) NOT NULL,
  `job_applications_blocked_at` datetime(6),
  `uid` char(32) NOT NULL,
  `job_app_score` double NOT NULL,
  `convention_id` int,
  `ban_api_resolved_address` longtext,
  `geocoding_updated_at` datetime(6),
  `insee_city_id` int,
  `active_members_email_reminder_last_sent_at` datetime(6),
  `rdv_solidarites_id` int,
  `is_searchable` tinyint(1) NOT NULL,
  `automatic_geocoding_update` tinyint(1) NOT NULL,
  `fields_history` json NOT NULL,
  `spontaneous_applications_open_since` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `companies_company_uid_uniq1` (`uid`),
  UNIQUE KEY `companies_company_rdv_solidarites_id_uniq2` (`rdv_solidarites_id`),
  UNIQUE KEY `companies_company_siret_kind_uniq3` (`siret`, `kind`),
  CONSTRAINT `companies_company_created_by_id_fk1` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `companies_company_convention_id_fk2` FOREIGN KEY (`convention_id`) REFERENCES `companies_siaeconvention` (`id`),
  CONSTRAINT `companies_company_insee_city_id_fk3` FOREIGN KEY (`insee_city_id`) REFERENCES `cities_city` (`id`)
);

CREATE TABLE `companies_companymembership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `joined_at` datetime(6) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `company_id` int NOT NULL,
  `user_id` int NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `companies_companymembership_user_id_company_id_uniq1` (`user_id`, `company_id`),
  CONSTRAINT `companies_companymembership_company_id_fk1` FOREIGN KEY (`company_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `companies_companymembership_user_id_fk2` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `companies_companymembership_updated_by_id_fk3` FOREIGN KEY (`updated_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `companies_jobdescription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `custom_name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `ui_rank` smallint unsigned NOT NULL,
  `appellation_id` varchar(6) NOT NULL,
  `company_id` int NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `source_id` varchar(255),
  `source_kind` varchar(30),
  `contract_type` varchar(30) NOT NULL,
  `hours_per_week` smallint unsigned,
  `is_qpv_mandatory` tinyint(1) NOT NULL,
  `is_resume_mandatory` tinyint(1) NOT NULL,
  `market_context_description` longtext NOT NULL,
  `open_positions` smallint unsigned NOT NULL,
  `other_contract_type` varchar(255),
  `profile_description` longtext NOT NULL,
  `location_id` int,
  `source_url` varchar(512),
  `field_history` json,
  `creation_source` longtext NOT NULL,
  `last_employer_update_at` datetime(6),
  `source_tags` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `companies_jobdescription_appellation_id_fk1` FOREIGN KEY (`appellation_id`) REFERENCES `jobs_appellation` (`code`),
  CONSTRAINT `companies_jobdescription_company_id_fk2` FOREIGN KEY (`company_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `companies_jobdescription_location_id_fk3` FOREIGN KEY (`location_id`) REFERENCES `cities_city` (`id`)
);

CREATE TABLE `prescribers_prescriberorganization` (
  `address_line_1` varchar(255) NOT NULL,
  `address_line_2` varchar(255) NOT NULL,
  `post_code` varchar(5) NOT NULL,
  `city` varchar(255) NOT NULL,
  `department` varchar(3) NOT NULL,
  `coords` geometry,
  `geocoding_score` double,
  `id` int NOT NULL AUTO_INCREMENT,
  `siret` varchar(14),
  `name` varchar(255) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  `website` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `code_safir_pole_emploi` varchar(5),
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int,
  `kind` varchar(20) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `authorization_status` varchar(20) NOT NULL,
  `authorization_updated_at` datetime(6),
  `authorization_updated_by_id` int,
  `is_brsa` tinyint(1) NOT NULL,
  `uid` char(32) NOT NULL,
  `ban_api_resolved_address` longtext,
  `geocoding_updated_at` datetime(6),
  `insee_city_id` int,
  `active_members_email_reminder_last_sent_at` datetime(6),
  `automatic_geocoding_update` tinyint(1) NOT NULL,
  `is_gps_authorized` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prescribers_prescriberorganizati_code_safir_pole_empl_uniq1` (`code_safir_pole_emploi`),
  UNIQUE KEY `prescribers_prescriberorganizati_uid_uniq2` (`uid`),
  UNIQUE KEY `prescribers_prescriberorganizati_siret_kind_uniq3` (`siret`, `kind`),
  CONSTRAINT `prescribers_prescriberorganization_created_by_id_fk1` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `prescribers_prescriberorganization_authorization_up_fk2` FOREIGN KEY (`authorization_updated_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `prescribers_prescriberorganization_insee_city_id_fk3` FOREIGN KEY (`insee_city_id`) REFERENCES `cities_city` (`id`)
);

CREATE TABLE `prescribers_prescribermembership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `joined_at` datetime(6) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` int,
  `created_at` datetime(6) NOT NULL,
  `organization_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prescribers_prescribermembership_user_id_organization_uniq1` (`user_id`, `organization_id`),
  CONSTRAINT `prescribers_prescribermembership_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `prescribers_prescribermembership_updated_by_id_fk2` FOREIGN KEY (`updated_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `prescribers_prescribermembership_organization_id_fk3` FOREIGN KEY (`organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`)
);

CREATE TABLE `users_jobseekerprofile` (
  `user_id` int NOT NULL,
  `education_level` varchar(2) NOT NULL,
  `resourceless` tinyint(1) NOT NULL,
  `rqth_employee` tinyint(1) NOT NULL,
  `oeth_employee` tinyint(1) NOT NULL,
  `pole_emploi_since` varchar(2) NOT NULL,
  `unemployed_since` varchar(2) NOT NULL,
  `rsa_allocation_since` varchar(2) NOT NULL,
  `ass_allocation_since` varchar(2) NOT NULL,
  `aah_allocation_since` varchar(2) NOT NULL,
  `hexa_lane_type` varchar(4) NOT NULL,
  `hexa_std_extension` varchar(1) NOT NULL,
  `hexa_lane_number` varchar(10) NOT NULL,
  `hexa_lane_name` varchar(120) NOT NULL,
  `hexa_post_code` varchar(6) NOT NULL,
  `hexa_commune_id` int,
  `hexa_non_std_extension` varchar(10) NOT NULL,
  `has_rsa_allocation` varchar(6) NOT NULL,
  `hexa_additional_address` varchar(32) NOT NULL,
  `pe_obfuscated_nir` varchar(48),
  `pe_last_certification_attempt_at` datetime(6),
  `birth_country_id` int,
  `birth_place_id` int,
  `lack_of_pole_emploi_id_reason` longtext NOT NULL,
  `pole_emploi_id` varchar(11) NOT NULL,
  `lack_of_nir_reason` varchar(30) NOT NULL,
  `nir` varchar(15) NOT NULL,
  `asp_uid` longtext NOT NULL,
  `birthdate` date,
  `activity_bonus_since` varchar(2) NOT NULL,
  `actor_met_for_business_creation` longtext NOT NULL,
  `are_allocation_since` varchar(2) NOT NULL,
  `cape_freelance` tinyint(1) NOT NULL,
  `cesa_freelance` tinyint(1) NOT NULL,
  `eiti_contributions` varchar(2) NOT NULL,
  `mean_monthly_income_before_process` decimal(7,2),
  `is_stalled` tinyint(1) NOT NULL,
  `fields_history` json NOT NULL,
  `is_not_stalled_anymore` tinyint(1),
  `created_by_prescriber_organization_id` int,
  `ft_gps_id` longtext,
  `ase_exit` tinyint(1) NOT NULL,
  `detention_exit_or_ppsmj` tinyint(1) NOT NULL,
  `housing_issue` tinyint(1) NOT NULL,
  `isolated_parent` tinyint(1) NOT NULL,
  `low_level_in_french` tinyint(1) NOT NULL,
  `mobility_issue` tinyint(1) NOT NULL,
  `refugee` tinyint(1) NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `users_jobseekerprofile_asp_uid_uniq1` (`asp_uid`),
  CONSTRAINT `users_jobseekerprofile_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_jobseekerprofile_hexa_commune_id_fk2` FOREIGN KEY (`hexa_commune_id`) REFERENCES `asp_commune` (`id`),
  CONSTRAINT `users_jobseekerprofile_birth_country_id_fk3` FOREIGN KEY (`birth_country_id`) REFERENCES `asp_country` (`id`),
  CONSTRAINT `users_jobseekerprofile_birth_place_id_fk4` FOREIGN KEY (`birth_place_id`) REFERENCES `asp_commune` (`id`),
  CONSTRAINT `users_jobseekerprofile_created_by_presc_fk5` FOREIGN KEY (`created_by_prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`)
);

CREATE TABLE `users_identitycertification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `certifier` varchar(32) NOT NULL,
  `certified_at` datetime(6) NOT NULL,
  `jobseeker_profile_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_identitycertification_jobseeker_profil_fk1` FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `users_jobseekerprofile` (`user_id`)
);

CREATE TABLE `users_nirmodificationrequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nir` varchar(15) NOT NULL,
  `processed_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `jobseeker_profile_id` int NOT NULL,
  `requested_by_id` int NOT NULL,
  `rationale` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_nirmodificationrequest_jobseeker_profil_fk1` FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `users_jobseekerprofile` (`user_id`),
  CONSTRAINT `users_nirmodificationrequest_requested_by_id_fk2` FOREIGN KEY (`requested_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_jobseekerassignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `job_seeker_id` int NOT NULL,
  `professional_id` int NOT NULL,
  `prescriber_organization_id` int,
  `last_action_kind` longtext NOT NULL,
  `company_id` int,
  `assigned_to_unknown_advisor` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_jobseekerassignment_job_seeker_id_profes_uniq1` (`job_seeker_id`, `professional_id`, `prescriber_organization_id`, `company_id`),
  CONSTRAINT `users_jobseekerassignment_job_seeker_id_fk1` FOREIGN KEY (`job_seeker_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_jobseekerassignment_professional_id_fk2` FOREIGN KEY (`professional_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_jobseekerassignment_prescriber_organ_fk3` FOREIGN KEY (`prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`),
  CONSTRAINT `users_jobseekerassignment_company_id_fk4` FOREIGN KEY (`company_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `eligibility_administrativecriteria` (
  `id` int NOT NULL AUTO_INCREMENT,
  `level` varchar(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `desc` varchar(255) NOT NULL,
  `written_proof` varchar(255) NOT NULL,
  `written_proof_url` varchar(200) NOT NULL,
  `ui_rank` smallint unsigned NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `written_proof_validity` varchar(255) NOT NULL,
  `kind` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `eligibility_eligibilitydiagnosis` (
  `id` int NOT NULL AUTO_INCREMENT,
  `author_kind` varchar(10) NOT NULL,
  `author_siae_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `author_id` int NOT NULL,
  `author_prescriber_organization_id` int,
  `job_seeker_id` int NOT NULL,
  `expires_at` date NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eligibility_eligibilitydiagnosis_author_siae_id_fk1` FOREIGN KEY (`author_siae_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `eligibility_eligibilitydiagnosis_author_id_fk2` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `eligibility_eligibilitydiagnosis_author_prescribe_fk3` FOREIGN KEY (`author_prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`),
  CONSTRAINT `eligibility_eligibilitydiagnosis_job_seeker_id_fk4` FOREIGN KEY (`job_seeker_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `eligibility_selectedadministrativecriteria` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `administrative_criteria_id` int NOT NULL,
  `eligibility_diagnosis_id` int NOT NULL,
  `certification_period` varchar(64),
  `certified_at` datetime(6),
  `data_returned_by_api` json,
  `last_certification_attempt_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `eligibility_selectedadministrati_eligibility_diagnosi_uniq1` (`eligibility_diagnosis_id`, `administrative_criteria_id`),
  CONSTRAINT `eligibility_selectedadministrativecriter_administrative_c_fk1` FOREIGN KEY (`administrative_criteria_id`) REFERENCES `eligibility_administrativecriteria` (`id`),
  CONSTRAINT `eligibility_selectedadministrativecriter_eligibility_diag_fk2` FOREIGN KEY (`eligibility_diagnosis_id`) REFERENCES `eligibility_eligibilitydiagnosis` (`id`)
);

CREATE TABLE `approvals_approval` (
  `id` int NOT NULL AUTO_INCREMENT,
  `number` varchar(12) NOT NULL,
  `start_at` date NOT NULL,
  `end_at` date NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int,
  `user_id` int NOT NULL,
  `pe_notification_time` datetime(6),
  `pe_notification_endpoint` varchar(32),
  `pe_notification_status` varchar(32) NOT NULL,
  `pe_notification_exit_code` varchar(64),
  `origin` varchar(30) NOT NULL,
  `eligibility_diagnosis_id` int,
  `origin_prescriber_organization_kind` longtext NOT NULL,
  `origin_sender_kind` longtext NOT NULL,
  `origin_siae_kind` longtext NOT NULL,
  `origin_siae_siret` varchar(14) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `public_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `approvals_approval_number_uniq1` (`number`),
  UNIQUE KEY `approvals_approval_public_id_uniq2` (`public_id`),
  CONSTRAINT `approvals_approval_created_by_id_fk1` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_approval_user_id_fk2` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_approval_eligibility_diag_fk3` FOREIGN KEY (`eligibility_diagnosis_id`) REFERENCES `eligibility_eligibilitydiagnosis` (`id`)
);

CREATE TABLE `approvals_suspension` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_at` date NOT NULL,
  `end_at` date NOT NULL,
  `reason` varchar(30) NOT NULL,
  `reason_explanation` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `approval_id` int NOT NULL,
  `created_by_id` int,
  `updated_by_id` int,
  `siae_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `approvals_suspension_approval_id_fk1` FOREIGN KEY (`approval_id`) REFERENCES `approvals_approval` (`id`),
  CONSTRAINT `approvals_suspension_created_by_id_fk2` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_suspension_updated_by_id_fk3` FOREIGN KEY (`updated_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_suspension_siae_id_fk4` FOREIGN KEY (`siae_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `approvals_prolongation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_at` date NOT NULL,
  `end_at` date NOT NULL,
  `reason` varchar(30) NOT NULL,
  `reason_explanation` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `approval_id` int NOT NULL,
  `created_by_id` int,
  `declared_by_id` int,
  `updated_by_id` int,
  `validated_by_id` int,
  `contact_email` varchar(254) NOT NULL,
  `contact_phone` varchar(20) NOT NULL,
  `prescriber_organization_id` int,
  `report_file_id` char(32),
  `require_phone_interview` tinyint(1) NOT NULL,
  `request_id` int,
  `declared_by_siae_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `approvals_prolongation_report_file_id_uniq1` (`report_file_id`),
  UNIQUE KEY `approvals_prolongation_request_id_uniq2` (`request_id`),
  CONSTRAINT `approvals_prolongation_approval_id_fk1` FOREIGN KEY (`approval_id`) REFERENCES `approvals_approval` (`id`),
  CONSTRAINT `approvals_prolongation_created_by_id_fk2` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_prolongation_declared_by_id_fk3` FOREIGN KEY (`declared_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_prolongation_updated_by_id_fk4` FOREIGN KEY (`updated_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_prolongation_validated_by_id_fk5` FOREIGN KEY (`validated_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `approvals_prolongation_prescriber_organ_fk6` FOREIGN KEY (`prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`),
  CONSTRAINT `approvals_prolongation_report_file_id_fk7` FOREIGN KEY (`report_file_id`) REFERENCES `files_file` (`id`),
  CONSTRAINT `approvals_prolongation_declared_by_siae_fk8` FOREIGN KEY (`declared_by_siae_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `approvals_cancelledapproval` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_at` date NOT NULL,
  `end_at` date NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `pe_notification_status` varchar(32) NOT NULL,
  `pe_notification_time` datetime(6),
  `pe_notification_endpoint` varchar(32),
  `pe_notification_exit_code` varchar(64),
  `number` varchar(12) NOT NULL,
  `user_last_name` longtext NOT NULL,
  `user_first_name` longtext NOT NULL,
  `user_nir` longtext NOT NULL,
  `user_birthdate` date,
  `user_id_national_pe` longtext,
  `origin_siae_siret` varchar(14) NOT NULL,
  `origin_siae_kind` longtext NOT NULL,
  `origin_sender_kind` longtext NOT NULL,
  `origin_prescriber_organization_kind` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `approvals_cancelledapproval_number_uniq1` (`number`)
);

CREATE TABLE `job_applications_jobapplication` (
  `id` char(32) NOT NULL,
  `state` varchar(16) NOT NULL,
  `message` longtext NOT NULL,
  `answer` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `job_seeker_id` int NOT NULL,
  `sender_id` int,
  `sender_kind` longtext NOT NULL,
  `sender_prescriber_organization_id` int,
  `refusal_reason` varchar(30) NOT NULL,
  `hiring_start_at` date,
  `hiring_end_at` date,
  `approval_id` int,
  `approval_number_sent_by_email` tinyint(1) NOT NULL,
  `approval_delivery_mode` varchar(30) NOT NULL,
  `approval_number_sent_at` datetime(6),
  `approval_manually_delivered_by_id` int,
  `approval_manually_refused_at` datetime(6),
  `approval_manually_refused_by_id` int,
  `eligibility_diagnosis_id` int,
  `answer_to_prescriber` longtext NOT NULL,
  `create_employee_record` tinyint(1) NOT NULL,
  `transferred_at` datetime(6),
  `transferred_by_id` int,
  `origin` varchar(30) NOT NULL,
  `contract_type` varchar(30) NOT NULL,
  `contract_type_details` longtext NOT NULL,
  `nb_hours_per_week` smallint unsigned,
  `geiq_eligibility_diagnosis_id` int,
  `planned_training_hours` smallint unsigned,
  `qualification_level` varchar(40) NOT NULL,
  `qualification_type` varchar(20) NOT NULL,
  `inverted_vae_contract` tinyint(1),
  `diagoriente_invite_sent_at` datetime(6),
  `sender_company_id` int,
  `to_company_id` int NOT NULL,
  `transferred_from_id` int,
  `hired_job_id` int,
  `refusal_reason_shared_with_job_seeker` tinyint(1) NOT NULL,
  `processed_at` datetime(6),
  `archived_at` datetime(6),
  `archived_by_id` int,
  `resume_id` char(32),
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_applications_jobapplication_resume_id_uniq1` (`resume_id`),
  CONSTRAINT `job_applications_jobapplication_job_seeker_id_fk1` FOREIGN KEY (`job_seeker_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_sender_id_fk2` FOREIGN KEY (`sender_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_sender_prescribe_fk3` FOREIGN KEY (`sender_prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`),
  CONSTRAINT `job_applications_jobapplication_approval_id_fk4` FOREIGN KEY (`approval_id`) REFERENCES `approvals_approval` (`id`),
  CONSTRAINT `job_applications_jobapplication_approval_manuall_fk5` FOREIGN KEY (`approval_manually_delivered_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_approval_manuall_fk6` FOREIGN KEY (`approval_manually_refused_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_eligibility_diag_fk7` FOREIGN KEY (`eligibility_diagnosis_id`) REFERENCES `eligibility_eligibilitydiagnosis` (`id`),
  CONSTRAINT `job_applications_jobapplication_transferred_by_i_fk8` FOREIGN KEY (`transferred_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_sender_company_i_fk9` FOREIGN KEY (`sender_company_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `job_applications_jobapplication_to_company_id_fk10` FOREIGN KEY (`to_company_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `job_applications_jobapplication_transferred_from_fk11` FOREIGN KEY (`transferred_from_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `job_applications_jobapplication_hired_job_id_fk12` FOREIGN KEY (`hired_job_id`) REFERENCES `companies_jobdescription` (`id`),
  CONSTRAINT `job_applications_jobapplication_archived_by_id_fk13` FOREIGN KEY (`archived_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplication_resume_id_fk14` FOREIGN KEY (`resume_id`) REFERENCES `files_file` (`id`)
);

CREATE TABLE `job_applications_jobapplicationtransitionlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `transition` varchar(255) NOT NULL,
  `from_state` varchar(255) NOT NULL,
  `to_state` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `job_application_id` char(32) NOT NULL,
  `user_id` int,
  `target_company_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_applications_jobapplicationtransitio_job_application__fk1` FOREIGN KEY (`job_application_id`) REFERENCES `job_applications_jobapplication` (`id`),
  CONSTRAINT `job_applications_jobapplicationtransitio_user_id_fk2` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplicationtransitio_target_company_i_fk3` FOREIGN KEY (`target_company_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `job_applications_jobapplicationcomment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `message` longtext NOT NULL,
  `created_by_id` int NOT NULL,
  `job_application_id` char(32) NOT NULL,
  `company_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_applications_jobapplicationcomment_created_by_id_fk1` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `job_applications_jobapplicationcomment_job_application__fk2` FOREIGN KEY (`job_application_id`) REFERENCES `job_applications_jobapplication` (`id`),
  CONSTRAINT `job_applications_jobapplicationcomment_company_id_fk3` FOREIGN KEY (`company_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `job_applications_prioraction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` longtext NOT NULL,
  `dates` varchar(64) NOT NULL,
  `job_application_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_applications_prioraction_job_application__fk1` FOREIGN KEY (`job_application_id`) REFERENCES `job_applications_jobapplication` (`id`)
);

CREATE TABLE `employee_record_employeerecord` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` varchar(10) NOT NULL,
  `approval_number` varchar(12) NOT NULL,
  `asp_id` int unsigned NOT NULL,
  `asp_processing_code` varchar(4),
  `archived_json` json,
  `job_application_id` char(32) NOT NULL,
  `financial_annex_id` int,
  `asp_batch_line_number` int,
  `asp_batch_file` varchar(27),
  `processed_at` datetime(6),
  `siret` varchar(14) NOT NULL,
  `asp_processing_label` varchar(200),
  `processed_as_duplicate` tinyint(1) NOT NULL,
  `asp_measure` longtext NOT NULL,
  `ntt` varchar(40),
  PRIMARY KEY (`id`),
  UNIQUE KEY `employee_record_employeerecord_asp_measure_siret_ap_uniq1` (`asp_measure`, `siret`, `approval_number`),
  CONSTRAINT `employee_record_employeerecord_job_application__fk1` FOREIGN KEY (`job_application_id`) REFERENCES `job_applications_jobapplication` (`id`)
);

CREATE TABLE `invitations_employerinvitation` (
  `id` char(32) NOT NULL,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `accepted_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `sent_at` datetime(6),
  `sender_id` int NOT NULL,
  `company_id` int NOT NULL,
  `validity_days` smallint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invitations_employerinvitation_sender_id_fk1` FOREIGN KEY (`sender_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `invitations_employerinvitation_company_id_fk2` FOREIGN KEY (`company_id`) REFERENCES `companies_company` (`id`)
);

CREATE TABLE `gps_followupgroup` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `beneficiary_id` int NOT NULL,
  `created_in_bulk` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gps_followupgroup_beneficiary_id_uniq1` (`beneficiary_id`),
  CONSTRAINT `gps_followupgroup_beneficiary_id_fk1` FOREIGN KEY (`beneficiary_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `gps_followupgroupmembership` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `is_active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `ended_at` date,
  `updated_at` datetime(6) NOT NULL,
  `creator_id` int NOT NULL,
  `follow_up_group_id` bigint NOT NULL,
  `member_id` int NOT NULL,
  `created_in_bulk` tinyint(1) NOT NULL,
  `last_contact_at` datetime(6) NOT NULL,
  `started_at` date NOT NULL,
  `reason` longtext NOT NULL,
  `can_view_personal_information` tinyint(1) NOT NULL,
  `end_reason` varchar(30),
  `is_referent_certified` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gps_followupgroupmembership_follow_up_group_id_m_uniq1` (`follow_up_group_id`, `member_id`),
  CONSTRAINT `gps_followupgroupmembership_creator_id_fk1` FOREIGN KEY (`creator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `gps_followupgroupmembership_follow_up_group__fk2` FOREIGN KEY (`follow_up_group_id`) REFERENCES `gps_followupgroup` (`id`),
  CONSTRAINT `gps_followupgroupmembership_member_id_fk3` FOREIGN KEY (`member_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `insertion_orientation` (
  `id` char(32) NOT NULL,
  `sender_kind` longtext NOT NULL,
  `beneficiary_contact_preferences` json NOT NULL,
  `beneficiary_other_contact_method` varchar(280) NOT NULL,
  `beneficiary_availability` date,
  `requirements` json NOT NULL,
  `situation` json NOT NULL,
  `situation_other` varchar(480) NOT NULL,
  `referent_last_name` varchar(140) NOT NULL,
  `referent_first_name` varchar(140) NOT NULL,
  `referent_phone` varchar(10) NOT NULL,
  `referent_email` varchar(254) NOT NULL,
  `orientation_reasons` longtext NOT NULL,
  `status` varchar(16) NOT NULL,
  `processing_date` datetime(6),
  `duration_weekly_hours` int unsigned,
  `duration_weeks` int unsigned,
  `data_protection_commitment` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `beneficiary_id` int NOT NULL,
  `sender_id` int NOT NULL,
  `sender_company_id` int,
  `sender_prescriber_organization_id` int,
  `service_id` int NOT NULL,
  `attachments` json NOT NULL,
  `dora_status_updated_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `insertion_orientation_beneficiary_id_fk1` FOREIGN KEY (`beneficiary_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `insertion_orientation_sender_id_fk2` FOREIGN KEY (`sender_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `insertion_orientation_sender_company_i_fk3` FOREIGN KEY (`sender_company_id`) REFERENCES `companies_company` (`id`),
  CONSTRAINT `insertion_orientation_sender_prescribe_fk4` FOREIGN KEY (`sender_prescriber_organization_id`) REFERENCES `prescribers_prescriberorganization` (`id`)
);

CREATE TABLE `otp_itoutotpdevice` (
  `id` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `throttling_failure_timestamp` datetime(6),
  `throttling_failure_count` int unsigned NOT NULL,
  `created_at` datetime(6),
  `last_used_at` datetime(6),
  `step` smallint unsigned NOT NULL,
  `t0` bigint NOT NULL,
  `digits` smallint unsigned NOT NULL,
  `tolerance` smallint unsigned NOT NULL,
  `drift` smallint NOT NULL,
  `last_t` bigint NOT NULL,
  `key` longtext NOT NULL,
  `disabled_at` datetime(6),
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_itoutotpdevice_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `emails_email` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `to` json NOT NULL,
  `cc` json NOT NULL,
  `bcc` json NOT NULL,
  `subject` longtext NOT NULL,
  `body_text` longtext NOT NULL,
  `from_email` varchar(254) NOT NULL,
  `reply_to` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `esp_response` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `search_savedsearch` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `query_params` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_savedsearch_user_id_name_uniq1` (`user_id`, `name`),
  CONSTRAINT `search_savedsearch_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `analytics_statsdashboardvisit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `dashboard_id` int NOT NULL,
  `dashboard_name` longtext NOT NULL,
  `department` varchar(3),
  `region` longtext,
  `current_company_id` int,
  `current_prescriber_organization_id` int,
  `current_institution_id` int,
  `user_kind` longtext NOT NULL,
  `user_id` int NOT NULL,
  `measured_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_fk1` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissions_fk2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `users_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_uniq` (`user_id`, `group_id`),
  CONSTRAINT `users_user_groups_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_user_groups_fk2` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `users_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `users_user_user_permissions_fk1` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_user_user_permissions_fk2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `job_applications_jobapplication_selected_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `jobapplication_id` char(32) NOT NULL,
  `jobdescription_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_applications_jobapplication_selected_uniq` (`jobapplication_id`, `jobdescription_id`),
  CONSTRAINT `job_applications_jobapplication_selected_fk1` FOREIGN KEY (`jobapplication_id`) REFERENCES `job_applications_jobapplication` (`id`),
  CONSTRAINT `job_applications_jobapplication_selected_fk2` FOREIGN KEY (`jobdescription_id`) REFERENCES `companies_jobdescription` (`id`)
);

